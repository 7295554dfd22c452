import { Dialog, DialogContent, DialogTitle } from '@mui/material';
import { isOpenRightStatus, parisToday } from '@recours/domain';
import { useState } from 'react';
import { CheckboxGroupInput, DateInput, Form, required, SelectInput, TextInput, useCreate, useNotify, useRefresh } from 'react-admin';
import { formatRightAmount } from '../../format';
import { choicesOf, LABELS } from '../../labels';
import { byPriority, type DetectedRight } from '../detected-rights/types';
import { contactPayload, type ContactInput } from './types';
import { FormError } from '../../components/FormError';
import { DialogButtons } from '../../components/DialogButtons';

const notInPast = (value: unknown) =>
  typeof value === 'string' && value && value < parisToday() ? 'La prochaine tentative ne peut pas être dans le passé.' : undefined;

/**
 * "Nouveau contact": channel, outcome, the rights it was about, a note and the next attempt (which
 * creates a task). A reached person (joint, rendez-vous pris) moves the linked confirmed rights to
 * "Personne informée" — the API does it, the page then reloads.
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

  const submit = async (values: Partial<ContactInput>) => {
    setError(null);
    try {
      await create('contacts', { data: contactPayload(householdId, values) }, { returnPromise: true });
      notify('Contact enregistré', { type: 'success' });
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
        onSubmit={(values: Record<string, unknown>) => submit(values as Partial<ContactInput>)}
        defaultValues={{ channel: 'telephone', rightIds: open.filter((r) => r.status === 'confirme').map((r) => r.id) }}
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
