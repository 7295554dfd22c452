import {
  AutocompleteInput,
  BooleanInput,
  email,
  minLength,
  PasswordInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { choicesOf, MIN_PASSWORD_LENGTH } from '../../labels';

const passwordRule = minLength(MIN_PASSWORD_LENGTH, `Au moins ${MIN_PASSWORD_LENGTH} caractères.`);

export const UserForm = ({ isCreate = false }: { isCreate?: boolean }) => (
  <SimpleForm>
    <TextInput source="displayName" validate={required()} />
    <TextInput source="email" type="email" validate={[required(), email('Adresse e-mail invalide.')]} />
    <SelectInput source="role" choices={choicesOf('userRole')} validate={required()} />
    <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput label="Organisation" optionText="name" validate={required()} />
    </ReferenceInput>
    {isCreate ? (
      <PasswordInput source="password" validate={[required(), passwordRule]} autoComplete="new-password" />
    ) : (
      <PasswordInput
        source="password"
        label="Nouveau mot de passe"
        helperText="Laisser vide pour le conserver. Un nouveau mot de passe ferme les sessions ouvertes."
        validate={passwordRule}
        parse={(v: string) => v || undefined}
        autoComplete="new-password"
      />
    )}
    <BooleanInput source="active" defaultValue />
  </SimpleForm>
);
