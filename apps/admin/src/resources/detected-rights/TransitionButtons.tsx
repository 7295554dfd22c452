import { Button, Stack } from '@mui/material';
import { allowedTransitions, TRANSITION_ACTION_LABELS, type DetectedRightStatus } from '@recours/domain';
import { useState } from 'react';
import { TransitionDialog } from './TransitionDialog';
import type { DetectedRight } from './types';

// Actions that stop the follow-up are shown apart from the ones that move it forward.
const closing: readonly DetectedRightStatus[] = ['ecarte', 'abandonne', 'refus_personne', 'refuse'];

/** One button per transition the state machine allows from the right's current state. */
export const TransitionButtons = ({ right }: { right: DetectedRight }) => {
  const [target, setTarget] = useState<DetectedRightStatus | null>(null);
  const targets = allowedTransitions(right.status);
  if (targets.length === 0) return null;
  return (
    <>
      <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 2, flexWrap: 'wrap' }} data-testid="transition-buttons">
        {targets.map((to) => (
          <Button
            key={to}
            size="small"
            variant={closing.includes(to) ? 'text' : 'contained'}
            color={closing.includes(to) ? 'inherit' : 'primary'}
            onClick={() => setTarget(to)}
          >
            {TRANSITION_ACTION_LABELS[to]}
          </Button>
        ))}
      </Stack>
      {target ? <TransitionDialog right={right} to={target} onClose={() => setTarget(null)} /> : null}
    </>
  );
};
