import { Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { formatEurosRounded } from '../../format';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import { differenceSentence, type CampaignFunnel as Funnel } from './types';

const steps: Array<{ key: keyof Omit<Funnel, 'grantedAnnualCents' | 'control'>; label: string }> = [
  { key: 'targeted', label: 'Foyers contactés' },
  { key: 'reached', label: 'Joints' },
  { key: 'informed', label: 'Informés' },
  { key: 'claimsFiled', label: 'Demandes déposées' },
  { key: 'granted', label: 'Droits accordés' },
];

/** From targeted households to granted rights, with the yearly amount granted. */
export const CampaignFunnel = ({ campaignId, version }: { campaignId: string; version?: string }) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const { data } = useQuery({
    queryKey: ['campaigns', 'funnel', campaignId, version],
    queryFn: () => dataProvider.getCampaignFunnel(campaignId).then((r) => r.data),
    // Contacts and grants happen elsewhere: keep the figures current while the page is open.
    refetchInterval: 15_000,
  });
  if (!data) return null;
  const max = Math.max(1, data.targeted);
  return (
    <Box data-testid="campaign-funnel" sx={{ width: '100%' }}>
      <Stack spacing={1}>
        {steps.map(({ key, label }) => (
          <Box key={key} sx={{ display: 'grid', gridTemplateColumns: '180px 1fr 60px', alignItems: 'center', gap: 1 }} data-testid={`funnel-${key}`}>
            <Typography variant="body2">{label}</Typography>
            <Box sx={{ bgcolor: 'grey.200', borderRadius: 1, height: 18 }}>
              <Box sx={{ bgcolor: key === 'granted' ? 'success.main' : 'primary.main', width: `${(data[key] / max) * 100}%`, height: '100%', borderRadius: 1 }} />
            </Box>
            <Typography variant="body2" sx={{ fontWeight: 600, textAlign: 'right' }} data-testid={`funnel-${key}-count`}>
              {data[key].toLocaleString('fr-FR')}
            </Typography>
          </Box>
        ))}
      </Stack>
      <Typography variant="subtitle1" sx={{ mt: 2 }} data-testid="funnel-granted-amount">
        {formatEurosRounded(data.grantedAnnualCents)} par an accordés
      </Typography>
      {data.control ? <ControlComparison c={data.control} /> : null}
    </Box>
  );
};

type Comparison = NonNullable<Funnel['control']>;
const rate = (p: Comparison['contacted']) =>
  p.rate == null ? '—' : `${(p.rate * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} % (${p.granted}/${p.households}, IC 95 % : ${((p.low ?? 0) * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })}–${((p.high ?? 0) * 100).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} %)`;

/** Take-up (a targeted benefit granted since the launch) of the contacted households versus the control group. */
export const ControlComparison = ({ c }: { c: Comparison }) => (
  <Box sx={{ mt: 2 }} data-testid="control-comparison">
    <Typography variant="subtitle1">Effet de l’aller-vers (groupe témoin)</Typography>
    <Typography variant="body2">Taux de recours des foyers contactés : {rate(c.contacted)}</Typography>
    <Typography variant="body2">Taux de recours du groupe témoin : {rate(c.control)}</Typography>
    <Typography variant="body2" sx={{ fontWeight: 600 }}>
      Écart : {differenceSentence(c)}
    </Typography>
  </Box>
);
