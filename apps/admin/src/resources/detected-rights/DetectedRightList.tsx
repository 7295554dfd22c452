import { OPEN_RIGHT_STATUSES } from '@recours/domain';
import {
  AutocompleteInput,
  DataTable,
  List,
  type RaRecord,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SimpleList,
  TextInput,
  FilterButton,
  TopToolbar,
} from 'react-admin';
import { TimestampField } from '../../components/fields';
import { EuroInput } from '../../components/inputs';
import { formatEurosRounded, formatRightAmount } from '../../format';
import { choicesOf, LABELS } from '../../labels';
import { ConfidenceBadge, RightStatusChip } from './RightBadges';
import { RightBulkActions } from './RightBulkActions';
import type { DetectedRight } from './types';
import { ExportMenu } from '../../components/ExportMenu';
import { useIsPhone } from '../../components/useIsPhone';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Nom ou référence" />,
  <SelectArrayInput key="benefit" source="benefit" label="Prestation" choices={choicesOf('detectableBenefit')} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectArrayInput key="status" source="status" label="Statut" choices={choicesOf('detectedRightStatus')} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectArrayInput key="confidence" source="confidence" label="Confiance" choices={choicesOf('confidence')} alwaysOn sx={{ minWidth: 160 }} />,
  <EuroInput key="minAmountCents" source="minAmountCents" label="Montant annuel minimum (€)" alwaysOn />,
  <ReferenceInput key="referentId" source="referentId" reference="users" sort={{ field: 'displayName', order: 'ASC' }}>
    <AutocompleteInput label="Référent" optionText="displayName" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <TextInput key="communeInsee" source="communeInsee" label="Code INSEE de la commune" />,
];

const Column = DataTable.Col<DetectedRight>;

/** Detected rights of the organisation, largest yearly amount first; a row opens its household. */
export const DetectedRightList = () => {
  const phone = useIsPhone();
  const openHousehold = (_id: unknown, _resource: unknown, record: RaRecord) => `/households/${(record as DetectedRight).householdId}/show/droits`;
  return (
  <List<DetectedRight>
    filters={filters}
    sort={{ field: 'annualAmountCents', order: 'DESC' }}
    filterDefaultValues={{ status: [...OPEN_RIGHT_STATUSES] }}
    perPage={25}
    title="Droits détectés"
    exporter={false}
      actions={
        <TopToolbar>
          <FilterButton />
          <ExportMenu />
        </TopToolbar>
      }
  >
    {phone ? (
      <SimpleList<DetectedRight>
        rowClick={(id, resource, record) => openHousehold(id, resource, record)}
        primaryText={(r) => `${LABELS.detectableBenefit[r.benefit] ?? r.benefit} · ${formatRightAmount(r.estimatedAmountCents, r.amountPeriod, r.benefit)}`}
        secondaryText={(r) => `${r.applicantName ?? ''} — ${r.householdReference}`}
        tertiaryText={(r) => <RightStatusChip status={r.status} />}
      />
    ) : (
    <DataTable<DetectedRight> bulkActionButtons={<RightBulkActions />} rowClick={(id, resource, record) => openHousehold(id, resource, record)}>
      <Column source="householdReference" label="Foyer" render={(r) => `${r.applicantName ?? ''} — ${r.householdReference}`} />
      <Column source="communeName" label="Commune" disableSort render={(r) => r.communeName ?? '—'} />
      <Column source="benefit" label="Prestation" render={(r) => LABELS.detectableBenefit[r.benefit] ?? r.benefit} />
      <Column
        source="estimatedAmountCents"
        label="Montant estimé"
        align="right"
        render={(r) => formatRightAmount(r.estimatedAmountCents, r.amountPeriod, r.benefit)}
      />
      <Column source="annualAmountCents" label="Par an" align="right" render={(r) => formatEurosRounded(r.annualAmountCents)} />
      <Column source="confidence" label="Confiance" render={(r) => <ConfidenceBadge confidence={r.confidence} />} />
      <Column source="status" label="Statut" render={(r) => <RightStatusChip status={r.status} />} />
      <Column source="detectedAt" label="Détecté le">
        <TimestampField source="detectedAt" />
      </Column>
    </DataTable>
    )}
  </List>
  );
};
