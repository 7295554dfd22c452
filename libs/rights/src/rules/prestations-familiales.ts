// Prestations familiales for one month: allocations familiales (CSS L521-1, D521-1 to D521-3),
// allocation de soutien familial (L523-1), complément familial (L522-1 to L522-3) and PAJE
// allocation de base (L531-3). They are paid in full ("full take-up") and also feed the RSA,
// prime d'activité and CSS resources, hence the detailed components.
import { ageAtMonth, monthIndex, type Household, type Period } from '../household';
import { eurosToCents, memoByPeriod, Resolver, type ParameterUse } from '../parameters/dated';
import * as P from '../parameters/prestations-familiales';
import { RSA_FORFAIT_ASF_TAUX } from '../parameters/rsa';
import { aggregatesOf, type HouseholdAggregates } from './aggregates';
import { step, type BenefitResult, type ExplanationStep } from '../result';

export const PF_RULE_VERSION = 'prestations-familiales@2026.1';

export interface PfParams {
  /** Base mensuelle de calcul des allocations familiales (cents). */
  bmaf: number;
  /** Age up to which (excluded) a child opens the family benefits. */
  ageLimite: number;
  tauxAfDeuxEnfants: number;
  tauxAfParEnfantSupplementaire: number;
  ageMajoration: number;
  /** Month index from which a child reaching 14 needs `ageMajorationReforme` instead (or Infinity). */
  moisReformeMajoration: number;
  ageMajorationReforme: number;
  tauxMajoration: number;
  tauxForfait20Ans: number;
  /** AF modulation ceilings (cents/year, D521-3) and their increase per child beyond two. */
  plafondAllocationsFamiliales1: number;
  plafondAllocationsFamiliales2: number;
  majorationPlafondAfParEnfant: number;
  /** AF kept above the first and the second ceiling (D521-1). */
  tauxModulation2: number;
  tauxModulation3: number;
  /** ASF per child (cents), and the flat amount the RSA counts instead (CASF R262-10-1). */
  asfParEnfant: number;
  forfaitAsfRsa: number;
  cfBase: number;
  cfMajore: number;
  /** CF / PAJE ceiling before majorations (cents/year) and the two-earner / single-parent majoration. */
  plafondCf: number;
  majorationPlafondCfBiactifs: number;
  /** Ceiling increase for each of the first two children, and for each further child (R522-2). */
  majorationPlafondEnfants1Et2: number;
  majorationPlafondEnfant3EtPlus: number;
  pajeTauxPlein: number;
  pajeTauxPartiel: number;
  plafondPajePartiel: number;
  majorationPlafondPajePartielBiactifs: number;
  pajeAgeLimite: number;
  cfAgeMin: number;
  cfAgeMax: number;
  /** Earnings (in BMAF per year) from which a spouse counts as an earner (R522-2). */
  revenuBiactiviteBmaf: number;
  /** Share of the AF (base and age majoration) kept for a child in shared custody (R521-2). */
  gardeAlternee: number;
  uses: ParameterUse[];
  warnings: string[];
}

