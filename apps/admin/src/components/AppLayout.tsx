import SettingsIcon from '@mui/icons-material/TuneOutlined';
import NotificationsSettingsIcon from '@mui/icons-material/NotificationsActiveOutlined';
import QueuesIcon from '@mui/icons-material/DnsOutlined';
import { Box, ListItemIcon, MenuItem } from '@mui/material';
import { useEffect, type ReactNode } from 'react';
import { AppBar, Layout, Logout, MenuItemLink, RefreshIconButton, TitlePortal, UserMenu, useGetIdentity, usePermissions } from 'react-admin';
import { AppBrand } from '../layout/AppBrand';
import { AppFooter } from '../layout/AppFooter';
import { preloadPages } from './lazy-page';
import { GlobalSearch } from '../layout/GlobalSearch';
import { NotificationBell } from '../resources/notifications';

// The button shows the person's name: its accessible name must contain it (WCAG 2.5.3).
const AppUserMenu = () => {
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<{ role?: string }>();
  return (
    <UserMenu label={identity?.fullName ? `Profil de ${identity.fullName}` : 'Profil'}>
      <MenuItemLink to="/preferences-notifications" primaryText="Mes préférences de notification" leftIcon={<NotificationsSettingsIcon />} />
      <MenuItemLink to="/delais-de-relance" primaryText="Délais de relance" leftIcon={<SettingsIcon />} />
      {permissions?.role === 'admin' && (
        // The queue dashboard (bull-board) is served by the API, behind the admin session.
        <MenuItem component="a" href="/api/admin/queues" target="_blank" rel="noopener">
          <ListItemIcon>
            <QueuesIcon fontSize="small" />
          </ListItemIcon>
          Files de traitement (rappels, e-mails)
        </MenuItem>
      )}
      <Logout />
    </UserMenu>
  );
};

/** DSFR-style header: white bar, the service name, the page title, the notification bell. */
const AppAppBar = () => (
  <AppBar
    userMenu={<AppUserMenu />}
    color="inherit"
    elevation={1}
    sx={{ backgroundColor: 'background.paper', color: 'text.primary' }}
    toolbar={
      <>
        <GlobalSearch />
        <NotificationBell />
        <RefreshIconButton />
      </>
    }
  >
    <AppBrand />
    <Box sx={{ flex: 1, minWidth: 0, ml: 2, display: { xs: 'none', md: 'block' }, overflow: 'hidden' }}>
      <TitlePortal variant="body1" sx={{ color: 'text.secondary' }} />
    </Box>
    <Box sx={{ flex: { xs: 1, md: 0 } }} />
  </AppBar>
);

export const AppLayout = ({ children }: { children: ReactNode }) => {
  // A person already signed in skips the sign-in form: the other screens are fetched from here.
  useEffect(preloadPages, []);
  return (
    <Layout appBar={AppAppBar}>
      {children}
      <AppFooter />
    </Layout>
  );
};
