// Revenu de solidarité active (CASF L262-1 to L262-12, R262-1 to R262-11): montant forfaitaire by
// composition (or majoré for a single parent of a child under 3), minus the forfait logement and
// the foyer resources averaged over the 3 previous months; not paid under 6 €.
import { monthIndex, type Household, type Period } from '../household';
import { eurosToCents, memoByPeriod, Resolver, type ParameterUse } from '../parameters/dated';
import * as P from '../parameters/rsa';
import { step, type BenefitResult, type ExplanationStep } from '../result';
import { aggregatesOf, type HouseholdAggregates } from './aggregates';
import { compositionRate, foyerOf, patrimoineIncomeSum, type Foyer } from './foyer';
import type { FamilyBenefits } from './prestations-familiales';

export const RSA_RULE_VERSION = 'rsa@2026.1';

export interface RsaParams {
  montant: number; // cents
  /** Majorations of the montant forfaitaire for the 2nd, the 3rd and each further person (R262-1 / D843-1). */
  majoration2ePersonne: number;
  majoration3ePersonne: number;
  majorationPersonneSupplementaire: number;
  /** Majoration for a single parent (L262-9): base rate and rate per child. */
  tauxMajorationParentIsole: number;
  tauxMajorationParEnfant: number;
  majorationAgeLimiteEnfant: number;
  /** Forfait logement by foyer size 1 / 2 / 3 or more (cents). */
  forfaitsLogement: [number, number, number];
  minimum: number;
  ageMin: number;
  childAgeLimit: number;
  uses: ParameterUse[];
  warnings: string[];
}

export const rsaParams = memoByPeriod((period: Period): RsaParams => {
  const r = new Resolver(period);
  const base = r.get(P.RSA_MONTANT_FORFAITAIRE);
  const m2 = r.get(P.RSA_MAJORATION_2E_PERSONNE);
  const m3 = r.get(P.RSA_MAJORATION_3E_PERSONNE);
  return {
    montant: eurosToCents(base),
    majoration2ePersonne: m2,
    majoration3ePersonne: m3,
    majorationPersonneSupplementaire: r.get(P.RSA_MAJORATION_PERSONNE_SUPP),
    tauxMajorationParentIsole: r.get(P.RSA_MAJORE_BASE),
    tauxMajorationParEnfant: r.get(P.RSA_MAJORE_PAR_ENFANT),
    majorationAgeLimiteEnfant: r.get(P.RSA_MAJORE_AGE_LIMITE_ENFANT),
    // The forfait is a share of the montant forfaitaire of 1, 2 and 3 persons (R262-10).
    forfaitsLogement: [
      eurosToCents(base * r.get(P.RSA_FORFAIT_LOGEMENT_1P)),
      eurosToCents(base * (1 + m2) * r.get(P.RSA_FORFAIT_LOGEMENT_2P)),
      eurosToCents(base * (1 + m2 + m3) * r.get(P.RSA_FORFAIT_LOGEMENT_3P)),
    ],
    minimum: eurosToCents(r.get(P.RSA_MONTANT_MINIMUM_VERSE)),
    ageMin: r.get(P.RSA_AGE_MINIMUM),
    childAgeLimit: r.get(P.RSA_AGE_LIMITE_ENFANT),
    uses: r.uses,
    warnings: r.warnings,
  };
});

/** What the RSA needs from the other benefits of the household. */
export interface RsaInputs {
  /** Housing aid of the month (cents): the forfait logement is Math.min(aid, forfait). */
  aideLogementCents: number;
  /** Family benefits of the month. */
  family: FamilyBenefits;
  /** ASPA of the month + mean over the 3 previous months of AAH, MVA and ASI (cents). */
  minimaSociauxCents: number;
}

export interface RsaResult extends BenefitResult {
  socle: number;
  socleMajore: number;
  forfaitLogement: number;
  baseRessources: number;
  nbEnfants: number;
}

/** Whether the housing status gives the forfait logement without housing aid (R262-9). */
export function housingInKind(h: Household): boolean {
  const s = h.housing.status;
  return ((s === 'proprietaire' || s === 'primo_accedant') && h.housing.rent === 0) || s === 'heberge';
}

/**
 * Forfait logement: the housing aid up to the forfait, or the full forfait for owners without
 * loan repayments and people housed free of charge (CASF R262-9, R262-10).
 */
export function forfaitLogement(h: Household, aideLogement: number, forfait: number): number {
  const fromAid = aideLogement > 0 ? Math.min(aideLogement, forfait) : 0;
  const inKind = housingInKind(h) ? forfait : 0;
  return fromAid > inKind ? fromAid : inKind;
}

/** Intermediates of one RSA computation (explanations, result fields). */
export interface RsaDetail {
  eligible: boolean;
  socle: number;
  majore: boolean;
  socleMajore: number;
  forfaitLogement: number;
  /** Individual resources + savings income (mean of M-3..M-1). */
  individual: number;
  patrimoine: number;
  familyRes: number;
  baseRessources: number;
  children: number;
}

export const newRsaDetail = (): RsaDetail => ({
  eligible: false, socle: 0, majore: false, socleMajore: 0, forfaitLogement: 0, individual: 0, patrimoine: 0,
  familyRes: 0, baseRessources: 0, children: 0,
});

/**
 * Conditions of L262-4: 25 or older, or a child in charge; students are excluded (4°): some adult
 * who is not a student, of the minimum age or with a child.
 */
