import AddIcon from '@mui/icons-material/AddCommentOutlined';
import { Alert, Box, Button, Chip, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, usePermissions, useRecordContext } from 'react-admin';
import { ExportMenu } from '../../components/ExportMenu';
import { formatIsoDate, formatTimestamp } from '../../format';
import { LABELS } from '../../labels';
import { can, type Permissions } from '../../providers/authProvider';
import type { DetectedRight } from '../detected-rights/types';
import type { Household } from '../households/types';
import { ContactDialog } from './ContactDialog';
import type { Contact } from './types';

const reached = (c: Contact) => c.outcome === 'joint' || c.outcome === 'rdv_pris';

const ContactItem = ({ contact, rightsById }: { contact: Contact; rightsById: Map<string, DetectedRight> }) => {
  const linked = (contact.rightIds ?? []).map((id) => ({ id, benefit: rightsById.get(id)?.benefit ?? '' }));
  return (
    <Paper variant="outlined" sx={{ p: 1.5, borderLeft: 4, borderLeftColor: reached(contact) ? 'success.main' : 'grey.400' }} data-testid="contact-item">
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="subtitle2">{formatTimestamp(contact.occurredAt)}</Typography>
        <Chip size="small" label={LABELS.contactChannel[contact.channel] ?? contact.channel} />
        <Chip size="small" color={reached(contact) ? 'success' : 'default'} variant="outlined" label={LABELS.contactOutcome[contact.outcome] ?? contact.outcome} />
        {linked
          .filter((r) => r.benefit)
          .map((r) => (
            <Chip key={r.id} size="small" variant="outlined" color="primary" label={LABELS.detectableBenefit[r.benefit as keyof typeof LABELS.detectableBenefit] ?? r.benefit} />
          ))}
        {contact.authorName ? (
          <Typography variant="caption" color="text.secondary">
            par {contact.authorName}
          </Typography>
        ) : null}
      </Stack>
      {contact.note ? (
        <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-wrap' }}>
          {contact.note}
        </Typography>
      ) : null}
      {contact.nextAttemptOn ? (
        <Typography variant="caption" color="text.secondary">
          Prochaine tentative le {formatIsoDate(contact.nextAttemptOn)}
        </Typography>
      ) : null}
    </Paper>
  );
};

/** Outreach attempts, newest first, and the "Nouveau contact" form. */
export const HouseholdContacts = () => {
  const record = useRecordContext<Household>();
  const { permissions } = usePermissions<Permissions>();
  const [open, setOpen] = useState(false);
  const id = record?.id;
  const { data: contacts, isPending, error } = useGetList<Contact>(
    'contacts',
    { filter: { householdId: id }, pagination: { page: 1, perPage: 100 }, sort: { field: 'occurredAt', order: 'DESC' } },
    { enabled: !!id },
  );
  const { data: rights } = useGetList<DetectedRight>(
    'detected-rights',
    { filter: { householdId: id }, pagination: { page: 1, perPage: 100 }, sort: { field: 'detectedAt', order: 'DESC' } },
    { enabled: !!id },
  );
  if (!record) return null;
  const rightsById = new Map((rights ?? []).map((r) => [r.id, r]));
  return (
    <Box sx={{ display: 'grid', gap: 1.5, width: '100%' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        {can(permissions, 'outreach.write') ? (
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
            Nouveau contact
          </Button>
        ) : null}
        <ExportMenu resource="contacts" filter={{ householdId: record.id }} sort={{ field: 'occurredAt', order: 'DESC' }} />
      </Stack>
      {error ? <Alert severity="error">{error instanceof Error && error.message ? error.message : 'Les contacts sont indisponibles.'}</Alert> : null}
      {!isPending && !error && !contacts?.length ? <Typography color="text.secondary">Aucun contact enregistré.</Typography> : null}
      {(contacts ?? []).map((c) => (
        <ContactItem key={c.id} contact={c} rightsById={rightsById} />
      ))}
      {open ? <ContactDialog householdId={String(record.id)} rights={rights ?? []} onClose={() => setOpen(false)} /> : null}
    </Box>
  );
};
