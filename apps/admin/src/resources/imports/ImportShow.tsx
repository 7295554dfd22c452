import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { Alert, Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { IMPORT_LABELS } from '@recours/domain';
import { Show, useRecordContext } from 'react-admin';
import { formatTimestamp, plural } from '../../format';
import { ErrorTable } from './ErrorTable';
import { ImportMapping } from './ImportMapping';
import { DetectionProgress, RowsOutcome } from './ImportProgress';
import { ImportReviews } from './ImportReviews';
import { ImportSummary } from './ImportSummary';
import { DELIMITER_LABELS, isRunning, type PartnerImport } from './types';

const describeFile = (i: PartnerImport) =>
  [
    i.format.toUpperCase(),
    i.encoding ? `encodage ${i.encoding}` : null,
    i.delimiter ? `séparateur ${DELIMITER_LABELS[i.delimiter] ?? i.delimiter}` : null,
    `${(i.fileSize / 1024).toLocaleString('fr-FR', { maximumFractionDigits: 0 })} Ko`,
    `téléversé le ${formatTimestamp(i.createdAt)}`,
  ]
    .filter(Boolean)
    .join(' · ');

const Report = ({ record }: { record: PartnerImport }) => (
  <Card variant="outlined" data-testid="import-report">
    <CardContent>
      <Stack spacing={1.5}>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ justifyContent: 'space-between', alignItems: { sm: 'center' } }}>
          <Typography variant="h6" component="h2">
            Rapport ligne à ligne
          </Typography>
          <Button variant="outlined" startIcon={<DownloadIcon />} href={`/api/imports/${encodeURIComponent(record.id)}/report`} download>
            Télécharger le rapport (CSV)
          </Button>
        </Stack>
        {record.rowsFailed === 0 ? (
          <Typography variant="body2">Aucune ligne en erreur.</Typography>
        ) : (
          <ErrorTable
            errors={record.errors}
            testId="import-errors"
            caption={
              record.errors.length < record.rowsFailed
                ? `${plural(record.rowsFailed, 'ligne en erreur', 'lignes en erreur')} (les ${record.errors.length} premières erreurs ; toutes dans le rapport CSV)`
                : plural(record.rowsFailed, 'ligne en erreur', 'lignes en erreur')
            }
          />
        )}
      </Stack>
    </CardContent>
  </Card>
);

const ImportPage = () => {
  const record = useRecordContext<PartnerImport>();
  if (!record) return null;
  const read = record.status !== 'televerse' && record.status !== 'en_attente' && record.status !== 'en_cours';
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
          {record.fileName}
        </Typography>
        <Chip label={IMPORT_LABELS.importStatus[record.status]} color={record.status === 'termine' ? 'success' : record.status === 'echec' ? 'error' : 'default'} data-testid="import-status" />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {describeFile(record)}
      </Typography>
      {record.status === 'echec' && record.error ? <Alert severity="error">{record.error}</Alert> : null}
      {record.status === 'televerse' ? (
        <ImportMapping record={record} />
      ) : (
        <>
          <Card variant="outlined">
            <CardContent>
              <Stack spacing={2}>
                <Typography variant="h6" component="h2">
                  Import
                </Typography>
                <RowsOutcome record={record} />
                {read && record.householdsToDetect > 0 ? (
                  <>
                    <Typography variant="h6" component="h2">
                      Détection des droits
                    </Typography>
                    <DetectionProgress record={record} />
                  </>
                ) : null}
              </Stack>
            </CardContent>
          </Card>
          {read ? <Report record={record} /> : null}
          {read && record.rowsReview > 0 ? <ImportReviews importId={record.id} count={record.rowsReview} /> : null}
          {record.status === 'termine' && record.householdsToDetect > 0 ? <ImportSummary record={record} /> : null}
        </>
      )}
      <Box />
    </Stack>
  );
};

/** The import's page re-reads it every second while the worker reads, writes or screens it. */
export const ImportShow = () => (
  <Show<PartnerImport> title="Import de fichier" actions={false} queryOptions={{ refetchInterval: (query) => (query.state.data && isRunning(query.state.data) ? 1_000 : false) }}>
    <ImportPage />
  </Show>
);
