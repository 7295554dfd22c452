import { BooleanField, DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput, AutocompleteInput } from 'react-admin';
import { choicesOf } from '../../labels';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Nom ou e-mail" />,
  <SelectInput key="role" source="role" choices={choicesOf('userRole')} alwaysOn />,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations" alwaysOn sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput label="Organisation" optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

export const UserList = () => (
  <List filters={filters} sort={{ field: 'displayName', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="displayName" />
      <DataTable.Col source="email" />
      <DataTable.Col source="role">
        <SelectField source="role" choices={choicesOf('userRole')} />
      </DataTable.Col>
      <DataTable.Col source="organisationId" disableSort>
        <ReferenceField source="organisationId" reference="organisations" link={false} />
      </DataTable.Col>
      <DataTable.Col source="active">
        <BooleanField source="active" />
      </DataTable.Col>
    </DataTable>
  </List>
);
