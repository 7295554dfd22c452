import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { LABELS } from '@recours/domain';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, usePermissions } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { formatEurosRounded } from '../../format';
import { can, type Permissions } from '../../providers/authProvider';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import { campaignSourceFor, type PartnerImport } from './types';

const Figure = ({ label, value, testId }: { label: string; value: string; testId: string }) => (
  <Box sx={{ minWidth: 180 }}>
    <Typography variant="h5" component="p" data-testid={testId}>
      {value}
    </Typography>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
  </Box>
);

/** After the bulk detection: what the file revealed, and a campaign towards those households. */
export const ImportSummary = ({ record }: { record: PartnerImport }) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const navigate = useNavigate();
  const { permissions } = usePermissions<Permissions>();
  const { data, error } = useQuery({ queryKey: ['imports', record.id, 'summary'], queryFn: () => dataProvider.getImportSummary(record.id).then((r) => r.data) });
  if (error) return <Alert severity="warning">{error instanceof Error ? error.message : 'Synthèse indisponible.'}</Alert>;
  if (!data) return null;
  const openCampaign = () => navigate(`/campaigns/create?source=${encodeURIComponent(JSON.stringify(campaignSourceFor(record)))}`);
  return (
    <Card variant="outlined" data-testid="import-summary">
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h6" component="h2">
            Synthèse de la détection
          </Typography>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3}>
            <Figure label="foyers examinés" value={data.householdsScreened.toLocaleString('fr-FR')} testId="import-summary-screened" />
            <Figure label="foyers avec au moins un droit probable non réclamé" value={data.householdsWithRight.toLocaleString('fr-FR')} testId="import-summary-with-right" />
            <Figure label="en jeu par an" value={formatEurosRounded(data.annualAmountCents)} testId="import-summary-amount" />
          </Stack>
          {data.byBenefit.length ? (
            <Box sx={{ overflowX: 'auto' }}>
              <Box component="table" sx={{ borderCollapse: 'collapse', fontSize: 14, '& th, & td': { borderBottom: 1, borderColor: 'divider', px: 1.5, py: 0.5, textAlign: 'left' }, '& td:not(:first-of-type)': { textAlign: 'right' } }}>
                <caption style={{ textAlign: 'left', captionSide: 'top', fontWeight: 600 }}>Par prestation (droits probables : confiance haute ou moyenne)</caption>
                <thead>
                  <tr>
                    <th scope="col">Prestation</th>
                    <th scope="col">Foyers</th>
                    <th scope="col">En jeu par an</th>
                  </tr>
                </thead>
                <tbody>
                  {data.byBenefit.map((b) => (
                    <tr key={b.benefit}>
                      <td>{LABELS.detectableBenefit[b.benefit]}</td>
                      <td>{b.households.toLocaleString('fr-FR')}</td>
                      <td>{formatEurosRounded(b.annualAmountCents)}</td>
                    </tr>
                  ))}
                </tbody>
              </Box>
            </Box>
          ) : null}
          {can(permissions, 'campaign.write') && data.householdsWithRight > 0 ? (
            <Box>
              <Button variant="contained" startIcon={<CampaignIcon />} onClick={openCampaign}>
                Lancer une campagne
              </Button>
            </Box>
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
};
