import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Link } from 'react-admin';
import { formatEurosRounded } from '../../format';
import { FigureCard } from './FigureCard';
import { formatDays, referralsLink, type ReferralStats, type StatsFilter } from './stats-api';

type Side = ReferralStats['sent'];
type Row = Side['byPartner'][number];

/**
 * Referrals sent (per recipient partner) and received (per sending partner): delays, breaches,
 * outcomes. Figures link to the referral list, which only a manager has and which cannot filter on
 * the commune: no link for the territory coordinator or with a commune filter.
 */
export const ReferralsSection = ({ data, filter, linked }: { data: ReferralStats; filter: StatsFilter; linked: boolean }) => {
  const canLink = linked && !filter.communeInsee;
  const link = (box: 'sent' | 'received', more?: { partnerId?: string | null; status?: string[] }) => (canLink ? referralsLink(filter, box, more) : undefined);
  const { sent } = data;
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          Orientations
        </Typography>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', mb: 2 }}>
          <FigureCard label="Orientations envoyées" value={n(sent.total.referrals)} hint={`${n(sent.total.households)} foyers, ${n(sent.total.resent)} renvois`} to={link('sent')} />
          <FigureCard label="Accusé de réception (médiane)" value={formatDays(sent.total.ackMedianDays)} hint={`80e centile : ${formatDays(sent.total.ackP80Days)}`} />
          <FigureCard label="Réponse (médiane)" value={formatDays(sent.total.answerMedianDays)} hint={`80e centile : ${formatDays(sent.total.answerP80Days)}`} />
          <FigureCard
            label="Orientations hors délai"
            value={n(sent.total.slaBreaches)}
            hint={`${n(sent.total.lateAcknowledgements)} accusés tardifs, ${n(sent.total.expired)} expirées`}
            to={link('sent', { status: ['expiree'] })}
          />
          <FigureCard label="Droits ouverts par orientation" value={n(sent.total.rightOpened)} hint={formatEurosRounded(sent.total.openedAnnualCents) + ' par an'} to={link('sent', { status: ['cloturee'] })} />
        </Stack>
        <PartnerTable title="Envoyées, par partenaire destinataire" side={data.sent} box="sent" link={link} />
        <PartnerTable title="Reçues, par partenaire émetteur" side={data.received} box="received" link={link} />
      </CardContent>
    </Card>
  );
};

const n = (v: number) => v.toLocaleString('fr-FR');

const HEAD = ['Partenaire', 'Orientations', 'Foyers', 'Accusé (médiane)', 'Accusé (80e c.)', 'Réponse (médiane)', 'Hors délai', 'Expirées', 'En attente', 'Acceptées', 'Déclinées', 'Droit ouvert', 'Droit refusé', 'Sans suite'];

const PartnerTable = ({ title, side, box, link }: {
  title: string; side: Side; box: 'sent' | 'received';
  link: (box: 'sent' | 'received', more?: { partnerId?: string | null; status?: string[] }) => { pathname: string; search: string } | undefined;
}) => (
  <>
    <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
      {title}
    </Typography>
    {side.byPartner.length === 0 ? (
      <Typography color="text.secondary">Aucune orientation sur la période.</Typography>
    ) : (
      <Table size="small" aria-label={title}>
        <TableHead>
          <TableRow>
            {HEAD.map((h, i) => (
              <TableCell key={h} align={i === 0 ? 'left' : 'right'}>
                {h}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {side.byPartner.map((r: Row) => {
            const to = link(box, { partnerId: r.partnerId });
            const cells = [r.referrals, r.households, formatDays(r.ackMedianDays), formatDays(r.ackP80Days), formatDays(r.answerMedianDays), r.slaBreaches, r.expired, r.pending, r.accepted, r.declined, r.rightOpened, r.rightRefused, r.noFollowUp];
            return (
              <TableRow key={r.partnerId ?? ''}>
                <TableCell>{to ? <Link to={to}>{r.partnerName ?? '—'}</Link> : (r.partnerName ?? '—')}</TableCell>
                {cells.map((c, i) => (
                  <TableCell key={i} align="right">
                    {c}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    )}
  </>
);
