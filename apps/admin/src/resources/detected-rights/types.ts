import { annualCents, isOpenRightStatus } from '@recours/domain';
import type { components } from '../../api/schema';

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

type Api = components['schemas'];
type Detail = Api['DetectedRightDetailDto'];

/**
 * A detected right as the API returns it (GET /api/detected-rights); the detail (GET /:id) adds the
 * history and the allowed transitions. The explanation keeps its own type (its shape is changing).
 */
export type DetectedRight = Api['DetectedRightDto'] &
  Partial<Pick<Detail, 'transitions' | 'allowedTransitions'>> & {
    explanation?: ExplanationSnapshot | ExplanationStep[] | null;
    parameterDates?: ParameterDate[] | Record<string, unknown> | null;
  };

export type RightTransition = Detail['transitions'][number];

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
