import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import { isOpenRightStatus, parisToday, type ContactOutcome } from '@recours/domain';
import { useState } from 'react';
import { BooleanInput, CheckboxGroupInput, DateInput, Form, required, SelectInput, TextInput, useCreate, useNotify, useRefresh } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { formatRightAmount } from '../../format';
import { choicesOf, LABELS } from '../../labels';
import { byPriority, type DetectedRight } from '../detected-rights/types';
import { contactPayload, informableRights, type ContactFormValues } from './types';
import { FormError } from '../../components/FormError';
import { DialogButtons } from '../../components/DialogButtons';

const notInPast = (value: unknown) =>
  typeof value === 'string' && value && value < parisToday() ? 'La prochaine tentative ne peut pas être dans le passé.' : undefined;

const INFORMED = LABELS.detectedRightStatus.informe;

/** Offered when the person was reached and a right discussed may move to "Personne informée" (ticked by default). */
const InformChoice = ({ rights }: { rights: DetectedRight[] }) => {
  const outcome = useWatch({ name: 'outcome' }) as ContactOutcome | undefined;
  const rightIds = useWatch({ name: 'rightIds' }) as string[] | undefined;
  const informable = informableRights(rights, outcome, rightIds);
  if (!informable.length) return null;
  const label =
    informable.length === 1
      ? `Passer le droit ${LABELS.detectableBenefit[informable[0].benefit]} à « ${INFORMED} »`
      : `Passer les ${informable.length} droits abordés à « ${INFORMED} »`;
  return <BooleanInput source="informRights" label={label} helperText="Enregistré avec le contact, dans l’historique du droit." />;
};

/**
 * "Nouveau contact": channel, outcome, the rights it was about, a note and the next attempt (which
 * creates a task). When the person was reached (jointe, rendez-vous pris) the dialog offers to move
 * the confirmed rights discussed to "Personne informée": the API records the contact and the
 * transitions (with the contact's note, signed by the worker) in one transaction; the page reloads.
 */
export const ContactDialog = ({ householdId, rights, onClose }: { householdId: string; rights: DetectedRight[]; onClose: () => void }) => {
  const [create, { isPending }] = useCreate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [error, setError] = useState<string | null>(null);
  const open = rights.filter((r) => isOpenRightStatus(r.status)).sort(byPriority);
  const rightChoices = open.map((r) => ({
    id: r.id,
    name: `${LABELS.detectableBenefit[r.benefit]} — ${formatRightAmount(r.estimatedAmountCents, r.amountPeriod, r.benefit)} (${LABELS.detectedRightStatus[r.status]})`,
  }));

  const submit = async (values: ContactFormValues) => {
    setError(null);
    try {
      const data = contactPayload(householdId, values, open);
      await create('contacts', { data }, { returnPromise: true });
      const informed = data.informRightIds?.length ?? 0;
      notify(informed ? `Contact enregistré ; ${informed > 1 ? `${informed} droits passés` : 'droit passé'} à « ${INFORMED} »` : 'Contact enregistré', { type: 'success' });
      refresh();
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Le contact n’a pas pu être enregistré.');
      const fieldErrors = (e as { body?: { errors?: Record<string, unknown> } })?.body?.errors;
      if (fieldErrors) return fieldErrors;
    }
  };

  return (
    <Dialog open onClose={isPending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="contact-title">
      <Form
        onSubmit={(values: Record<string, unknown>) => submit(values as ContactFormValues)}
        defaultValues={{ channel: 'telephone', rightIds: open.filter((r) => r.status === 'confirme').map((r) => r.id), informRights: true }}
        noValidate
      >
        <DialogTitle id="contact-title">Nouveau contact</DialogTitle>
        <DialogContent>
          <FormError message={error} />
          <SelectInput source="channel" label="Canal" choices={choicesOf('contactChannel')} validate={required()} fullWidth />
          <SelectInput source="outcome" label="Résultat" choices={choicesOf('contactOutcome')} validate={required()} fullWidth />
          {rightChoices.length ? (
            <CheckboxGroupInput source="rightIds" label="Droits abordés" choices={rightChoices} row={false} />
          ) : null}
          <InformChoice rights={open} />
          <TextInput source="note" label="Note" multiline minRows={2} fullWidth />
          <DateInput
            source="nextAttemptOn"
            label="Prochaine tentative"
            helperText="Crée une tâche à cette date."
            validate={notInPast}
            fullWidth
          />
        </DialogContent>
        <DialogButtons onCancel={onClose} pending={isPending} type="submit">
          Enregistrer le contact
        </DialogButtons>
      </Form>
    </Dialog>
  );
};
