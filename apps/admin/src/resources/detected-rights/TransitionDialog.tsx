import { Alert, Dialog, DialogContent, DialogTitle } from '@mui/material';
import type { DetectedRightStatus } from '@recours/domain';
import { parisToday, TRANSITION_ACTION_LABELS } from '@recours/domain';
import { useState } from 'react';
import { DateInput, Form, required, SelectInput, TextInput, useDataProvider, useNotify, useRefresh } from 'react-admin';
import { EuroInput } from '../../components/inputs';
import { choicesOf, LABELS } from '../../labels';
import { useRefusalBlockMonths } from '../../providers/authProvider';
import { refusalPeriod } from './refusal-period';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import { transitionPayload, type TransitionValues as Values } from './transition-payload';
import type { DetectedRight } from './types';
import { FormError } from '../../components/FormError';
import { DialogButtons } from '../../components/DialogButtons';

const noteRequiredForOther = (value: unknown, all: Values) =>
  all.reason === 'autre' && !(typeof value === 'string' && value.trim()) ? 'Précisez le motif.' : undefined;

const errorStatus = (error: unknown) => (error as { status?: number })?.status;
const errorMessage = (error: unknown) => (error instanceof Error && error.message ? error.message : 'La transition a échoué.');

/**
 * Asks what a transition needs (reason, granted amount and start date, optional note), then applies
 * it pessimistically. A 409 means someone moved the right meanwhile: show the API's message, reload.
 */
export const TransitionDialog = ({ right, to, onClose }: { right: DetectedRight; to: DetectedRightStatus; onClose: () => void }) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refusalMonths = useRefusalBlockMonths();
  const benefit = LABELS.detectableBenefit[right.benefit] ?? right.benefit;

  const submit = async (values: Values) => {
    setPending(true);
    setError(null);
    try {
      await dataProvider.transitionRight(right.id, transitionPayload(to, values));
      notify(`${benefit} : ${LABELS.detectedRightStatus[to]}`, { type: 'success' });
      refresh();
      onClose();
    } catch (e) {
      if (errorStatus(e) === 409) {
        notify(errorMessage(e), { type: 'warning' });
        refresh();
        onClose();
        return;
      }
      const fieldErrors = (e as { body?: { errors?: Record<string, unknown> } })?.body?.errors;
      setError(errorMessage(e));
      // Field messages go under their inputs (react-admin reads them from the resolved value).
      if (fieldErrors) return fieldErrors;
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="transition-title">
      <Form onSubmit={(values: Record<string, unknown>) => submit(values as Values)} defaultValues={{ grantedFrom: parisToday() }} noValidate>
        <DialogTitle id="transition-title">
          {TRANSITION_ACTION_LABELS[to]} — {benefit}
        </DialogTitle>
        <DialogContent>
          <FormError message={error} />
          {to === 'ecarte' ? (
            <SelectInput source="reason" label="Motif" choices={choicesOf('dismissReason')} validate={required()} fullWidth />
          ) : null}
          {to === 'refuse' ? (
            <SelectInput source="reason" label="Motif du refus" choices={choicesOf('refusalReason')} validate={required()} fullWidth />
          ) : null}
          {to === 'accorde' ? (
            <>
              <EuroInput source="grantedMonthlyAmountCents" label="Montant mensuel accordé (€)" validate={required()} fullWidth />
              <DateInput source="grantedFrom" label="Date d’ouverture du droit" validate={required()} fullWidth />
            </>
          ) : null}
          {to === 'refus_personne' ? (
            <Alert severity="info" sx={{ mb: 2 }}>
              La personne ne sera plus sollicitée au sujet de cette prestation{refusalPeriod(null, refusalMonths)} (tâches, contacts et
              campagnes).
            </Alert>
          ) : null}
          <TextInput
            source="note"
            label={to === 'ecarte' ? 'Note (obligatoire pour « Autre motif »)' : 'Note (facultative)'}
            multiline
            minRows={2}
            fullWidth
            validate={to === 'ecarte' ? noteRequiredForOther : undefined}
          />
        </DialogContent>
        <DialogButtons onCancel={onClose} pending={pending} type="submit">
          Valider
        </DialogButtons>
      </Form>
    </Dialog>
  );
};
