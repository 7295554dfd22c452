import { Box } from '@mui/material';
import { AppBar, TitlePortal, UserMenu, useGetIdentity } from 'react-admin';
import { AppBrand } from './AppBrand';

// The button shows the person's name: its accessible name must contain it (WCAG 2.5.3).
const ProfileMenu = () => {
  const { identity } = useGetIdentity();
  return <UserMenu label={identity?.fullName ? `Profil de ${identity.fullName}` : 'Profil'} />;
};

/** DSFR-style header: white bar, brand block with the service name, then the page title. */
export const RecoursAppBar = () => (
  <AppBar userMenu={<ProfileMenu />} color="inherit" elevation={1} sx={{ backgroundColor: 'background.paper', color: 'text.primary' }}>
    <AppBrand />
    <Box sx={{ flex: 1, minWidth: 0, ml: 2, display: { xs: 'none', md: 'block' }, overflow: 'hidden' }}>
      <TitlePortal variant="body1" sx={{ color: 'text.secondary' }} />
    </Box>
    <Box sx={{ flex: { xs: 1, md: 0 } }} />
  </AppBar>
);
