// Complémentaire santé solidaire (CSS L861-1, R861-1 s., D861-1 to D861-3): free when the foyer's
// resources of the 12 previous months (with a forfait logement) are under the ceiling, or when the
// foyer receives the RSA; with a monthly participation by age up to the ceiling + 35 %.
import { ageAtIndex, monthIndex, type Household, type Period } from '../household';
import { eurosToCents, memoByPeriod, Resolver, type ParameterUse } from '../parameters/dated';
import * as P from '../parameters/css';
import { RSA_MAJORATION_2E_PERSONNE, RSA_MAJORATION_3E_PERSONNE, RSA_MONTANT_FORFAITAIRE } from '../parameters/rsa';
import { step, type BenefitResult, type ExplanationStep } from '../result';
import { patrimoineIncomeSum } from './foyer';

export const CSS_RULE_VERSION = 'css@2026.1';

export type CssStatus = 'gratuite' | 'participation' | 'non';

export interface CssParams {
  plafond: number; // euros (rounded to the euro after coefficients)
  /** Ceiling coefficients of the 2nd person, the 3rd and 4th, the 5th and beyond (D861-1). */
  coefficient2ePersonne: number;
  coefficient3eEt4ePersonne: number;
  coefficient5ePersonneEtPlus: number;
  /** Ceiling majoration in the DOM (D861-1). */
  majorationDom: number;
  majParticipation: number;
  ageLimit: number;
  abattementChomage: number;
  participation: readonly { readonly ageMin: number; readonly eur: number }[];
  flAvecAl: readonly [number, number, number]; // cents / year
  flSansAl: readonly [number, number, number];
  abattementAah: number; // cents / month
  abattementAspaSeul: number;
  abattementAspaCouple: number;
  uses: ParameterUse[];
  warnings: string[];
}

export const cssParams = memoByPeriod((period: Period): CssParams => {
  const r = new Resolver(period);
  const rsa = r.get(RSA_MONTANT_FORFAITAIRE);
  const m2 = r.get(RSA_MAJORATION_2E_PERSONNE);
  const m3 = r.get(RSA_MAJORATION_3E_PERSONNE);
  const comp = [1, 1 + m2, 1 + m2 + m3];
  const avec = r.get(P.CSS_FL_AVEC_AL);
  const sans = r.get(P.CSS_FL_SANS_AL);
  // R861-5: 12 months of the RSA forfait logement of the foyer size (capped at 3 persons).
  const fl = (rates: readonly number[]) =>
    [0, 1, 2].map((i) => eurosToCents(12 * rsa * comp[i] * rates[i])) as unknown as [number, number, number];
  return {
    plafond: r.get(P.CSS_PLAFOND_BASE),
    coefficient2ePersonne: r.get(P.CSS_COEF_2E_PERSONNE),
    coefficient3eEt4ePersonne: r.get(P.CSS_COEF_3E_4E_PERSONNE),
    coefficient5ePersonneEtPlus: r.get(P.CSS_COEF_5E_PERSONNE_PLUS),
    majorationDom: r.get(P.CSS_MAJORATION_DOM),
    majParticipation: r.get(P.CSS_MAJORATION_PARTICIPATION),
    ageLimit: r.get(P.CSS_AGE_LIMITE_PAC),
    abattementChomage: r.get(P.CSS_ABATTEMENT_CHOMAGE),
    participation: r.get(P.CSS_PARTICIPATION_PAR_AGE),
    flAvecAl: fl(avec),
    flSansAl: fl(sans),
    abattementAah: eurosToCents(r.get(P.CSS_ABATTEMENT_AAH)),
    abattementAspaSeul: eurosToCents(r.get(P.CSS_ABATTEMENT_ASPA_SEUL)),
    abattementAspaCouple: eurosToCents(r.get(P.CSS_ABATTEMENT_ASPA_COUPLE)),
    uses: r.uses,
    warnings: r.warnings,
  };
});

/** What the CSS needs from other benefits (sums over the 12 previous months unless stated). */
export interface CssInputs {
  /** RSA of the month: RSA beneficiaries get the free CSS (L861-1, 1°). */
  rsaCents: number;
  /** Housing aid of the month (forfait logement). */
  aideLogementCents: number;
  /** AF + ASF + CF over M-12..M-1 (the PAJE allocation de base is excluded, R861-10). */
  familyAnnualCents: number;
  /** AAH (monthly amounts, before the monthly abattement) of each of the 12 months. */
  aahMonthlyCents: ArrayLike<number>;
  /** MVA/complément + ASI over the 12 months. */
  otherMinimaAnnualCents: number;
  /** ASPA of each of the 12 months. */
  aspaMonthlyCents: ArrayLike<number>;
}

export interface CssResult extends BenefitResult {
  status: CssStatus;
  /** Monthly participation (cents), 0 unless status is "participation". */
  participationCents: number;
  ressourcesAnnuelles: number;
  plafondGratuite: number;
  plafondParticipation: number;
}

