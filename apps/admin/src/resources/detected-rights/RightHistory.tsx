import { List, ListItem, Typography } from '@mui/material';
import { useGetList } from 'react-admin';
import { formatIsoDate, formatTimestamp } from '../../format';
import { LABELS } from '../../labels';
import type { Contact } from '../contacts/types';
import type { Task } from '../tasks/types';
import type { DetectedRight, RightTransition } from './types';

interface HistoryEntry {
  key: string;
  at: string;
  title: string;
  author?: string | null;
  note?: string | null;
}

const transitionEntry = (t: RightTransition): HistoryEntry => ({
  key: `t-${t.id}`,
  at: t.at,
  title: t.from ? `${LABELS.detectedRightStatus[t.from]} → ${LABELS.detectedRightStatus[t.to]}` : LABELS.detectedRightStatus[t.to],
  author: t.actorName,
  note: t.note,
});

const contactEntry = (c: Contact): HistoryEntry => ({
  key: `c-${c.id}`,
  at: c.occurredAt,
  title: `Contact (${LABELS.contactChannel[c.channel] ?? c.channel}) : ${LABELS.contactOutcome[c.outcome] ?? c.outcome}`,
  author: c.authorName,
  note: c.note,
});

const taskEntry = (t: Task): HistoryEntry => ({
  key: `k-${t.id}`,
  at: t.createdAt,
  title: `Tâche « ${t.title} » pour le ${formatIsoDate(t.dueOn)} (${LABELS.taskStatus[t.status]})`,
});

/**
 * A right's history, oldest first: each change of state with its date, its author and the note typed
 * at that step, the contacts that discussed the right and the tasks about it.
 */
export const RightHistory = ({ right }: { right: DetectedRight }) => {
  const { data: contacts } = useGetList<Contact>('contacts', {
    filter: { householdId: right.householdId, rightId: right.id },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'occurredAt', order: 'ASC' },
  });
  const { data: tasks } = useGetList<Task>('tasks', {
    filter: { householdId: right.householdId, detectedRightId: right.id },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'createdAt', order: 'ASC' },
  });
  const entries = [...(right.transitions ?? []).map(transitionEntry), ...(contacts ?? []).map(contactEntry), ...(tasks ?? []).map(taskEntry)].sort((a, b) =>
    a.at.localeCompare(b.at),
  );
  if (entries.length === 0) return null;
  return (
    <List dense aria-label="Historique du droit" data-testid="right-history" sx={{ my: 1, borderLeft: 2, borderColor: 'divider' }}>
      {entries.map((e) => (
        <ListItem key={e.key} sx={{ display: 'block', pl: 1.5, py: 0.5 }} data-testid="right-history-entry">
          <Typography variant="body2">
            <strong>{e.title}</strong>
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {formatTimestamp(e.at)}
            {e.author ? ` · ${e.author}` : ''}
          </Typography>
          {e.note ? (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
              {e.note}
            </Typography>
          ) : null}
        </ListItem>
      ))}
    </List>
  );
};
