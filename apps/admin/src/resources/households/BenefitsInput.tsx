import { ArrayInput, DateInput, minValue, required, SelectInput, SimpleFormIterator } from 'react-admin';
import { toChoices } from '../../choices';
import { AddRowButton, EuroInput } from '../../components/inputs';
import { benefitLabels } from '../../labels';

const b = (field: string) => `resources.receivedBenefits.fields.${field}`;
const benefitChoices = toChoices(benefitLabels);

export const BenefitsInput = () => (
  <ArrayInput source="receivedBenefits" label="resources.households.fields.receivedBenefits" defaultValue={[]}>
    <SimpleFormIterator inline disableReordering disableClear addButton={<AddRowButton label="Ajouter une prestation" />}>
      <SelectInput source="benefit" label={b('benefit')} choices={benefitChoices} validate={required()} />
      <EuroInput source="monthlyAmountCents" label={b('monthlyAmountCents')} validate={[required(), minValue(0)]} />
      <DateInput source="since" label={b('since')} />
    </SimpleFormIterator>
  </ArrayInput>
);
