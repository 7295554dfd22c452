import FailedIcon from '@mui/icons-material/NotificationImportantOutlined';
import { lazyPage } from '../../components/lazy-page';

export const failedReminders = {
  list: lazyPage(() => import('./FailedReminderList'), 'FailedReminderList'),
  icon: FailedIcon,
  options: { label: 'Relances en échec' },
};
