import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import { LABELS, parisToday, REFUSAL_REASONS, type ReferralAction } from '@recours/domain';
import { useState } from 'react';
import { Form, required, SelectInput, TextInput, useDataProvider, useNotify, useRefresh } from 'react-admin';
import { FormError } from '../../components/FormError';
import { EuroInput, MonthInput } from '../../components/inputs';
import { choicesOf } from '../../labels';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import type { ReferralActionName } from '../../providers/referral-types';
import type { Referral } from './types';
import { DialogButtons } from '../../components/DialogButtons';

interface Values {
  reason?: string;
  comment?: string;
  outcome?: string;
  monthlyAmountCents?: number | null;
  startMonth?: string | null;
  refusalReason?: string;
}

const errorStatus = (error: unknown) => (error as { status?: number })?.status;
const errorMessage = (error: unknown) => (error instanceof Error && error.message ? error.message : 'L’action a échoué.');

/** Only what the action needs: the API refuses fields meant for another action. */
export const actionBody = (action: ReferralAction, v: Values): Record<string, unknown> => {
  const comment = v.comment?.trim() ? v.comment.trim() : undefined;
  if (action === 'decline') return { reason: v.reason, comment };
  if (action === 'progress') return { comment };
  if (action === 'close') {
    if (v.outcome === 'droit_ouvert') return { outcome: v.outcome, monthlyAmountCents: v.monthlyAmountCents, startMonth: v.startMonth, comment };
    if (v.outcome === 'droit_refuse') return { outcome: v.outcome, reason: v.refusalReason, comment };
    return { outcome: v.outcome, comment };
  }
  return { comment };
};

/** Asks what an action needs, applies it pessimistically; a 409 (changed meanwhile) reloads the referral. */
export const ReferralActionDialog = ({ referral, action, onClose }: { referral: Referral; action: ReferralAction; onClose: () => void }) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string>('droit_ouvert');

  const submit = async (values: Values) => {
    setPending(true);
    setError(null);
    try {
      await dataProvider.referralAction(referral.id, action as ReferralActionName, actionBody(action, { ...values, outcome }));
      notify(`Orientation : ${LABELS.referralAction[action]}`, { type: 'success' });
      refresh();
      onClose();
    } catch (e) {
      if (errorStatus(e) === 409) {
        notify(errorMessage(e), { type: 'warning' });
        refresh();
        onClose();
        return;
      }
      setError(errorMessage(e));
      const fieldErrors = (e as { body?: { errors?: Record<string, unknown> } })?.body?.errors;
      if (fieldErrors) return fieldErrors;
    } finally {
      setPending(false);
    }
  };

  // The form gets its own record: in the referral page's record context, the referral's own fields
  // (outcome: null) would override the defaults.
  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="referral-action-title">
      <Form onSubmit={(values: Record<string, unknown>) => submit(values as Values)} record={{ startMonth: parisToday().slice(0, 7), outcome: 'droit_ouvert' }} noValidate>
        <DialogTitle id="referral-action-title">
          {LABELS.referralAction[action]} — {referral.householdReference}
        </DialogTitle>
        <DialogContent>
          <FormError message={error} />
          {action === 'decline' ? <TextInput source="reason" label="Motif du refus" validate={required()} fullWidth /> : null}
          {action === 'close' ? (
            <>
              <SelectInput
                source="outcome"
                label="Issue"
                choices={choicesOf('referralOutcome')}
                onChange={(e) => setOutcome(String((e as { target: { value: string } }).target.value))}
                validate={required()}
                fullWidth
              />
              {outcome === 'droit_ouvert' ? (
                <>
                  <EuroInput source="monthlyAmountCents" label="Montant mensuel accordé (€)" validate={required()} fullWidth />
                  <MonthInput source="startMonth" label="Mois d’ouverture du droit" validate={required()} fullWidth />
                </>
              ) : null}
              {outcome === 'droit_refuse' ? (
                <SelectInput
                  source="refusalReason"
                  label="Motif du refus"
                  choices={REFUSAL_REASONS.map((r) => ({ id: r, name: LABELS.refusalReason[r] }))}
                  validate={required()}
                  fullWidth
                />
              ) : null}
            </>
          ) : null}
          <TextInput
            source="comment"
            label={action === 'progress' ? 'Commentaire (avancement)' : 'Commentaire (facultatif)'}
            multiline
            minRows={2}
            fullWidth
            validate={action === 'progress' ? required() : undefined}
          />
        </DialogContent>
        <DialogButtons onCancel={onClose} pending={pending} type="submit">
          Valider
        </DialogButtons>
      </Form>
    </Dialog>
  );
};