function conditionsRsa(a: HouseholdAggregates, f: Foyer, p: RsaParams): boolean {
  return a.maxNonStudentAdultAge >= 0 && (a.maxNonStudentAdultAge >= p.ageMin || f.children > 0);
}

/** Montant forfaitaire by composition (CASF L262-2, R262-1). */
function montantForfaitaire(f: Foyer, p: RsaParams): number {
  return Math.round(p.montant * compositionRate(f, p));
}

/** Montant majoré of a single parent with a child under 3 (CASF L262-9, R262-1); 0 when it does not apply. */
function montantMajoreParentIsole(h: Household, f: Foyer, p: RsaParams): number {
  if (h.couple || f.children === 0 || f.youngest >= p.majorationAgeLimiteEnfant) return 0;
  return Math.round(p.montant * (p.tauxMajorationParentIsole + p.tauxMajorationParEnfant * f.children));
}

/**
 * Base ressources (CASF R262-6, R262-7, R262-10-1, R262-11): mean of M-3..M-1 of the foyer's own
 * incomes (monthly constants) and savings income (each month's Livret A rate); family benefits (CF
 * at its basic rate, ASF as a flat amount, AF and PAJE allocation de base); other minima sociaux.
 */
function baseRessourcesRsa(h: Household, a: HouseholdAggregates, at: number, fam: FamilyBenefits, minimaSociauxCents: number) {
  const individual = a.rsaIndividual;
  const patrimoine = Math.round(patrimoineIncomeSum(h, at, 1, 3) / 3);
  const familyRes = fam.pajeBase + fam.rsaForfaitAsf + fam.cfNonMajore + Math.min(fam.afBase, fam.af);
  return { individual, patrimoine, familyRes, total: individual + patrimoine + familyRes + minimaSociauxCents };
}

/**
 * The RSA of month index `at` (household period index `pIdx`, p = rsaParams(at)): montant forfaitaire
 * (or majoré), minus the forfait logement and the base ressources (CASF L262-2); not paid under the
 * montant minimum versé (6 €, see RSA_MONTANT_MINIMUM_VERSE). Cents; the intermediates go into `d`.
 */
export function rsaAmount(
  h: Household, a: HouseholdAggregates, pIdx: number, at: number, p: RsaParams,
  aideLogementCents: number, fam: FamilyBenefits, minimaSociauxCents: number, d: RsaDetail,
): number {
  const f = foyerOf(a, pIdx, at, p.childAgeLimit);
  const n = f.adults + f.children;
  const eligible = conditionsRsa(a, f, p);
  const socle = eligible ? montantForfaitaire(f, p) : 0;
  const socleMajore = eligible ? montantMajoreParentIsole(h, f, p) : 0;
  const fl = forfaitLogement(h, aideLogementCents, p.forfaitsLogement[n >= 3 ? 2 : n - 1]);
  const ressources = baseRessourcesRsa(h, a, at, fam, minimaSociauxCents);
  let amount = Math.max(socle, socleMajore) - fl - ressources.total;
  if (amount < p.minimum) amount = 0;
  Object.assign(d, {
    eligible, socle, majore: socleMajore > 0, socleMajore, forfaitLogement: fl, individual: ressources.individual,
    patrimoine: ressources.patrimoine, familyRes: ressources.familyRes, baseRessources: ressources.total, children: f.children,
  });
  return amount;
}

export function computeRsa(h: Household, period: Period, inputs: RsaInputs): RsaResult {
  const p = rsaParams(period);
  const d = newRsaDetail();
  const amount = rsaAmount(h, aggregatesOf(h), monthIndex(h.period), monthIndex(period), p, inputs.aideLogementCents, inputs.family, inputs.minimaSociauxCents, d);
  const steps: ExplanationStep[] = [];

  const { eligible, socle, majore, socleMajore, forfaitLogement: fl, individual, patrimoine, familyRes } = d;
  if (!eligible) step(steps, 'rsa.condition_age', {}, undefined, 'CASF art. L262-4');
  step(steps, 'rsa.montant_forfaitaire', { couple: h.couple, enfants: d.children, montant: socle }, socle, 'CASF art. L262-2, R262-1');
  if (majore) step(steps, 'rsa.montant_majore', { montant: socleMajore }, socleMajore, 'CASF art. L262-9');
  step(steps, 'rsa.forfait_logement', { montant: fl }, fl, 'CASF art. R262-9, R262-10');
  step(steps, 'rsa.ressources', { montant: individual + patrimoine }, individual + patrimoine, 'CASF art. R262-6, R262-7');
  if (familyRes > 0) step(steps, 'rsa.prestations_familiales', { montant: familyRes }, familyRes, 'CASF art. R262-10-1, R262-11');
  if (inputs.minimaSociauxCents > 0) step(steps, 'rsa.autres_minima', { montant: inputs.minimaSociauxCents }, inputs.minimaSociauxCents, 'CASF art. R262-6');
  if (amount > 0) step(steps, 'rsa.verse', { montant: amount }, amount, 'CASF art. L262-2');
  else step(steps, 'rsa.non_verse', { minimum: p.minimum }, amount, 'CASF art. L262-2');

  return {
    benefit: 'rsa',
    period,
    eligible: amount > 0,
    amountCents: amount,
    ruleVersion: RSA_RULE_VERSION,
    parameters: p.uses,
    steps,
    warnings: p.warnings,
    socle: d.socle,
    socleMajore: d.socleMajore,
    forfaitLogement: d.forfaitLogement,
    baseRessources: d.baseRessources,
    nbEnfants: d.children,
  };
}
