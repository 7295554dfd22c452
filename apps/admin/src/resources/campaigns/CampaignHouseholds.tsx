import { Chip, Stack, Typography } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, SimpleList } from 'react-admin';
import { useIsPhone } from '../../components/useIsPhone';
import { formatEurosRounded } from '../../format';
import { LABELS } from '../../labels';
import { RightStatusChip } from '../detected-rights/RightBadges';
import type { CampaignHousehold } from './types';

const Column = DataTable.Col<CampaignHousehold>;

/** Where the household stands: its contact task (or the control group), then each targeted right now. */
const taskText = (h: CampaignHousehold) =>
  h.control ? 'Groupe témoin : non contacté' : h.taskStatus ? `Tâche ${LABELS.taskStatus[h.taskStatus].toLowerCase()}${h.taskAssigneeName ? ` (${h.taskAssigneeName})` : ''}` : 'Sans tâche';

const Rights = ({ household }: { household: CampaignHousehold }) => (
  <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
    {household.rights.map((r) => (
      <Stack key={r.id} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
        <Typography variant="body2">{LABELS.detectableBenefit[r.benefit]}</Typography>
        <RightStatusChip status={r.status} />
      </Stack>
    ))}
  </Stack>
);

const householdPath = (h: CampaignHousehold) => `/households/${h.id}/show/droits`;

/** The households the launch targeted (GET /api/campaigns/:id/households), largest amount first; a row opens the household. */
export const CampaignHouseholds = ({ version }: { version: string }) => {
  const phone = useIsPhone();
  return (
    <ReferenceManyField
      key={version}
      reference="campaign-households"
      target="campaignId"
      sort={{ field: 'annualAmountCents', order: 'DESC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
      empty={<Typography color="text.secondary">Aucun foyer pour l’instant : les tâches sont en cours de création.</Typography>}
    >
      {phone ? (
        <SimpleList<CampaignHousehold>
          rowClick={(_id, _resource, h) => householdPath(h as CampaignHousehold)}
          primaryText={(h) => `${h.applicantName ?? ''} — ${h.reference}`}
          secondaryText={(h) => taskText(h)}
          tertiaryText={(h) => <Rights household={h} />}
        />
      ) : (
        <DataTable<CampaignHousehold> bulkActionButtons={false} rowClick={(_id, _resource, h) => householdPath(h)} data-testid="campaign-households">
          <Column source="reference" label="Foyer" render={(h) => `${h.applicantName ?? ''} — ${h.reference}`} />
          <Column source="communeName" label="Commune" disableSort render={(h) => h.communeName ?? '—'} />
          <Column source="taskStatus" label="Contact" render={(h) => (h.control ? <Chip size="small" variant="outlined" label="Groupe témoin" /> : taskText(h))} />
          <Column source="rights" label="Droits visés" disableSort render={(h) => <Rights household={h} />} />
          <Column source="annualAmountCents" label="Par an" align="right" render={(h) => formatEurosRounded(h.annualAmountCents)} />
        </DataTable>
      )}
    </ReferenceManyField>
  );
};
