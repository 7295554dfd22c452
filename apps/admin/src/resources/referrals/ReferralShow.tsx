import { Alert, Box, Button, Card, CardContent, List, ListItem, Stack, Typography } from '@mui/material';
import { LABELS, type ReferralAction } from '@recours/domain';
import { useState } from 'react';
import { Link, Show, useRecordContext } from 'react-admin';
import { formatTimestamp } from '../../format';
import { outcomeText, ReferralDelay, referralObject, ReferralStatusChip } from './ReferralChips';
import { ReferralActionDialog } from './ReferralActionDialog';
import { SharedDataView } from './SharedDataView';
import type { Referral } from './types';

const Title = () => {
  const r = useRecordContext<Referral>();
  return <span>{r ? `Orientation — ${r.householdReference}${r.applicantName ? ` (${r.applicantName})` : ''}` : 'Orientation'}</span>;
};

const closing: ReferralAction[] = ['decline', 'cancel'];

const Actions = ({ referral }: { referral: Referral }) => {
  const [action, setAction] = useState<ReferralAction | null>(null);
  const actions = referral.allowedActions ?? [];
  if (actions.length === 0) return null;
  return (
    <>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', my: 2 }} data-testid="referral-actions">
        {actions.map((a) => (
          <Button key={a} size="small" variant={closing.includes(a) ? 'text' : 'contained'} color={closing.includes(a) ? 'inherit' : 'primary'} onClick={() => setAction(a)}>
            {LABELS.referralAction[a]}
          </Button>
        ))}
      </Stack>
      {action ? <ReferralActionDialog referral={referral} action={action} onClose={() => setAction(null)} /> : null}
    </>
  );
};

const eventLabel = (e: NonNullable<Referral['events']>[number]) => {
  if (e.from === null) return 'Envoyée';
  if (e.from === e.to) return 'Avancement';
  return LABELS.referralStatus[e.to];
};

const Detail = () => {
  const r = useRecordContext<Referral>();
  if (!r) return null;
  const outcome = outcomeText(r);
  return (
    <Box sx={{ display: 'grid', gap: 2, p: 2 }}>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <ReferralStatusChip status={r.status} />
        <ReferralDelay referral={r} />
        <Typography variant="body2">
          {r.senderOrganisationName}
          {r.senderUserName ? ` (${r.senderUserName})` : ''} → {r.recipientOrganisationName}
        </Typography>
      </Stack>
      <Typography variant="body1">Objet : {referralObject(r)}</Typography>
      {r.box === 'sent' ? (
        <Typography variant="body2">
          Foyer : <Link to={`/households/${r.householdId}/show`}>{r.householdReference}</Link>
        </Typography>
      ) : null}
      {outcome ? (
        <Alert severity={r.outcome === 'droit_ouvert' ? 'success' : 'info'} data-testid="referral-outcome">
          {outcome}
        </Alert>
      ) : null}
      {r.consentOverrideReason ? <Alert severity="warning">Envoyée sans consentement, par dérogation : {r.consentOverrideReason}</Alert> : null}
      {r.message ? <Typography variant="body2">Message : {r.message}</Typography> : null}
      <Actions referral={r} />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            Données partagées
          </Typography>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
            {r.box === 'received' ? 'Chaque consultation est enregistrée dans l’historique des accès du foyer.' : 'Ce que voit le destinataire.'}
          </Typography>
          <SharedDataView shared={r.shared ?? {}} />
        </CardContent>
      </Card>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" component="h2">
            Historique
          </Typography>
          <List dense data-testid="referral-timeline">
            {(r.events ?? []).map((e) => (
              <ListItem key={e.id} disableGutters sx={{ display: 'block' }}>
                <Typography variant="body2">
                  <strong>{formatTimestamp(e.at)}</strong> — {eventLabel(e)} · {e.actorName ?? 'Système'} ({e.actorOrganisationName})
                </Typography>
                {e.comment ? (
                  <Typography variant="body2" color="text.secondary">
                    « {e.comment} »
                  </Typography>
                ) : null}
              </ListItem>
            ))}
          </List>
        </CardContent>
      </Card>
    </Box>
  );
};

export const ReferralShow = () => (
  <Show<Referral> title={<Title />} actions={false} queryOptions={{ onError: () => undefined }} error={<Alert severity="warning">Cette orientation n’existe pas ou vous n’y avez plus accès.</Alert>}>
    <Detail />
  </Show>
);
