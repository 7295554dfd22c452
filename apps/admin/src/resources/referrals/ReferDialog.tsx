import SendIcon from '@mui/icons-material/SendOutlined';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { LABELS, parisToday, type DetectableBenefit } from '@recours/domain';
import { useMemo, useState } from 'react';
import { useDataProvider, useGetList, useGetOne, useNotify, usePermissions, useRedirect } from 'react-admin';
import { FormError } from '../../components/FormError';
import { formatIsoDate } from '../../format';
import type { Permissions } from '../../providers/authProvider';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import type { Household } from '../households/types';
import { sharingConsentState, type Consent, type Partner } from './types';
import { DialogButtons } from '../../components/DialogButtons';

const errorMessage = (error: unknown) => (error instanceof Error && error.message ? error.message : 'L’envoi a échoué.');
const fieldErrors = (error: unknown): Record<string, string> => ((error as { body?: { errors?: Record<string, string> } })?.body?.errors ?? {}) as Record<string, string>;

/**
 * "Orienter": pick a partner from the directory (filtered by the right's benefit), check the sharing
 * consent for that recipient and record it here if missing, then send. The Idempotency-Key is drawn
 * once per dialog, so a double click or a retry after a network error sends one referral.
 */
export const ReferDialog = ({ householdId, right, onClose }: { householdId: string; right?: { id: string; benefit: DetectableBenefit }; onClose: () => void }) => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const { permissions } = usePermissions<Permissions>();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [allPartners, setAllPartners] = useState(!right);
  const [recipientId, setRecipientId] = useState('');
  const [purpose, setPurpose] = useState('');
  const [message, setMessage] = useState('');
  const [override, setOverride] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const today = parisToday();

  const { data: household } = useGetOne<Household>('households', { id: householdId });
  const { data: partners = [] } = useGetList<Partner>('partners', {
    filter: allPartners || !right ? {} : { benefit: right.benefit },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const { data: consents = [], refetch: refetchConsents } = useGetList<Consent>('consents', {
    filter: { householdId },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'recordedAt', order: 'ASC' },
  });
  const members = household?.members ?? [];
  const applicant = members.find((m) => m.relationship === 'demandeur') ?? members[0];
  const [consentPerson, setConsentPerson] = useState('');
  const [consentMethod, setConsentMethod] = useState<'oral' | 'ecrit' | 'signe'>('oral');
  const [consentDate, setConsentDate] = useState(today);
  const consent = useMemo(() => (recipientId ? sharingConsentState(consents, recipientId, today) : null), [consents, recipientId, today]);
  const recipient = partners.find((p) => p.id === recipientId);
  const isManager = permissions?.role === 'manager';

  const recordConsent = async () => {
    setPending(true);
    setError(null);
    try {
      await dataProvider.recordConsent({
        personId: consentPerson || String(applicant?.id ?? ''),
        purpose: 'partage_partenaire',
        recipientOrganisationId: recipientId,
        given: true,
        decidedOn: consentDate,
        method: consentMethod,
      });
      notify('Consentement au partage enregistré', { type: 'success' });
      await refetchConsents();
    } catch (e) {
      setError(errorMessage(e));
      setErrors(fieldErrors(e));
    } finally {
      setPending(false);
    }
  };

  const send = async () => {
    setPending(true);
    setError(null);
    setErrors({});
    try {
      const { data } = await dataProvider.sendReferral(
        {
          householdId,
          recipientOrganisationId: recipientId,
          detectedRightIds: right ? [right.id] : undefined,
          purpose: purpose.trim() || undefined,
          message: message.trim() || undefined,
          consentOverrideReason: override && overrideReason.trim() ? overrideReason.trim() : undefined,
        },
        idempotencyKey,
      );
      notify(`Orientation envoyée à ${recipient?.name ?? 'l’organisation'}`, { type: 'success' });
      onClose();
      redirect('show', 'referrals', data.id);
    } catch (e) {
      setError(errorMessage(e));
      setErrors(fieldErrors(e));
    } finally {
      setPending(false);
    }
  };

  const canSend = !!recipientId && (consent?.state === 'valide' || (override && overrideReason.trim() !== '')) && (!!right || purpose.trim() !== '');

  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="refer-title">
      <DialogTitle id="refer-title">
        Orienter {household ? `le foyer ${household.reference}` : 'le foyer'}
        {right ? ` — ${LABELS.detectableBenefit[right.benefit]}` : ''}
      </DialogTitle>
      <DialogContent>
        <FormError message={error} />
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            select
            label="Destinataire"
            value={recipientId}
            onChange={(e) => setRecipientId(e.target.value)}
            error={!!errors.recipientOrganisationId}
            helperText={errors.recipientOrganisationId ?? (recipient ? `${recipient.handlesDescription ?? ''} — partage : ${recipient.sharedGroups.map((g) => LABELS.sharedFieldGroup[g]).join(', ') || 'rien'}` : ' ')}
            fullWidth
            slotProps={{ htmlInput: { 'data-testid': 'refer-recipient' } }}
          >
            {partners.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.name}
              </MenuItem>
            ))}
          </TextField>
          {right ? (
            <FormControlLabel
              control={<Switch checked={allPartners} onChange={(e) => setAllPartners(e.target.checked)} />}
              label={`Afficher aussi les organisations qui n’instruisent pas « ${LABELS.detectableBenefit[right.benefit]} »`}
            />
          ) : null}
          {consent?.state === 'valide' && consent.latest ? (
            <Alert severity="success" data-testid="consent-ok">
              Consentement au partage de {consent.latest.personName} ({LABELS.consentMethod[consent.latest.method].toLowerCase()}, le {formatIsoDate(consent.latest.decidedOn)})
            </Alert>
          ) : null}
          {consent && consent.state !== 'valide' ? (
            <Box data-testid="consent-missing">
              <Alert severity={consent.state === 'retire' ? 'error' : 'warning'} sx={{ mb: 2 }}>
                {consent.state === 'retire'
                  ? 'La personne a retiré son consentement au partage avec ce destinataire.'
                  : 'Aucun consentement au partage avec ce destinataire : recueillez-le et enregistrez-le avant d’orienter.'}
              </Alert>
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
                <TextField select size="small" label="Personne" value={consentPerson || String(applicant?.id ?? '')} onChange={(e) => setConsentPerson(e.target.value)} sx={{ minWidth: 180 }}>
                  {members.map((m) => (
                    <MenuItem key={String(m.id)} value={String(m.id)}>
                      {m.firstName} {m.lastName}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField select size="small" label="Recueilli" value={consentMethod} onChange={(e) => setConsentMethod(e.target.value as 'oral')} sx={{ minWidth: 120 }}>
                  {(['oral', 'ecrit', 'signe'] as const).map((m) => (
                    <MenuItem key={m} value={m}>
                      {LABELS.consentMethod[m]}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  size="small"
                  type="date"
                  label="Le"
                  value={consentDate}
                  onChange={(e) => setConsentDate(e.target.value)}
                  error={!!errors.decidedOn}
                  helperText={errors.decidedOn}
                  slotProps={{ inputLabel: { shrink: true } }}
                />
                <Button variant="outlined" onClick={() => void recordConsent()} disabled={pending || !applicant}>
                  Enregistrer le consentement
                </Button>
              </Stack>
              {isManager && consent.state === 'absent' ? (
                <Box sx={{ mt: 2 }}>
                  <FormControlLabel control={<Switch checked={override} onChange={(e) => setOverride(e.target.checked)} />} label="Orienter sans consentement (dérogation de responsable)" />
                  {override ? (
                    <TextField label="Motif écrit de la dérogation" value={overrideReason} onChange={(e) => setOverrideReason(e.target.value)} multiline minRows={2} fullWidth />
                  ) : null}
                </Box>
              ) : null}
            </Box>
          ) : null}
          {!right ? (
            <TextField label="Objet de l’orientation" value={purpose} onChange={(e) => setPurpose(e.target.value)} error={!!errors.purpose} helperText={errors.purpose} fullWidth />
          ) : null}
          <TextField label="Message au partenaire (facultatif)" value={message} onChange={(e) => setMessage(e.target.value)} multiline minRows={2} fullWidth />
          {recipient ? (
            <Typography variant="caption" color="text.secondary">
              Le partenaire ne verra que : {recipient.sharedGroups.map((g) => LABELS.sharedFieldGroup[g].toLowerCase()).join(', ') || 'rien'}.
            </Typography>
          ) : null}
        </Stack>
      </DialogContent>
      <DialogButtons onCancel={onClose} pending={pending} startIcon={<SendIcon />} onClick={() => void send()} disabled={!canSend}>
        Envoyer l’orientation
      </DialogButtons>
    </Dialog>
  );
};

/** The "Orienter" button of the household page and of each detected right. */
export const ReferButton = ({ householdId, right, size = 'medium' }: { householdId: string; right?: { id: string; benefit: DetectableBenefit }; size?: 'small' | 'medium' }) => {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size={size} variant="outlined" startIcon={<SendIcon />} onClick={() => setOpen(true)}>
        Orienter
      </Button>
      {open ? <ReferDialog householdId={householdId} right={right} onClose={() => setOpen(false)} /> : null}
    </>
  );
};
