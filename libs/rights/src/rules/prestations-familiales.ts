// Prestations familiales for one month: allocations familiales (CSS L521-1, D521-1 to D521-3),
// allocation de soutien familial (L523-1), complément familial (L522-1 to L522-3) and PAJE
// allocation de base (L531-3). They are paid in full ("full take-up") and also feed the RSA,
// prime d'activité and CSS resources, hence the detailed components.
import { ageAtMonth, monthIndex, type Household, type Period } from '../household';
import { eurosToCents, memoByPeriod, Resolver, type ParameterUse } from '../parameters/dated';
import * as P from '../parameters/prestations-familiales';
import { RSA_FORFAIT_ASF_TAUX } from '../parameters/rsa';
import { aggregatesOf, type HouseholdAggregates } from './aggregates';
import { formatEuros, step, type BenefitResult, type ExplanationStep, type RuleOptions } from '../result';
import { max, min, pickIf, round } from '../math';

export const PF_RULE_VERSION = 'prestations-familiales@2026.1';

export interface PfParams {
  bmaf: number; // cents
  ageLimit: number;
  af2: number;
  afSupp: number;
  majAge: number;
  /** Month index from which a child reaching 14 needs `majAgeReforme` instead (or Infinity). */
  majReformeIdx: number;
  majAgeReforme: number;
  majTaux: number;
  forfait20: number;
  t1: number; // cents / year
  t2: number;
  tParEnfant: number;
  mod2: number;
  mod3: number;
  asf: number; // cents per child
  rsaAsf: number; // cents per child
  cfBase: number; // cents
  cfMajore: number;
  cfPlafond: number; // cents / year
  cfBiactifs: number;
  maj12: number;
  maj3: number;
  pajePlein: number; // cents
  pajePartiel: number;
  pajePlafondPartiel: number;
  pajeBiactifsPartiel: number;
  pajeAge: number;
  cfAgeMin: number;
  cfAgeMax: number;
  biactifBmaf: number;
  /** Share of the AF (base and age majoration) kept for a child in shared custody (R521-2). */
  gardeAlternee: number;
  uses: ParameterUse[];
  warnings: string[];
}

export const pfParams = memoByPeriod((period: Period): PfParams => {
  const r = new Resolver(period);
  const bmafEur = r.get(P.BMAF);
  return {
    bmaf: eurosToCents(bmafEur),
    ageLimit: r.get(P.PF_AGE_LIMITE),
    af2: r.get(P.AF_TAUX_2_ENFANTS),
    afSupp: r.get(P.AF_TAUX_PAR_ENFANT_SUPP),
    majAge: r.get(P.AF_MAJORATION_AGE),
    ...reforme(r.get(P.AF_MAJORATION_AGE_REFORME)),
    majTaux: r.get(P.AF_MAJORATION_AGE_TAUX),
    forfait20: r.get(P.AF_FORFAIT_20_ANS_TAUX),
    t1: r.get(P.AF_PLAFOND_TRANCHE_1) * 100,
    t2: r.get(P.AF_PLAFOND_TRANCHE_2) * 100,
    tParEnfant: r.get(P.AF_PLAFOND_PAR_ENFANT) * 100,
    mod2: r.get(P.AF_MODULATION_TAUX_2),
    mod3: r.get(P.AF_MODULATION_TAUX_3),
    asf: eurosToCents(bmafEur * r.get(P.ASF_TAUX)),
    rsaAsf: eurosToCents(bmafEur * r.get(RSA_FORFAIT_ASF_TAUX)),
    cfBase: eurosToCents(bmafEur * r.get(P.CF_TAUX_BASE)),
    cfMajore: eurosToCents(bmafEur * r.get(P.CF_TAUX_MAJORE)),
    cfPlafond: r.get(P.CF_PLAFOND_BASE) * 100,
    cfBiactifs: r.get(P.CF_PLAFOND_BIACTIFS) * 100,
    maj12: r.get(P.PF_PLAFOND_MAJ_ENFANTS_1_2),
    maj3: r.get(P.PF_PLAFOND_MAJ_ENFANT_3_PLUS),
    pajePlein: eurosToCents(bmafEur * r.get(P.PAJE_TAUX_PLEIN)),
    pajePartiel: eurosToCents(bmafEur * r.get(P.PAJE_TAUX_PARTIEL)),
    pajePlafondPartiel: r.get(P.PAJE_PLAFOND_PARTIEL_BASE) * 100,
    pajeBiactifsPartiel: r.get(P.PAJE_PLAFOND_PARTIEL_BIACTIFS) * 100,
    pajeAge: r.get(P.PAJE_AGE_LIMITE),
    cfAgeMin: r.get(P.CF_AGE_MIN),
    cfAgeMax: r.get(P.CF_AGE_MAX),
    biactifBmaf: r.get(P.PF_REVENU_BIACTIVITE_BMAF),
    gardeAlternee: r.get(P.AF_FACTEUR_GARDE_ALTERNEE),
    uses: r.uses,
    warnings: r.warnings,
  };
});

