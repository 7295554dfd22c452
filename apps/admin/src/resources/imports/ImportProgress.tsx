import { Box, LinearProgress, Stack, Typography } from '@mui/material';
import { plural } from '../../format';
import { detectionPercent, importedRows, type PartnerImport } from './types';

/** Reading and writing the rows: the count of rows read while the worker stages them, then the outcome. */
export const RowsOutcome = ({ record }: { record: PartnerImport }) => {
  const reading = record.status === 'en_attente' || record.status === 'en_cours';
  return (
    <Stack spacing={1} data-testid="import-rows">
      {reading ? (
        <>
          <Typography variant="body2">
            {record.status === 'en_attente' ? 'En file d’attente…' : `${plural(record.rowsRead, 'ligne lue', 'lignes lues')}…`}
          </Typography>
          <LinearProgress aria-label="Lecture du fichier" />
        </>
      ) : (
        <Typography variant="body1">
          <strong data-testid="import-rows-imported">{plural(importedRows(record), 'ligne importée', 'lignes importées')}</strong>
          {' · '}
          <span data-testid="import-rows-failed">{plural(record.rowsFailed, 'ligne en erreur', 'lignes en erreur')}</span>
          {record.rowsReview ? ` · ${plural(record.rowsReview, 'ligne à examiner', 'lignes à examiner')}` : ''}
          {' · '}
          {plural(record.householdsCreated, 'foyer créé', 'foyers créés')}, {plural(record.householdsUpdated, 'foyer mis à jour', 'foyers mis à jour')}
        </Typography>
      )}
    </Stack>
  );
};

/** Bulk detection: households screened out of the imported ones, live while the worker runs. */
export const DetectionProgress = ({ record }: { record: PartnerImport }) => {
  const percent = detectionPercent(record);
  const done = record.status === 'termine';
  return (
    <Box data-testid="import-detection" sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mb: 0.5, gap: 1 }}>
        <Typography variant="body2">
          {plural(done ? record.householdsToDetect : record.householdsDetected, 'foyer examiné', 'foyers examinés')} sur {record.householdsToDetect.toLocaleString('fr-FR')}
        </Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="import-detection-percent">
          {percent} %
        </Typography>
      </Box>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={done ? 'success' : 'primary'}
        sx={{ height: 10, borderRadius: 5 }}
        aria-label="Avancement de la détection des droits"
      />
    </Box>
  );
};
