import { useMediaQuery, type Theme } from '@mui/material';

/** Below the DSFR's md breakpoint (768 px: a phone on a home visit), lists become simple lists. */
export const useIsPhone = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
