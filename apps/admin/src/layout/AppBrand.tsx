import { Box, Typography } from '@mui/material';

/**
 * The DSFR header's brand block: the service name and its tagline, after the Marianne
 * "République française" block where there is room for it (the legal pages' header; the app bar
 * of react-admin is 48 px high and keeps its room for the menu and the page title).
 */
export const AppBrand = ({ withLogo = false }: { withLogo?: boolean }) => (
  <Box
    component="a"
    href="#/"
    title="Accueil — Recours"
    sx={{ display: 'flex', alignItems: 'center', gap: 2, color: 'inherit', textDecoration: 'none', backgroundImage: 'none', minWidth: 0 }}
  >
    {withLogo ? (
      <Box component="span" className="fr-logo" sx={{ display: { xs: 'none', sm: 'block' } }}>
        République
        <br />
        Française
      </Box>
    ) : null}
    <Box component="span" sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5, minWidth: 0 }}>
      <Typography component="span" sx={{ fontWeight: 700, fontSize: '1.125rem', lineHeight: 1.3 }}>
        Recours
      </Typography>
      <Typography component="span" variant="caption" sx={{ display: { xs: 'none', lg: 'inline' }, color: 'text.secondary' }}>
        Aller vers les droits, ensemble
      </Typography>
    </Box>
  </Box>
);
