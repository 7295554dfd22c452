import BusinessIcon from '@mui/icons-material/BusinessOutlined';
import {
  AutocompleteInput,
  Create,
  DataTable,
  Edit,
  List,
  ReferenceField,
  ReferenceInput,
  required,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { choicesOf } from '../../labels';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Nom" />,
  <SelectInput key="kind" source="kind" choices={choicesOf('organisationKind')} alwaysOn />,
];

export const OrganisationList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="kind">
        <SelectField source="kind" choices={choicesOf('organisationKind')} />
      </DataTable.Col>
      <DataTable.Col source="territoryId">
        <ReferenceField source="territoryId" reference="territories" link={false} />
      </DataTable.Col>
    </DataTable>
  </List>
);

const OrganisationForm = () => (
  <SimpleForm>
    <TextInput source="name" validate={required()} />
    <SelectInput source="kind" choices={choicesOf('organisationKind')} validate={required()} />
    <ReferenceInput source="territoryId" reference="territories">
      <AutocompleteInput label="Territoire" optionText={(t: { code: string; name: string }) => `${t.name} (${t.code})`} validate={required()} />
    </ReferenceInput>
  </SimpleForm>
);

export const organisations = {
  list: OrganisationList,
  create: () => (
    <Create title="Nouvelle organisation" mutationMode="pessimistic" redirect="list">
      <OrganisationForm />
    </Create>
  ),
  edit: () => (
    <Edit title="Modifier l’organisation" mutationMode="pessimistic" redirect="list">
      <OrganisationForm />
    </Edit>
  ),
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
