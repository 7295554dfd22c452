import { Edit, useRecordContext } from 'react-admin';
import { HouseholdNotFound } from '../../components/NotFound';
import { HouseholdForm } from './HouseholdForm';
import { householdName, type Household } from './types';

const Title = () => {
  const record = useRecordContext<Household>();
  return <span>{record ? `Modifier le foyer ${householdName(record)} — ${record.reference}` : 'Modifier le foyer'}</span>;
};

export const HouseholdEdit = () => (
  <Edit<Household>
    title={<Title />}
    mutationMode="pessimistic"
    redirect="show"
    queryOptions={{ onError: () => undefined }}
    error={<HouseholdNotFound />}
  >
    <HouseholdForm />
  </Edit>
);
