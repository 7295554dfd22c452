import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  ReferenceInput,
  regex,
  required,
  SelectInput,
  TabbedForm,
  TextInput,
  type TabbedFormProps,
} from 'react-admin';
import { toChoices } from '../../choices';
import { EuroInput } from '../../components/inputs';
import { choicesOf, householdStatusLabels, housingStatusLabels, housingTypeLabels } from '../../labels';
import { BenefitsInput } from './BenefitsInput';
import { MembersInput } from './MembersInput';

const zoneChoices = choicesOf('housingAidZone');
const postcode = regex(/^\d{5}$/, 'Le code postal compte 5 chiffres.');
const insee = regex(/^(\d{5}|2[AB]\d{3})$/, 'Le code INSEE compte 5 caractères (ex. 75056, 2A004).');

/** Shared by create and edit; the organisation and territory are set by the API from the user. */
export const HouseholdForm = (props: Omit<TabbedFormProps, 'children'>) => (
  <TabbedForm {...props}>
    <TabbedForm.Tab label="Logement">
      <TextInput source="address" fullWidth />
      <TextInput source="postcode" validate={postcode} />
      <TextInput source="communeInsee" label="Code INSEE de la commune" validate={insee} />
      <TextInput source="communeName" />
      <SelectInput source="housingStatus" choices={toChoices(housingStatusLabels)} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.housingStatus === 'locataire' ? (
            <>
              <SelectInput source="housingType" choices={toChoices(housingTypeLabels)} />
              <EuroInput source="monthlyRentCents" label="Loyer mensuel (€)" />
            </>
          ) : null
        }
      </FormDataConsumer>
      <SelectInput source="housingAidZone" choices={zoneChoices} />
      <ReferenceInput source="referentId" reference="users" filter={{ active: true }}>
        <AutocompleteInput label="Référent" optionText="displayName" />
      </ReferenceInput>
      <SelectInput source="status" choices={toChoices(householdStatusLabels)} defaultValue="active" validate={required()} />
      <DateInput source="lastContactOn" />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="Membres" path="membres">
      <MembersInput />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="Prestations perçues" path="prestations">
      <BenefitsInput />
    </TabbedForm.Tab>
  </TabbedForm>
);
