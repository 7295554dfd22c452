// Allocation aux adultes handicapés (CSS L821-1 s.) and majoration pour la vie autonome (L821-1-2).
// Since 1 October 2023 the AAH is "déconjugalisée": only the claimant's own resources count, against
// a ceiling of 1 × the maximal amount, +50 % per dependent child (D821-2).
// Eligibility: incapacity ≥ 80 %, or 50-79 % with a restriction substantielle et durable d'accès à
// l'emploi until the legal retirement age (L821-2); from 20 (16 if no longer a dependent child).
// Resources (R821-4 s.): with earnings in the month, the last 3 months' net earnings ×4 ("évaluation
// trimestrielle"), otherwise the taxable incomes of year N-2; earnings get the D821-9 abattement
// (80 % up to 30 % of the annual gross SMIC, 40 % above), activity income of a person now on
// unemployment benefits or retired a further 30 % (R532-7 by reference).
// MVA: AAH at ≥ 80 %, no earnings over the last 12 months, own dwelling with a housing aid (D821-3).
import { ageAtIndex, monthIndex, type Household, type Member, type Period } from '../household';
import { step, type BenefitResult, type ExplanationStep } from '../result';
import { memoByPeriod, Resolver, eurosToCents, type ParameterUse } from '../parameters/dated';
import * as P from '../parameters/aah';
import { SMIC_HORAIRE_BRUT } from '../parameters/smic';
import { LIVRET_A_TAUX } from '../parameters/epargne';
import { computeAideLogement } from './aides-logement';

export const AAH_RULE_VERSION = 'aah@2026.1';

export interface AahResult extends BenefitResult {
  aahCents: number;
  complementCents: number;
}

export interface AahParams {
  montant: number;
  mva: number;
  taux: number;
  tauxRsdae: number;
  ageMin: number;
  ageMinHorsPf: number;
  ageFinRsdae: number;
  majEnfant: number;
  /** Annual cents under which the low abattement rate applies. */
  tranche: number;
  tauxBas: number;
  tauxHaut: number;
  abatChomage: number;
  livretA: number;
  uses: ParameterUse[];
  warnings: string[];
}

export const aahParams = memoByPeriod((period: Period): AahParams => {
  const r = new Resolver(period);
  const act = r.get(P.AAH_ABATTEMENT_ACTIVITE);
  const smicAnnuel = 12 * r.get(SMIC_HORAIRE_BRUT) * r.get(P.DUREE_LEGALE_MENSUELLE);
  return {
    montant: eurosToCents(r.get(P.AAH_MONTANT)),
    mva: eurosToCents(r.get(P.AAH_MVA)),
    taux: r.get(P.AAH_TAUX_INCAPACITE),
    tauxRsdae: r.get(P.AAH_TAUX_INCAPACITE_RSDAE),
    ageMin: r.get(P.AAH_AGE_MINIMAL),
    ageMinHorsPf: r.get(P.AAH_AGE_MINIMAL_HORS_PF),
    ageFinRsdae: r.get(P.AAH_AGE_FIN_RSDAE),
    majEnfant: r.get(P.AAH_MAJORATION_ENFANT),
    tranche: Math.round(act.tranche * smicAnnuel * 100),
    tauxBas: act.tauxBas,
    tauxHaut: act.tauxHaut,
    abatChomage: r.get(P.AAH_ABATTEMENT_CHOMAGE),
    livretA: r.get(LIVRET_A_TAUX),
    uses: r.uses,
    warnings: r.warnings,
  };
});

export function aahEligible(m: Member, age: number, p: AahParams): boolean {
  const rate = m.disabilityRate;
  const handicap = rate >= p.taux || (rate >= p.tauxRsdae && m.rsdae && age <= p.ageFinRsdae);
  // A dependent child (role child) must reach 20; an adult on their own from 16.
  return handicap && (age >= p.ageMin || (m.role === 'adult' && age >= p.ageMinHorsPf));
}

function abattementActivite(annual: number, p: AahParams): number {
  if (annual <= 0) return 0;
  const low = Math.min(annual, p.tranche);
  return low * (1 - p.tauxBas) + (annual - low) * (1 - p.tauxHaut);
}

/** Monthly resources (cents) of one person for the AAH, and which evaluation was used. */
function resources(h: Household, idx: number, p: AahParams): number {
  const m = h.members[idx];
  const inc = m.incomes;
  if (inc.salaryTaxable > 0) {
    // Évaluation trimestrielle: last 3 months of net earnings and other resources, × 4.
    const act = 12 * (inc.salaryNet + inc.unemploymentNet);
    let other = 12 * (inc.pensionNet + inc.alimonyReceived);
    if (idx === 0) other += h.patrimoine.livretA * p.livretA + 12 * h.patrimoine.capitalIncomeMonthly;
    return (abattementActivite(act, p) + other) / 12;
  }
  // Évaluation annuelle on the taxable incomes of N-2.
  let act = abattementActivite(12 * (inc.salaryTaxable + inc.unemploymentTaxable), p);
  if (inc.unemploymentNet > 0 || m.activity === 'retraite') act *= 1 - p.abatChomage;
  return (act + 12 * (inc.pensionTaxable + inc.alimonyReceived)) / 12;
}

function childrenAf(h: Household, pIdx: number, at: number): number {
  let n = 0;
  for (let i = 0; i < h.members.length; i++) {
    const m = h.members[i];
    if (m.role !== 'child') continue;
    // A child not yet born in a look-back month is not a dependant (age < 0).
    const age = ageAtIndex(m, pIdx, at);
    if (age >= 0 && age < 20) n++;
  }
  return n;
}

