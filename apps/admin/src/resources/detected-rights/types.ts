import { annualCents, isOpenRightStatus } from '@recours/domain';
import type {
  AmountPeriod,
  Confidence,
  DetectableBenefit,
  DetectedRightStatus,
  DismissReason,
  RefusalReason,
  RightSource,
} from '@recours/domain';

/** One step of the engine's explanation (libs/rights `ExplanationStep`), stored with the right. */
export interface ExplanationStep {
  text: string;
  amountCents?: number;
  reference?: string;
}

/** The engine snapshot kept with a detection (libs/detection `ExplanationSnapshot`). */
export interface ExplanationSnapshot {
  period?: string;
  summary?: string;
  steps: ExplanationStep[];
  warnings?: string[];
  assumptions?: string[];
}

export interface ParameterDate {
  name: string;
  from: string;
  stale?: boolean;
}

/** A detected right as the API returns it (GET /api/detected-rights). */
export interface DetectedRight {
  id: string;
  householdId: string;
  benefit: DetectableBenefit;
  status: DetectedRightStatus;
  estimatedAmountCents: number;
  amountPeriod: AmountPeriod;
  receivedAmountCents?: number | null;
  evaluatedPeriod?: string | null;
  explanation?: ExplanationSnapshot | ExplanationStep[] | null;
  ruleVersion?: string | null;
  parameterDates?: ParameterDate[] | Record<string, unknown> | null;
  missingInputs?: string[];
  confidence: Confidence;
  source: RightSource;
  dismissReason?: DismissReason | null;
  refusalReason?: RefusalReason | null;
  grantedMonthlyAmountCents?: number | null;
  grantedFrom?: string | null;
  note?: string | null;
  statusChangedAt?: string;
  detectedAt?: string;
  lastEvaluatedAt?: string;
  householdReference: string;
  applicantName?: string | null;
  communeName?: string | null;
  referentId?: string | null;
  /** Monthly amounts × 12. */
  annualAmountCents?: number;
  /** The person declined: no outreach on this benefit before this date. */
  outreachBlockedUntil?: string | null;
  /** Detail only (GET /api/detected-rights/:id). */
  transitions?: RightTransition[];
}

export interface RightTransition {
  id: string;
  from: string | null;
  to: string;
  at: string;
  actorName?: string | null;
  reason?: string | null;
  note?: string | null;
}

/**
 * The explanation as one shape. The API stores a list whose first step is the one-sentence summary
 * (libs/detection `explanationSteps`: summary, engine steps, warnings, assumptions).
 */
export const explanationOf = (right: Pick<DetectedRight, 'explanation'>): ExplanationSnapshot => {
  const e = right.explanation;
  if (!e) return { steps: [] };
  if (!Array.isArray(e)) return { ...e, steps: e.steps ?? [] };
  const [first, ...rest] = e;
  if (first && first.amountCents === undefined && !first.reference) return { summary: first.text, steps: rest };
  return { steps: e };
};

/** `[{ name, from }]` whether the API sends a list or a `{ name: date | dates[] }` map. */
export const parameterDatesOf = (right: Pick<DetectedRight, 'parameterDates'>): ParameterDate[] => {
  const p = right.parameterDates;
  if (!p) return [];
  if (Array.isArray(p)) return p;
  return Object.entries(p).flatMap(([name, from]) =>
    (Array.isArray(from) ? from : [from]).map((date) => ({ name, from: String(date) })),
  );
};

/** Open rights first, then by yearly amount at stake. */
export const byPriority = (a: DetectedRight, b: DetectedRight) =>
  Number(isOpenRightStatus(b.status)) - Number(isOpenRightStatus(a.status)) ||
  annualCents(b.estimatedAmountCents, b.amountPeriod) - annualCents(a.estimatedAmountCents, a.amountPeriod);
