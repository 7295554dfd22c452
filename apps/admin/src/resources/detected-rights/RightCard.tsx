import { Box, Card, CardContent, Collapse, Link as MuiLink, List, ListItem, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetOne } from 'react-admin';
import { formatCents, formatIsoDate, formatIsoMonth, formatRightAmount, formatTimestamp } from '../../format';
import { LABELS } from '../../labels';
import { isOpenRightStatus } from '@recours/domain';
import { usePermissions } from 'react-admin';
import { can, type Permissions } from '../../providers/authProvider';
import { ReferButton } from '../referrals/ReferDialog';
import { useRefusalBlockMonths } from '../../providers/authProvider';
import { refusalPeriod } from './refusal-period';
import { ConfidenceBadge, RightStatusChip } from './RightBadges';
import { TransitionButtons } from './TransitionButtons';
import { dateInWords, leadSentence, legalReference, readableExplanation, unconfirmedLine } from './explanation';
import { RightHistory } from './RightHistory';
import { explanationOf, parameterDatesOf, type DetectedRight } from './types';

/** A step's legal reference: the code spelled out, each article a link to Légifrance. */
const StepReference = ({ reference }: { reference: string }) => (
  <Typography variant="caption" color="text.secondary" component="p">
    {legalReference(reference).parts.map((part, i) =>
      typeof part === 'string' ? (
        part
      ) : (
        <MuiLink key={i} href={part.href} target="_blank" rel="noopener noreferrer" data-testid="legifrance-link">
          {part.article}
        </MuiLink>
      ),
    )}
  </Typography>
);

const Outcome = ({ right }: { right: DetectedRight }) => {
  if (right.status === 'accorde' && right.grantedMonthlyAmountCents != null)
    return (
      <Typography variant="body2" color="success.main">
        Accordé : {formatCents(right.grantedMonthlyAmountCents)}/mois à partir du {formatIsoDate(right.grantedFrom)}
      </Typography>
    );
  if (right.status === 'ecarte' && right.dismissReason)
    return <Typography variant="body2">Motif : {LABELS.dismissReason[right.dismissReason]}</Typography>;
  if (right.status === 'refuse' && right.refusalReason)
    return <Typography variant="body2">Motif du refus : {LABELS.refusalReason[right.refusalReason]}</Typography>;
  if (right.status === 'refus_personne') return <RefusalOutcome right={right} />;
  return null;
};

const RefusalOutcome = ({ right }: { right: DetectedRight }) => {
  const months = useRefusalBlockMonths();
  return (
    <Typography variant="body2">
      Plus aucune sollicitation sur cette prestation{refusalPeriod(right.outreachBlockedUntil, months)}.
    </Typography>
  );
};

