import LockResetIcon from '@mui/icons-material/LockReset';
import { Button } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useRecordContext } from 'react-admin';
import { API_URL, httpClient } from '../../providers/http';
import type { components } from '../../api/schema';

type User = components['schemas']['UserDto'];

const when = (iso: string) => new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(iso));

/**
 * The administrator never sets a password: a reset stops the current one, closes the sessions and
 * e-mails the person a single-use link to choose a new one.
 */
export const ResetPasswordButton = () => {
  const record = useRecordContext<User>();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  if (!record) return null;

  const reset = async () => {
    setPending(true);
    try {
      const { json } = await httpClient(`${API_URL}/users/${record.id}/password-reset`, { method: 'POST' });
      notify(`Lien envoyé à ${record.email}, valable jusqu’au ${when((json as { expiresAt: string }).expiresAt)}.`, { type: 'success' });
      setOpen(false);
    } catch (e) {
      notify(e instanceof Error ? e.message : 'La réinitialisation a échoué.', { type: 'error' });
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button startIcon={<LockResetIcon />} onClick={() => setOpen(true)} disabled={!record.active}>
        Réinitialiser le mot de passe
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="Réinitialiser le mot de passe ?"
        content={`Le mot de passe actuel de ${record.displayName} cessera de fonctionner et ses sessions seront fermées. Un lien à usage unique pour en choisir un nouveau sera envoyé à ${record.email}. Son responsable sera prévenu.`}
        confirm="Réinitialiser et envoyer le lien"
        onConfirm={() => void reset()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
