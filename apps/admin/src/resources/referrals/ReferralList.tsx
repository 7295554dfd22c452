import { Tab, Tabs } from '@mui/material';
import { useIsPhone } from '../../components/useIsPhone';
import { DETECTABLE_BENEFITS } from '@recours/domain';
import { BooleanInput, DataTable, List, SelectInput, SimpleList, useListContext, usePermissions } from 'react-admin';
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

const householdLabel = (r: Referral) => (r.applicantName ? `${r.householdReference} — ${r.applicantName}` : r.householdReference);
const partnerLabel = (r: Referral) => (r.box === 'sent' ? `→ ${r.recipientOrganisationName}` : `← ${r.senderOrganisationName}`);
const EMPTY = <p style={{ padding: 16 }}>Aucune orientation.</p>;

/** "Orientations": received (the partner's home page) and sent, with status chips and the delay since the last change. */
export const ReferralList = () => {
  const { permissions } = usePermissions<Permissions>();
  const fallback = permissions?.role === 'partner_agent' ? 'received' : 'sent';
  // On a phone (home visits), one card per referral instead of a table wider than the screen.
  const narrow = useIsPhone();
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
      {narrow ? (
        <SimpleList<Referral>
          linkType="show"
          empty={EMPTY}
          primaryText={householdLabel}
          secondaryText={(r) => `${partnerLabel(r)} · ${referralObject(r)}`}
          tertiaryText={(r) => <ReferralStatusChip status={r.status} />}
        />
      ) : (
        <DataTable<Referral> rowClick="show" bulkActionButtons={false} empty={EMPTY}>
          <Col source="householdReference" label="Foyer" render={householdLabel} />
          <Col label="Partenaire" disableSort render={partnerLabel} />
          <Col label="Objet" disableSort render={referralObject} />
          <Col source="status" label="Statut" render={(r) => <ReferralStatusChip status={r.status} />} />
          <Col label="Issue" disableSort render={(r) => outcomeText(r) ?? ''} />
          <Col source="statusChangedAt" label="Dernier changement" render={(r) => <ReferralDelay referral={r} />} />
        </DataTable>
      )}
    </List>
  );
};
