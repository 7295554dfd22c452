// Prime d'activité (CSS L841-1 to L846-1, D843-1 to D843-3, R844-1 s.). For month M the amount is
// the mean over M-3..M-1 of a "fictive" monthly amount, each computed with that month's own
// parameters and SMIC (CSS L843-4: droits fixés par trimestre sur les ressources du trimestre
// précédent): forfaitaire + bonifications + pente × revenus d'activité − Math.max(forfaitaire,
// ressources + forfait logement). Not paid under 15 €; the CRDS (0.5 %) is withheld.
import { addMonths, monthIndex, type Household, type Period } from '../household';
import { eurosToCents, memoByPeriod, Resolver, type ParameterUse } from '../parameters/dated';
import * as P from '../parameters/ppa';
import { SMIC_HORAIRE_BRUT } from '../parameters/smic';
import { step, type BenefitResult, type ExplanationStep } from '../result';
import { aggregatesOf, type HouseholdAggregates } from './aggregates';
import { compositionRate, foyerAt, foyerOf } from './foyer';
import type { FamilyBenefits } from './prestations-familiales';
import { forfaitLogement, rsaParams, type RsaParams } from './rsa';

export const PPA_RULE_VERSION = 'prime-activite@2026.1';

export interface PpaParams {
  montant: number; // cents
  /** Majorations of the montant forfaitaire for the 2nd, the 3rd and each further person (R262-1 / D843-1). */
  majoration2ePersonne: number;
  majoration3ePersonne: number;
  majorationPersonneSupplementaire: number;
  /** Majoration for a single parent (L262-9): base rate and rate per child. */
  tauxMajorationParentIsole: number;
  tauxMajorationParEnfant: number;
  pente: number;
  bonifStart: number; // cents
  bonifFull: number; // cents
  bonifMax: number; // cents
  /** Forfait logement by foyer size 1 / 2 / 3 or more (cents). */
  forfaitsLogement: [number, number, number];
  minimum: number;
  ageMin: number;
  aahActivityThreshold: number; // cents
  studentThreshold: number; // cents
  crds: number;
  uses: ParameterUse[];
  warnings: string[];
}

export const ppaParams = memoByPeriod((period: Period): PpaParams => {
  const r = new Resolver(period);
  const base = r.get(P.PPA_MONTANT_FORFAITAIRE);
  const smic = r.get(SMIC_HORAIRE_BRUT);
  const m2 = r.get(P.PPA_MAJORATION_2E_PERSONNE);
  const m3 = r.get(P.PPA_MAJORATION_3E_PERSONNE);
  return {
    montant: eurosToCents(base),
    majoration2ePersonne: m2,
    majoration3ePersonne: m3,
    majorationPersonneSupplementaire: r.get(P.PPA_MAJORATION_PERSONNE_SUPP),
    tauxMajorationParentIsole: r.get(P.PPA_MAJORE_BASE),
    tauxMajorationParEnfant: r.get(P.PPA_MAJORE_PAR_ENFANT),
    pente: r.get(P.PPA_PENTE),
    bonifStart: smic * r.get(P.PPA_BONIF_SEUIL_DEBUT) * 100,
    bonifFull: smic * r.get(P.PPA_BONIF_SEUIL_MAX) * 100,
    bonifMax: eurosToCents(base * r.get(P.PPA_BONIF_TAUX_MAX)),
    // R844-3: shares of the montant forfaitaire for 1, 2 and 3 persons (capped at 3).
    forfaitsLogement: [
      eurosToCents(base * r.get(P.PPA_FORFAIT_LOGEMENT_1P)),
      eurosToCents(base * (1 + m2) * r.get(P.PPA_FORFAIT_LOGEMENT_2P)),
      eurosToCents(base * (1 + m2 + m3) * r.get(P.PPA_FORFAIT_LOGEMENT_3P)),
    ],
    minimum: eurosToCents(r.get(P.PPA_MONTANT_MINIMUM_VERSE)),
    ageMin: r.get(P.PPA_AGE_MINIMUM),
    aahActivityThreshold: smic * r.get(P.PPA_SEUIL_AAH_ACTIVITE) * 100,
    // Students and apprentices qualify above 78 % of the SMIC (CSS L842-2, D842-1).
    studentThreshold: smic * 151.67 * 0.78 * 100,
    crds: r.get(P.CRDS_TAUX),
    uses: r.uses,
    warnings: r.warnings,
  };
});

