import { Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link, useGetList, usePermissions, useRecordContext } from 'react-admin';
import { can, type Permissions } from '../../providers/authProvider';
import type { Household } from '../households/types';
import { outcomeText, ReferralDelay, referralObject, ReferralStatusChip } from './ReferralChips';
import { ReferButton } from './ReferDialog';
import type { Referral } from './types';

/** "Orientations" tab of a household: where it was referred, how far it went, and the outcome. */
export const HouseholdReferrals = () => {
  const record = useRecordContext<Household>();
  const { permissions } = usePermissions<Permissions>();
  const { data: referrals = [], isPending } = useGetList<Referral>(
    'referrals',
    { filter: { box: 'sent', householdId: record?.id }, pagination: { page: 1, perPage: 50 }, sort: { field: 'createdAt', order: 'DESC' } },
    { enabled: !!record?.id },
  );
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, width: '100%' }}>
      {can(permissions, 'referral.send') ? (
        <Box>
          <ReferButton householdId={String(record.id)} />
        </Box>
      ) : null}
      {!isPending && referrals.length === 0 ? <Typography>Aucune orientation pour ce foyer.</Typography> : null}
      {referrals.map((r) => (
        <Card key={r.id} variant="outlined" data-testid="household-referral" data-status={r.status}>
          <CardContent>
            <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              <Typography variant="h6" component="h3">
                <Link to={`/referrals/${r.id}/show`}>{r.recipientOrganisationName}</Link>
              </Typography>
              <ReferralStatusChip status={r.status} />
              <ReferralDelay referral={r} />
            </Stack>
            <Typography variant="body2">Objet : {referralObject(r)}</Typography>
            {outcomeText(r) ? (
              <Typography variant="body2" color={r.outcome === 'droit_ouvert' ? 'success.main' : undefined} data-testid="household-referral-outcome">
                {outcomeText(r)}
              </Typography>
            ) : null}
          </CardContent>
        </Card>
      ))}
    </Box>
  );
};
