import type { DetectedRightStatus, DismissReason, RefusalReason } from '@recours/domain';
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
  // The form requires reason, amount and date for the targets that take them; the API checks again.
  if (to === 'ecarte') return { to, reason: values.reason as DismissReason, note };
  if (to === 'refuse') return { to, reason: values.reason as RefusalReason, note };
  if (to === 'accorde')
    return {
      to,
      grantedMonthlyAmountCents: (values.grantedMonthlyAmountCents ?? undefined) as number,
      grantedFrom: values.grantedFrom as string,
      note,
    };
  return { to, note };
};