/** Other benefits of one month of the reference quarter. */
export interface PpaMonthInputs {
  aideLogementCents: number;
  family: FamilyBenefits;
  /** AAH of the household (cents): activity income when the person earns ≥ 29 h of SMIC. */
  aahCents: number;
  asiCents: number;
  aspaCents: number;
}

export interface PpaMonthDetail {
  period: Period;
  montantForfaitaire: number;
  bonification: number;
  revenusActivite: number;
  ressources: number;
  forfaitLogement: number;
  fictive: number;
}

/** The fictive prime of one month with that month's parameters. */
export function ppaFictive(h: Household, period: Period, inputs: PpaMonthInputs, a?: HouseholdAggregates): PpaMonthDetail {
  const at = monthIndex(period);
  const d: PpaMonthDetail = { period, montantForfaitaire: 0, bonification: 0, revenusActivite: 0, ressources: 0, forfaitLogement: 0, fictive: 0 };
  ppaFictiveAmount(
    h, a ?? aggregatesOf(h), monthIndex(h.period), at, ppaParams.at(at), rsaParams.at(at), inputs.aideLogementCents, inputs.family,
    inputs.aahCents, inputs.asiCents, inputs.aspaCents, d,
  );
  return d;
}

/** An adult of the minimum age (18), a student only when earning above the threshold (CSS L842-2, D842-1). */
function adulteEligible(h: Household, p: PpaParams): boolean {
  return h.members.some((m) => m.role === 'adult' && m.age >= p.ageMin && (!m.student || m.incomes.salaryNet > p.studentThreshold));
}

/**
 * L842-8: the AAH counts as activity income of a beneficiary who earns at least 29 h of SMIC (then
 * also for the bonification); otherwise as other resources. The first such member, or −1.
 */
function aahCommeRevenuActivite(h: Household, p: PpaParams): number {
  return h.members.findIndex((m) => m.disabled && m.incomes.salaryNet >= p.aahActivityThreshold);
}

/** Activity income of the foyer and the individual bonifications, linear between 59 and 120/138 hours of SMIC (D843-2). */
function revenusActiviteEtBonifications(salaries: readonly number[], aahHolder: number, aahCents: number, p: PpaParams) {
  let activity = 0, bonif = 0;
  salaries.forEach((salary, i) => {
    const earned = salary + (i === aahHolder ? aahCents : 0);
    activity += earned;
    if (earned > p.bonifStart) {
      bonif += earned >= p.bonifFull ? p.bonifMax : Math.round((p.bonifMax * (earned - p.bonifStart)) / (p.bonifFull - p.bonifStart));
    }
  });
  return { activity, bonif };
}

/**
 * The fictive prime d'activité of month index `at` (CSS L842-3, D843-1 to D843-3)
 * with p = ppaParams(at), rp = rsaParams(at). Writes the intermediates into `d` (not `d.period`)
 * and returns the fictive amount (cents).
 */
export function ppaFictiveAmount(
  h: Household, a: HouseholdAggregates, pIdx: number, at: number, p: PpaParams, rp: RsaParams, aideLogementCents: number,
  fam: FamilyBenefits, aahCents: number, asiCents: number, aspaCents: number, d: PpaMonthDetail,
): number {
  const f = foyerOf(a, pIdx, at, rp.childAgeLimit);
  const eligibleAdult = adulteEligible(h, p);
  const aahHolder = aahCommeRevenuActivite(h, p);
  const { activity, bonif } = revenusActiviteEtBonifications(a.salaryNet, aahHolder, aahCents, p);
  let other = a.ppaOther;
  if (aahHolder < 0) other += aahCents;
  other += asiCents + aspaCents +
    fam.pajeBase + fam.rsaForfaitAsf + fam.cfNonMajore + Math.min(fam.afBase, fam.af);

  const majore = !h.couple && f.children > 0 && f.youngest < rp.majorationAgeLimiteEnfant;
  const mff = majore
    ? Math.round(p.montant * (p.tauxMajorationParentIsole + p.tauxMajorationParEnfant * f.children))
    : Math.round(p.montant * compositionRate(f, p));
  const n = f.adults + f.children;
  const fl = forfaitLogement(h, aideLogementCents, p.forfaitsLogement[n >= 3 ? 2 : n - 1]);
  const resources = activity + other;
  const floor = resources + fl > mff ? resources + fl : mff;
  let fictive = mff + bonif + Math.round(p.pente * activity) - floor;
  if (fictive < 0 || !eligibleAdult) fictive = 0;
  d.montantForfaitaire = mff;
  d.bonification = bonif;
  d.revenusActivite = activity;
  d.ressources = resources;
  d.forfaitLogement = fl;
  d.fictive = fictive;
  return fictive;
}

