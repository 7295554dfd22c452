import { Box } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  DateInput,
  email,
  FormDataConsumer,
  maxValue,
  minValue,
  NumberInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { toChoices } from '../../choices';
import { AddRowButton, EuroInput, MonthInput } from '../../components/inputs';
import { activityLabels, incomeKindLabels, relationshipLabels } from '../../labels';

const m = (field: string) => `resources.members.fields.${field}`;
const i = (field: string) => `resources.incomes.fields.${field}`;

const relationshipChoices = toChoices(relationshipLabels);
const activityChoices = toChoices(activityLabels);
const incomeKindChoices = toChoices(incomeKindLabels);

const IncomesInput = () => (
  <ArrayInput source="incomes" label={m('incomes')} defaultValue={[]}>
    <SimpleFormIterator inline disableReordering disableClear addButton={<AddRowButton label="Ajouter un revenu" />}>
      <SelectInput source="kind" label={i('kind')} choices={incomeKindChoices} validate={required()} />
      <EuroInput source="monthlyAmountCents" label={i('monthlyAmountCents')} validate={[required(), minValue(0)]} />
      <MonthInput source="startMonth" label={i('startMonth')} validate={required()} />
      <MonthInput source="endMonth" label={i('endMonth')} />
    </SimpleFormIterator>
  </ArrayInput>
);

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
  columnGap: 2,
  alignItems: 'start',
} as const;

/** Members inline in the household form, each with their own incomes. */
export const MembersInput = () => (
  <ArrayInput source="members" label="resources.households.fields.members" validate={required('Le foyer doit compter au moins un membre.')}>
    <SimpleFormIterator
      disableReordering
      disableClear
      fullWidth
      getItemLabel={(index) => `Membre ${index + 1}`}
      addButton={<AddRowButton label="Ajouter un membre" />}
      sx={{ '& .RaSimpleFormIterator-line': { pb: 2, pt: 1 } }}
    >
      <Box sx={grid}>
        <TextInput source="firstName" label={m('firstName')} validate={required()} />
        <TextInput source="lastName" label={m('lastName')} validate={required()} />
        <DateInput source="birthDate" label={m('birthDate')} />
        <SelectInput source="relationship" label={m('relationship')} choices={relationshipChoices} validate={required()} />
        <SelectInput source="activity" label={m('activity')} choices={activityChoices} />
        <TextInput source="phone" label={m('phone')} />
        <TextInput source="email" label={m('email')} type="email" validate={email('Adresse e-mail invalide.')} />
      </Box>
      <Box sx={{ ...grid, alignItems: 'center' }}>
        <BooleanInput source="disabilityRecognised" label={m('disabilityRecognised')} defaultValue={false} />
        <FormDataConsumer>
          {({ scopedFormData }) =>
            scopedFormData?.disabilityRecognised ? (
              <NumberInput source="incapacityRate" label={m('incapacityRate')} step={1} validate={[minValue(0), maxValue(100)]} />
            ) : null
          }
        </FormDataConsumer>
      </Box>
      <IncomesInput />
    </SimpleFormIterator>
  </ArrayInput>
);
