import { DeleteButton, Edit, SaveButton, Toolbar, usePermissions, useRecordContext } from 'react-admin';
import { HouseholdNotFound } from '../../components/NotFound';
import { can, type Permissions } from '../../providers/authProvider';
import { HouseholdForm } from './HouseholdForm';
import { householdPayload } from './household-payload';
import { householdName, type Household } from './types';

const Title = () => {
  const record = useRecordContext<Household>();
  return <span>{record ? `Modifier le foyer ${householdName(record)} — ${record.reference}` : 'Modifier le foyer'}</span>;
};

const EditToolbar = () => {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {can(permissions, 'household.delete') ? (
        <DeleteButton mutationMode="pessimistic" confirmTitle="Supprimer ce foyer ?" confirmContent="Le foyer, ses membres et leurs revenus seront supprimés. L’historique des accès est conservé." />
      ) : null}
    </Toolbar>
  );
};

export const HouseholdEdit = () => (
  <Edit<Household>
    title={<Title />}
    mutationMode="pessimistic"
    redirect="show"
    transform={householdPayload}
    queryOptions={{ onError: () => undefined }}
    error={<HouseholdNotFound />}
  >
    <HouseholdForm toolbar={<EditToolbar />} />
  </Edit>
);
