import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import { NotificationList } from './NotificationList';

export const notifications = { list: NotificationList, icon: NotificationsIcon, options: { label: 'Notifications' } };
export { NotificationBell } from './NotificationBell';
export { NotificationPreferencesPage } from './NotificationPreferencesPage';
export { ReminderSettingsPage } from './ReminderSettingsPage';
