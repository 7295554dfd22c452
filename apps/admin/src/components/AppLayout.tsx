import SettingsIcon from '@mui/icons-material/TuneOutlined';
import NotificationsSettingsIcon from '@mui/icons-material/NotificationsActiveOutlined';
import type { ReactNode } from 'react';
import { AppBar, Layout, Logout, MenuItemLink, RefreshIconButton, UserMenu } from 'react-admin';
import { NotificationBell } from '../resources/notifications';

const AppUserMenu = () => (
  <UserMenu>
    <MenuItemLink to="/preferences-notifications" primaryText="Mes préférences de notification" leftIcon={<NotificationsSettingsIcon />} />
    <MenuItemLink to="/delais-de-relance" primaryText="Délais de relance" leftIcon={<SettingsIcon />} />
    <Logout />
  </UserMenu>
);

/** The app bar carries the notification bell beside the refresh button. */
const AppAppBar = () => (
  <AppBar
    userMenu={<AppUserMenu />}
    toolbar={
      <>
        <NotificationBell />
        <RefreshIconButton />
      </>
    }
  />
);

export const AppLayout = ({ children }: { children: ReactNode }) => <Layout appBar={AppAppBar}>{children}</Layout>;
