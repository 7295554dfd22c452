import DownloadIcon from '@mui/icons-material/FileDownloadOutlined';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { parisToday } from '@recours/domain';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useGetList } from 'react-admin';
import { formatEurosRounded, formatIsoDate, formatIsoMonth, formatTimestamp } from '../../format';
import { benefitLabels } from '../../labels';
import { FigureCard } from './FigureCard';
import { IndicatorFilters } from './IndicatorFilters';
import { differenceSentence } from '../../resources/campaigns/types';
import { ReferralsSection } from './ReferralsSection';
import {
  defaultPeriod,
  detectedRightsLink,
  fetchIndicators,
  formatDays,
  formatRate,
  grantedRightsLink,
  rightsAtStatusLink,
  statsUrl,
  type Indicators,
  type StatsFilter,
} from './stats-api';

const STEPS = [
  ['detected', 'Détectés'],
  ['confirmed', 'Confirmés'],
  ['reached', 'Joints'],
  ['informed', 'Informés'],
  ['claimFiled', 'Déposés'],
  ['granted', 'Accordés'],
] as const;
const label = (benefit: string | null | undefined) => (benefit ? (benefitLabels[benefit as keyof typeof benefitLabels] ?? benefit) : 'Toutes');

/**
 * The manager's home page (and the territory coordinator's): what outreach achieved over a period —
 * the funnel, rights opened and euros a year, delays, outreach activity, campaigns. Every figure links
 * to the list behind it; rules in docs/indicateurs.md.
 */
export const IndicatorsDashboard = ({ territory }: { territory: boolean }) => {
  const [filter, setFilter] = useState<StatsFilter>(() => defaultPeriod(parisToday()));
  const { data, error, isPending } = useQuery({ queryKey: ['stats', filter], queryFn: () => fetchIndicators(filter), placeholderData: (previous) => previous });
  const { data: organisations } = useGetList('organisations', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } }, { enabled: territory });
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="h6" component="h2">
        Tableau de bord {territory ? 'du territoire' : 'de l’organisation'}
      </Typography>
      <IndicatorFilters value={filter} onChange={setFilter} organisations={territory ? organisations?.map((o) => ({ id: String(o.id), name: String(o.name) })) : undefined} />
      {/* A plain link: the browser downloads the file the API writes (the export is audited there). */}
      <Button component="a" href={statsUrl('evaluation-export', filter)} download variant="outlined" size="small" startIcon={<DownloadIcon />} sx={{ mb: 2 }}>
        Export d’évaluation (CSV anonymisé)
      </Button>
      {error ? <Alert severity="error">{error instanceof Error ? error.message : 'Indicateurs indisponibles'}</Alert> : null}
      {isPending && !data ? <CircularProgress aria-label="Chargement des indicateurs" /> : null}
      {data ? <IndicatorsView data={data} filter={filter} territory={territory} /> : null}
    </Box>
  );
};

