import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import { lazyPage } from '../../components/lazy-page';

export const notifications = {
  list: lazyPage(() => import('./NotificationList'), 'NotificationList'),
  icon: NotificationsIcon,
  options: { label: 'Notifications' },
};
export { NotificationBell } from './NotificationBell';
export const NotificationPreferencesPage = lazyPage(() => import('./NotificationPreferencesPage'), 'NotificationPreferencesPage');
export const ReminderSettingsPage = lazyPage(() => import('./ReminderSettingsPage'), 'ReminderSettingsPage');
