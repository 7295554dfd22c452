import NotificationsIcon from '@mui/icons-material/NotificationsOutlined';
import { Badge, IconButton, Tooltip } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { Link } from 'react-router-dom';
import type { RecoursDataProvider } from '../../providers/dataProvider';

/** How often the bell asks for the unread count (no reload needed to see a new one). */
export const BELL_POLL_MS = 15_000;

/** The app bar's bell: the unread count, polled, and a link to the notifications page. */
export const NotificationBell = () => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const { data } = useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: () => dataProvider.unreadNotificationCount().then((r) => r.data.count),
    refetchInterval: BELL_POLL_MS,
    refetchIntervalInBackground: false,
  });
  const count = data ?? 0;
  // The accessible name contains the badge as shown, even the hidden "0" (WCAG 2.5.3).
  const shown = count > 99 ? '99+' : String(count);
  const label = `${shown} notification${count > 1 ? 's' : ''} non lue${count > 1 ? 's' : ''}`;
  return (
    <Tooltip title={label}>
      <IconButton component={Link} to="/notifications" color="inherit" aria-label={`Notifications : ${label}`}>
        <Badge badgeContent={count} color="error" max={99} data-testid="notification-count">
          <NotificationsIcon />
        </Badge>
      </IconButton>
    </Tooltip>
  );
};
