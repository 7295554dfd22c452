import { NewHouseholdTaskButton } from '../tasks/TaskCreate';
import {
  ArrayField,
  DataTable,
  EditButton,
  FunctionField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { toChoices } from '../../choices';
import { IsoDateField, MoneyField } from '../../components/fields';
import { HouseholdNotFound } from '../../components/NotFound';
import { benefitLabels, householdStatusLabels, housingStatusLabels, housingTypeLabels } from '../../labels';
import { HouseholdContacts } from '../contacts/HouseholdContacts';
import { HouseholdRights } from '../detected-rights/HouseholdRights';
import { can, type Permissions } from '../../providers/authProvider';
import { HouseholdReferrals } from '../referrals/HouseholdReferrals';
import { ReferButton } from '../referrals/ReferDialog';
import { HouseholdAccessHistory } from './HouseholdAccessHistory';
import { HouseholdMembers } from './HouseholdMembers';
import { householdName, type Household } from './types';

const ShowActions = () => {
  // No edit button on the "not found" page.
  const record = useRecordContext<Household>();
  const { permissions } = usePermissions<Permissions>();
  return (
    <TopToolbar>
      {record && can(permissions, 'referral.send') ? <ReferButton householdId={String(record.id)} size="small" /> : null}
      {record && can(permissions, 'outreach.write') ? <NewHouseholdTaskButton householdId={String(record.id)} /> : null}
      {record ? <EditButton /> : null}
    </TopToolbar>
  );
};

const HouseholdTitle = () => {
  const record = useRecordContext<Household>();
  return <span>{record ? `Foyer ${householdName(record)} — ${record.reference}` : 'Foyer'}</span>;
};

const BenefitColumn = DataTable.Col;

export const HouseholdShow = () => (
  <Show<Household>
    title={<HouseholdTitle />}
    actions={<ShowActions />}
    // A 404 (missing or out of scope) stays on this URL with a clear message instead of the
    // default redirect to the list.
    queryOptions={{ onError: () => undefined }}
    error={<HouseholdNotFound />}
  >
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.households.tabs.summary">
        <TextField source="reference" />
        <FunctionField<Household>
          source="address"
          render={(r) => `${r.address ?? ''}, ${r.postcode ?? ''} ${r.communeName ?? ''}`}
        />
        <SelectField source="housingStatus" choices={toChoices(housingStatusLabels)} />
        <SelectField source="housingType" choices={toChoices(housingTypeLabels)} emptyText="—" />
        <MoneyField source="monthlyRentCents" />
        <FunctionField<Household> source="housingAidZone" render={(r) => (r.housingAidZone ? `Zone ${r.housingAidZone}` : '—')} />
        <FunctionField<Household> source="referent" render={(r) => r.referent?.displayName ?? 'Aucun référent'} />
        <SelectField source="status" choices={toChoices(householdStatusLabels)} />
        <IsoDateField source="lastContactOn" />
        <FunctionField<Household> source="declarationHelpRequested" render={(r) => (r.declarationHelpRequested ? 'Oui' : 'Non')} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.households.tabs.rights" path="droits">
        <HouseholdRights />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.households.tabs.referrals" path="orientations">
        <HouseholdReferrals />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.households.tabs.contacts" path="contacts">
        <HouseholdContacts />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.households.tabs.members" path="membres">
        <HouseholdMembers />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.households.tabs.benefits" path="prestations">
        <ArrayField source="receivedBenefits" label={false}>
          <DataTable bulkActionButtons={false} rowClick={false} empty={<span>Aucune prestation déclarée.</span>}>
            <BenefitColumn source="benefit" label="resources.receivedBenefits.fields.benefit" disableSort>
              <SelectField source="benefit" choices={toChoices(benefitLabels)} />
            </BenefitColumn>
            <BenefitColumn source="monthlyAmountCents" label="Montant mensuel" disableSort>
              <MoneyField source="monthlyAmountCents" />
            </BenefitColumn>
            <BenefitColumn source="since" label="resources.receivedBenefits.fields.since" disableSort>
              <IsoDateField source="since" />
            </BenefitColumn>
          </DataTable>
        </ArrayField>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.households.tabs.accessHistory" path="historique">
        <HouseholdAccessHistory />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
