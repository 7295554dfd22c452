import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { OPEN_RIGHT_STATUSES } from '@recours/domain';
import { Button, useListContext, usePermissions } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { can, type Permissions } from '../../providers/authProvider';

/** The chosen rights become a new campaign's cohort, at whatever open step each one is. */
const AddToCampaignButton = () => {
  const { selectedIds } = useListContext();
  const navigate = useNavigate();
  const record = { filters: { rightIds: selectedIds.map(String), statuses: [...OPEN_RIGHT_STATUSES] } };
  return (
    <Button label="Ajouter à une campagne" onClick={() => void navigate('/campaigns/create', { state: { record } })}>
      <CampaignIcon />
    </Button>
  );
};

/** What a social worker can do to the detected rights ticked in the list. */
export const RightBulkActions = () => {
  const { permissions } = usePermissions<Permissions>();
  return <>{can(permissions, 'campaign.write') ? <AddToCampaignButton /> : null}</>;
};
