import { Card, CardContent, Typography } from '@mui/material';
import { NOTIFICATION_KINDS, type NotificationKind, type NotificationMode } from '@recours/domain';
import { useQuery } from '@tanstack/react-query';
import { Form, Loading, SaveButton, SelectInput, Title, useDataProvider, useNotify } from 'react-admin';
import { choicesOf, LABELS } from '../../labels';
import type { RecoursDataProvider } from '../../providers/dataProvider';

/** Per kind of notification: the bell only, an e-mail right away, or the 8:00 digest. */
export const NotificationPreferencesPage = () => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const notify = useNotify();
  const { data, refetch } = useQuery({
    queryKey: ['notification-preferences'],
    queryFn: () => dataProvider.getNotificationPreferences().then((r) => r.data.preferences),
  });
  if (!data) return <Loading />;
  const record = Object.fromEntries(data.map((p) => [p.kind, p.mode]));
  const save = async (values: Record<string, unknown>) => {
    const preferences = NOTIFICATION_KINDS.map((kind) => ({ kind, mode: values[kind] as NotificationMode }));
    await dataProvider.saveNotificationPreferences(preferences);
    await refetch();
    notify('Préférences enregistrées', { type: 'success' });
  };
  return (
    <Card sx={{ mt: 2, maxWidth: 720 }}>
      <Title title="Mes préférences de notification" />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          Les e-mails ne contiennent aucune donnée personnelle : ils disent ce qui s’est passé et donnent un lien pour vous connecter.
        </Typography>
        <Form record={record} onSubmit={save}>
          {NOTIFICATION_KINDS.map((kind: NotificationKind) => (
            <SelectInput key={kind} source={kind} label={LABELS.notificationKind[kind]} choices={choicesOf('notificationMode')} fullWidth />
          ))}
          <SaveButton alwaysEnable />
        </Form>
      </CardContent>
    </Card>
  );
};