/** Intermediates of one CSS computation. */
export interface CssDetail {
  status: CssStatus;
  participation: number;
  /** Annual resources of the foyer that do not come from other benefits' look-back months. */
  individualNet: number;
  patrimoine: number;
  resources: number;
  forfaitLogement: number;
  size: number;
  plafondGratuite: number;
  plafondParticipation: number;
}

export const newCssDetail = (): CssDetail => ({
  status: 'non', participation: 0, individualNet: 0, patrimoine: 0, resources: 0, forfaitLogement: 0, size: 0,
  plafondGratuite: 0, plafondParticipation: 0,
});

/** DOM (CSS D861-1: ceilings +11.3 %): communes 971xx to 974xx. */
function inDom(depcom: string): boolean {
  return depcom.length >= 3 && depcom.charCodeAt(0) === 57 && depcom.charCodeAt(1) === 55 &&
    depcom.charCodeAt(2) >= 49 && depcom.charCodeAt(2) <= 52;
}

/**
 * The CSS of month index `at` with p = cssParams(at): cssPrepare (foyer, own resources, forfait
 * logement, ceilings), then cssLookbackMinima (other benefits of the 12 months), then cssDecide.
 */
export function cssCompute(
  h: Household, pIdx: number, at: number, p: CssParams, inputs: CssInputs, d: CssDetail,
): CssStatus {
  cssPrepare(h, pIdx, at, p, inputs.aideLogementCents, d);
  return cssDecide(h, pIdx, at, p, inputs.rsaCents, cssLookbackMinima(h, p, inputs), inputs.familyAnnualCents, d);
}

/** Minima sociaux of the 12 months (AAH − 68 €, ASPA − 71/110 €, MVA, ASI): always ≥ 0 (R861-10). */
export function cssLookbackMinima(h: Household, p: CssParams, inputs: CssInputs): number {
  let minima = inputs.otherMinimaAnnualCents;
  const aspaAbatt = h.couple ? p.abattementAspaCouple : p.abattementAspaSeul;
  for (let k = 0; k < 12; k++) {
    const aah = inputs.aahMonthlyCents[k] ?? 0;
    if (aah > 0) minima += Math.max(aah - p.abattementAah, 0);
    const aspa = inputs.aspaMonthlyCents[k] ?? 0;
    if (aspa > 0) minima += Math.max(aspa - aspaAbatt, 0);
  }
  return minima;
}

/** D861-1 coefficient of the `person`-th person of the foyer (2 = the second): 0.5, 0.3, 0.3, then 0.4. */
const personCoef = (person: number, p: CssParams): number => (person === 2 ? p.coefficient2ePersonne : person <= 4 ? p.coefficient3eEt4ePersonne : p.coefficient5ePersonneEtPlus);

/** Ceiling of the free CSS (cents a year) for the foyer coefficient `coef`, DOM majoration included. */
function plafondGratuiteOf(h: Household, p: CssParams, coef: number): number {
  const dom = inDom(h.housing.depcom) ? 1 + p.majorationDom : 1;
  return Math.round(p.plafond * coef * dom) * 100;
}

/** Ceiling of the CSS with participation (cents a year): the free ceiling + 35 % (D861-1). */
const plafondParticipationOf = (plafondGratuite: number, p: CssParams): number => Math.round(plafondGratuite * (1 + p.majParticipation));

/**
 * Own resources of the foyer over the 12 months (R861-4 to R861-8): net incomes of the adults and of
 * the children under the age limit, minus 30 % of the activity income of an indemnified job-seeker.
 */
function ressourcesPropres(h: Household, pIdx: number, at: number, p: CssParams): number {
  let individual = 0, abattement = 0;
  for (const m of h.members) {
    if (m.role === 'child') {
      const age = ageAtIndex(m, pIdx, at);
      if (age < 0 || age >= p.ageLimit) continue;
    }
    const inc = m.incomes;
    individual += 12 * (inc.salaryNet + inc.unemploymentNet + inc.pensionNet + inc.alimonyReceived + inc.other);
    // R861-8: 30 % off the activity income of the past year for an indemnified job-seeker.
    if (m.activity === 'chomeur' && inc.unemploymentNet > 0) abattement += Math.round(12 * inc.salaryNet * p.abattementChomage);
  }
  return individual - abattement;
}

/**
 * Forfait logement (R861-5): owners and people housed free of charge, and households receiving a
 * housing aid (up to 12 × the aid), by foyer size capped at 3.
 */
function forfaitLogementCss(h: Household, size: number, aideLogementCents: number, p: CssParams): number {
  const idx = size >= 3 ? 2 : size - 1;
  const s = h.housing.status;
  let fl = 0;
  if (s === 'proprietaire' || s === 'heberge') fl += p.flSansAl[idx];
  if (aideLogementCents > 0) fl += Math.min(12 * aideLogementCents, p.flAvecAl[idx]);
  return fl;
}

