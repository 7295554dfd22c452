import type { DetectedRightStatus } from '@recours/domain';
import type { TransitionRequest } from '../../providers/outreach-types';

export interface TransitionValues {
  reason?: string;
  note?: string;
  grantedMonthlyAmountCents?: number | null;
  grantedFrom?: string;
}

/** What the API receives: only the fields the target state takes (it refuses the others). */
export const transitionPayload = (to: DetectedRightStatus, values: TransitionValues): TransitionRequest => {
  const note = values.note?.trim() ? values.note.trim() : undefined;
  if (to === 'ecarte' || to === 'refuse') return { to, reason: values.reason as TransitionRequest['reason'], note };
  if (to === 'accorde')
    return {
      to,
      grantedMonthlyAmountCents: values.grantedMonthlyAmountCents ?? undefined,
      grantedFrom: values.grantedFrom,
      note,
    };
  return { to, note };
};
