import { Button, Stack } from '@mui/material';
import type { TaskStatus } from '@recours/domain';
import { useNotify, useUpdate } from 'react-admin';
import { LABELS } from '../../labels';
import type { Task } from './types';

const next: Record<TaskStatus, Array<{ to: TaskStatus; label: string }>> = {
  a_faire: [
    { to: 'en_cours', label: 'Commencer' },
    { to: 'faite', label: 'Marquer faite' },
    { to: 'annulee', label: 'Annuler' },
  ],
  en_cours: [
    { to: 'faite', label: 'Marquer faite' },
    { to: 'annulee', label: 'Annuler' },
  ],
  faite: [{ to: 'a_faire', label: 'Rouvrir' }],
  annulee: [{ to: 'a_faire', label: 'Rouvrir' }],
};

/** Quick status change from a list row, saved pessimistically (the row changes once the API agreed). */
export const TaskStatusButtons = ({ task }: { task: Task }) => {
  const [update, { isPending }] = useUpdate<Task>();
  const notify = useNotify();
  const change = (to: TaskStatus) =>
    update(
      'tasks',
      { id: task.id, data: { status: to }, previousData: task },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify(`Tâche « ${task.title} » : ${LABELS.taskStatus[to].toLowerCase()}`, { type: 'success' }),
        onError: (e) => notify(e instanceof Error ? e.message : 'La tâche n’a pas pu être modifiée.', { type: 'error' }),
      },
    );
  return (
    <Stack direction="row" spacing={0.5} onClick={(e) => e.stopPropagation()}>
      {next[task.status].map(({ to, label }) => (
        <Button key={to} size="small" disabled={isPending} color={to === 'annulee' ? 'inherit' : 'primary'} onClick={() => void change(to)}>
          {label}
        </Button>
      ))}
    </Stack>
  );
};
