import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import CloseIcon from '@mui/icons-material/DoNotDisturbAltOutlined';
import TaskIcon from '@mui/icons-material/AddTaskOutlined';
import { MenuItem, TextField, Typography } from '@mui/material';
import { DISMISS_REASONS, OPEN_RIGHT_STATUSES, type DismissReason } from '@recours/domain';
import { useState } from 'react';
import { Button, useListContext, usePermissions } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { BulkDialog, BulkTaskButton, useBulk } from '../../components/BulkActions';
import { plural } from '../../format';
import { LABELS } from '../../labels';
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

/** Close where the lifecycle allows: a right still « détecté » is set aside with a reason, a later one abandoned; the note goes in each history. */
const CloseRightsButton = () => {
  const { count, pending, run } = useBulk('detected-rights/bulk/close', ['droit clos', 'droits clos'], '');
  const [reason, setReason] = useState<DismissReason>('non_eligible');
  const [note, setNote] = useState('');
  return (
    <BulkDialog label="Clore" icon={<CloseIcon />} title={`Clore ${plural(count, 'droit', 'droits')}`} confirm="Clore les droits" ready={!!note.trim()} pending={pending} onConfirm={() => run({ dismissReason: reason, note: note.trim() })}>
      <Typography variant="body2">Un droit encore « détecté » est écarté avec le motif ; un droit plus avancé est abandonné. Les droits déjà clos restent tels quels.</Typography>
      <TextField select label="Motif (droits détectés)" value={reason} onChange={(e) => setReason(e.target.value as DismissReason)} fullWidth>
        {DISMISS_REASONS.map((r) => (
          <MenuItem key={r} value={r}>
            {LABELS.dismissReason[r]}
          </MenuItem>
        ))}
      </TextField>
      <TextField label="Note (gardée dans l’historique)" value={note} onChange={(e) => setNote(e.target.value)} required multiline minRows={2} fullWidth />
    </BulkDialog>
  );
};

/** What a social worker can do to the detected rights ticked in the list. */
export const RightBulkActions = () => {
  const { permissions } = usePermissions<Permissions>();
  return (
    <>
      {can(permissions, 'campaign.write') ? <AddToCampaignButton /> : null}
      {can(permissions, 'outreach.write') ? (
        <>
          <BulkTaskButton path="detected-rights/bulk/tasks" noun={['droit choisi', 'droits choisis']} icon={<TaskIcon />} />
          <CloseRightsButton />
        </>
      ) : null}
    </>
  );
};

