// Allocation de solidarité aux personnes âgées (CSS L815-1 s., R815-1 s., D815-1 s.): a differential
// allowance up to the resource ceiling, for people aged 65 (or the legal retirement age when unfit
// for work or with an incapacity of more than 50 %). Resources are the average of the 3 months before
// the period (R815-25 s.): gross earnings after an abattement of 0.9 SMIC mensuel brut (1.5 for a
// couple, R815-29), gross pensions, unemployment benefits, pensions alimentaires, income of capital,
// and the AAH of a spouse who is not himself eligible. One eligible member of a couple gets at most
// the single amount; two eligible members share the couple amount; the ceiling is the couple one
// as soon as the claimant lives in a couple (L815-9, D815-2).
// Not modelled: the allocation supplémentaire d'invalidité (ASI, L815-24), reported as 0.
import { ageAtIndex, monthIndex, periodFromIndex, type Household, type Incomes, type Member, type Patrimoine, type Period } from '../household';
import { step, type BenefitResult, type ExplanationStep } from '../result';
import { memoByPeriod, Resolver, eurosToCents, type ParameterUse } from '../parameters/dated';
import * as P from '../parameters/aspa';
import { DUREE_LEGALE_MENSUELLE } from '../parameters/aah';
import { SMIC_HORAIRE_BRUT } from '../parameters/smic';
import { LIVRET_A_TAUX } from '../parameters/epargne';
import { RSA_ABATTEMENT_VALEUR_LOCATIVE, RSA_TAUX_EPARGNE_NON_PRODUCTIVE } from '../parameters/rsa';
import { aahBaseAt } from './aah';

export const ASPA_RULE_VERSION = 'aspa@2026.1';

/** Allocation supplémentaire d'invalidité of any month: not modelled, always 0 (see header). */
export const ASI_CENTS = 0;

export interface AspaResult extends BenefitResult {
  asiCents: number;
}

export interface AspaParams {
  /** Monthly amounts and ceilings (cents, fractional: annual / 12). */
  montantSeul: number;
  montantCouple: number;
  plafondSeul: number;
  plafondCouple: number;
  ageMin: number;
  ageInaptitude: number;
  tauxIncapacite: number;
  /** Quarterly earnings abattement (cents), single / couple. */
  abattementSeul: number;
  abattementCouple: number;
  uses: ParameterUse[];
  warnings: string[];
}

export const aspaParams = memoByPeriod((period: Period): AspaParams => {
  const r = new Resolver(period);
  const montant = r.get(P.ASPA_MONTANT);
  const plafond = r.get(P.ASPA_PLAFOND);
  const abat = r.get(P.ASPA_ABATTEMENT_SALAIRES);
  // SMIC of 1 January of the year (R815-29).
  const jan = new Resolver(`${period.slice(0, 4)}-01`);
  const smicMensuel = jan.get(SMIC_HORAIRE_BRUT) * r.get(DUREE_LEGALE_MENSUELLE) * 100;
  r.uses.push(...jan.uses);
  return {
    montantSeul: eurosToCents(montant.seul) / 12,
    montantCouple: eurosToCents(montant.couple) / 12,
    plafondSeul: eurosToCents(plafond.seul) / 12,
    plafondCouple: eurosToCents(plafond.couple) / 12,
    ageMin: r.get(P.ASPA_AGE_MINIMAL),
    ageInaptitude: r.get(P.ASPA_AGE_INAPTITUDE),
    tauxIncapacite: r.get(P.ASPA_TAUX_INCAPACITE),
    abattementSeul: abat.seul * smicMensuel,
    abattementCouple: abat.couple * smicMensuel,
    uses: r.uses,
    warnings: r.warnings,
  };
});

/** Capital income of a month (cents), as the RSA counts it (CASF R132-1 by reference). */
export const patrimoineMensuel = memoByPeriod((month: Period) => {
  const r = new Resolver(month);
  return { livretA: r.get(LIVRET_A_TAUX), epargne: r.get(RSA_TAUX_EPARGNE_NON_PRODUCTIVE), valeurLocative: r.get(RSA_ABATTEMENT_VALEUR_LOCATIVE) };
});

function result(period: Period, p: AspaParams, amountCents: number, steps: ExplanationStep[]): AspaResult {
  return {
    benefit: 'aspa',
    period,
    eligible: amountCents > 0,
    amountCents,
    ruleVersion: ASPA_RULE_VERSION,
    parameters: p.uses,
    steps,
    warnings: p.warnings,
    asiCents: ASI_CENTS,
  };
}

export function aspaEligible(m: Member, age: number, p: AspaParams): boolean {
  if (m.role !== 'adult') return false;
  return age >= p.ageMin || (age >= p.ageInaptitude && m.disabilityRate > p.tauxIncapacite);
}

/**
 * `total` plus one adult's resources of the 3 months other than savings income and AAH: gross
 * earnings after the abattement (R815-29), unemployment benefits, pensions and alimony.
 */