/** A detected right on the household page: amount, why (engine steps), how sure, and what to do next. */
export const RightCard = ({ right, canAct, defaultOpen = false }: { right: DetectedRight; canAct: boolean; defaultOpen?: boolean }) => {
  const [details, setDetails] = useState(defaultOpen);
  const [technical, setTechnical] = useState(false);
  const [history, setHistory] = useState(false);
  const { permissions } = usePermissions<Permissions>();
  // Lists carry no explanation: read the detail, again whenever the engine re-evaluated the right.
  const { data: detail } = useGetOne<DetectedRight>('detected-rights', {
    id: right.id,
    meta: { version: `${right.lastEvaluatedAt ?? ''}|${right.status}` },
  });
  const full = detail ?? right;
  const explanation = readableExplanation(explanationOf(full));
  const unconfirmed = unconfirmedLine(explanation.unconfirmed, right.evaluatedPeriod);
  const parameters = parameterDatesOf(full);
  const missing = right.missingInputs ?? [];
  const benefit = LABELS.detectableBenefit[right.benefit] ?? right.benefit;
  return (
    <Card variant="outlined" data-testid="right-card" data-benefit={right.benefit} data-status={right.status}>
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h3">
            {benefit}
          </Typography>
          <Typography variant="h6" component="span" color="primary" data-testid="right-amount">
            {formatRightAmount(right.estimatedAmountCents, right.amountPeriod, right.benefit)}
          </Typography>
          <RightStatusChip status={right.status} />
          <ConfidenceBadge confidence={right.confidence} />
          <Typography variant="caption" color="text.secondary">
            {LABELS.rightSource[right.source] ?? right.source}
            {right.evaluatedPeriod ? ` · calculé pour ${formatIsoMonth(right.evaluatedPeriod)}` : ''}
            {right.lastEvaluatedAt ? ` · le ${formatTimestamp(right.lastEvaluatedAt)}` : ''}
          </Typography>
        </Stack>
        {right.receivedAmountCents != null ? (
          <Typography variant="body2" color="text.secondary">
            Déjà perçu : {formatRightAmount(right.receivedAmountCents, right.amountPeriod)}
          </Typography>
        ) : null}
        <Outcome right={right} />
        <Typography variant="body2" sx={{ mt: 1 }} data-testid="right-summary">
          {leadSentence(benefit, formatRightAmount(right.estimatedAmountCents, right.amountPeriod, right.benefit), right.evaluatedPeriod, explanation.summary)}
        </Typography>
        {missing.length ? (
          <Typography variant="body2" color="warning.dark" sx={{ mt: 1 }} data-testid="missing-inputs">
            Informations manquantes : {missing.join(', ')}
          </Typography>
        ) : null}
        {unconfirmed ? (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} data-testid="unconfirmed-parameters">
            {unconfirmed}
          </Typography>
        ) : null}
        <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
          <MuiLink component="button" type="button" variant="body2" onClick={() => setDetails((d) => !d)} aria-expanded={details}>
            {details ? 'Masquer le calcul' : `Voir le calcul (${explanation.steps.length} étapes)`}
          </MuiLink>
          <MuiLink component="button" type="button" variant="body2" onClick={() => setHistory((h) => !h)} aria-expanded={history}>
            {history ? 'Masquer l’historique' : 'Voir l’historique'}
          </MuiLink>
        </Stack>
        <Collapse in={details} unmountOnExit>
          <List dense aria-label="Étapes du calcul" data-testid="explanation-steps">
            {explanation.steps.map((step, index) => (
              <ListItem key={index} disableGutters sx={{ display: 'block', py: 0.25 }}>
                <Typography variant="body2">{step.text}</Typography>
                {step.reference ? <StepReference reference={step.reference} /> : null}
              </ListItem>
            ))}
          </List>
          {explanation.notes.map((text) => (
            <Typography key={text} variant="caption" component="p" color="text.secondary">
              {text}
            </Typography>
          ))}
          <MuiLink component="button" type="button" variant="caption" onClick={() => setTechnical((t) => !t)} aria-expanded={technical} sx={{ mt: 1 }}>
            {technical ? 'Masquer les détails techniques' : 'Détails techniques (barèmes utilisés)'}
          </MuiLink>
          <Collapse in={technical} unmountOnExit>
            {explanation.unconfirmed.length ? (
              <Typography variant="caption" component="p" color="text.secondary">
                Barèmes à confirmer :{' '}
                {explanation.unconfirmed.map((p) => `${p.name} (vérifié jusqu’au ${dateInWords(p.verifiedUntil)})`).join(', ')}
              </Typography>
            ) : null}
            <Typography variant="caption" component="p" color="text.secondary">
              Règle {right.ruleVersion ?? '—'}
              {parameters.length ? ` · paramètres : ${parameters.map((p) => `${p.name} (${formatIsoDate(p.from) || p.from})`).join(', ')}` : ''}
            </Typography>
          </Collapse>
        </Collapse>
        <Collapse in={history} unmountOnExit>
          <RightHistory right={full} />
        </Collapse>
        {canAct ? <TransitionButtons right={right} /> : null}
        {canAct && can(permissions, 'referral.send') && isOpenRightStatus(right.status) ? (
          <Box sx={{ mt: 1 }}>
            <ReferButton householdId={right.householdId} right={{ id: right.id, benefit: right.benefit }} size="small" />
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
};
