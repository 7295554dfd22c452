import AssignIcon from '@mui/icons-material/AssignmentIndOutlined';
import TaskIcon from '@mui/icons-material/AddTaskOutlined';
import { usePermissions } from 'react-admin';
import { BulkAssignButton, BulkTaskButton } from '../../components/BulkActions';
import { can, type Permissions } from '../../providers/authProvider';

/** Hand the ticked households over to a referent, or create a task for each. */
export const HouseholdBulkActions = () => {
  const { permissions } = usePermissions<Permissions>();
  return (
    <>
      {can(permissions, 'household.write') ? <BulkAssignButton path="households/bulk/assign" field="referentId" noun={['foyer', 'foyers']} icon={<AssignIcon />} /> : null}
      {can(permissions, 'outreach.write') ? <BulkTaskButton path="households/bulk/tasks" noun={['foyer choisi', 'foyers choisis']} icon={<TaskIcon />} /> : null}
    </>
  );
};
