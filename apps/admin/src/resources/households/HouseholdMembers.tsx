import { Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { parisToday } from '@recours/domain';
import { useRecordContext } from 'react-admin';
import { ageOn, formatCents, formatIsoDate, formatIsoMonth } from '../../format';
import { activityLabels, incomeKindLabels, relationshipLabels } from '../../labels';
import { PersonConsents } from '../referrals/PersonConsents';
import type { Household, Income, Member } from './types';

const IncomesTable = ({ incomes }: { incomes: Income[] }) =>
  incomes.length === 0 ? (
    <Typography variant="body2" color="text.secondary">
      Aucun revenu déclaré.
    </Typography>
  ) : (
    <Table size="small" aria-label="Revenus">
      <TableHead>
        <TableRow>
          <TableCell>Nature</TableCell>
          <TableCell align="right">Montant mensuel</TableCell>
          <TableCell>Période</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {incomes.map((income, index) => (
          <TableRow key={income.id ?? index}>
            <TableCell>{incomeKindLabels[income.kind] ?? income.kind}</TableCell>
            <TableCell align="right">{formatCents(income.monthlyAmountCents)}</TableCell>
            <TableCell>
              {income.endMonth
                ? `${formatIsoMonth(income.startMonth)} – ${formatIsoMonth(income.endMonth)}`
                : `depuis ${formatIsoMonth(income.startMonth)}`}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );

const MemberCard = ({ member, today }: { member: Member; today: string }) => {
  const age = ageOn(member.birthDate, today);
  return (
    <Card variant="outlined" data-testid="member-card">
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h3">
            {member.firstName} {member.lastName}
          </Typography>
          <Chip size="small" label={relationshipLabels[member.relationship] ?? member.relationship} />
          {member.disabilityRecognised ? (
            <Chip
              size="small"
              color="info"
              label={member.incapacityRate != null ? `Handicap reconnu (${member.incapacityRate} %)` : 'Handicap reconnu'}
            />
          ) : null}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {age != null ? `${age} ans — né(e) le ${formatIsoDate(member.birthDate)}` : 'Date de naissance inconnue'}
          {' · '}
          {member.activity ? activityLabels[member.activity] : null}
          {member.phone ? ` · ${member.phone}` : ''}
          {member.email ? ` · ${member.email}` : ''}
        </Typography>
        <IncomesTable incomes={member.incomes ?? []} />
        {member.id ? <PersonConsents personId={member.id} /> : null}
      </CardContent>
    </Card>
  );
};

export const HouseholdMembers = () => {
  const record = useRecordContext<Household>();
  if (!record) return null;
  const today = parisToday();
  const members = record.members ?? [];
  return (
    <Box sx={{ display: 'grid', gap: 2, width: '100%' }}>
      {members.length === 0 ? <Typography>Aucun membre enregistré.</Typography> : null}
      {members.map((member, index) => (
        <MemberCard key={member.id ?? index} member={member} today={today} />
      ))}
    </Box>
  );
};
