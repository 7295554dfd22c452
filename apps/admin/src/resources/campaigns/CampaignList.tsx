import { Box, Chip, Typography } from '@mui/material';
import { CreateButton, DataTable, List, SelectInput, SimpleList, TopToolbar, usePermissions } from 'react-admin';
import { ExportMenu } from '../../components/ExportMenu';
import { useIsPhone } from '../../components/useIsPhone';
import { TimestampField } from '../../components/fields';
import { choicesOf, LABELS } from '../../labels';
import { can, type Permissions } from '../../providers/authProvider';
import { progressPercent } from './CampaignProgress';
import type { Campaign } from './types';

const filters = [<SelectInput key="status" source="status" label="Statut" choices={choicesOf('campaignStatus')} alwaysOn />];

const Actions = () => {
  const { permissions } = usePermissions<Permissions>();
  return (
    <TopToolbar>
      {can(permissions, 'campaign.write') ? <CreateButton label="Nouvelle campagne" /> : null}
      <ExportMenu />
    </TopToolbar>
  );
};

const Column = DataTable.Col<Campaign>;

const Empty = () => {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="h6" gutterBottom>
        Aucune campagne pour l’instant
      </Typography>
      <Typography color="text.secondary" gutterBottom>
        Une campagne crée une tâche de contact pour chaque foyer d’une cible (prestation, commune, montant…).
      </Typography>
      {can(permissions, 'campaign.write') ? <CreateButton label="Nouvelle campagne" variant="contained" /> : null}
    </Box>
  );
};

export const CampaignList = () => {
  const phone = useIsPhone();
  return (
  <List<Campaign> filters={filters} actions={<Actions />} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} title="Campagnes" exporter={false} empty={<Empty />}>
    {phone ? (
      <SimpleList<Campaign>
        rowClick="show"
        primaryText={(c) => c.name}
        secondaryText={(c) => `${LABELS.campaignStatus[c.status]} · ${c.targetCount ?? '—'} foyers`}
        tertiaryText={(c) => (c.status === 'brouillon' ? '' : `${progressPercent(c)} %`)}
      />
    ) : (
    <DataTable<Campaign> rowClick="show" bulkActionButtons={false}>
      <Column source="name" label="Nom" />
      <Column source="status" label="Statut" render={(c) => <Chip size="small" label={LABELS.campaignStatus[c.status]} />} />
      <Column source="targetCount" label="Foyers ciblés" disableSort render={(c) => c.targetCount ?? '—'} />
      <Column label="Avancement" disableSort render={(c) => (c.status === 'brouillon' ? '—' : `${progressPercent(c)} %`)} />
      <Column source="createdAt" label="Créée le">
        <TimestampField source="createdAt" />
      </Column>
    </DataTable>
    )}
  </List>
  );
};
