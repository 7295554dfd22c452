import RefreshIcon from '@mui/icons-material/AutorenewOutlined';
import { Alert, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useDataProvider, useGetList, useGetOne, useNotify, usePermissions, useRecordContext } from 'react-admin';
import { formatTimestamp } from '../../format';
import { can, type Permissions } from '../../providers/authProvider';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import { detectionPending, recentlyChanged } from '../../providers/detection-watch';
import type { Household } from '../households/types';
import { RightCard } from './RightCard';
import { byPriority, type DetectedRight } from './types';

const POLL_MS = 2_000;


/**
 * The household's detected rights. The worker re-runs detection a few seconds after each change:
 * while one is pending (or for 20 s after a save from this browser) the household and its rights
 * are re-read every 2 s, so the new amount and explanation appear without reloading the page.
 */
export const HouseholdRights = () => {
  const record = useRecordContext<Household>();
  const id = record?.id;
  const { permissions } = usePermissions<Permissions>();
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  // Read by refetchInterval after each fetch, so polling stops by itself once detection is done.
  const pendingRef = useRef(false);
  const shouldPoll = () => (pendingRef.current || recentlyChanged(id) ? POLL_MS : false);

  const { data: household } = useGetOne<Household>('households', { id: id ?? '' }, { enabled: !!id, refetchInterval: shouldPoll });
  const pending = detectionPending(household ?? record);
  pendingRef.current = pending;
  const { data: rights, isPending, error, refetch } = useGetList<DetectedRight>(
    'detected-rights',
    { filter: { householdId: id }, pagination: { page: 1, perPage: 100 }, sort: { field: 'detectedAt', order: 'DESC' } },
    { enabled: !!id, refetchInterval: shouldPoll },
  );

  if (!record) return null;
  const canAct = can(permissions, 'outreach.write');
  const sorted = [...(rights ?? [])].sort(byPriority);

  const redetect = async () => {
    setAsking(true);
    try {
      await dataProvider.redetect(String(record.id));
      pendingRef.current = true;
      notify('Détection relancée : les droits seront mis à jour dans quelques secondes.', { type: 'info' });
      await refetch();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'La détection n’a pas pu être relancée.', { type: 'error' });
    } finally {
      setAsking(false);
    }
  };

  return (
    <Box sx={{ display: 'grid', gap: 2, width: '100%' }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {can(permissions, 'household.write') ? (
          <Button size="small" variant="outlined" startIcon={<RefreshIcon />} onClick={() => void redetect()} disabled={asking}>
            Relancer la détection
          </Button>
        ) : null}
        {pending ? (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} role="status" data-testid="detection-pending">
            <CircularProgress size={14} />
            <Typography variant="body2" color="text.secondary">
              Détection en cours…
            </Typography>
          </Stack>
        ) : household?.detectedAt ? (
          <Typography variant="body2" color="text.secondary">
            Dernière détection le {formatTimestamp(String(household.detectedAt))}
          </Typography>
        ) : null}
      </Stack>
      {error ? (
        <Alert severity="error">{error instanceof Error && error.message ? error.message : 'Les droits détectés sont indisponibles.'}</Alert>
      ) : null}
      {!isPending && !error && sorted.length === 0 ? (
        <Typography color="text.secondary">Aucun droit détecté pour ce foyer.</Typography>
      ) : null}
      {sorted.map((right, index) => (
        // The calculation of the largest right is open: it is what the conversation starts from.
        <RightCard key={right.id} right={right} canAct={canAct} defaultOpen={index === 0} />
      ))}
    </Box>
  );
};