function reforme(v: { readonly age: number; readonly quatorzeAnsApres: string } | null) {
  return v === null
    ? { majReformeIdx: Infinity, majAgeReforme: 0 }
    : { majReformeIdx: monthIndex(v.quatorzeAnsApres), majAgeReforme: v.age };
}

export interface FamilyBenefits {
  af: number;
  afBase: number;
  afMajoration: number;
  afForfait: number;
  asf: number;
  cf: number;
  /** CF at the basic rate: the part the RSA/PPA resources retain (CASF R262-11). */
  cfNonMajore: number;
  pajeBase: number;
  /** ASF counted as a flat amount in RSA/PPA resources (CASF R262-10-1, CSS R844-4). */
  rsaForfaitAsf: number;
  /** Children who open the ASF (single parent, under the age limit). */
  asfEnfants: number;
  /** Children of 3 to 20 who open the CF, and the CF ceiling applied (cents/year, 0 without CF). */
  cfEnfants: number;
  cfPlafond: number;
}

export interface FamilyBenefitsResult extends BenefitResult, FamilyBenefits {}

const ZERO: FamilyBenefits = Object.freeze({
  af: 0, afBase: 0, afMajoration: 0, afForfait: 0, asf: 0, cf: 0, cfNonMajore: 0, pajeBase: 0, rsaForfaitAsf: 0,
  asfEnfants: 0, cfEnfants: 0, cfPlafond: 0,
});

/** Ceiling coefficient for CF / PAJE: +25 % for each of the first two children, +30 % beyond. */
function childCoef(n: number, p: PfParams): number {
  return 1 + p.maj12 * min(n, 2) + p.maj3 * max(n - 2, 0);
}

/**
 * Family benefits of month `period`. `resourcesN2Cents` is the famille's annual "revenu net
 * catégoriel" of year N-2 (income-tax model), used for the AF modulation and the CF/PAJE ceilings.
 * Fast path without explanation: returns plain components (no allocation when there is no child).
 */
export function familyBenefitsAt(h: Household, period: Period, resourcesN2Cents: number): FamilyBenefits {
  const at = monthIndex(period);
  const out = newFamilyBenefits();
  return familyBenefitsInto(h, aggregatesOf(h), monthIndex(h.period), at, pfParams.at(at), resourcesN2Cents, out) ? out : ZERO;
}

export const newFamilyBenefits = (): FamilyBenefits => ({
  af: 0, afBase: 0, afMajoration: 0, afForfait: 0, asf: 0, cf: 0, cfNonMajore: 0, pajeBase: 0, rsaForfaitAsf: 0,
  asfEnfants: 0, cfEnfants: 0, cfPlafond: 0,
});

/**
 * Whether af + asf + cf (familyBenefitsInto) may be positive in some month: false without any child
 * (every count is 0), or with a single child when the ASF is excluded (couple, or not asfEligible):
 * the AF need 2 children under the age limit or 3 with a 20-year-old, the CF 3 children.
 */
export function afAsfCfMayPay(h: Household, a: HouseholdAggregates): boolean {
  const children = a.children;
  return children >= 2 || (children === 1 && !h.couple && h.asfEligible);
}