const IndicatorsView = ({ data, filter, territory }: { data: Indicators; filter: StatsFilter; territory: boolean }) => {
  const { funnel, opened, delays, outreach, campaigns } = data;
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary" data-testid="freshness">
        Chiffres calculés le {formatTimestamp(funnel.computedAt)}{' '}
        {funnel.source === 'rollups' ? 'lors de la dernière actualisation de la synthèse' : 'sur les données à jour'} — période du{' '}
        {formatIsoDate(funnel.period.from)} au {formatIsoDate(funnel.period.to)}.
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <FigureCard label="Foyers avec un droit détecté" value={funnel.total.detected.toLocaleString('fr-FR')} to={detectedRightsLink(filter)} />
        <FigureCard label="Droits accordés" value={opened.total.rights.toLocaleString('fr-FR')} hint={`${opened.total.households.toLocaleString('fr-FR')} foyers`} to={grantedRightsLink(filter)} />
        <FigureCard label="Euros par an désormais versés" value={formatEurosRounded(opened.total.annualCents)} to={grantedRightsLink(filter)} />
        <FigureCard label="Délai médian jusqu’à l’accord" value={formatDays(delays.total.grantMedianDays)} hint={`80 % en moins de ${formatDays(delays.total.grantP80Days)}`} to={grantedRightsLink(filter)} />
        <FigureCard label="Délai médian jusqu’au dépôt" value={formatDays(delays.total.claimMedianDays)} hint={`80e centile : ${formatDays(delays.total.claimP80Days)}`} to={rightsAtStatusLink(filter, ['demande_deposee', 'accorde', 'refuse'])} />
        <FigureCard label="Taux de joignabilité" value={formatRate(outreach.total.reachRate)} hint={`${outreach.total.contacts.toLocaleString('fr-FR')} contacts, ${outreach.total.households.toLocaleString('fr-FR')} foyers contactés`} />
      </Stack>
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
        <Section title="Entonnoir (foyers)">
          <BarChart
            height={260}
            xAxis={[{ scaleType: 'band', data: STEPS.map(([, l]) => l) }]}
            series={[{ data: STEPS.map(([k]) => funnel.total[k]), label: label(filter.benefit) }]}
          />
        </Section>
        <Section title="Droits accordés par mois">
          <BarChart
            height={260}
            xAxis={[{ scaleType: 'band', data: opened.byMonth.map((m) => formatIsoMonth(m.month)) }]}
            series={[{ data: opened.byMonth.map((m) => m.rights), label: 'Droits accordés' }]}
          />
        </Section>
      </Stack>
      <Section title="Entonnoir par prestation">
        <Table size="small" aria-label="Entonnoir par prestation">
          <TableHead>
            <TableRow>
              <TableCell>Prestation</TableCell>
              {STEPS.map(([k, l]) => (
                <TableCell key={k} align="right">
                  {l}
                </TableCell>
              ))}
              <TableCell align="right">Refusés</TableCell>
              <TableCell align="right">Refus de la personne</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {funnel.byBenefit.map((b) => (
              <TableRow key={b.benefit}>
                <TableCell>{label(b.benefit)}</TableCell>
                {STEPS.map(([k]) => (
                  <TableCell key={k} align="right">
                    {b[k]}
                    {k !== 'detected' ? <Typography variant="caption" color="text.secondary" component="span">{` (${formatRate(b.conversion[k])})`}</Typography> : null}
                  </TableCell>
                ))}
                <TableCell align="right">{b.refused}</TableCell>
                <TableCell align="right">{b.declined}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
        <Section title={territory ? 'Comparaison des organisations' : 'Droits ouverts par commune'}>
          <SimpleTable
            head={[territory ? 'Organisation' : 'Commune', 'Droits accordés', 'Foyers', 'Euros par an']}
            rows={(territory ? opened.byOrganisation : opened.byCommune).map((r) => [
              (territory ? r.organisationName : r.communeName) ?? '—',
              r.rights,
              r.households,
              formatEurosRounded(r.annualCents),
            ])}
          />
        </Section>
        {territory ? null : (
          <Section title="Aller-vers par intervenant·e">
            <SimpleTable
              head={['Intervenant·e', 'Contacts', 'Joints', 'Taux', 'Foyers contactés']}
              rows={outreach.byWorker.map((w) => [w.authorName ?? '—', w.contacts, w.reached, formatRate(w.reachRate), w.households])}
            />
          </Section>
        )}
      </Stack>
      <ReferralsSection data={data.referrals} filter={filter} linked={!territory} />
      <Section title="Campagnes lancées">
        <SimpleTable
          head={['Campagne', 'Lancée le', 'Contactés', 'Joints', 'Informés', 'Demande déposée', 'Accordés', 'Euros par an', 'Recours contactés / témoin', 'Écart (IC 95 %)']}
          rows={campaigns.campaigns.map((c) => [
            <Link key={c.id} to={`/campaigns/${c.id}/show`}>
              {c.name}
            </Link>,
            formatTimestamp(c.launchedAt),
            c.targeted,
            c.reached,
            c.informed,
            c.claimFiled,
            c.granted,
            formatEurosRounded(c.grantedAnnualCents),
            c.control ? `${formatRate(c.control.contacted.rate)} / ${formatRate(c.control.control.rate)}` : '—',
            c.control ? differenceSentence(c.control) : 'sans groupe témoin',
          ])}
        />
      </Section>
    </Stack>
  );
};

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Card variant="outlined" sx={{ flex: 1, minWidth: 0 }}>
    <CardContent>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {/* Wide tables scroll inside their card on a phone: the region takes the focus so the keyboard can scroll it. */}
      <Box sx={{ overflowX: 'auto' }} tabIndex={0} role="region" aria-label={title}>
        {children}
      </Box>
    </CardContent>
  </Card>
);

const SimpleTable = ({ head, rows }: { head: string[]; rows: React.ReactNode[][] }) =>
  rows.length === 0 ? (
    <Typography color="text.secondary">Aucune donnée sur la période.</Typography>
  ) : (
    <Table size="small">
      <TableHead>
        <TableRow>
          {head.map((h, i) => (
            <TableCell key={h} align={i === 0 ? 'left' : 'right'}>
              {h}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={i}>
            {r.map((c, j) => (
              <TableCell key={j} align={j === 0 ? 'left' : 'right'}>
                {c}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
