import { Card, CardContent, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Form, Loading, NumberInput, required, SaveButton, Title, useDataProvider, useNotify, usePermissions } from 'react-admin';
import { can, type Permissions } from '../../providers/authProvider';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import type { ReminderSettingsRecord } from './types';

const FIELDS: [keyof Omit<ReminderSettingsRecord, 'alsaceMoselle'>, string, number][] = [
  ['referralReminderWorkingDays', 'Orientation sans accusé de réception : relance des agents après (jours ouvrés)', 30],
  ['referralEscalationWorkingDays', 'Puis escalade au responsable et avis à l’organisme qui oriente après (jours ouvrés)', 60],
  ['referralExpiryDays', 'Orientation expirée sans réponse après (jours calendaires)', 180],
  ['taskOverdueWorkingDays', 'Tâche en retard signalée au responsable après l’échéance (jours ouvrés)', 30],
  ['rightNoNewsDays', 'Demande déposée sans nouvelles : tâche « relancer l’organisme » après (jours)', 365],
  ['renewalLeadDays', 'Renouvellement (CSS) : tâche créée avant la date (jours)', 180],
];

/** The organisation's delays: every member reads them, its managers change them. */
export const ReminderSettingsPage = () => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const notify = useNotify();
  const { permissions } = usePermissions<Permissions>();
  const editable = can(permissions, 'reminders.manage');
  const { data, refetch } = useQuery({ queryKey: ['reminder-settings'], queryFn: () => dataProvider.getReminderSettings().then((r) => r.data) });
  if (!data) return <Loading />;
  const save = async (values: Record<string, unknown>) => {
    const settings = Object.fromEntries(FIELDS.map(([key]) => [key, Number(values[key])])) as Omit<ReminderSettingsRecord, 'alsaceMoselle'>;
    await dataProvider.saveReminderSettings(settings);
    await refetch();
    notify('Délais enregistrés : ils s’appliquent aux prochaines échéances', { type: 'success' });
  };
  return (
    <Card sx={{ mt: 2, maxWidth: 760 }}>
      <Title title="Délais de relance de l’organisation" />
      <CardContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          Les jours ouvrés excluent les week-ends et les jours fériés
          {data.alsaceMoselle ? ', y compris le Vendredi saint et le 26 décembre (Alsace-Moselle)' : ''}.
          {editable ? '' : ' Seul·e un·e responsable peut les modifier.'}
        </Typography>
        <Form record={data} onSubmit={save}>
          {FIELDS.map(([key, label, max]) => (
            <NumberInput key={key} source={key} label={label} min={1} max={max} step={1} validate={required()} disabled={!editable} fullWidth />
          ))}
          {editable && <SaveButton />}
        </Form>
      </CardContent>
    </Card>
  );
};