export const pfParams = memoByPeriod((period: Period): PfParams => {
  const r = new Resolver(period);
  const bmafEur = r.get(P.BMAF);
  const reforme = r.get(P.AF_MAJORATION_AGE_REFORME);
  return {
    bmaf: eurosToCents(bmafEur),
    ageLimite: r.get(P.PF_AGE_LIMITE),
    tauxAfDeuxEnfants: r.get(P.AF_TAUX_2_ENFANTS),
    tauxAfParEnfantSupplementaire: r.get(P.AF_TAUX_PAR_ENFANT_SUPP),
    ageMajoration: r.get(P.AF_MAJORATION_AGE),
    moisReformeMajoration: reforme === null ? Infinity : monthIndex(reforme.quatorzeAnsApres),
    ageMajorationReforme: reforme === null ? 0 : reforme.age,
    tauxMajoration: r.get(P.AF_MAJORATION_AGE_TAUX),
    tauxForfait20Ans: r.get(P.AF_FORFAIT_20_ANS_TAUX),
    plafondAllocationsFamiliales1: r.get(P.AF_PLAFOND_TRANCHE_1) * 100,
    plafondAllocationsFamiliales2: r.get(P.AF_PLAFOND_TRANCHE_2) * 100,
    majorationPlafondAfParEnfant: r.get(P.AF_PLAFOND_PAR_ENFANT) * 100,
    tauxModulation2: r.get(P.AF_MODULATION_TAUX_2),
    tauxModulation3: r.get(P.AF_MODULATION_TAUX_3),
    asfParEnfant: eurosToCents(bmafEur * r.get(P.ASF_TAUX)),
    forfaitAsfRsa: eurosToCents(bmafEur * r.get(RSA_FORFAIT_ASF_TAUX)),
    cfBase: eurosToCents(bmafEur * r.get(P.CF_TAUX_BASE)),
    cfMajore: eurosToCents(bmafEur * r.get(P.CF_TAUX_MAJORE)),
    plafondCf: r.get(P.CF_PLAFOND_BASE) * 100,
    majorationPlafondCfBiactifs: r.get(P.CF_PLAFOND_BIACTIFS) * 100,
    majorationPlafondEnfants1Et2: r.get(P.PF_PLAFOND_MAJ_ENFANTS_1_2),
    majorationPlafondEnfant3EtPlus: r.get(P.PF_PLAFOND_MAJ_ENFANT_3_PLUS),
    pajeTauxPlein: eurosToCents(bmafEur * r.get(P.PAJE_TAUX_PLEIN)),
    pajeTauxPartiel: eurosToCents(bmafEur * r.get(P.PAJE_TAUX_PARTIEL)),
    plafondPajePartiel: r.get(P.PAJE_PLAFOND_PARTIEL_BASE) * 100,
    majorationPlafondPajePartielBiactifs: r.get(P.PAJE_PLAFOND_PARTIEL_BIACTIFS) * 100,
    pajeAgeLimite: r.get(P.PAJE_AGE_LIMITE),
    cfAgeMin: r.get(P.CF_AGE_MIN),
    cfAgeMax: r.get(P.CF_AGE_MAX),
    revenuBiactiviteBmaf: r.get(P.PF_REVENU_BIACTIVITE_BMAF),
    gardeAlternee: r.get(P.AF_FACTEUR_GARDE_ALTERNEE),
    uses: r.uses,
    warnings: r.warnings,
  };
});

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

/** Ceiling coefficient of the CF and the PAJE: +25 % for each of the first two children, +30 % beyond (R522-2). */
function coefficientPlafond(enfants: number, p: PfParams): number {
  return 1 + p.majorationPlafondEnfants1Et2 * Math.min(enfants, 2) + p.majorationPlafondEnfant3EtPlus * Math.max(enfants - 2, 0);
}

/**
 * Family benefits of month `period`. `resourcesN2Cents` is the famille's annual "revenu net
 * catégoriel" of year N-2 (income-tax model), used for the AF modulation and the CF/PAJE ceilings.
 */
export function familyBenefitsAt(h: Household, period: Period, resourcesN2Cents: number): FamilyBenefits {
  const at = monthIndex(period);
  const out = newFamilyBenefits();
  return familyBenefitsInto(h, aggregatesOf(h), monthIndex(h.period), at, pfParams(period), resourcesN2Cents, out) ? out : ZERO;
}

export const newFamilyBenefits = (): FamilyBenefits => ({
  af: 0, afBase: 0, afMajoration: 0, afForfait: 0, asf: 0, cf: 0, cfNonMajore: 0, pajeBase: 0, rsaForfaitAsf: 0,
  asfEnfants: 0, cfEnfants: 0, cfPlafond: 0,
});

/** The children as the family benefits count them in one month (CSS L512-3, L521-1, L521-3, L522-1, L531-3). */
interface EnfantsACharge {
  /** Under the age limit (20), each counted 1 (the AF of a child in shared custody are shared later). */
  moinsDe20Ans: number;
  /** Of those, in shared custody (R521-2). */
  enGardeAlternee: number;
  /** Sum of the shares of the children who reach the majoration age (eldest of two excluded later). */
  majorations: number;
  /** The eldest child under 20: whether it reaches the majoration age, and its share. */
  aineMajore: boolean;
  aineShare: number;
  /** Exactly 20 years old (allocation forfaitaire, L521-1). */
  vingtAns: number;
  /** Under the PAJE age limit (3). */
  moinsDe3Ans: number;
  /** Under the CF upper age limit (21), and of those, 3 or older (CF children). */
  moinsDe21Ans: number;
  cf: number;
}

