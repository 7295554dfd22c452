// Buttons of a list's bulk toolbar: each opens a small dialog, sends the ticked ids to one bulk
// endpoint, says what was done and what was left (and why), then clears the selection.
import { Dialog, DialogContent, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { parisToday } from '@recours/domain';
import { useState, type ReactNode } from 'react';
import { Button, useDataProvider, useGetIdentity, useGetList, useListContext, useNotify, useRefresh } from 'react-admin';
import { DialogButtons } from './DialogButtons';
import { plural } from '../format';
import type { RecoursDataProvider } from '../providers/dataProvider';
import type { BulkPath } from '../providers/outreach-types';

/** Sends the ticked ids with the dialog's values, then reports and clears the selection. */
const useBulk = (path: BulkPath, noun: [string, string], verb: string) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const { selectedIds, onUnselectItems } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const run = async (values: Record<string, unknown>): Promise<boolean> => {
    setPending(true);
    try {
      const { data } = await dataProvider.bulk(path, { ids: selectedIds.map(String), ...values });
      const left = data.skipped.length ? ` ; ${plural(data.skipped.length, 'laissé')} tel(s) quel(s) : ${[...new Set(data.skipped.map((s) => s.reason))].join(', ')}` : '';
      notify(`${plural(data.done, noun[0], noun[1])}${verb ? ` ${verb}` : ''}${left}.`, { type: data.skipped.length ? 'warning' : 'success' });
      onUnselectItems();
      refresh();
      return true;
    } catch (e) {
      notify(e instanceof Error ? e.message : 'L’action n’a pas pu être faite.', { type: 'error' });
      return false;
    } finally {
      setPending(false);
    }
  };
  return { count: selectedIds.length, pending, run };
};

const WorkerSelect = ({ value, onChange, label }: { value: string; onChange: (v: string) => void; label: string }) => {
  // Only the workers a task or a household can go to: active social workers and managers of my organisation.
  const { identity } = useGetIdentity();
  const { data } = useGetList<{ id: string; displayName: string }>('users', {
    filter: { active: true, role: ['social_worker', 'manager'], ...(identity?.organisationId ? { organisationId: identity.organisationId } : {}) },
    sort: { field: 'displayName', order: 'ASC' }, pagination: { page: 1, perPage: 100 } });
  return (
    <TextField select label={label} value={value} onChange={(e) => onChange(e.target.value)} fullWidth required>
      {(data ?? []).map((u) => (
        <MenuItem key={u.id} value={u.id}>
          {u.displayName}
        </MenuItem>
      ))}
    </TextField>
  );
};

const BulkDialog = (p: { label: string; icon: ReactNode; title: string; confirm: string; ready: boolean; pending: boolean; onConfirm: () => Promise<boolean>; children?: ReactNode }) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label={p.label} onClick={() => setOpen(true)}>
        <>{p.icon}</>
      </Button>
      <Dialog open={open} onClose={() => (p.pending ? undefined : setOpen(false))} aria-labelledby="bulk-title" fullWidth maxWidth="sm">
        <DialogTitle id="bulk-title">{p.title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {p.children}
          </Stack>
        </DialogContent>
        <DialogButtons onCancel={() => setOpen(false)} pending={p.pending} disabled={!p.ready} onClick={() => void p.onConfirm().then((ok) => ok && setOpen(false))}>
          {p.confirm}
        </DialogButtons>
      </Dialog>
    </>
  );
};

/** Assign the ticked tasks, or hand the ticked households over, to a worker of the organisation. */
export const BulkAssignButton = ({ path, field, noun, icon }: { path: 'tasks/bulk/assign' | 'households/bulk/assign'; field: 'assigneeId' | 'referentId'; noun: [string, string]; icon: ReactNode }) => {
  const { count, pending, run } = useBulk(path, noun, path.startsWith('tasks') ? 'assignée(s)' : 'confié(s)');
  const [worker, setWorker] = useState('');
  return (
    <BulkDialog label="Assigner" icon={icon} title={`Assigner ${plural(count, noun[0], noun[1])}`} confirm="Assigner" ready={!!worker} pending={pending} onConfirm={() => run({ [field]: worker })}>
      <WorkerSelect label={field === 'assigneeId' ? 'Intervenant·e' : 'Référent·e'} value={worker} onChange={setWorker} />
    </BulkDialog>
  );
};

/** One task for each ticked household (or right, linked to it). */
export const BulkTaskButton = ({ path, noun, icon }: { path: 'households/bulk/tasks' | 'detected-rights/bulk/tasks'; noun: [string, string]; icon: ReactNode }) => {
  const { count, pending, run } = useBulk(path, ['tâche créée', 'tâches créées'], '');
  const { identity } = useGetIdentity();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState(parisToday());
  const [worker, setWorker] = useState('');
  const assignee = worker || String(identity?.id ?? '');
  return (
    <BulkDialog
      label="Créer une tâche"
      icon={icon}
      title={`Une tâche pour chacun des ${plural(count, noun[0], noun[1])}`}
      confirm="Créer les tâches"
      ready={!!title.trim() && /^\d{4}-\d{2}-\d{2}$/.test(dueOn)}
      pending={pending}
      onConfirm={() => run({ title: title.trim(), dueOn, ...(assignee ? { assigneeId: assignee } : {}) })}
    >
      <TextField label="Intitulé de la tâche" value={title} onChange={(e) => setTitle(e.target.value)} required fullWidth slotProps={{ htmlInput: { maxLength: 200 } }} />
      <TextField label="Échéance" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} required slotProps={{ inputLabel: { shrink: true } }} />
      <WorkerSelect label="Assignée à" value={assignee} onChange={setWorker} />
    </BulkDialog>
  );
};

/** Mark the ticked tasks done (closed ones are left as they are). */
export const BulkCompleteTasksButton = ({ icon }: { icon: ReactNode }) => {
  const { count, pending, run } = useBulk('tasks/bulk/complete', ['tâche', 'tâches'], 'marquée(s) faite(s)');
  return (
    <BulkDialog label="Marquer faites" icon={icon} title={`Marquer faites ${plural(count, 'tâche', 'tâches')} ?`} confirm="Marquer faites" ready pending={pending} onConfirm={() => run({})} />
  );
};

export { useBulk, BulkDialog };
