import { Alert, Box, Typography } from '@mui/material';
import { DEFAULT_CAMPAIGN_RIGHT_STATUSES, OPEN_RIGHT_STATUSES } from '@recours/domain';
import {
  AutocompleteInput,
  Create,
  maxValue,
  minValue,
  NumberInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectArrayInput,
  SimpleForm,
  TextInput,
  regex,
  useGetOne,
} from 'react-admin';
import { EuroInput } from '../../components/inputs';
import { plural } from '../../format';
import { choicesOf, LABELS } from '../../labels';
import { LiveFiltersPreview } from './CampaignPreview';
import { campaignPayload } from './types';

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', columnGap: 2, width: '100%' } as const;
const openStatusChoices = OPEN_RIGHT_STATUSES.map((id) => ({
  id,
  name: LABELS.detectedRightStatus[id],
}));

/** Opened from an import's summary: the cohort stays within the households that file brought in. */
const ImportCohortNotice = ({ importId }: { importId: string }) => {
  const { data } = useGetOne<{ id: string; fileName: string }>('imports', { id: importId });
  return (
    <Alert severity="info" sx={{ width: '100%', mb: 2 }} data-testid="campaign-import-filter">
      Cible limitée aux foyers de l’import {data ? `« ${data.fileName} »` : ''}.
    </Alert>
  );
};

/** Opened from the list of detected rights: the cohort is the households of the rights chosen there. */
const RightsCohortNotice = ({ count }: { count: number }) => (
  <Alert severity="info" sx={{ width: '100%', mb: 2 }} data-testid="campaign-rights-filter">
    {plural(count, 'droit sélectionné', 'droits sélectionnés')} dans la liste des droits détectés : la cible est limitée à leurs foyers.
  </Alert>
);

export const CampaignCreate = () => (
  <Create title="Nouvelle campagne" mutationMode="pessimistic" redirect="show" transform={campaignPayload}>
    <SimpleForm defaultValues={{ assignment: 'referent', controlShare: 0, filters: { statuses: [...DEFAULT_CAMPAIGN_RIGHT_STATUSES] } }}>
      <TextInput source="name" label="Nom de la campagne" validate={required()} fullWidth />
      <Typography variant="subtitle2" color="text.secondary">
        Cible
      </Typography>
      <Box sx={grid}>
        <SelectArrayInput source="filters.benefits" label="Prestations" choices={choicesOf('detectableBenefit')} />
        <SelectArrayInput source="filters.statuses" label="Statut des droits" choices={openStatusChoices} />
        <SelectArrayInput source="filters.confidences" label="Confiance" choices={choicesOf('confidence')} />
        <EuroInput source="filters.minAmountCents" label="Montant annuel minimum (€)" />
        <TextInput source="filters.communeInsee" label="Code INSEE de la commune" validate={regex(/^(\d{5}|2[AB]\d{3})$/, 'Code INSEE à 5 caractères.')} />
        <TextInput source="filters.postcode" label="Code postal" validate={regex(/^\d{5}$/, 'Le code postal compte 5 chiffres.')} />
        <ReferenceInput source="filters.referentId" reference="users" filter={{ active: true }} sort={{ field: 'displayName', order: 'ASC' }}>
          <AutocompleteInput label="Référent des foyers" optionText="displayName" />
        </ReferenceInput>
      </Box>
      <NumberInput
        source="controlShare"
        label="Groupe témoin (% de la cohorte non contacté)"
        helperText="Tiré au sort au lancement (graine fixée à la création) : ces foyers ne reçoivent pas de tâche, pour mesurer l’effet de l’aller-vers. 0 = aucun."
        min={0}
        max={50}
        step={5}
        validate={[minValue(0, 'Au moins 0 %.'), maxValue(50, 'Au plus 50 %.')]}
        sx={{ minWidth: 300 }}
      />
      <FormDataConsumer>{({ formData }) => (formData.filters?.importId ? <ImportCohortNotice importId={formData.filters.importId} /> : null)}</FormDataConsumer>
      <FormDataConsumer>{({ formData }) => (formData.filters?.rightIds?.length ? <RightsCohortNotice count={formData.filters.rightIds.length} /> : null)}</FormDataConsumer>
      <Box sx={{ width: '100%', mb: 2 }}>
        <LiveFiltersPreview />
      </Box>
      <Typography variant="subtitle2" color="text.secondary">
        Tâches
      </Typography>
      <RadioButtonGroupInput source="assignment" label="Assigner les tâches à" choices={choicesOf('campaignAssignment')} />
      <FormDataConsumer>
        {({ formData }) => (
          <ReferenceInput source="assigneeId" reference="users" filter={{ active: true }} sort={{ field: 'displayName', order: 'ASC' }}>
            <AutocompleteInput
              label={formData.assignment === 'user' ? 'Intervenant·e' : 'Pour les foyers sans référent'}
              optionText="displayName"
              validate={formData.assignment === 'user' ? required() : undefined}
              sx={{ minWidth: 300 }}
            />
          </ReferenceInput>
        )}
      </FormDataConsumer>
    </SimpleForm>
  </Create>
);
