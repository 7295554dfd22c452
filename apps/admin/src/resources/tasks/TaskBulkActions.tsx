import AssignIcon from '@mui/icons-material/AssignmentIndOutlined';
import DoneIcon from '@mui/icons-material/TaskAltOutlined';
import { BulkAssignButton, BulkCompleteTasksButton } from '../../components/BulkActions';

/** Assign the ticked tasks to a worker of the organisation, or mark them done. */
export const TaskBulkActions = () => (
  <>
    <BulkAssignButton path="tasks/bulk/assign" field="assigneeId" noun={['tâche', 'tâches']} icon={<AssignIcon />} />
    <BulkCompleteTasksButton icon={<DoneIcon />} />
  </>
);
