import { Alert } from '@mui/material';
import { AutocompleteInput, BooleanInput, email, ReferenceInput, required, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { choicesOf } from '../../labels';
import { ResetPasswordButton } from './ResetPasswordButton';

/** No password field: the person chooses it through the single-use link the API e-mails them. */
export const UserForm = ({ isCreate = false }: { isCreate?: boolean }) => (
  <SimpleForm>
    <TextInput source="displayName" validate={required()} />
    <TextInput source="email" type="email" validate={[required(), email('Adresse e-mail invalide.')]} />
    <SelectInput source="role" choices={choicesOf('userRole')} validate={required()} />
    <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput label="Organisation" optionText="name" validate={required()} />
    </ReferenceInput>
    <BooleanInput source="active" defaultValue />
    {isCreate ? (
      <Alert severity="info">
        La personne recevra à cette adresse un lien à usage unique pour choisir elle-même son mot de passe. Les responsables de son
        organisation seront prévenus.
      </Alert>
    ) : (
      <ResetPasswordButton />
    )}
  </SimpleForm>
);
