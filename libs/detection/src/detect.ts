// Engine results + what the household already receives → detection proposals.
//
// A benefit is *due* when the engine finds the household eligible with a positive amount (the CSS:
// eligible, with or without participation; its amount is the monthly participation, often 0).
// A due benefit becomes a proposal when it is
//   - not received (no received_benefit row for it), or
//   - received "well below" what is due: received < 80 % of the engine's amount (UNDERPAID_RATIO).
// A received row with amount 0 means "received, amount not recorded" and counts as received; the CSS
// counts as received as soon as a row exists (its amount is what the person pays, not a payment).
// received_benefit amounts are monthly for every benefit; for the chèque énergie (computed yearly by the
// engine) the received monthly equivalent is multiplied by 12 before comparing and storing.
// Benefits under an outreach block (the person declined) are never proposed, nor benefits a worker
// already decided on (a closed right: écarté, accordé, refusé, abandonné) since the file last changed.
import {
  DETECTABLE_BENEFITS,
  LABELS,
  amountPeriodOf,
  type AmountPeriod,
  type Confidence,
  type DetectableBenefit,
} from '@recours/domain';
import { evaluateHousehold, formatEuros, type BenefitResult, type Evaluation, type ExplanationStep } from '@recours/rights';
import { confidenceFor, missingInputs, relevantTo, type MissingInput } from './completeness';
import type { HouseholdSnapshot } from './snapshot';
import { toEngineHousehold } from './to-engine-household';

/** "Well below": a received amount under this share of the engine's amount is reported. */
export const UNDERPAID_RATIO = 0.8;

export type Outcome = 'non_du' | 'percu' | 'non_percu' | 'sous_percu' | 'bloque' | 'deja_traite';

export interface ParameterDate {
  name: string;
  /** Effective date of the value used. */
  from: string;
  /** True when the value was not confirmed for the period (the explanation carries a warning). */
  stale: boolean;
}

/** What is stored with a detected right so it can be explained later, even after the rules change. */
export interface ExplanationSnapshot {
  period: string;
  /** One French sentence: what is due, what is received. */
  summary: string;
  steps: ExplanationStep[];
  warnings: string[];
  /** Defaults taken because the file lacked an input (to-engine-household.ts). */
  assumptions: string[];
}

/** The engine's latest word on one benefit, whether or not it becomes a proposal. */
export interface BenefitAssessment {
  benefit: DetectableBenefit;
  outcome: Outcome;
  eligible: boolean;
  /** Engine amount when due, else 0 (monthly; yearly for the chèque énergie; the CSS: monthly participation). */
  estimatedAmountCents: number;
  amountPeriod: AmountPeriod;
  /** Sum of received rows in the same unit as the estimate (× 12 for the chèque énergie), null when none. */
  receivedAmountCents: number | null;
  confidence: Confidence;
  /** French labels of the inputs that were missing and matter for this benefit. */
  missingInputs: string[];
  explanation: ExplanationSnapshot;
  ruleVersion: string;
  parameterDates: ParameterDate[];
  period: string;
  source: 'moteur';
}

/** A benefit due and not (or far from fully) received: what becomes a detected right. */
export interface DetectionProposal extends BenefitAssessment {
  outcome: 'non_percu' | 'sous_percu';
}

export interface DetectionOutcome {
  period: string;
  /** False when the household has no adult: nothing was evaluated. */
  evaluable: boolean;
  assessments: BenefitAssessment[];
  proposals: DetectionProposal[];
  missing: MissingInput[];
  assumptions: string[];
}

export interface DetectOptions {
  /** Benefits under an active outreach block; "all" when the whole household declined. */
  blocked?: ReadonlySet<DetectableBenefit> | 'all';
  /** Benefits whose right a worker closed since the household last changed: not proposed again. */
  decided?: ReadonlySet<DetectableBenefit>;
}

export function resultOf(e: Evaluation, benefit: DetectableBenefit): BenefitResult {
  switch (benefit) {
    case 'rsa':
      return e.rsa;
    case 'prime_activite':
      return e.primeActivite;
    case 'aide_logement':
      return e.aideLogement;
    case 'cheque_energie':
      return e.chequeEnergie;
    case 'css':
      return e.css;
    case 'allocations_familiales':
      return e.allocationsFamiliales;
    case 'asf':
      return e.asf;
    case 'complement_familial':
      return e.complementFamilial;
    case 'aah':
      return e.aah;
    case 'aspa':
      return e.aspa;
  }
}

export function isProposal(a: BenefitAssessment): a is DetectionProposal {
  return a.outcome === 'non_percu' || a.outcome === 'sous_percu';
}

function isDue(benefit: DetectableBenefit, r: BenefitResult): boolean {
  return benefit === 'css' ? r.eligible : r.eligible && r.amountCents > 0;
}

