import TuneIcon from '@mui/icons-material/TuneOutlined';
import { Typography } from '@mui/material';
import { DataTable, Edit, FunctionField, List, required, SelectArrayInput, SelectField, SimpleForm, TextInput } from 'react-admin';
import { choicesOf, LABELS } from '../../labels';

interface ReferralTypeRecord {
  id: string;
  recipientKind: string;
  label: string;
  sharedGroups: (keyof typeof LABELS.sharedFieldGroup)[];
}

/** Territory admin: which household data a referral to each kind of organisation shares. */
const ReferralTypeList = () => (
  <List title="Types d’orientation" sort={{ field: 'label', order: 'ASC' }} exporter={false} pagination={false}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="label" label="Type" />
      <DataTable.Col source="recipientKind" label="Destinataire" disableSort>
        <SelectField source="recipientKind" choices={choicesOf('organisationKind')} />
      </DataTable.Col>
      <DataTable.Col label="Données partagées" disableSort>
        <FunctionField<ReferralTypeRecord> render={(r) => r.sharedGroups.map((g) => LABELS.sharedFieldGroup[g]).join(', ') || 'Aucune'} />
      </DataTable.Col>
    </DataTable>
  </List>
);

const ReferralTypeEdit = () => (
  <Edit title="Type d’orientation" mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <TextInput source="label" label="Libellé" validate={required()} />
      <SelectField source="recipientKind" label="Destinataire" choices={choicesOf('organisationKind')} />
      <SelectArrayInput source="sharedGroups" label="Données partagées" choices={choicesOf('sharedFieldGroup')} />
      <Typography variant="caption" color="text.secondary">
        Les orientations déjà envoyées gardent les données qu’elles partageaient.
      </Typography>
    </SimpleForm>
  </Edit>
);

export const referralTypes = { list: ReferralTypeList, edit: ReferralTypeEdit, icon: TuneIcon, recordRepresentation: 'label' };