/**
 * The age majoration (CSS L521-3): from 14; children reaching 14 from March 2026 wait until 18
 * (LFSS 2026). The month a child turns the age: birth month + 12 × age (reference convention).
 */
function reachesMajorationAge(periodAge: number, age: number, pIdx: number, p: PfParams): boolean {
  const turnsMajorationAge = pIdx - 11 - 12 * periodAge + 12 * p.ageMajoration;
  return age >= (turnsMajorationAge >= p.moisReformeMajoration ? p.ageMajorationReforme : p.ageMajoration);
}

function enfantsACharge(a: HouseholdAggregates, pIdx: number, at: number, p: PfParams): EnfantsACharge {
  const e: EnfantsACharge = { moinsDe20Ans: 0, enGardeAlternee: 0, majorations: 0, aineMajore: false, aineShare: 1, vingtAns: 0, moinsDe3Ans: 0, moinsDe21Ans: 0, cf: 0 };
  let aineAge = -1;
  for (let i = 0; i < a.children; i++) {
    const age = ageAtMonth(a.childAge[i], pIdx, at);
    if (age < 0) continue; // not born yet in that month
    if (age < p.cfAgeMax) e.moinsDe21Ans++;
    if (age < p.cfAgeMax && age >= p.cfAgeMin) e.cf++;
    if (age >= p.ageLimite) {
      if (age === p.ageLimite) e.vingtAns++;
      continue;
    }
    // Shared custody (CSS L521-2, R521-2): the child's part of the AF is shared between the parents.
    const share = a.childShared[i] === 1 ? p.gardeAlternee : 1;
    const majore = reachesMajorationAge(a.childAge[i], age, pIdx, p);
    e.moinsDe20Ans++;
    if (a.childShared[i] === 1) e.enGardeAlternee++;
    if (majore) e.majorations += share;
    if (age > aineAge) {
      aineAge = age;
      e.aineMajore = majore;
      e.aineShare = share;
    }
    if (age < p.pajeAgeLimite) e.moinsDe3Ans++;
  }
  return e;
}

/** Allocations familiales before modulation (CSS L521-1, L521-3, D521-1): base, age majorations, forfait 20 ans. */
function allocationsFamilialesPleines(e: EnfantsACharge, p: PfParams): { base: number; majorations: number; forfait: number } {
  let base = 0, majorations = 0, forfait = 0;
  if (e.moinsDe20Ans >= 2) {
    base = Math.round(p.bmaf * (p.tauxAfDeuxEnfants + p.tauxAfParEnfantSupplementaire * (e.moinsDe20Ans - 2)));
    if (e.enGardeAlternee > 0) base = Math.round(base * (1 - ((1 - p.gardeAlternee) * e.enGardeAlternee) / e.moinsDe20Ans));
    // With fewer than 3 children, the eldest does not open the age majoration (CSS L521-3).
    const nMajorations = e.moinsDe20Ans < 3 && e.aineMajore ? e.majorations - e.aineShare : e.majorations;
    majorations = Math.round(Math.round(p.bmaf * p.tauxMajoration) * nMajorations);
  }
  if (e.vingtAns > 0 && e.moinsDe20Ans + e.vingtAns >= 3) forfait = Math.round(p.bmaf * p.tauxForfait20Ans) * e.vingtAns;
  return { base, majorations, forfait };
}

/**
 * Modulation of the AF by the N-2 resources (CSS L521-1, D521-1 to D521-3) with the complément
 * dégressif (D521-2): above each ceiling the AF are reduced, never below the reduced rate, the excess
 * over the ceiling only reducing them by 1/12 a month. Returns the total after modulation.
 */
function modulationAllocationsFamiliales(af: number, enfants: number, resourcesN2Cents: number, p: PfParams): number {
  const parEnfant = Math.max(enfants - 2, 0) * p.majorationPlafondAfParEnfant;
  const plafond1 = p.plafondAllocationsFamiliales1 + parEnfant;
  const plafond2 = p.plafondAllocationsFamiliales2 + parEnfant;
  const r = resourcesN2Cents;
  if (af <= 0 || r <= plafond1) return af;
  const taux = r > plafond2 ? p.tauxModulation3 : p.tauxModulation2;
  const tauxAuDessous = r > plafond2 ? p.tauxModulation2 : 1;
  const plafond = r > plafond2 ? plafond2 : plafond1;
  const reduite = Math.round(af * taux);
  const degressive = Math.round(af * tauxAuDessous - (r - plafond) / 12);
  return Math.max(reduite, degressive);
}

