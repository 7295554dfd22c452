import { Chip, Stack, Typography, type ChipProps } from '@mui/material';
import type { ReferralStatus } from '@recours/domain';
import { formatCents, formatIsoMonth } from '../../format';
import { LABELS } from '../../labels';
import { delaySince, type Referral } from './types';

const statusColor = (status: ReferralStatus): ChipProps['color'] => {
  switch (status) {
    case 'envoyee':
      return 'info';
    case 'accusee':
    case 'acceptee':
    case 'en_cours':
      return 'primary';
    case 'cloturee':
      return 'success';
    case 'declinee':
      return 'error';
    case 'annulee':
    case 'expiree':
      return 'default';
  }
};

export const ReferralStatusChip = ({ status }: { status: ReferralStatus }) => (
  <Chip size="small" color={statusColor(status)} label={LABELS.referralStatus[status] ?? status} data-testid="referral-status" />
);

/** Delay since the last change, flagged when the referral waits longer than its state allows. */
export const ReferralDelay = ({ referral }: { referral: Referral }) => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
    <Typography variant="body2">{delaySince(referral.statusChangedAt)}</Typography>
    {referral.overdue ? <Chip size="small" color="warning" variant="outlined" label="En retard" data-testid="referral-overdue" /> : null}
  </Stack>
);

/** "Droit ouvert : 187,50 €/mois à partir de mai 2026", "Droit refusé : …", "Sans suite". */
export const outcomeText = (r: Referral): string | null => {
  if (!r.outcome) return r.declineReason ? `Déclinée : ${r.declineReason}` : null;
  const label = LABELS.referralOutcome[r.outcome];
  if (r.outcome === 'droit_ouvert' && r.outcomeMonthlyAmountCents != null)
    return `${label} : ${formatCents(r.outcomeMonthlyAmountCents)}/mois à partir de ${formatIsoMonth(r.outcomeStartMonth)}`;
  if (r.outcome === 'droit_refuse' && r.outcomeReason)
    return `${label} : ${(LABELS.refusalReason as Record<string, string>)[r.outcomeReason] ?? r.outcomeReason}`;
  return label;
};

export const referralObject = (r: Referral): string =>
  [...r.benefits.map((b) => LABELS.detectableBenefit[b] ?? b), ...(r.purpose ? [r.purpose] : [])].join(', ') || '—';
