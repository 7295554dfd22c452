// SQL and row mapping shared by the rights, outreach, tasks and my-day modules.
import {
  allowedTransitions,
  annualCents,
  TRANSITION_ACTION_LABELS,
  type AmountPeriod,
  type DetectedRightStatus,
} from '@recours/domain';
import type { AllowedTransitionDto, DetectedRightDto } from './dto/detected-right.dto';

/** Columns for DetectedRightDto; `$today` is the parameter holding today's date (Europe/Paris). */
export function rightSelect(todayParam: string): string {
  return `r.*, h.reference AS household_reference, h.commune_name, h.referent_id,
    app.first_name AS app_first, app.last_name AS app_last,
    (SELECT max(ob.blocked_until) FROM outreach_block ob
      WHERE ob.household_id = r.household_id AND ob.benefit = r.benefit AND ob.blocked_until > ${todayParam}::date) AS blocked_until
  FROM detected_right r
  JOIN household h ON h.id = r.household_id
  LEFT JOIN LATERAL (SELECT first_name, last_name FROM person p
                     WHERE p.household_id = h.id AND p.relationship = 'demandeur' ORDER BY p.created_at LIMIT 1) app ON true`;
}

export function applicantName(first: unknown, last: unknown): string | null {
  return first ? `${String(first)} ${String(last).toUpperCase()}` : null;
}

export function toRightDto(r: Record<string, unknown>): DetectedRightDto {
  return {
    id: r.id as string,
    householdId: r.household_id as string,
    householdReference: r.household_reference as string,
    applicantName: applicantName(r.app_first, r.app_last),
    communeName: (r.commune_name as string | null) ?? null,
    referentId: (r.referent_id as string | null) ?? null,
    benefit: r.benefit as string,
    status: r.status as string,
    estimatedAmountCents: r.estimated_amount_cents as number,
    amountPeriod: r.amount_period as string,
    annualAmountCents: annualCents(r.estimated_amount_cents as number, r.amount_period as AmountPeriod),
    receivedAmountCents: (r.received_amount_cents as number | null) ?? null,
    evaluatedPeriod: (r.evaluated_period as string | null) ?? null,
    confidence: r.confidence as string,
    source: r.source as string,
    missingInputs: (r.missing_inputs as string[]) ?? [],
    ruleVersion: (r.rule_version as string | null) ?? null,
    dismissReason: (r.dismiss_reason as string | null) ?? null,
    refusalReason: (r.refusal_reason as string | null) ?? null,
    grantedMonthlyAmountCents: (r.granted_monthly_amount_cents as number | null) ?? null,
    grantedFrom: (r.granted_from as string | null) ?? null,
    outreachBlockedUntil: (r.blocked_until as string | null) ?? null,
    statusChangedAt: r.status_changed_at as Date,
    detectedAt: r.detected_at as Date,
    lastEvaluatedAt: r.last_evaluated_at as Date,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  };
}

const REQUIRES: Partial<Record<DetectedRightStatus, string[]>> = {
  ecarte: ['reason'],
  refuse: ['reason'],
  accorde: ['grantedMonthlyAmountCents', 'grantedFrom'],
};

export function allowedTransitionDtos(from: DetectedRightStatus): AllowedTransitionDto[] {
  return allowedTransitions(from).map((to) => ({ to, label: TRANSITION_ACTION_LABELS[to], requires: REQUIRES[to] ?? [] }));
}
