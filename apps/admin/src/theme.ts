import { getMuiDsfrThemeOptions } from '@codegouvfr/react-dsfr/mui';
import { breakpoints } from '@codegouvfr/react-dsfr/fr/breakpoints';
import { deepmerge } from '@mui/utils';
import { defaultTheme, type RaThemeOptions } from 'react-admin';
import { MuiCheckbox } from './layout/checkbox-label';

// The State's design system (DSFR) through react-dsfr's Material UI theme: Marianne, the DSFR
// colours and breakpoints (md = 768 px: below it, lists become simple lists).
const dsfr = getMuiDsfrThemeOptions({
  isDark: false,
  breakpointsValues: {
    xs: 0,
    sm: breakpoints.emValues.sm * 16,
    md: breakpoints.emValues.md * 16,
    lg: breakpoints.emValues.lg * 16,
    xl: breakpoints.emValues.xl * 16,
  },
});

export const theme: RaThemeOptions = deepmerge(defaultTheme, {
  ...dsfr,
  components: {
    ...dsfr.components,
    // The sidebar never forces a width wider than a phone's screen.
    RaLayout: { styleOverrides: { root: { minWidth: 0, '& .RaLayout-content': { minWidth: 0, overflowX: 'hidden' } } } },
    MuiCheckbox,
    RaList: { styleOverrides: { root: { '& .RaList-main': { minWidth: 0 } } } },
    // The skip link is written in the primary's contrast colour on the page background: with the
    // DSFR's near-white contrast colour it would be invisible.
    RaSkipNavigationButton: { styleOverrides: { root: { color: dsfr.palette?.primary && 'main' in dsfr.palette.primary ? dsfr.palette.primary.main : '#000091' } } },
  },
} as RaThemeOptions);
