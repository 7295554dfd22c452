import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { formatCents, formatIsoDate, formatIsoMonth, formatRightAmount } from '../../format';
import { LABELS } from '../../labels';
import type { SharedData } from './types';

const Section = ({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) => (
  <Box data-testid={testId} sx={{ mb: 2 }}>
    <Typography variant="subtitle1" component="h3" gutterBottom>
      {title}
    </Typography>
    {children}
  </Box>
);

const steps = (explanation: unknown): string[] => {
  if (Array.isArray(explanation)) return explanation.map((s: { text?: string }) => s?.text ?? '').filter(Boolean);
  const e = explanation as { steps?: { text?: string }[] } | null;
  return (e?.steps ?? []).map((s) => s.text ?? '').filter(Boolean);
};

/** Only the groups the referral shares: the API sends nothing else. */
export const SharedDataView = ({ shared }: { shared: SharedData }) => {
  const { identity, composition, incomes, housing, rights } = shared;
  return (
    <Box data-testid="shared-data">
      {identity !== undefined ? (
        <Section title="Identité et coordonnées" testId="shared-identity">
          {identity ? (
            <Typography variant="body2">
              {identity.firstName} {identity.lastName.toUpperCase()}
              {identity.birthDate ? `, né(e) le ${formatIsoDate(identity.birthDate)}` : ''}
              {identity.phone ? ` · ${identity.phone}` : ''}
              {identity.email ? ` · ${identity.email}` : ''}
              <br />
              {[identity.address, [identity.postcode, identity.communeName].filter(Boolean).join(' ')].filter(Boolean).join(', ')}
            </Typography>
          ) : (
            <Typography variant="body2">Aucun demandeur enregistré.</Typography>
          )}
        </Section>
      ) : null}
      {composition ? (
        <Section title="Composition du foyer" testId="shared-composition">
          {composition.map((p, i) => (
            <Typography key={i} variant="body2">
              {p.firstName} {p.lastName} — {(LABELS.relationship as Record<string, string>)[p.relationship] ?? p.relationship}
              {p.birthDate ? `, né(e) le ${formatIsoDate(p.birthDate)}` : ''}
            </Typography>
          ))}
        </Section>
      ) : null}
      {incomes ? (
        <Section title="Revenus" testId="shared-incomes">
          {incomes.length === 0 ? (
            <Typography variant="body2">Aucun revenu déclaré.</Typography>
          ) : (
            <Table size="small" aria-label="Revenus partagés">
              <TableHead>
                <TableRow>
                  <TableCell>Personne</TableCell>
                  <TableCell>Nature</TableCell>
                  <TableCell align="right">Montant mensuel</TableCell>
                  <TableCell>Période</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {incomes.map((i, n) => (
                  <TableRow key={n}>
                    <TableCell>{i.personName}</TableCell>
                    <TableCell>{(LABELS.incomeKind as Record<string, string>)[i.kind] ?? i.kind}</TableCell>
                    <TableCell align="right">{formatCents(i.monthlyAmountCents)}</TableCell>
                    <TableCell>{i.toMonth ? `${formatIsoMonth(i.fromMonth)} – ${formatIsoMonth(i.toMonth)}` : `depuis ${formatIsoMonth(i.fromMonth)}`}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Section>
      ) : null}
      {housing ? (
        <Section title="Logement" testId="shared-housing">
          <Typography variant="body2">
            {[
              housing.housingStatus ? (LABELS.housingStatus as Record<string, string>)[housing.housingStatus] : null,
              housing.housingType ? (LABELS.housingType as Record<string, string>)[housing.housingType] : null,
              housing.monthlyRentCents != null ? `loyer ${formatCents(housing.monthlyRentCents)}/mois` : null,
            ]
              .filter(Boolean)
              .join(' · ') || 'Non renseigné'}
          </Typography>
        </Section>
      ) : null}
      {rights ? (
        <Section title="Droit détecté et son explication" testId="shared-rights">
          {rights.map((r) => (
            <Stack key={r.id} sx={{ mb: 1 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {LABELS.detectableBenefit[r.benefit] ?? r.benefit} — {formatRightAmount(r.estimatedAmountCents, r.amountPeriod, r.benefit)}
                {r.evaluatedPeriod ? ` (calculé pour ${formatIsoMonth(r.evaluatedPeriod)})` : ''}
              </Typography>
              {steps(r.explanation).map((text, i) => (
                <Typography key={i} variant="caption" component="p" color="text.secondary">
                  {text}
                </Typography>
              ))}
            </Stack>
          ))}
        </Section>
      ) : null}
      {Object.keys(shared).length === 0 ? <Typography variant="body2">Aucune donnée du foyer n’est partagée.</Typography> : null}
    </Box>
  );
};