/** Two earners (R522-2): a couple where each adult earns at least the threshold; a single parent counts as such. */
function biactifsOuIsole(h: Household, a: HouseholdAggregates, p: PfParams): boolean {
  if (!h.couple) return true;
  let earners = 0;
  for (let i = 0; i < a.adults; i++) if (a.adultSalaryTaxable[i] >= (p.bmaf * p.revenuBiactiviteBmaf) / 12) earners++;
  return earners >= 2;
}

/** PAJE allocation de base (CSS L531-3, D531-3): a child under 3, full or partial rate by the N-2 resources. */
function pajeAllocationDeBase(e: EnfantsACharge, majore: boolean, r: number, p: PfParams): number {
  if (e.moinsDe3Ans === 0) return 0;
  const coef = coefficientPlafond(e.moinsDe20Ans, p);
  const plein = p.plafondCf * coef + (majore ? p.majorationPlafondCfBiactifs : 0);
  const partiel = p.plafondPajePartiel * coef + (majore ? p.majorationPlafondPajePartielBiactifs : 0);
  return r <= plein ? p.pajeTauxPlein : r <= partiel ? p.pajeTauxPartiel : 0;
}

/**
 * Complément familial (CSS L522-1 to L522-3, D522-1, D522-2): three children of 3 to 20, no PAJE
 * allocation de base; majoré under half the ceiling, differential just above it.
 */
function complementFamilial(e: EnfantsACharge, majore: boolean, r: number, paje: number, p: PfParams): { cf: number; plafond: number } {
  if (e.cf < 3 || paje > 0) return { cf: 0, plafond: 0 };
  const plafond = p.plafondCf * coefficientPlafond(e.moinsDe21Ans, p) + (majore ? p.majorationPlafondCfBiactifs : 0);
  if (r <= plafond * 0.5) return { cf: p.cfMajore, plafond };
  if (r <= plafond) return { cf: p.cfBase, plafond };
  return { cf: Math.max(0, Math.round((plafond + 12 * p.cfBase - r) / 12)), plafond };
}

/**
 * The family benefits of month index `at` (p = pfParams of that month), written into `out`. Returns
 * false (and zeros) when the household has no child of family-benefit age.
 */
export function familyBenefitsInto(
  h: Household, a: HouseholdAggregates, pIdx: number, at: number, p: PfParams, resourcesN2Cents: number, out: FamilyBenefits,
): boolean {
  const e = enfantsACharge(a, pIdx, at, p);
  if (e.moinsDe20Ans === 0 && e.vingtAns === 0) {
    Object.assign(out, ZERO);
    return false;
  }
  const pleines = allocationsFamilialesPleines(e, p);
  const pleinTotal = pleines.base + pleines.majorations + pleines.forfait;
  const af = modulationAllocationsFamiliales(pleinTotal, e.moinsDe20Ans, resourcesN2Cents, p);
  let { base: afBase, majorations: afMajoration, forfait: afForfait } = pleines;
  if (af !== pleinTotal) {
    // Each component is reduced in the same proportion; the forfait takes the rounding.
    const k = af / pleinTotal;
    afBase = Math.round(afBase * k);
    afMajoration = Math.round(afMajoration * k);
    afForfait = af - afBase - afMajoration;
  }
  // ASF (CSS L523-1): a single parent whom the other parent does not support (asfEligible), per child under 20.
  const asfEnfants = !h.couple && h.asfEligible ? e.moinsDe20Ans : 0;
  const majore = biactifsOuIsole(h, a, p);
  const pajeBase = pajeAllocationDeBase(e, majore, resourcesN2Cents, p);
  const { cf, plafond: cfPlafond } = complementFamilial(e, majore, resourcesN2Cents, pajeBase, p);
  out.af = af;
  out.afBase = afBase;
  out.afMajoration = afMajoration;
  out.afForfait = afForfait;
  out.asf = asfEnfants * p.asfParEnfant;
  out.cf = cf;
  out.cfNonMajore = Math.min(cf, p.cfBase);
  out.pajeBase = pajeBase;
  out.rsaForfaitAsf = asfEnfants * p.forfaitAsfRsa;
  out.asfEnfants = asfEnfants;
  out.cfEnfants = cf > 0 ? e.cf : 0;
  out.cfPlafond = cfPlafond;
  return true;
}

