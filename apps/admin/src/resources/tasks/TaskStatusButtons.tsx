import { Button, Stack } from '@mui/material';
import { allowedTaskTransitions, TASK_ACTION_LABELS, type TaskStatus } from '@recours/domain';
import { useNotify, useUpdate } from 'react-admin';
import { LABELS } from '../../labels';
import type { Task } from './types';

/**
 * Quick status change from a list row, saved pessimistically (the row changes once the API agreed).
 * The buttons come from the task machine of libs/domain, which the API enforces (409 otherwise).
 */
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
      {allowedTaskTransitions(task.status).map((to) => (
        <Button key={to} size="small" disabled={isPending} color={to === 'annulee' ? 'inherit' : 'primary'} onClick={() => void change(to)}>
          {TASK_ACTION_LABELS[to]}
        </Button>
      ))}
    </Stack>
  );
};