function plusEarningsAndPensions(total: number, inc: Incomes, abattement: number): number {
  const salaires = 3 * inc.salaryGross;
  total += salaires - Math.min(salaires, abattement);
  return total + 3 * (inc.unemploymentNet + inc.pensionGross + inc.alimonyReceived);
}

/** Savings or unlet property that yield an income the ASPA counts (attributed to the first adult). */
const hasSavingsIncome = (pat: Patrimoine): boolean =>
  pat.livretA + pat.savingsTaxFree + pat.rentalValueNotRented + pat.capitalIncomeMonthly > 0;

/** A disability rate or a declared AAH: the member may receive the AAH. */
const mayReceiveAah = (m: Member): boolean => m.disabilityRate > 0 || m.aahOverride !== null;

/** The AAH of an adult counts among the ASPA resources when the adult is not eligible to the ASPA. */
const aahCountsAsResource = (m: Member, aspaEligibleAdult: boolean): boolean => !aspaEligibleAdult && mayReceiveAah(m);

/** Monthly resources (cents) of the couple/person, average of M-3..M-1. */
function resources(h: Household, pIdx: number, at: number, p: AspaParams, couple: boolean, e0: boolean, e1: boolean): number {
  const abattement = couple ? p.abattementCouple : p.abattementSeul;
  let total = 0;
  let adults = 0;
  for (let i = 0; i < h.members.length && adults < 2; i++) {
    const m = h.members[i];
    if (m.role !== 'adult') continue;
    adults++;
    total = plusEarningsAndPensions(total, m.incomes, abattement);
    const pat = h.patrimoine;
    const hasPatrimoine = adults === 1 && hasSavingsIncome(pat);
    const countsAah = aahCountsAsResource(m, adults === 1 ? e0 : e1);
    if (!hasPatrimoine && !countsAah) continue;
    for (let k = 1; k <= 3; k++) {
      const month = at - k;
      if (hasPatrimoine) {
        const pm = patrimoineMensuel(periodFromIndex(month));
        total += (pat.livretA * pm.livretA + pat.savingsTaxFree * pm.epargne + pat.rentalValueNotRented * pm.valeurLocative) / 12 + pat.capitalIncomeMonthly;
      }
      // The AAH of a member who is not eligible to the ASPA counts as a resource.
      if (countsAah) total += aahBaseAt(h, pIdx, month, i);
    }
  }
  return total / 3;
}

/** Intermediates of one ASPA computation. */
export interface AspaDetail {
  nbEligible: number;
  resources: number;
  montantMax: number;
  plafond: number;
}

export const newAspaDetail = (): AspaDetail => ({ nbEligible: 0, resources: 0, montantMax: 0, plafond: 0 });

/**
 * The ASPA of month index `at` (CSS L815-1, L815-9, D815-1, D815-2),
 * p = aspaParams(at). Returns the monthly amount (cents).
 */
export function aspaAmount(h: Household, pIdx: number, at: number, p: AspaParams, d: AspaDetail): number {
  let nbEligible = 0;
  let e0 = false;
  let e1 = false;
  let adults = 0;
  for (let i = 0; i < h.members.length; i++) {
    const m = h.members[i];
    if (m.role !== 'adult') continue;
    const ok = aspaEligible(m, ageAtIndex(m, pIdx, at), p);
    if (ok) nbEligible++;
    if (adults === 0) e0 = ok;
    else e1 = ok;
    adults++;
  }
  d.nbEligible = nbEligible;
  if (nbEligible === 0) return 0;
  const couple = h.couple;
  const br = resources(h, pIdx, at, p, couple, e0, e1);
  const montantMax = nbEligible === 2 ? p.montantCouple : p.montantSeul;
  const plafond = couple ? p.plafondCouple : p.plafondSeul;
  d.resources = br;
  d.montantMax = montantMax;
  d.plafond = plafond;
  return Math.max(0, Math.round(Math.min(montantMax, plafond - br)));
}

export function computeAspa(h: Household, period: Period): AspaResult {
  const p = aspaParams(period);
  const steps: ExplanationStep[] = [];
  const d = newAspaDetail();
  const amount = aspaAmount(h, monthIndex(h.period), monthIndex(period), p, d);
  if (d.nbEligible === 0) {
    step(steps, 'aspa.age', {}, 0, 'CSS L815-1');
    return result(period, p, 0, steps);
  }
  const { resources: br, plafond, montantMax, nbEligible } = d;
  const couple = h.couple;
  step(steps, 'aspa.ressources', { montant: Math.round(br) }, Math.round(br), 'CSS R815-25, R815-29');
  step(steps, 'aspa.plafond', { couple, montant: Math.round(plafond) }, Math.round(plafond), 'CSS L815-9, D815-2');
  step(steps, 'aspa.maximum', { allocataires: nbEligible, montant: Math.round(montantMax) }, Math.round(montantMax), 'CSS L815-2, D815-1');
  step(steps, 'aspa.montant', { montant: amount }, amount, 'CSS L815-1');
  return result(period, p, amount, steps);
}
