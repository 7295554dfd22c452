// Row mapping shared by the rights, outreach, tasks and my-day modules.
import { allowedTransitions, TRANSITION_ACTION_LABELS, type DetectedRightStatus } from '@recours/domain';
import type { AllowedTransitionDto } from './dto/detected-right.dto';

export function applicantName(first: unknown, last: unknown): string | null {
  return first ? `${String(first)} ${String(last).toUpperCase()}` : null;
}

const REQUIRES: Partial<Record<DetectedRightStatus, string[]>> = {
  ecarte: ['reason'],
  refuse: ['reason'],
  accorde: ['grantedMonthlyAmountCents', 'grantedFrom'],
};

export function allowedTransitionDtos(from: DetectedRightStatus): AllowedTransitionDto[] {
  return allowedTransitions(from).map((to) => ({ to, label: TRANSITION_ACTION_LABELS[to], requires: REQUIRES[to] ?? [] }));
}
