import { Alert, Box, Card, CardActionArea, CardContent, Chip, Stack, Typography } from '@mui/material';
import { parisToday } from '@recours/domain';
import { useQuery } from '@tanstack/react-query';
import { Link, useDataProvider } from 'react-admin';
import { formatEurosRounded, formatIsoDate, formatRightAmount, plural } from '../../format';
import { LABELS } from '../../labels';
import type { RecoursDataProvider } from '../../providers/dataProvider';
import { TaskStatusButtons } from '../../resources/tasks/TaskStatusButtons';
import type { Task } from '../../resources/tasks/types';
import type { MyDayHousehold, MyDayTask } from './types';

const TaskRow = ({ task, today }: { task: MyDayTask; today: string }) => {
  const late = task.dueOn < today;
  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: '130px 1fr auto', gap: 2, alignItems: 'center', py: 1, borderBottom: 1, borderColor: 'divider' }}
      data-testid="my-day-task"
    >
      <Typography variant="body2" color={late ? 'error' : 'text.primary'} sx={{ fontWeight: 600 }}>
        {late ? `En retard (${formatIsoDate(task.dueOn)})` : 'Aujourd’hui'}
      </Typography>
      <Box>
        <Typography variant="body2">{task.title}</Typography>
        <Link to={`/households/${task.householdId}/show/droits`} variant="caption">
          {task.applicantName ?? ''} — {task.householdReference ?? ''}
        </Link>
      </Box>
      <TaskStatusButtons task={task as Task} />
    </Box>
  );
};

const HouseholdCard = ({ household, rank }: { household: MyDayHousehold; rank: number }) => (
  <Card variant="outlined" data-testid="my-day-household">
    <CardActionArea component={Link} to={`/households/${household.householdId}/show/droits`}>
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h3" color="text.secondary">
            {rank}.
          </Typography>
          <Typography variant="h6" component="h3">
            {household.applicantName ?? household.reference}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {household.reference}
            {household.communeName ? ` · ${household.communeName}` : ''}
          </Typography>
          <Box sx={{ flexGrow: 1 }} />
          <Typography variant="h6" component="span" color="primary" data-testid="expected-gain">
            {formatEurosRounded(household.expectedAnnualGainCents)} par an
          </Typography>
        </Stack>
        <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
          {household.openRights.map((r) => (
            <Chip
              key={r.id}
              size="small"
              variant="outlined"
              label={`${LABELS.detectableBenefit[r.benefit]} ${formatRightAmount(r.estimatedAmountCents, r.amountPeriod, r.benefit)} · ${LABELS.detectedRightStatus[r.status]}`}
            />
          ))}
        </Stack>
      </CardContent>
    </CardActionArea>
  </Card>
);

/**
 * "Ma journée", the social worker's home: overdue and due-today tasks first, then the households
 * whose open rights are worth the most (yearly amount × confidence).
 */
export const MyDay = () => {
  const dataProvider = useDataProvider<RecoursDataProvider>();
  const { data, error, isPending } = useQuery({ queryKey: ['my-day'], queryFn: () => dataProvider.getMyDay().then((r) => r.data) });
  const today = parisToday();
  if (error) return <Alert severity="error">{error instanceof Error ? error.message : 'Ma journée est indisponible.'}</Alert>;
  if (isPending || !data) return <Typography color="text.secondary">Chargement de votre journée…</Typography>;
  return (
    <Stack spacing={3}>
      <Box component="section" aria-labelledby="my-day-tasks">
        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline' }}>
          <Typography id="my-day-tasks" variant="h6" component="h2">
            Mes tâches du jour {data.tasks.length ? `(${data.tasks.length})` : ''}
          </Typography>
          <Link to="/tasks" variant="body2">
            Toutes mes tâches
          </Link>
        </Stack>
        {data.tasks.length === 0 ? (
          <Typography color="text.secondary">Aucune tâche en retard ni prévue aujourd’hui.</Typography>
        ) : (
          data.tasks.map((t) => <TaskRow key={t.id} task={t} today={today} />)
        )}
      </Box>
      <Box component="section" aria-labelledby="my-day-households">
        <Typography id="my-day-households" variant="h6" component="h2" gutterBottom>
          Foyers à contacter en priorité
        </Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {plural(data.households.length, 'foyer')}, classés par gain annuel attendu (montant × confiance de la détection).
        </Typography>
        <Stack spacing={1}>
          {data.households.map((h, i) => (
            <HouseholdCard key={h.householdId} household={h} rank={i + 1} />
          ))}
        </Stack>
      </Box>
    </Stack>
  );
};
