import AddTaskIcon from '@mui/icons-material/AddTaskOutlined';
import { parisToday, TASK_PRIORITIES } from '@recours/domain';
import { AutocompleteInput, Button, Create, DateInput, ReferenceInput, required, SelectInput, SimpleForm, TextInput, useGetIdentity } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { LABELS } from '../../labels';

const priorityChoices = TASK_PRIORITIES.map((id) => ({ id, name: LABELS.taskPriority[id] }));

/** A task typed by hand (POST /api/tasks): for a household, to me by default, due today by default. */
export const TaskCreate = () => {
  const { identity } = useGetIdentity();
  return (
    <Create title="Nouvelle tâche" mutationMode="pessimistic" redirect="list">
      <SimpleForm defaultValues={{ dueOn: parisToday(), priority: 'normale', assigneeId: identity?.id }}>
        <ReferenceInput source="householdId" reference="households">
          <AutocompleteInput label="Foyer" validate={required()} filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 320 }} />
        </ReferenceInput>
        <TextInput source="title" label="Intitulé" validate={required()} fullWidth slotProps={{ htmlInput: { maxLength: 200 } }} />
        <DateInput source="dueOn" label="Échéance" validate={required()} />
        <SelectInput source="priority" label="Priorité" choices={priorityChoices} validate={required()} />
        <ReferenceInput source="assigneeId" reference="users" filter={{ active: true }} sort={{ field: 'displayName', order: 'ASC' }}>
          <AutocompleteInput label="Assignée à" optionText="displayName" sx={{ minWidth: 300 }} />
        </ReferenceInput>
      </SimpleForm>
    </Create>
  );
};

/** "Nouvelle tâche" for this household (its page), the form opened with the household chosen. */
export const NewHouseholdTaskButton = ({ householdId }: { householdId: string }) => {
  const navigate = useNavigate();
  return (
    <Button label="Nouvelle tâche" size="small" onClick={() => void navigate('/tasks/create', { state: { record: { householdId } } })}>
      <AddTaskIcon />
    </Button>
  );
};
