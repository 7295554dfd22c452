import { Create } from 'react-admin';
import { todayInParis } from '../../format';
import { HouseholdForm } from './HouseholdForm';

const defaults = () => ({
  status: 'active',
  lastContactOn: todayInParis(),
  members: [{ relationship: 'demandeur', disabilityRecognised: false, incomes: [] }],
  receivedBenefits: [],
});

export const HouseholdCreate = () => (
  <Create title="Nouveau foyer" mutationMode="pessimistic" redirect="show">
    <HouseholdForm defaultValues={defaults()} />
  </Create>
);
