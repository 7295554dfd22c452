import { Tab, Tabs } from '@mui/material';
import { DETECTABLE_BENEFITS } from '@recours/domain';
import { BooleanInput, DataTable, List, SelectInput, useListContext, usePermissions } from 'react-admin';
import { choicesOf, LABELS } from '../../labels';
import type { Permissions } from '../../providers/authProvider';
import { outcomeText, ReferralDelay, referralObject, ReferralStatusChip } from './ReferralChips';
import type { Referral } from './types';

const BoxTabs = ({ fallback }: { fallback: 'sent' | 'received' }) => {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const box = (filterValues.box as string | undefined) ?? fallback;
  return (
    <Tabs value={box} onChange={(_, value: string) => setFilters({ ...filterValues, box: value }, displayedFilters)} aria-label="Boîte">
      <Tab value="received" label="Reçues" />
      <Tab value="sent" label="Envoyées" />
    </Tabs>
  );
};

const filters = [
  <SelectInput key="status" source="status" label="Statut" choices={choicesOf('referralStatus')} alwaysOn />,
  <SelectInput
    key="benefit"
    source="benefit"
    label="Prestation"
    choices={DETECTABLE_BENEFITS.map((b) => ({ id: b, name: LABELS.detectableBenefit[b] }))}
  />,
  <BooleanInput key="overdue" source="overdue" label="En retard" />,
];

const Col = DataTable.Col<Referral>;

/** "Orientations": received (the partner's home page) and sent, with status chips and the delay since the last change. */
export const ReferralList = () => {
  const { permissions } = usePermissions<Permissions>();
  const fallback = permissions?.role === 'partner_agent' ? 'received' : 'sent';
  return (
    <List<Referral>
      title="Orientations"
      filterDefaultValues={{ box: fallback }}
      filters={filters}
      sort={{ field: 'statusChangedAt', order: 'DESC' }}
      exporter={false}
      storeKey={`referrals.${fallback}`}
    >
      <BoxTabs fallback={fallback} />
      <DataTable<Referral> rowClick="show" bulkActionButtons={false} empty={<p style={{ padding: 16 }}>Aucune orientation.</p>}>
        <Col source="householdReference" label="Foyer" render={(r) => (r.applicantName ? `${r.householdReference} — ${r.applicantName}` : r.householdReference)} />
        <Col label="Partenaire" disableSort render={(r) => (r.box === 'sent' ? `→ ${r.recipientOrganisationName}` : `← ${r.senderOrganisationName}`)} />
        <Col label="Objet" disableSort render={referralObject} />
        <Col source="status" label="Statut" render={(r) => <ReferralStatusChip status={r.status} />} />
        <Col label="Issue" disableSort render={(r) => outcomeText(r) ?? ''} />
        <Col source="statusChangedAt" label="Dernier changement" render={(r) => <ReferralDelay referral={r} />} />
      </DataTable>
    </List>
  );
};