/**
 * The family-benefits formula (one copy, used by familyBenefitsAt and the batch path) for month
 * index `at`, p = pfParams(at), writing the components into `out`. Returns false (and zeros) when
 * the household has no child of family-benefit age.
 */
export function familyBenefitsInto(
  h: Household, a: HouseholdAggregates, pIdx: number, at: number, p: PfParams, resourcesN2Cents: number, out: FamilyBenefits,
): boolean {
  // Counted without data-dependent jumps (ages are random from one household to the next, so each
  // jump would be mispredicted half the time): a comparison is turned into 0 or 1.
  let eldestMaj = 0, eldestShare = 1, nAlt = 0;
  let nAf = 0, n20 = 0, nMaj = 0, eldestAge = -1, nCf = 0, nCfKids = 0, nYoung = 0;
  const ages = a.childAge, sharedCustody = a.childShared;
  for (let i = 0; i < a.children; i++) {
    const periodAge = ages[i];
    const age = ageAtMonth(periodAge, pIdx, at);
    if (age < 0) continue; // not born yet in that month
    const under = +(age < p.ageLimit);
    // Shared custody (CSS L521-2, R521-2): the child's part of the AF is shared between the parents.
    const shared = sharedCustody[i];
    const share = pickIf(shared === 1, p.gardeAlternee, 1);
    // Month the child turns the majoration age (birth month + 12 × age, reference convention).
    const turnsMajAge = pIdx - 11 - 12 * periodAge + 12 * p.majAge;
    const maj = under * +(age >= pickIf(turnsMajAge >= p.majReformeIdx, p.majAgeReforme, p.majAge));
    nAf += under;
    nAlt += under * shared;
    nMaj += pickIf(maj === 1, share, 0);
    // The eldest child under the age limit.
    const eldest = under === 1 && age > eldestAge;
    eldestAge = pickIf(eldest, age, eldestAge);
    eldestMaj = pickIf(eldest, maj, eldestMaj);
    eldestShare = pickIf(eldest, share, eldestShare);
    nYoung += under * +(age < p.pajeAge);
    n20 += (1 - under) * +(age === p.ageLimit);
    const cfKid = +(age < p.cfAgeMax);
    nCfKids += cfKid;
    nCf += cfKid * +(age >= p.cfAgeMin);
  }
  if (nAf === 0 && n20 === 0) {
    out.af = 0; out.afBase = 0; out.afMajoration = 0; out.afForfait = 0; out.asf = 0;
    out.cf = 0; out.cfNonMajore = 0; out.pajeBase = 0; out.rsaForfaitAsf = 0;
    out.asfEnfants = 0; out.cfEnfants = 0; out.cfPlafond = 0;
    return false;
  }

  // Allocations familiales (2 children or more under 20).
  let afBase = 0, afMaj = 0, afForfait = 0;
  if (nAf >= 2) {
    afBase = round(p.bmaf * (p.af2 + p.afSupp * (nAf - 2)));
    if (nAlt > 0) afBase = round(afBase * (1 - ((1 - p.gardeAlternee) * nAlt) / nAf));
    // With fewer than 3 children, the eldest does not open the age majoration (CSS L521-3).
    if (nAf < 3 && eldestMaj === 1) nMaj -= eldestShare;
    afMaj = round(round(p.bmaf * p.majTaux) * nMaj);
  }
  if (n20 > 0 && nAf + n20 >= 3) afForfait = round(p.bmaf * p.forfait20) * n20;
  let af = afBase + afMaj + afForfait;
  if (af > 0) {
    const extra = max(nAf - 2, 0) * p.tParEnfant;
    const c1 = p.t1 + extra, c2 = p.t2 + extra;
    const r = resourcesN2Cents;
    if (r > c1) {
      // Modulation with the complément dégressif (D521-2): never less than the reduced amount,
      // and the excess over the ceiling only reduces the allowance by 1/12 per month.
      const rate = r > c2 ? p.mod3 : p.mod2;
      const upper = r > c2 ? p.mod2 : 1;
      const ceiling = r > c2 ? c2 : c1;
      const reduced = round(af * rate);
      const degressive = round(af * upper - (r - ceiling) / 12);
      const total = max(reduced, degressive);
      const k = total / af;
      afBase = round(afBase * k);
      afMaj = round(afMaj * k);
      afForfait = total - afBase - afMaj;
      af = total;
    }
  }

  // ASF: single parent, other parent not contributing (caller's asfEligible), for every child under
  // the age limit.
  const asfKids = !h.couple && h.asfEligible ? nAf : 0;
  const asf = asfKids * p.asf;

  // Ceilings of CF / PAJE: majoration for single parents and two-earner couples.
  let twoEarners = !h.couple;
  if (h.couple) {
    let earners = 0;
    for (let i = 0; i < a.adults; i++) if (a.adultSalaryTaxable[i] >= p.bmaf * p.biactifBmaf / 12) earners++;
    twoEarners = earners >= 2;
  }
  const r = resourcesN2Cents;

  let pajeBase = 0;
  if (nYoung > 0) {
    const coef = childCoef(nAf, p);
    const plein = p.cfPlafond * coef + (twoEarners ? p.cfBiactifs : 0);
    const partiel = p.pajePlafondPartiel * coef + (twoEarners ? p.pajeBiactifsPartiel : 0);
    pajeBase = r <= plein ? p.pajePlein : r <= partiel ? p.pajePartiel : 0;
  }

  let cf = 0, cfNonMajore = 0, cfPlafond = 0;
  if (nCf >= 3 && pajeBase === 0) {
    const ceiling = cfPlafond = p.cfPlafond * childCoef(nCfKids, p) + (twoEarners ? p.cfBiactifs : 0);
    if (r <= ceiling * 0.5) cf = p.cfMajore;
    else if (r <= ceiling) cf = p.cfBase;
    else cf = max(0, round((ceiling + 12 * p.cfBase - r) / 12));
    cfNonMajore = min(cf, p.cfBase);
  }

  out.af = af;
  out.afBase = afBase;
  out.afMajoration = afMaj;
  out.afForfait = afForfait;
  out.asf = asf;
  out.cf = cf;
  out.cfNonMajore = cfNonMajore;
  out.pajeBase = pajeBase;
  out.rsaForfaitAsf = asfKids * p.rsaAsf;
  out.asfEnfants = asfKids;
  out.cfEnfants = cf > 0 ? nCf : 0;
  out.cfPlafond = cfPlafond;
  return true;
}

