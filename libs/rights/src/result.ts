// What every rule returns. Amounts are integer cents; euros appear only in explanations and at the
// CLI boundary. Explanation steps are data (a template key and numbers), written in French when read.
import type { ParameterUse } from './parameters/dated';
import type { Period } from './household';
import type { StepKey } from './explanations-fr';

export type BenefitId =
  | 'rsa'
  | 'prime_activite'
  | 'aide_logement'
  | 'cheque_energie'
  | 'css'
  | 'allocations_familiales'
  | 'asf'
  | 'complement_familial'
  | 'prestations_familiales'
  | 'aah'
  | 'aspa';

/** The numbers (amounts in cents, rates as fractions) and words a step states. */
export type StepValues = Readonly<Record<string, number | string | boolean>>;

/**
 * One step of an explanation, as data: the key of its French sentence (explanations-fr.ts, e.g.
 * 'rsa.montant_forfaitaire' → "Montant forfaitaire pour un couple avec 1 enfant : 1 163,74 €"), the
 * values the sentence states and the legal basis.
 */
export interface ExplanationStep {
  key: string;
  values: StepValues;
  /** Amount the step states, if any (cents). */
  amountCents?: number;
  /** Legal basis, e.g. "CASF art. L262-2". */
  reference?: string;
}

export interface BenefitResult {
  benefit: BenefitId;
  period: Period;
  eligible: boolean;
  /** Amount paid for the period (monthly, or annual for the chèque énergie), integer cents. */
  amountCents: number;
  /** Rule identifier and version, e.g. "rsa@2026.1". */
  ruleVersion: string;
  /** Dated parameter values the computation used. */
  parameters: readonly ParameterUse[];
  /** Ordered explanation, as data (explanations-fr.ts writes the sentences). */
  steps: ExplanationStep[];
  /** Flags such as stale parameters or approximations (French). */
  warnings: readonly string[];
}

/** 116374 → "1 163,74 €" (French grouping with spaces, comma decimal). */
export function formatEuros(cents: number): string {
  const neg = cents < 0;
  const abs = Math.abs(Math.round(cents));
  const units = Math.floor(abs / 100).toString();
  const dec = (abs % 100).toString().padStart(2, '0');
  let grouped = '';
  for (let i = 0; i < units.length; i++) {
    if (i > 0 && (units.length - i) % 3 === 0) grouped += ' ';
    grouped += units[i];
  }
  return `${neg ? '-' : ''}${grouped},${dec} €`;
}

/** 0.5985 → "59,85 %". */
export function formatRate(rate: number): string {
  const pct = Math.round(rate * 1e6) / 1e4;
  return `${pct.toString().replace('.', ',')} %`;
}

/** Appends a step (data). */
export function step(steps: ExplanationStep[], key: StepKey, values: StepValues = {}, amountCents?: number, reference?: string): void {
  const s: ExplanationStep = { key, values };
  if (amountCents !== undefined) s.amountCents = amountCents;
  if (reference !== undefined) s.reference = reference;
  steps.push(s);
}
