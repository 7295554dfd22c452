import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Button as MuiButton, Chip, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { DataTable, List, TopToolbar, useDataProvider, useNotify, useRefresh, BooleanInput } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { formatTimestamp } from '../../format';
import { LABELS } from '../../labels';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import { notificationLink, type AppNotification } from './types';

const Column = DataTable.Col<AppNotification>;

const useAfterRead = () => {
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  return () => {
    refresh();
    void queryClient.invalidateQueries({ queryKey: ['notifications', 'unread-count'] });
  };
};

const MarkAllRead = () => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const notify = useNotify();
  const afterRead = useAfterRead();
  return (
    <MuiButton
      startIcon={<DoneAllIcon />}
      onClick={async () => {
        const { data } = await dataProvider.markAllNotificationsRead();
        notify(data.updated ? `${data.updated} notification(s) marquée(s) comme lue(s)` : 'Tout était déjà lu', { type: 'info' });
        afterRead();
      }}
    >
      Tout marquer comme lu
    </MuiButton>
  );
};

const filters = [<BooleanInput key="unread" source="unread" label="Non lues seulement" alwaysOn />];

/** The user's notifications, newest first; opening one marks it read and leads to its item. */
export const NotificationList = () => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const navigate = useNavigate();
  const afterRead = useAfterRead();
  const open = async (n: AppNotification) => {
    if (!n.readAt) await dataProvider.markNotificationRead(n.id);
    afterRead();
    void navigate(notificationLink(n));
  };
  return (
    <List<AppNotification> title="Notifications" filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} exporter={false} actions={<TopToolbar><MarkAllRead /></TopToolbar>}>
      <DataTable<AppNotification>
        bulkActionButtons={false}
        rowClick={(_id, _resource, n) => {
          void open(n);
          return false;
        }}
      >
        <Column
          source="kind"
          label="Notification"
          disableSort
          render={(n) => (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              {!n.readAt && <Chip size="small" color="primary" label="Nouveau" />}
              <Typography variant="body2" sx={{ fontWeight: n.readAt ? undefined : 600 }}>
                {LABELS.notificationKind[n.kind]}
              </Typography>
            </Stack>
          )}
        />
        <Column source="createdAt" label="Reçue le" render={(n) => formatTimestamp(n.createdAt)} />
      </DataTable>
    </List>
  );
};