/** Allocations familiales as a BenefitResult (with the other family benefits attached). */
export function computePrestationsFamiliales(
  h: Household,
  period: Period,
  resourcesN2Cents: number,
  opts?: RuleOptions,
  /** Already computed components for this month (evaluate.ts), to avoid a second pass. */
  precomputed?: FamilyBenefits,
): FamilyBenefitsResult {
  const fb = precomputed ?? familyBenefitsAt(h, period, resourcesN2Cents);
  const p = pfParams(period);
  let steps: ExplanationStep[] | null = null;
  if (opts?.explain) {
    steps = [];
    step(steps, `Base mensuelle des allocations familiales : ${formatEuros(p.bmaf)}`, p.bmaf, 'CSS art. L551-1');
    step(steps, `Ressources N-2 retenues : ${formatEuros(resourcesN2Cents)}`, resourcesN2Cents, 'CSS art. R532-3');
    step(steps, `Allocations familiales de base : ${formatEuros(fb.afBase)}`, fb.afBase, 'CSS art. L521-1, D521-1');
    if (fb.afMajoration > 0) step(steps, `Majorations pour âge : ${formatEuros(fb.afMajoration)}`, fb.afMajoration, 'CSS art. L521-3');
    if (fb.afForfait > 0) step(steps, `Allocation forfaitaire (enfant de 20 ans) : ${formatEuros(fb.afForfait)}`, fb.afForfait, 'CSS art. L521-1');
    if (fb.asf > 0) step(steps, `Allocation de soutien familial : ${formatEuros(fb.asf)}`, fb.asf, 'CSS art. L523-1');
    if (fb.cf > 0) step(steps, `Complément familial : ${formatEuros(fb.cf)}`, fb.cf, 'CSS art. L522-1');
    if (fb.pajeBase > 0) step(steps, `Allocation de base de la PAJE : ${formatEuros(fb.pajeBase)}`, fb.pajeBase, 'CSS art. L531-3');
    step(steps, `Allocations familiales versées : ${formatEuros(fb.af)}`, fb.af);
  }
  return {
    benefit: 'allocations_familiales',
    period,
    eligible: fb.af > 0,
    amountCents: fb.af,
    ruleVersion: PF_RULE_VERSION,
    parameters: p.uses,
    steps,
    warnings: p.warnings,
    ...fb,
  };
}

