import BusinessIcon from '@mui/icons-material/BusinessOutlined';
import {
  Create,
  DataTable,
  Edit,
  List,
  ReferenceField,
  Labeled,
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
      <DataTable.Col source="territoryId" disableSort>
        <ReferenceField source="territoryId" reference="territories" link={false} />
      </DataTable.Col>
    </DataTable>
  </List>
);

// The territory is the administrator's own: the API sets it and does not let it change.
const OrganisationForm = ({ showTerritory = false }: { showTerritory?: boolean }) => (
  <SimpleForm>
    <TextInput source="name" validate={required()} />
    <SelectInput source="kind" choices={choicesOf('organisationKind')} validate={required()} />
    {showTerritory ? (
      <Labeled source="territoryId">
        <ReferenceField source="territoryId" reference="territories" link={false} />
      </Labeled>
    ) : null}
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
      <OrganisationForm showTerritory />
    </Edit>
  ),
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
