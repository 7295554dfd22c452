import { Box, LinearProgress, Typography } from '@mui/material';
import { plural } from '../../format';
import type { Campaign } from './types';

export const progressPercent = (c: Pick<Campaign, 'status' | 'tasksCreated' | 'targetCount'>): number => {
  if (c.status === 'terminee') return 100;
  if (!c.targetCount) return 0;
  return Math.min(100, Math.round((c.tasksCreated / c.targetCount) * 100));
};

/** Tasks created out of the targeted households, live while the launch job runs. */
export const CampaignProgress = ({ campaign }: { campaign: Campaign }) => {
  const percent = progressPercent(campaign);
  return (
    <Box data-testid="campaign-progress" sx={{ width: '100%' }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mb: 0.5 }}>
        <Typography variant="body2">
          {plural(campaign.tasksCreated, 'tâche créée', 'tâches créées')} sur {plural(campaign.targetCount ?? 0, 'foyer')}
        </Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }} data-testid="campaign-progress-percent">
          {percent} %
        </Typography>
      </Box>
      <LinearProgress
        variant="determinate"
        value={percent}
        color={campaign.status === 'echec' ? 'error' : campaign.status === 'terminee' ? 'success' : 'primary'}
        sx={{ height: 10, borderRadius: 5 }}
        aria-label="Avancement du lancement"
      />
    </Box>
  );
};
