import { Box, Button, Chip, Dialog, DialogContent, DialogTitle, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { LABELS, parisToday } from '@recours/domain';
import { useState } from 'react';
import { useDataProvider, useGetList, useNotify, usePermissions } from 'react-admin';
import { formatIsoDate } from '../../format';
import { can, type Permissions } from '../../providers/authProvider';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import type { Consent } from './types';
import { DialogButtons } from '../../components/DialogButtons';

/** A person's consent ledger, oldest first; a given sharing consent still in force can be withdrawn (a new row). */
export const PersonConsents = ({ personId }: { personId: string }) => {
  const { permissions } = usePermissions<Permissions>();
  const { data: rows = [], refetch } = useGetList<Consent>('consents', {
    filter: { personId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'recordedAt', order: 'ASC' },
  });
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const latestKey = new Map<string, string>();
  for (const c of rows) latestKey.set(`${c.purpose}|${c.recipientOrganisationId ?? ''}`, c.id);
  return (
    <Box sx={{ mt: 2 }} data-testid="consent-ledger">
      <Typography variant="subtitle2">Consentements</Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          Aucun consentement enregistré.
        </Typography>
      ) : (
        <Table size="small" aria-label="Registre des consentements">
          <TableHead>
            <TableRow>
              <TableCell>Date</TableCell>
              <TableCell>Objet</TableCell>
              <TableCell>Décision</TableCell>
              <TableCell>Recueilli</TableCell>
              <TableCell>Par</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((c) => (
              <TableRow key={c.id}>
                <TableCell>{formatIsoDate(c.decidedOn)}</TableCell>
                <TableCell>
                  {LABELS.consentPurpose[c.purpose]}
                  {c.recipientOrganisationName ? ` — ${c.recipientOrganisationName}` : ''}
                  {c.expiresOn ? ` (jusqu’au ${formatIsoDate(c.expiresOn)})` : ''}
                </TableCell>
                <TableCell>
                  <Chip size="small" color={c.given ? 'success' : 'default'} label={c.given ? 'Donné' : 'Retiré'} />
                </TableCell>
                <TableCell>{LABELS.consentMethod[c.method]}</TableCell>
                <TableCell>{c.recordedByName ?? '—'}</TableCell>
                <TableCell>
                  {c.given && can(permissions, 'household.write') && latestKey.get(`${c.purpose}|${c.recipientOrganisationId ?? ''}`) === c.id ? (
                    <Button size="small" color="inherit" onClick={() => setWithdrawing(c)}>
                      Retirer
                    </Button>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {withdrawing ? <WithdrawDialog consent={withdrawing} onClose={() => setWithdrawing(null)} onDone={() => void refetch()} /> : null}
    </Box>
  );
};

const WithdrawDialog = ({ consent, onClose, onDone }: { consent: Consent; onClose: () => void; onDone: () => void }) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const notify = useNotify();
  const [method, setMethod] = useState<'oral' | 'ecrit' | 'signe'>('ecrit');
  const [date, setDate] = useState(parisToday());
  const [pending, setPending] = useState(false);
  const submit = async () => {
    setPending(true);
    try {
      await dataProvider.recordConsent({
        personId: consent.personId,
        purpose: consent.purpose,
        recipientOrganisationId: consent.recipientOrganisationId ?? undefined,
        given: false,
        decidedOn: date,
        method,
      });
      notify('Retrait du consentement enregistré', { type: 'success' });
      onDone();
      onClose();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'Le retrait n’a pas pu être enregistré.', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <Dialog open onClose={pending ? undefined : onClose} aria-labelledby="withdraw-title">
      <DialogTitle id="withdraw-title">Retrait du consentement — {LABELS.consentPurpose[consent.purpose]}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {consent.purpose === 'partage_partenaire'
            ? `${consent.recipientOrganisationName ?? 'Le partenaire'} perd aussitôt l’accès aux orientations en cours de ce foyer.`
            : 'La personne ne sera plus contactée par ce moyen.'}
        </Typography>
        <TextField select size="small" label="Recueilli" value={method} onChange={(e) => setMethod(e.target.value as 'oral')} sx={{ mr: 1 }}>
          {(['oral', 'ecrit', 'signe'] as const).map((m) => (
            <MenuItem key={m} value={m}>
              {LABELS.consentMethod[m]}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" type="date" label="Le" value={date} onChange={(e) => setDate(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
      </DialogContent>
      <DialogButtons onCancel={onClose} pending={pending} color="error" onClick={() => void submit()}>
        Enregistrer le retrait
      </DialogButtons>
    </Dialog>
  );
};
