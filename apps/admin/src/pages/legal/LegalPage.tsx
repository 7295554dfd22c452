import { Box, Container, Link, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { AppBrand } from '../../layout/AppBrand';
import { AppFooter } from '../../layout/AppFooter';

/** A legal page, readable without a session: DSFR header, the text, the footer. */
export const LegalPage = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
    <Box component="header" sx={{ px: 2, py: 1.5, borderBottom: 1, borderColor: 'divider', backgroundColor: 'background.paper' }}>
      <AppBrand withLogo />
    </Box>
    <Container component="main" maxWidth="md" sx={{ flex: 1, py: 4 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        {title}
      </Typography>
      {children}
      <Typography sx={{ mt: 4 }}>
        <Link href="#/">Retour au back-office</Link>
      </Typography>
    </Container>
    <AppFooter />
  </Box>
);

export const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box component="section" sx={{ mt: 3 }}>
    <Typography variant="h6" component="h2" gutterBottom>
      {title}
    </Typography>
    {children}
  </Box>
);
