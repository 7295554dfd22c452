import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextInput,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { toChoices } from '../../choices';
import { can, type Permissions } from '../../providers/authProvider';
import { ExportMenu } from '../../components/ExportMenu';
import { IsoDateField } from '../../components/fields';
import { householdStatusLabels, housingStatusLabels } from '../../labels';
import { useIsPhone } from '../../components/useIsPhone';
import { householdName, type Household } from './types';
import { HouseholdBulkActions } from './HouseholdBulkActions';

const statusChoices = toChoices(householdStatusLabels);

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Nom ou référence" />,
  <ReferenceInput key="referentId" source="referentId" reference="users" alwaysOn sort={{ field: 'displayName', order: 'ASC' }}>
    <AutocompleteInput label="Référent" optionText="displayName" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <TextInput key="communeInsee" source="communeInsee" label="Code INSEE de la commune" />,
  <TextInput key="postcode" source="postcode" />,
];

// The export is the API's (every matching row, French labels, audited), not react-admin's page-by-page one.
const ListActions = () => {
  const { permissions } = usePermissions<Permissions>();
  return (
    <TopToolbar>
      <FilterButton />
      {can(permissions, 'household.write') ? <CreateButton /> : null}
      <ExportMenu />
    </TopToolbar>
  );
};

const Column = DataTable.Col<Household>;

export const HouseholdList = () => {
  const phone = useIsPhone();
  return (
  <List<Household>
    filters={filters}
    actions={<ListActions />}
    sort={{ field: 'lastContactOn', order: 'DESC' }}
    perPage={25}
    filterDefaultValues={{ status: 'active' }}
  >
    {phone ? (
      <SimpleList<Household>
        rowClick="show"
        primaryText={(r) => householdName(r)}
        secondaryText={(r) => `${r.reference} · ${r.communeName ?? ''} (${r.postcode ?? ''})`}
        tertiaryText={(r) => householdStatusLabels[r.status as keyof typeof householdStatusLabels] ?? r.status}
      />
    ) : (
    <DataTable<Household> rowClick="show" bulkActionButtons={<HouseholdBulkActions />}>
      <Column source="reference" />
      <Column source="applicantName" label="Demandeur" render={(record) => householdName(record)} />
      <Column source="memberCount" label="Membres" disableSort />
      <Column source="communeName" render={(r) => `${r.communeName ?? ''} (${r.postcode ?? ''})`} />
      <Column source="housingStatus" disableSort>
        <SelectField source="housingStatus" choices={toChoices(housingStatusLabels)} />
      </Column>
      <Column source="referent" disableSort render={(r) => r.referent?.displayName ?? '—'} />
      <Column source="status">
        <SelectField source="status" choices={statusChoices} />
      </Column>
      <Column source="lastContactOn">
        <IsoDateField source="lastContactOn" />
      </Column>
    </DataTable>
    )}
  </List>
  );
};
