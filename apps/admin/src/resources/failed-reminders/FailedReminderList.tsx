import { Typography } from '@mui/material';
import type { ReminderKind } from '@recours/domain';
import { DataTable, List, SelectInput } from 'react-admin';
import { TimestampField } from '../../components/fields';
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
const filters = [<SelectInput key="kind" source="kind" label="Type de relance" choices={choicesOf('reminderKind')} alwaysOn />];

/**
 * The organisation's reminders that failed for good: each round of their job exhausted its attempts,
 * no sweep will try them again. What a manager or an admin reads to act by hand (and to report the error).
 */
export const FailedReminderList = () => (
  <List<FailedReminder>
    title="Relances en échec"
    filters={filters}
    sort={{ field: 'failedAt', order: 'DESC' }}
    perPage={25}
    exporter={false}
    empty={<Typography sx={{ p: 2 }}>Aucune relance en échec : toutes les relances dues ont été envoyées ou sont sans objet.</Typography>}
  >
    <DataTable<FailedReminder> bulkActionButtons={false} rowClick={(_id, _resource, r) => failedReminderLink(r as FailedReminder)}>
      <Column source="kind" label="Type" disableSort render={(r) => LABELS.reminderKind[r.kind]} />
      <Column source="dueAt" label="Due le">
        <TimestampField source="dueAt" />
      </Column>
      <Column source="failedAt" label="Abandonnée le">
        <TimestampField source="failedAt" />
      </Column>
      <Column source="attempts" label="Tentatives" disableSort render={(r) => `${r.attempts} (${r.fireRounds} série${r.fireRounds > 1 ? 's' : ''})`} />
      <Column source="lastError" label="Dernière erreur" disableSort render={(r) => r.lastError ?? ''} />
    </DataTable>
  </List>
);