function familyResult(benefit: 'asf' | 'complement_familial', period: Period, p: PfParams, amount: number, steps: ExplanationStep[] | null): BenefitResult {
  return { benefit, period, eligible: amount > 0, amountCents: amount, ruleVersion: PF_RULE_VERSION, parameters: p.uses, steps, warnings: p.warnings };
}

/**
 * Allocation de soutien familial (CSS L523-1, D523-7): for each child under the age limit of a
 * parent who raises it alone and receives no maintenance from the other parent (asfEligible).
 */
export function computeAsf(h: Household, period: Period, fb: FamilyBenefits, opts?: RuleOptions): BenefitResult {
  const p = pfParams(period);
  let steps: ExplanationStep[] | null = null;
  if (opts?.explain) {
    steps = [];
    if (h.couple) step(steps, 'ASF : réservée au parent qui élève seul ses enfants', undefined, 'CSS art. L523-1');
    else if (!h.asfEligible) step(steps, 'ASF : l’autre parent contribue à l’entretien des enfants (pension alimentaire perçue)', undefined, 'CSS art. L523-1');
    else {
      step(steps, `Parent isolé élevant ${fb.asfEnfants} enfant(s) de moins de ${p.ageLimit} ans sans pension de l’autre parent`, undefined, 'CSS art. L523-1');
      step(steps, `ASF par enfant : ${formatEuros(p.asf)}`, p.asf, 'CSS art. D523-7');
    }
    step(steps, `Allocation de soutien familial versée : ${formatEuros(fb.asf)}`, fb.asf, 'CSS art. L523-1');
  }
  return familyResult('asf', period, p, fb.asf, steps);
}

/**
 * Complément familial (CSS L522-1 to L522-3, D522-1, D522-2): three children or more of 3 to 20
 * years, N-2 resources under the ceiling (majoré under half of it, differential just above it);
 * not with the PAJE allocation de base.
 */
export function computeComplementFamilial(period: Period, fb: FamilyBenefits, resourcesN2Cents: number, opts?: RuleOptions): BenefitResult {
  const p = pfParams(period);
  let steps: ExplanationStep[] | null = null;
  if (opts?.explain) {
    steps = [];
    if (fb.cf === 0) step(steps, 'Complément familial : il faut au moins 3 enfants de 3 à 20 ans et des ressources N-2 sous le plafond, sans allocation de base de la PAJE', undefined, 'CSS art. L522-1, L522-2');
    else {
      step(steps, `${fb.cfEnfants} enfants de 3 à 20 ans à charge`, undefined, 'CSS art. L522-1');
      step(steps, `Ressources N-2 retenues : ${formatEuros(resourcesN2Cents)} ; plafond : ${formatEuros(fb.cfPlafond)}`, resourcesN2Cents, 'CSS art. L522-2, R522-2');
    }
    step(steps, `Complément familial versé : ${formatEuros(fb.cf)}${fb.cf === p.cfMajore ? ' (montant majoré, ressources sous la moitié du plafond)' : ''}`, fb.cf, fb.cf === p.cfMajore ? 'CSS art. L522-3, D522-2' : 'CSS art. L522-1, D522-1');
  }
  return familyResult('complement_familial', period, p, fb.cf, steps);
}
