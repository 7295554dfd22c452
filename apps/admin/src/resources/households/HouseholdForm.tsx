import { Box, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
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
import { CommuneInput } from './CommuneInput';
import { MembersInput } from './MembersInput';

const zoneChoices = choicesOf('housingAidZone');
const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', columnGap: 2, width: '100%' } as const;
const postcode = regex(/^\d{5}$/, 'Le code postal compte 5 chiffres.');
const insee = regex(/^(\d{5}|2[AB]\d{3})$/, 'Le code INSEE compte 5 caractères (ex. 75056, 2A004).');

/** Shared by create and edit; the organisation and territory are set by the API from the user. */
export const HouseholdForm = (props: Omit<TabbedFormProps, 'children'>) => (
  <TabbedForm {...props}>
    <TabbedForm.Tab label="Logement">
      <Typography variant="subtitle2" color="text.secondary">
        Localisation
      </Typography>
      <TextInput source="address" />
      <Box sx={grid}>
        <CommuneInput />
        <TextInput source="postcode" validate={postcode} />
        <TextInput source="communeInsee" label="Code INSEE de la commune" validate={insee} />
      </Box>
      <Typography variant="subtitle2" color="text.secondary">
        Logement
      </Typography>
      <Box sx={grid}>
        <SelectInput source="housingStatus" choices={toChoices(housingStatusLabels)} />
        <SelectInput source="housingType" choices={toChoices(housingTypeLabels)} />
        <EuroInput source="monthlyRentCents" label="Loyer mensuel (€)" />
        <SelectInput source="housingAidZone" choices={zoneChoices} />
      </Box>
      <Typography variant="subtitle2" color="text.secondary">
        Suivi
      </Typography>
      <Box sx={grid}>
        <ReferenceInput source="referentId" reference="users" filter={{ active: true }} sort={{ field: 'displayName', order: 'ASC' }}>
          <AutocompleteInput label="Référent" optionText="displayName" />
        </ReferenceInput>
        <SelectInput source="status" choices={toChoices(householdStatusLabels)} defaultValue="active" validate={required()} />
        <DateInput source="lastContactOn" />
      </Box>
      <BooleanInput
        source="declarationHelpRequested"
        helperText="RSA, prime d’activité : une tâche est créée pour le référent une semaine avant chaque déclaration trimestrielle."
      />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="Membres" path="membres">
      <MembersInput />
    </TabbedForm.Tab>
    <TabbedForm.Tab label="Prestations perçues" path="prestations">
      <BenefitsInput />
    </TabbedForm.Tab>
  </TabbedForm>
);