/** Gross prime of the month from the sum of the quarter's three fictive amounts (before CRDS). */
export function ppaBrut(sumFictive: number, p: PpaParams): number {
  const brut = Math.round(sumFictive / 3);
  return brut < p.minimum ? 0 : brut;
}

/** Prime paid after the CRDS. */
export function ppaNet(brut: number, p: PpaParams): number {
  return brut - Math.round(brut * p.crds);
}

export interface PrimeActiviteResult extends BenefitResult {
  /** Before CRDS. */
  brutCents: number;
  months: PpaMonthDetail[];
}

/**
 * Prime d'activité of `period` from the three previous months' inputs (index 0 = M-3).
 * `rsaExperimentation` départements shift the quarter by one month (M-4..M-2).
 */
export function computePrimeActivite(
  h: Household,
  period: Period,
  quarter: readonly PpaMonthInputs[],
): PrimeActiviteResult {
  const p = ppaParams(period);
  const steps: ExplanationStep[] = [];
  const first = h.rsaExperimentation ? -4 : -3;
  const months: PpaMonthDetail[] = [];
  let sum = 0;
  const a = aggregatesOf(h);
  for (let k = 0; k < 3; k++) {
    const d = ppaFictive(h, addMonths(period, first + k), quarter[k], a);
    months.push(d);
    sum += d.fictive;
  }
  const brut = ppaBrut(sum, p);
  const net = ppaNet(brut, p);

  const f = foyerAt(h, monthIndex(period), rsaParams(period).childAgeLimit);
  step(steps, 'ppa.foyer', { couple: h.couple, enfants: f.children });
  for (const d of months) {
    const pm = ppaParams(d.period);
    step(steps, 'ppa.mois.montant_forfaitaire', { mois: d.period, montant: d.montantForfaitaire }, d.montantForfaitaire, 'CSS art. L842-3, D843-1');
    step(steps, 'ppa.mois.revenus_activite', { mois: d.period, revenus: d.revenusActivite, pente: pm.pente, ajout: Math.round(pm.pente * d.revenusActivite) }, d.revenusActivite, 'CSS art. L842-3, D843-3');
    if (d.bonification > 0) step(steps, 'ppa.mois.bonifications', { mois: d.period, montant: d.bonification }, d.bonification, 'CSS art. D843-2');
    step(steps, 'ppa.mois.ressources', { mois: d.period, ressources: d.ressources, forfaitLogement: d.forfaitLogement }, d.ressources, 'CSS art. R844-1 à R844-5');
    step(steps, 'ppa.mois.prime', { mois: d.period, montant: d.fictive }, d.fictive);
  }
  step(steps, 'ppa.moyenne', { montant: Math.round(sum / 3) }, Math.round(sum / 3), 'CSS art. L843-4');
  if (brut > 0) step(steps, 'ppa.versee', { crds: p.crds, montant: net }, net);
  else step(steps, 'ppa.non_versee', { minimum: p.minimum }, net);
  return {
    benefit: 'prime_activite',
    period,
    eligible: net > 0,
    amountCents: net,
    ruleVersion: PPA_RULE_VERSION,
    parameters: p.uses,
    steps,
    warnings: p.warnings,
    brutCents: brut,
    months,
  };
}
