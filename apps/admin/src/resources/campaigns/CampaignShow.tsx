import { Alert, Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Show, usePermissions, useRecordContext } from 'react-admin';
import { DEFAULT_CAMPAIGN_RIGHT_STATUSES, OPEN_RIGHT_STATUSES } from '@recours/domain';
import { formatCents, formatTimestamp, plural } from '../../format';
import { LABELS } from '../../labels';
import { can, type Permissions } from '../../providers/authProvider';
import { FiltersPreview } from './CampaignPreview';
import { CampaignFunnel } from './CampaignFunnel';
import { CampaignProgress } from './CampaignProgress';
import { CampaignHouseholds } from './CampaignHouseholds';
import { LaunchButton } from './LaunchDialog';
import type { Campaign, CampaignFilters } from './types';

/** The filters in words: "RSA, Prime d'activité · commune 23096 · au moins 1 200 € par an". */
export const describeFilters = (f: CampaignFilters): string => {
  const parts: string[] = [];
  if (f.benefits?.length) parts.push(f.benefits.map((b) => LABELS.detectableBenefit[b]).join(', '));
  else parts.push('Toutes prestations');
  parts.push(`droits ${(f.statuses ?? (f.rightIds ? OPEN_RIGHT_STATUSES : DEFAULT_CAMPAIGN_RIGHT_STATUSES)).map((s) => LABELS.detectedRightStatus[s].toLowerCase()).join(' ou ')}`);
  if (f.confidences?.length) parts.push(`confiance ${f.confidences.map((c) => LABELS.confidence[c].toLowerCase()).join(' ou ')}`);
  if (f.communeInsee) parts.push(`commune ${f.communeInsee}`);
  if (f.postcode) parts.push(`code postal ${f.postcode}`);
  if (f.minAmountCents) parts.push(`au moins ${formatCents(f.minAmountCents)} par an`);
  if (f.referentId) parts.push('un référent choisi');
  if (f.importId) parts.push('foyers d’un import de fichier');
  if (f.rightIds?.length) parts.push(plural(f.rightIds.length, 'droit choisi', 'droits choisis'));
  return parts.join(' · ');
};

const CampaignPage = () => {
  const campaign = useRecordContext<Campaign>();
  const { permissions } = usePermissions<Permissions>();
  if (!campaign) return null;
  const launched = campaign.status !== 'brouillon';
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="h5" component="h1">
          {campaign.name}
        </Typography>
        <Chip label={LABELS.campaignStatus[campaign.status]} color={campaign.status === 'terminee' ? 'success' : campaign.status === 'echec' ? 'error' : 'default'} data-testid="campaign-status" />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {describeFilters(campaign.filters ?? {})} · tâches pour : {LABELS.campaignAssignment[campaign.assignment]}
        {campaign.launchedAt ? ` · lancée le ${formatTimestamp(campaign.launchedAt)}` : ''}
      </Typography>
      {campaign.controlShare > 0 ? (
        <Typography variant="body2" color="text.secondary" data-testid="campaign-control">
          Groupe témoin : {campaign.controlShare} % de la cohorte tiré au sort (graine {campaign.controlSeed ?? '—'})
          {campaign.controlCount != null ? `, ${campaign.controlCount.toLocaleString('fr-FR')} foyer(s) non contacté(s)` : ', non contacté'}.
        </Typography>
      ) : null}
      {campaign.status === 'echec' && campaign.error ? <Alert severity="error">{campaign.error}</Alert> : null}
      {!launched ? (
        <Card variant="outlined">
          <CardContent>
            <Stack spacing={2}>
              <FiltersPreview filters={campaign.filters ?? {}} controlShare={campaign.controlShare} />
              {can(permissions, 'campaign.write') ? (
                <Box>
                  <LaunchButton campaign={campaign} />
                </Box>
              ) : null}
            </Stack>
          </CardContent>
        </Card>
      ) : (
        <>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                Lancement
              </Typography>
              <CampaignProgress campaign={campaign} />
              {campaign.excludedRefusalCount ? (
                <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                  {campaign.excludedRefusalCount} foyer(s) exclu(s) : refus de la personne.
                </Typography>
              ) : null}
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                Résultats
              </Typography>
              <CampaignFunnel campaignId={campaign.id} version={`${campaign.status}|${campaign.tasksCreated}`} />
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                Foyers de la campagne
              </Typography>
              <CampaignHouseholds version={`${campaign.status}|${campaign.tasksCreated}`} />
            </CardContent>
          </Card>
        </>
      )}
    </Stack>
  );
};

/** The campaign page re-reads the campaign every second while its launch job runs. */
export const CampaignShow = () => (
  <Show<Campaign>
    title="Campagne"
    queryOptions={{ refetchInterval: (query) => (query.state.data?.status === 'en_cours' ? 1_000 : false) }}
  >
    <CampaignPage />
  </Show>
);
