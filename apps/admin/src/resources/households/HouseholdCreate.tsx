import { parisToday } from '@recours/domain';
import { Create } from 'react-admin';
import { HouseholdForm } from './HouseholdForm';
import { householdPayload } from './household-payload';

const defaults = () => ({
  status: 'active',
  lastContactOn: parisToday(),
  members: [{ relationship: 'demandeur', disabilityRecognised: false, incomes: [] }],
  receivedBenefits: [],
});

export const HouseholdCreate = () => (
  <Create title="Nouveau foyer" mutationMode="pessimistic" redirect="show" transform={householdPayload}>
    <HouseholdForm defaultValues={defaults()} />
  </Create>
);
