import LaunchIcon from '@mui/icons-material/RocketLaunchOutlined';
import { Alert, Button, CircularProgress, Dialog, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import { DialogButtons } from '../../components/DialogButtons';
import { formatEurosRounded, plural } from '../../format';
import { LABELS } from '../../labels';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import type { Campaign } from './types';

/** What the launch is about to do, counted by the API with the launch's own SQL, before anything happens. */
const LaunchSummary = ({ campaign }: { campaign: Campaign }) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const filters = campaign.filters ?? {};
  const { data, error } = useQuery({
    queryKey: ['campaigns', 'preview', JSON.stringify(filters), campaign.controlShare],
    queryFn: () => dataProvider.previewCampaign(filters, campaign.controlShare).then((r) => r.data),
    staleTime: 0,
  });
  if (error) return <Alert severity="warning">{error instanceof Error ? error.message : 'Cible indisponible.'}</Alert>;
  if (!data) return <CircularProgress size={24} aria-label="Calcul de la cible" />;
  return (
    <Stack spacing={1} data-testid="launch-summary">
      <Typography>
        <strong>{plural(data.householdCount, 'foyer')}</strong> ciblé(s), <strong>{formatEurosRounded(data.annualAmountCents)} par an</strong> en jeu.
      </Typography>
      <Typography>
        Une tâche de contact sera créée pour {plural(data.contactedCount, 'foyer')}, assignée à : {LABELS.campaignAssignment[campaign.assignment].toLowerCase()}.
      </Typography>
      {data.controlCount > 0 ? <Typography>{plural(data.controlCount, 'foyer')} tiré(s) au sort pour le groupe témoin ne sera (seront) pas contacté(s).</Typography> : null}
      {data.excludedByRefusal > 0 ? <Typography color="text.secondary">{plural(data.excludedByRefusal, 'foyer')} exclu(s) : refus de la personne.</Typography> : null}
      {data.householdCount === 0 ? <Alert severity="warning">Aucun foyer ne correspond : la campagne ne créera aucune tâche.</Alert> : null}
      <Typography variant="body2" color="text.secondary">
        Une fois lancée, la campagne ne peut plus être modifiée.
      </Typography>
    </Stack>
  );
};

/** "Lancer la campagne" asks first: the count and the euros at stake, then "Confirmer le lancement". */
export const LaunchButton = ({ campaign }: { campaign: Campaign }) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const launch = async () => {
    setPending(true);
    try {
      await dataProvider.launchCampaign(campaign.id);
      notify('Campagne lancée : les tâches sont en cours de création.', { type: 'success' });
      setOpen(false);
    } catch (e) {
      notify(e instanceof Error ? e.message : 'La campagne n’a pas pu être lancée.', { type: 'error' });
    } finally {
      setPending(false);
      refresh();
    }
  };
  return (
    <>
      <Button variant="contained" startIcon={<LaunchIcon />} onClick={() => setOpen(true)}>
        Lancer la campagne
      </Button>
      <Dialog open={open} onClose={() => (pending ? undefined : setOpen(false))} aria-labelledby="launch-title" fullWidth maxWidth="sm">
        <DialogTitle id="launch-title">Lancer « {campaign.name} » ?</DialogTitle>
        <DialogContent>{open ? <LaunchSummary campaign={campaign} /> : null}</DialogContent>
        <DialogButtons onCancel={() => setOpen(false)} pending={pending} onClick={() => void launch()}>
          Confirmer le lancement
        </DialogButtons>
      </Dialog>
    </>
  );
};