/**
 * Coefficient of the foyer's ceiling (D861-1): 1, + 0.5 for the 2nd person, 0.3 for the 3rd and 4th,
 * 0.4 beyond; adults first, then children from the eldest, a child in shared custody for half (R861-2).
 */
function coefficientFoyer(h: Household, adults: number, children: { age: number; shared: boolean }[], p: CssParams): number {
  const ranked = [...children].sort((x, y) => y.age - x.age);
  let coef = 1;
  for (let i = 0; i < adults + ranked.length - 1; i++) {
    const childIndex = i - (adults - 1);
    const half = childIndex >= 0 && ranked[childIndex].shared ? 0.5 : 1;
    coef += personCoef(i + 2, p) * half;
  }
  return coef;
}

/** Foyer (R861-2), own resources of the 12 months, forfait logement and ceilings (into `d`). */
export function cssPrepare(h: Household, pIdx: number, at: number, p: CssParams, aideLogementCents: number, d: CssDetail): void {
  const adults = h.members.filter((m) => m.role === 'adult').length;
  // The foyer's children: under the age limit (25) and born in that month.
  const children = h.members
    .filter((m) => m.role === 'child')
    .map((m) => ({ age: ageAtIndex(m, pIdx, at), shared: m.sharedCustody }))
    .filter((c) => c.age >= 0 && c.age < p.ageLimit);
  const size = adults + children.length;
  const plafondGratuite = plafondGratuiteOf(h, p, coefficientFoyer(h, adults, children, p));
  d.individualNet = ressourcesPropres(h, pIdx, at, p);
  d.patrimoine = patrimoineIncomeSum(h, at, 1, 12);
  d.forfaitLogement = forfaitLogementCss(h, size, aideLogementCents, p);
  d.size = size;
  d.plafondGratuite = plafondGratuite;
  d.plafondParticipation = plafondParticipationOf(plafondGratuite, p);
}

/**
 * Status (L861-1: free under the ceiling or for RSA beneficiaries, with participation up to the
 * ceiling + 35 %) and participation (D861-3) from cssPrepare's `d`, the RSA of the month and the
 * look-back sums (family benefits, minima sociaux).
 */
export function cssDecide(
  h: Household, pIdx: number, at: number, p: CssParams, rsaCents: number, minima: number, familyAnnual: number, d: CssDetail,
): CssStatus {
  const members = h.members;
  const resources = d.individualNet + d.patrimoine + minima + familyAnnual + d.forfaitLogement;
  const plafondGratuite = d.plafondGratuite;
  const plafondParticipation = d.plafondParticipation;

  let status: CssStatus;
  if (rsaCents > 0 || resources <= plafondGratuite) status = 'gratuite';
  else if (resources <= plafondParticipation) status = 'participation';
  else status = 'non';

  // D861-3: monthly participation per member by age on 1 January of the year.
  let participation = 0;
  if (status === 'participation') {
    const jan = at - (at % 12);
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      const age = ageAtIndex(m, pIdx, jan);
      if (m.role === 'child' && (ageAtIndex(m, pIdx, at) < 0 || ageAtIndex(m, pIdx, at) >= p.ageLimit)) continue;
      let eur = 0;
      const bands = p.participation;
      for (let j = 0; j < bands.length; j++) if (age >= bands[j].ageMin) eur = bands[j].eur;
      participation += eurosToCents(eur);
    }
  }
  d.status = status;
  d.participation = participation;
  d.resources = resources;
  return status;
}

export function computeCss(h: Household, period: Period, inputs: CssInputs): CssResult {
  const p = cssParams(period);
  const d = newCssDetail();
  const status = cssCompute(h, monthIndex(h.period), monthIndex(period), p, inputs, d);
  const { participation, resources, forfaitLogement: fl, size, plafondGratuite, plafondParticipation } = d;
  const steps: ExplanationStep[] = [];

  if (inputs.rsaCents > 0) step(steps, 'css.rsa', {}, undefined, 'CSS art. L861-1, 1°');
  step(steps, 'css.ressources', { forfaitLogement: fl, montant: resources }, resources, 'CSS art. R861-4 à R861-10');
  step(steps, 'css.plafond_gratuite', { personnes: size, montant: plafondGratuite }, plafondGratuite, 'CSS art. L861-1, D861-1');
  step(steps, 'css.plafond_participation', { montant: plafondParticipation }, plafondParticipation, 'CSS art. L861-1, 2°');
  const key = status === 'gratuite' ? 'css.gratuite' : status === 'participation' ? 'css.participation' : 'css.non';
  step(steps, key, { montant: participation }, participation, status === 'participation' ? 'CSS art. D861-3' : undefined);

  return {
    benefit: 'css',
    period,
    eligible: status !== 'non',
    amountCents: participation,
    ruleVersion: CSS_RULE_VERSION,
    parameters: p.uses,
    steps,
    warnings: p.warnings,
    status,
    participationCents: participation,
    ressourcesAnnuelles: resources,
    plafondGratuite,
    plafondParticipation,
  };
}
