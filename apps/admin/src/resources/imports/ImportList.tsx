import { Box, Chip, Typography } from '@mui/material';
import { IMPORT_LABELS } from '@recours/domain';
import { CreateButton, DataTable, List, SimpleList, TopToolbar, usePermissions } from 'react-admin';
import { TimestampField } from '../../components/fields';
import { useIsPhone } from '../../components/useIsPhone';
import { can, type Permissions } from '../../providers/authProvider';
import { importedRows, type PartnerImport } from './types';

const Actions = () => {
  const { permissions } = usePermissions<Permissions>();
  return <TopToolbar>{can(permissions, 'household.write') ? <CreateButton label="Téléverser un fichier" /> : null}</TopToolbar>;
};

const Empty = () => {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="h6" component="p" gutterBottom>
        Aucun import pour l’instant
      </Typography>
      <Typography color="text.secondary" gutterBottom>
        Importez la liste d’un partenaire (bailleur, CCAS, CAF) en CSV ou XLSX : chaque ligne devient un foyer, examiné ensuite pour ses droits non réclamés.
      </Typography>
      {can(permissions, 'household.write') ? <CreateButton label="Téléverser un fichier" variant="contained" /> : null}
    </Box>
  );
};

const Column = DataTable.Col<PartnerImport>;
const status = (i: PartnerImport) => IMPORT_LABELS.importStatus[i.status];

export const ImportList = () => {
  const phone = useIsPhone();
  return (
    <List<PartnerImport> actions={<Actions />} perPage={25} title="Imports de fichiers" exporter={false} empty={<Empty />} sort={{ field: 'createdAt', order: 'DESC' }}>
      {phone ? (
        <SimpleList<PartnerImport> rowClick="show" primaryText={(i) => i.fileName} secondaryText={(i) => `${status(i)} · ${importedRows(i)} lignes importées, ${i.rowsFailed} en erreur`} />
      ) : (
        <DataTable<PartnerImport> rowClick="show" bulkActionButtons={false}>
          <Column source="fileName" label="Fichier" disableSort />
          <Column source="status" label="Statut" disableSort render={(i) => <Chip size="small" label={status(i)} color={i.status === 'echec' ? 'error' : i.status === 'termine' ? 'success' : 'default'} />} />
          <Column label="Lignes importées" disableSort render={(i) => importedRows(i).toLocaleString('fr-FR')} />
          <Column source="rowsFailed" label="Lignes en erreur" disableSort render={(i) => i.rowsFailed.toLocaleString('fr-FR')} />
          <Column source="createdAt" label="Téléversé le" disableSort>
            <TimestampField source="createdAt" />
          </Column>
        </DataTable>
      )}
    </List>
  );
};