/** Allocations familiales as a BenefitResult (with the other family benefits attached). */
export function computePrestationsFamiliales(
  h: Household,
  period: Period,
  resourcesN2Cents: number,
  /** Already computed components for this month (evaluate.ts), to avoid a second pass. */
  precomputed?: FamilyBenefits,
): FamilyBenefitsResult {
  const fb = precomputed ?? familyBenefitsAt(h, period, resourcesN2Cents);
  const p = pfParams(period);
  const steps: ExplanationStep[] = [];
  step(steps, 'pf.bmaf', { montant: p.bmaf }, p.bmaf, 'CSS art. L551-1');
  step(steps, 'pf.ressources_n2', { montant: resourcesN2Cents }, resourcesN2Cents, 'CSS art. R532-3');
  step(steps, 'af.base', { montant: fb.afBase }, fb.afBase, 'CSS art. L521-1, D521-1');
  if (fb.afMajoration > 0) step(steps, 'af.majorations', { montant: fb.afMajoration }, fb.afMajoration, 'CSS art. L521-3');
  if (fb.afForfait > 0) step(steps, 'af.forfait', { montant: fb.afForfait }, fb.afForfait, 'CSS art. L521-1');
  if (fb.asf > 0) step(steps, 'pf.asf', { montant: fb.asf }, fb.asf, 'CSS art. L523-1');
  if (fb.cf > 0) step(steps, 'pf.cf', { montant: fb.cf }, fb.cf, 'CSS art. L522-1');
  if (fb.pajeBase > 0) step(steps, 'pf.paje', { montant: fb.pajeBase }, fb.pajeBase, 'CSS art. L531-3');
  step(steps, 'af.versees', { montant: fb.af }, fb.af);
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

function familyResult(benefit: 'asf' | 'complement_familial', period: Period, p: PfParams, amount: number, steps: ExplanationStep[]): BenefitResult {
  return { benefit, period, eligible: amount > 0, amountCents: amount, ruleVersion: PF_RULE_VERSION, parameters: p.uses, steps, warnings: p.warnings };
}

/**
 * Allocation de soutien familial (CSS L523-1, D523-7): for each child under the age limit of a
 * parent who raises it alone and receives no maintenance from the other parent (asfEligible).
 */
export function computeAsf(h: Household, period: Period, fb: FamilyBenefits): BenefitResult {
  const p = pfParams(period);
  const steps: ExplanationStep[] = [];
  if (h.couple) step(steps, 'asf.couple', {}, undefined, 'CSS art. L523-1');
  else if (!h.asfEligible) step(steps, 'asf.pension', {}, undefined, 'CSS art. L523-1');
  else {
    step(steps, 'asf.parent_isole', { enfants: fb.asfEnfants, ageLimite: p.ageLimite }, undefined, 'CSS art. L523-1');
    step(steps, 'asf.par_enfant', { montant: p.asfParEnfant }, p.asfParEnfant, 'CSS art. D523-7');
  }
  step(steps, 'asf.versee', { montant: fb.asf }, fb.asf, 'CSS art. L523-1');
  return familyResult('asf', period, p, fb.asf, steps);
}

/**
 * Complément familial (CSS L522-1 to L522-3, D522-1, D522-2): three children or more of 3 to 20
 * years, N-2 resources under the ceiling (majoré under half of it, differential just above it);
 * not with the PAJE allocation de base.
 */
export function computeComplementFamilial(period: Period, fb: FamilyBenefits, resourcesN2Cents: number): BenefitResult {
  const p = pfParams(period);
  const steps: ExplanationStep[] = [];
  if (fb.cf === 0) step(steps, 'cf.conditions', {}, undefined, 'CSS art. L522-1, L522-2');
  else {
    step(steps, 'cf.enfants', { enfants: fb.cfEnfants }, undefined, 'CSS art. L522-1');
    step(steps, 'cf.ressources', { ressources: resourcesN2Cents, plafond: fb.cfPlafond }, resourcesN2Cents, 'CSS art. L522-2, R522-2');
  }
  step(steps, 'cf.verse', { montant: fb.cf, majore: fb.cf === p.cfMajore }, fb.cf, fb.cf === p.cfMajore ? 'CSS art. L522-3, D522-2' : 'CSS art. L522-1, D522-1');
  return familyResult('complement_familial', period, p, fb.cf, steps);
}