/** AAH (without MVA) of member `idx` for `period`, in cents. */
export function aahBaseCents(h: Household, period: Period, idx: number): number {
  return aahBaseAt(h, monthIndex(h.period), monthIndex(period), idx);
}

/**
 * The AAH formula for one member (one copy) at month index `at` (`pIdx` = monthIndex(h.period)).
 * Parameters are resolved only for members who may receive it.
 */
export function aahBaseAt(h: Household, pIdx: number, at: number, idx: number): number {
  const m = h.members[idx];
  if (m.aahOverride !== null) return m.aahOverride;
  if (m.disabilityRate <= 0) return 0;
  const p = aahParams.at(at);
  if (!aahEligible(m, ageAtIndex(m, pIdx, at), p)) return 0;
  const plafond = p.montant * (1 + p.majEnfant * childrenAf(h, pIdx, at));
  const aah = Math.min(p.montant, Math.max(0, plafond - resources(h, idx, p)));
  return Math.round(aah);
}

/** Whether member `idx` receives the AAH in `period` (housing-aid and ASPA resources need it). */
export function aahReceivedThisMonth(h: Household, period: Period, idx: number): boolean {
  return aahReceivedAt(h, monthIndex(h.period), monthIndex(period), idx);
}

export function aahReceivedAt(h: Household, pIdx: number, at: number, idx: number): boolean {
  const m = h.members[idx];
  if (m.aahOverride === null && m.disabilityRate <= 0) return false;
  return aahBaseAt(h, pIdx, at, idx) > 0;
}

/** Whether a member receiving the AAH qualifies for the MVA apart from the housing aid (D821-3). */
function mvaCandidate(h: Household, m: Member, p: AahParams): boolean {
  return m.disabilityRate >= p.taux && m.incomes.salaryTaxable === 0 && m.role === 'adult' && h.housing.rentalType !== 'foyer';
}

/** Household AAH of one month: the sum of the members' AAH and how many qualify for the MVA. */
export interface AahMonth {
  aahCents: number;
  /** Members with an AAH who get the MVA if the household receives a housing aid. */
  mvaCandidates: number;
  /** MVA amount per member (cents). */
  mvaCents: number;
}

export const newAahMonth = (): AahMonth => ({ aahCents: 0, mvaCandidates: 0, mvaCents: 0 });

/**
 * The household AAH of month index `at` (CSS L821-1, L821-1-2),
 * p = aahParams(at): AAH + MVA = aahCents + (housing aid > 0 ? mvaCandidates × mvaCents : 0).
 */
export function aahMonthInto(h: Household, pIdx: number, at: number, p: AahParams, out: AahMonth): AahMonth {
  let aahTotal = 0;
  let candidates = 0;
  const members = h.members;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (m.aahOverride === null && m.disabilityRate <= 0) continue;
    const aah = aahBaseAt(h, pIdx, at, i);
    if (aah <= 0) continue;
    aahTotal += aah;
    if (mvaCandidate(h, m, p)) candidates++;
  }
  out.aahCents = aahTotal;
  out.mvaCandidates = candidates;
  out.mvaCents = p.mva;
  return out;
}

/** AAH + MVA of a month from aahMonthInto and the household's housing aid of that month. */
export function aahTotalWithMva(a: AahMonth, housingAidCents: number): number {
  return a.aahCents + (housingAidCents > 0 ? a.mvaCandidates * a.mvaCents : 0);
}

/**
 * AAH + MVA summed over the household. `housingAidCents` is the household's housing aid of the
 * month when the caller already has it (evaluate.ts); otherwise it is computed without RSA
 * neutralisation.
 */
export function computeAah(h: Household, period: Period, housingAidCents?: number): AahResult {
  const p = aahParams(period);
  const pIdx = monthIndex(h.period);
  const at = monthIndex(period);
  const month = aahMonthInto(h, pIdx, at, p, newAahMonth());
  let al = housingAidCents;
  if (month.mvaCandidates > 0 && al === undefined) al = computeAideLogement(h, period, { rsaPreviousMonthCents: 0 }).amountCents;
  const aahTotal = month.aahCents;
  const mvaTotal = aahTotalWithMva(month, al ?? 0) - aahTotal;
  const steps: ExplanationStep[] = [];
  for (let i = 0; i < h.members.length; i++) {
    const m = h.members[i];
    if (m.aahOverride === null && m.disabilityRate <= 0) continue;
    const aah = aahBaseAt(h, pIdx, at, i);
    const age = ageAtIndex(m, pIdx, at);
    if (m.aahOverride !== null) step(steps, 'aah.declaree', { membre: i + 1, montant: aah }, aah);
    else if (!aahEligible(m, age, p)) step(steps, 'aah.conditions', { membre: i + 1 }, 0, 'CSS L821-1, L821-2');
    else {
      step(steps, 'aah.ressources', { membre: i + 1, montant: Math.round(resources(h, i, p)) }, undefined, 'CSS R821-4, D821-9');
      step(steps, 'aah.montant', { membre: i + 1, montant: aah, maximum: p.montant }, aah, 'CSS L821-1, D821-2');
    }
    if (aah > 0 && mvaTotal > 0 && mvaCandidate(h, m, p)) {
      step(steps, 'aah.mva', { membre: i + 1, montant: p.mva }, p.mva, 'CSS L821-1-2, D821-3');
    }
  }
  const total = aahTotal + mvaTotal;
  return {
    benefit: 'aah',
    period,
    eligible: total > 0,
    amountCents: total,
    aahCents: aahTotal,
    complementCents: mvaTotal,
    ruleVersion: AAH_RULE_VERSION,
    parameters: p.uses,
    warnings: p.warnings,
    steps,
  };
}