function outcomeOf(benefit: DetectableBenefit, due: boolean, dueCents: number, received: number | null): Outcome {
  if (!due) return 'non_du';
  if (received === null) return 'non_percu';
  if (benefit === 'css' || received === 0) return 'percu';
  return received < UNDERPAID_RATIO * dueCents ? 'sous_percu' : 'percu';
}

function amountText(benefit: DetectableBenefit, cents: number): string {
  return `${formatEuros(cents)} ${amountPeriodOf(benefit) === 'annuel' ? 'par an' : 'par mois'}`;
}

/** "RSA : montant estimé 534,20 € par mois ; prestation non perçue selon le dossier." */
export function summaryOf(benefit: DetectableBenefit, dueCents: number, received: number | null, outcome: Outcome): string {
  const name = LABELS.benefit[benefit];
  const due = benefit === 'css'
    ? `${name} : droit estimé ${dueCents > 0 ? `avec participation de ${formatEuros(dueCents)} par mois` : 'sans participation'}`
    : `${name} : montant estimé ${amountText(benefit, dueCents)}`;
  switch (outcome) {
    case 'sous_percu':
      return `${due} ; montant perçu déclaré ${amountText(benefit, received ?? 0)}, moins de ${Math.round(UNDERPAID_RATIO * 100)} % de l'estimation.`;
    case 'non_percu':
      return `${due} ; prestation non perçue selon le dossier.`;
    case 'percu':
      return `${due} ; prestation déjà perçue.`;
    case 'bloque':
      return `${due} ; la personne a refusé d'être contactée à ce sujet.`;
    case 'deja_traite':
      return `${due} ; déjà examiné par un·e intervenant·e depuis la dernière modification du dossier.`;
    case 'non_du':
      return `${name} : aucun droit estimé pour ce mois.`;
  }
}

function parameterDates(r: BenefitResult): ParameterDate[] {
  const byName = new Map<string, ParameterDate>();
  for (const u of r.parameters) {
    const key = `${u.name}@${u.from}`;
    if (!byName.has(key)) byName.set(key, { name: u.name, from: u.from, stale: u.stale });
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.from < b.from ? -1 : 1));
}

/** Received amounts per benefit, in the engine's unit (monthly; yearly for the chèque énergie). */
function receivedBy(s: HouseholdSnapshot): Map<DetectableBenefit, number> {
  const m = new Map<DetectableBenefit, number>();
  for (const r of s.receivedBenefits) {
    if (r.benefit === 'autre') continue;
    const amount = amountPeriodOf(r.benefit) === 'annuel' ? r.monthlyAmountCents * 12 : r.monthlyAmountCents;
    m.set(r.benefit, (m.get(r.benefit) ?? 0) + amount);
  }
  return m;
}

/**
 * Runs the engine (explain mode) on the household for `period` and compares with what it receives.
 * Pure: the caller loads the snapshot and the outreach blocks, and stores the proposals.
 */
export function detect(s: HouseholdSnapshot, period: string, opts: DetectOptions = {}): DetectionOutcome {
  const mapping = toEngineHousehold(s, period);
  const missing = missingInputs(s, period);
  if (mapping.household === null) {
    return { period, evaluable: false, assessments: [], proposals: [], missing, assumptions: mapping.assumptions };
  }
  const evaluation = evaluateHousehold(mapping.household);
  const receivedByBenefit = receivedBy(s);
  const blocked = opts.blocked ?? new Set<DetectableBenefit>();
  const assessments: BenefitAssessment[] = [];
  const proposals: DetectionProposal[] = [];
  for (const benefit of DETECTABLE_BENEFITS) {
    const r = resultOf(evaluation, benefit);
    const due = isDue(benefit, r);
    const received = receivedByBenefit.get(benefit) ?? null;
    let outcome = outcomeOf(benefit, due, r.amountCents, received);
    if (outcome === 'non_percu' || outcome === 'sous_percu') {
      if (blocked === 'all' || blocked.has(benefit)) outcome = 'bloque';
      else if (opts.decided?.has(benefit)) outcome = 'deja_traite';
    }
    const relevant = relevantTo(benefit, missing);
    const estimated = due ? r.amountCents : 0;
    const assessment: BenefitAssessment = {
      benefit,
      outcome,
      eligible: r.eligible,
      estimatedAmountCents: estimated,
      amountPeriod: amountPeriodOf(benefit),
      receivedAmountCents: received,
      confidence: confidenceFor(benefit, relevant),
      missingInputs: relevant.map((m) => m.label),
      explanation: {
        period,
        summary: summaryOf(benefit, estimated, received, outcome),
        steps: r.steps,
        warnings: [...r.warnings],
        assumptions: mapping.assumptions,
      },
      ruleVersion: r.ruleVersion,
      parameterDates: parameterDates(r),
      period,
      source: 'moteur',
    };
    assessments.push(assessment);
    if (isProposal(assessment)) proposals.push(assessment);
  }
  return { period, evaluable: true, assessments, proposals, missing, assumptions: mapping.assumptions };
}
