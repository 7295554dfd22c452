import { Chip, Typography } from '@mui/material';
import { isOpenTaskStatus, OPEN_TASK_STATUSES, parisToday } from '@recours/domain';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  List,
  Loading,
  ReferenceInput,
  SelectArrayInput,
  SelectInput,
  SimpleList,
  useGetIdentity,
  FilterButton,
  TopToolbar,
} from 'react-admin';
import { formatIsoDate } from '../../format';
import { choicesOf, LABELS } from '../../labels';
import { TaskBulkActions } from './TaskBulkActions';
import { TaskStatusButtons } from './TaskStatusButtons';
import type { Task } from './types';
import { ExportMenu } from '../../components/ExportMenu';
import { useIsPhone } from '../../components/useIsPhone';

const dueChoices = [
  { id: 'overdue', name: 'En retard' },
  { id: 'today', name: 'Aujourd’hui' },
  { id: 'overdue_or_today', name: 'En retard ou aujourd’hui' },
];

const filters = [
  <ReferenceInput key="assigneeId" source="assigneeId" reference="users" alwaysOn sort={{ field: 'displayName', order: 'ASC' }}>
    <AutocompleteInput label="Assignée à" optionText="displayName" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <SelectArrayInput key="status" source="status" label="Statut" choices={choicesOf('taskStatus')} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectInput key="due" source="due" label="Échéance" choices={dueChoices} alwaysOn />,
];

const Column = DataTable.Col<Task>;

const DueOn = ({ task }: { task: Task }) => {
  const late = isOpenTaskStatus(task.status) && task.dueOn < parisToday();
  return (
    <Typography variant="body2" color={late ? 'error' : undefined} sx={{ fontWeight: late ? 600 : undefined }}>
      {formatIsoDate(task.dueOn)}
      {late ? ' (en retard)' : ''}
    </Typography>
  );
};

/** My open tasks by default, earliest due first; a row opens the household. */
export const TaskList = () => {
  const { identity, isPending } = useGetIdentity();
  const phone = useIsPhone();
  if (isPending) return <Loading />;
  return (
    <List<Task>
      filters={filters}
      filterDefaultValues={{ assigneeId: identity?.id, status: [...OPEN_TASK_STATUSES] }}
      sort={{ field: 'dueOn', order: 'ASC' }}
      perPage={25}
      title="Tâches"
      exporter={false}
      actions={
        <TopToolbar>
          <CreateButton label="Nouvelle tâche" />
          <FilterButton />
          <ExportMenu />
        </TopToolbar>
      }
    >
      {phone ? (
        <SimpleList<Task>
          rowClick={(_id, _resource, task) => `/households/${task.householdId}/show/contacts`}
          primaryText={(t) => t.title}
          secondaryText={(t) => `${t.applicantName ?? ''} — ${t.householdReference} · ${LABELS.taskStatus[t.status]}`}
          tertiaryText={(t) => <DueOn task={t} />}
        />
      ) : (
      <DataTable<Task> bulkActionButtons={<TaskBulkActions />} rowClick={(_id, _resource, task) => `/households/${task.householdId}/show/contacts`}>
        <Column source="dueOn" label="Échéance" render={(t) => <DueOn task={t} />} />
        <Column source="title" label="Tâche" />
        <Column source="householdReference" label="Foyer" disableSort render={(t) => `${t.applicantName ?? ''} — ${t.householdReference}`} />
        <Column
          source="priority"
          label="Priorité"
          render={(t) => (
            <Chip size="small" variant="outlined" color={t.priority === 'urgente' || t.priority === 'haute' ? 'error' : 'default'} label={LABELS.taskPriority[t.priority]} />
          )}
        />
        <Column source="assigneeName" label="Assignée à" disableSort render={(t) => t.assigneeName ?? '—'} />
        <Column source="status" label="Statut" render={(t) => LABELS.taskStatus[t.status]} />
        <Column label="Actions" disableSort render={(t) => <TaskStatusButtons task={t} />} />
      </DataTable>
      )}
    </List>
  );
};
