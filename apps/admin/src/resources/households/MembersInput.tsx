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
    <SimpleFormIterator inline disableReordering addButton={<AddRowButton label="Ajouter un revenu" />}>
      <SelectInput source="kind" label={i('kind')} choices={incomeKindChoices} validate={required()} />
      <EuroInput source="monthlyAmountCents" label={i('monthlyAmountCents')} validate={[required(), minValue(0)]} />
      <MonthInput source="startMonth" label={i('startMonth')} validate={required()} />
      <MonthInput source="endMonth" label={i('endMonth')} />
    </SimpleFormIterator>
  </ArrayInput>
);

export const MembersInput = () => (
  <ArrayInput source="members" label="resources.households.fields.members" validate={required('Le foyer doit compter au moins un membre.')}>
    <SimpleFormIterator disableReordering fullWidth addButton={<AddRowButton label="Ajouter un membre" />} sx={{ '& .RaSimpleFormIterator-line': { borderBottom: 1, borderColor: 'divider', pb: 2 } }}>
      <TextInput source="firstName" label={m('firstName')} validate={required()} />
      <TextInput source="lastName" label={m('lastName')} validate={required()} />
      <DateInput source="birthDate" label={m('birthDate')} />
      <SelectInput source="relationship" label={m('relationship')} choices={relationshipChoices} validate={required()} />
      <SelectInput source="activity" label={m('activity')} choices={activityChoices} />
      <BooleanInput source="disabilityRecognised" label={m('disabilityRecognised')} defaultValue={false} />
      <FormDataConsumer>
        {({ scopedFormData }) =>
          scopedFormData?.disabilityRecognised ? (
            <NumberInput source="incapacityRate" label={m('incapacityRate')} step={1} validate={[minValue(0), maxValue(100)]} />
          ) : null
        }
      </FormDataConsumer>
      <TextInput source="phone" label={m('phone')} />
      <TextInput source="email" label={m('email')} type="email" validate={email()} />
      <IncomesInput />
    </SimpleFormIterator>
  </ArrayInput>
);
