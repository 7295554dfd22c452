import { Typography } from '@mui/material';
import type { ReminderKind } from '@recours/domain';
import { DataTable, List, SelectInput, SimpleList } from 'react-admin';
import { TimestampField } from '../../components/fields';
import { useIsPhone } from '../../components/useIsPhone';
import { formatTimestamp } from '../../format';
import { choicesOf, LABELS } from '../../labels';

export interface FailedReminder {
  id: string;
  kind: ReminderKind;
  itemId: string;
  threshold: number;
  dueAt: string;
  failedAt: string | null;
  attempts: number;
  fireRounds: number;
  lastError: string | null;
}

/** Where the item of a reminder is shown: the referral, the task; a right has no page of its own. */
export function failedReminderLink(r: Pick<FailedReminder, 'kind' | 'itemId'>): string | false {
  if (r.kind === 'referral_unanswered') return `/referrals/${r.itemId}/show`;
  if (r.kind === 'task_due') return `/tasks/${r.itemId}`;
  return false;
}

const Column = DataTable.Col<FailedReminder>;
const filters = [<SelectInput key="kind" source="kind" label="Type de relance" choices={choicesOf('reminderKind')} alwaysOn sx={{ minWidth: 240 }} />];
const attempts = (r: FailedReminder) => `${r.attempts} (${r.fireRounds} série${r.fireRounds > 1 ? 's' : ''})`;
const openItem = (_id: unknown, _resource: unknown, r: unknown) => failedReminderLink(r as FailedReminder);

/**
 * The organisation's reminders that failed for good: each round of their job exhausted its attempts,
 * no sweep will try them again. What a manager or an admin reads to act by hand (and to report the error).
 */
export const FailedReminderList = () => {
  const phone = useIsPhone();
  return (
    <List<FailedReminder>
      title="Relances en échec"
      filters={filters}
      sort={{ field: 'failedAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      empty={<Typography sx={{ p: 2 }}>Aucune relance en échec : toutes les relances dues ont été envoyées ou sont sans objet.</Typography>}
    >
      {phone ? (
        <SimpleList<FailedReminder>
          rowClick={openItem}
          primaryText={(r) => LABELS.reminderKind[r.kind]}
          secondaryText={(r) => `Abandonnée le ${formatTimestamp(r.failedAt)} · ${r.attempts} tentatives en ${r.fireRounds} série${r.fireRounds > 1 ? 's' : ''} · ${r.lastError ?? ''}`}
        />
      ) : (
        <DataTable<FailedReminder> bulkActionButtons={false} rowClick={openItem}>
          <Column source="kind" label="Type" disableSort render={(r) => LABELS.reminderKind[r.kind]} />
          <Column source="dueAt" label="Due le">
            <TimestampField source="dueAt" />
          </Column>
          <Column source="failedAt" label="Abandonnée le">
            <TimestampField source="failedAt" />
          </Column>
          <Column source="attempts" label="Tentatives" disableSort render={attempts} />
          <Column source="lastError" label="Dernière erreur" disableSort render={(r) => r.lastError ?? ''} />
        </DataTable>
      )}
    </List>
  );
};
