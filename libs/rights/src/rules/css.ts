// Complémentaire santé solidaire (CSS L861-1, R861-1 s., D861-1 to D861-3): free when the foyer's
// resources of the 12 previous months (with a forfait logement) are under the ceiling, or when the
// foyer receives the RSA; with a monthly participation by age up to the ceiling + 35 %.
import { ageAtMonth, ageAtIndex, monthIndex, type Household, type Period } from '../household';
import { eurosToCents, memoByPeriod, Resolver, type ParameterUse } from '../parameters/dated';
import * as P from '../parameters/css';
import { RSA_MAJORATION_2E_PERSONNE, RSA_MAJORATION_3E_PERSONNE, RSA_MONTANT_FORFAITAIRE } from '../parameters/rsa';
import { formatEuros, step, type BenefitResult, type ExplanationStep, type RuleOptions } from '../result';
import { aggregatesOf, type HouseholdAggregates } from './aggregates';
import { patrimoineIncomeSum } from './foyer';
import { max, min, round } from '../math';

export const CSS_RULE_VERSION = 'css@2026.1';

export type CssStatus = 'gratuite' | 'participation' | 'non';

export interface CssParams {
  plafond: number; // euros (rounded to the euro after coefficients)
  c2: number;
  c34: number;
  c5: number;
  dom: number;
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
    c2: r.get(P.CSS_COEF_2E_PERSONNE),
    c34: r.get(P.CSS_COEF_3E_4E_PERSONNE),
    c5: r.get(P.CSS_COEF_5E_PERSONNE_PLUS),
    dom: r.get(P.CSS_MAJORATION_DOM),
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

/** Ages of the foyer's children (scratch, the first nChildren entries, sorted from the eldest). */
const childAgesScratch: number[] = [];

/**
 * The CSS formula (one copy, used by computeCss and the batch path) for month index `at` with
 * p = cssParams(at): cssPrepare (foyer, own resources, forfait logement, ceilings), then
 * cssLookbackMinima (other benefits of the 12 months), then cssDecide (status, participation).
 */
export function cssCompute(
  h: Household, pIdx: number, at: number, p: CssParams, inputs: CssInputs, d: CssDetail,
): CssStatus {
  cssPrepare(h, aggregatesOf(h), pIdx, at, p, inputs.aideLogementCents, d);
  return cssDecide(h, pIdx, at, p, inputs.rsaCents, cssLookbackMinima(h, p, inputs), inputs.familyAnnualCents, d);
}

/** Minima sociaux of the 12 months (AAH − 68 €, ASPA − 71/110 €, MVA, ASI): always ≥ 0. */
export function cssLookbackMinima(h: Household, p: CssParams, inputs: CssInputs): number {
  let minima = inputs.otherMinimaAnnualCents;
  const aspaAbatt = h.couple ? p.abattementAspaCouple : p.abattementAspaSeul;
  for (let k = 0; k < 12; k++) {
    const aah = inputs.aahMonthlyCents[k] ?? 0;
    if (aah > 0) minima += max(aah - p.abattementAah, 0);
    const aspa = inputs.aspaMonthlyCents[k] ?? 0;
    if (aspa > 0) minima += max(aspa - aspaAbatt, 0);
  }
  return minima;
}

/**
 * Whether the CSS status is `non` whatever the look-back, the forfait logement and the foyer's exact
 * composition: without a job-seeker abattement, the adults' own incomes of the 12 months already
 * exceed the participation ceiling of the largest foyer the household can form (every child counted
 * in full, the DOM majoration when it applies). Same expressions as cssPrepare, each term at least
 * as large, so the ceiling computed here is at least cssPrepare's. The caller checks the RSA is 0.
 */
export function cssSurelyNon(h: Household, a: HouseholdAggregates, p: CssParams): boolean {
  if (a.anyIndemnisedJobSeeker) return false;
  let coef = 1;
  for (let i = 0; i < a.adults + a.children - 1; i++) coef += personCoef(i + 2, p);
  return a.cssAdultsIndividual > plafondParticipationOf(plafondGratuiteOf(h, p, coef), p);
}

/** D861-1 coefficient of the `person`-th person of the foyer (2 = the second): 0.5, 0.3, 0.3, then 0.4. */
const personCoef = (person: number, p: CssParams): number => (person === 2 ? p.c2 : person <= 4 ? p.c34 : p.c5);

/** Ceiling of the free CSS (cents a year) for the foyer coefficient `coef`, DOM majoration included. */
function plafondGratuiteOf(h: Household, p: CssParams, coef: number): number {
  const dom = inDom(h.housing.depcom) ? 1 + p.dom : 1;
  return round(p.plafond * coef * dom) * 100;
}

/** Ceiling of the CSS with participation (cents a year): the free ceiling + 35 % (D861-1). */
const plafondParticipationOf = (plafondGratuite: number, p: CssParams): number => round(plafondGratuite * (1 + p.majParticipation));

/** Foyer, own resources of the 12 months, forfait logement and ceilings (into `d`). */
export function cssPrepare(
  h: Household, a: HouseholdAggregates, pIdx: number, at: number, p: CssParams, aideLogementCents: number, d: CssDetail,
): void {
  const members = h.members;

  // Foyer (R861-2): the adults and the children under 25; children ranked from the eldest.
  const childAges = childAgesScratch;
  let nChildren = 0, sharedChildren = 0, allChildren = 0;
  let adults = 0, individual = 0, abattement = 0;
  if (a.childIncome) {
    for (let i = 0; i < members.length; i++) {
      const m = members[i];
      const age = ageAtIndex(m, pIdx, at);
      if (m.role === 'child') {
        allChildren++;
        if (m.sharedCustody) sharedChildren++;
        if (age < 0 || age >= p.ageLimit) continue;
      }
      if (m.role === 'adult') adults++;
      else childAges[nChildren++] = age;
      const inc = m.incomes;
      individual += 12 * (inc.salaryNet + inc.unemploymentNet + inc.pensionNet + inc.alimonyReceived + inc.other);
      // R861-8: 30 % off the activity income of the past year for an indemnified job-seeker.
      if (m.activity === 'chomeur' && inc.unemploymentNet > 0) abattement += round(12 * inc.salaryNet * p.abattementChomage);
    }
  } else {
    // Children without income add 0 to the resources: the adults' sum (member order) is the same.
    adults = a.adults;
    individual = a.cssAdultsIndividual;
    allChildren = a.children;
    sharedChildren = a.childrenShared;
    for (let i = 0; i < a.children; i++) {
      const age = ageAtMonth(a.childAge[i], pIdx, at);
      if (age < 0 || age >= p.ageLimit) continue;
      childAges[nChildren++] = age;
    }
    if (a.anyIndemnisedJobSeeker) {
      for (let i = 0; i < members.length; i++) {
        const m = members[i];
        const inc = m.incomes;
        if (m.role === 'adult' && m.activity === 'chomeur' && inc.unemploymentNet > 0) abattement += round(12 * inc.salaryNet * p.abattementChomage);
      }
    }
  }
  const patrimoine = patrimoineIncomeSum(h, at, 1, 12);

  const size = adults + nChildren;
  const idx = size >= 3 ? 2 : size - 1;
  const s = h.housing.status;
  let fl = 0;
  if (s === 'proprietaire' || s === 'heberge') fl += p.flSansAl[idx];
  if (aideLogementCents > 0) fl += min(12 * aideLogementCents, p.flAvecAl[idx]);

  // D861-1 ceiling: 1 + 0.5 for the 2nd person, 0.3 for the 3rd and 4th, 0.4 beyond.
  // Children by decreasing age (insertion sort: a handful of numbers, no allocation); the order only
  // matters to find the children in shared custody.
  for (let i = 1; i < nChildren && sharedChildren > 0; i++) {
    const v = childAges[i];
    let j = i - 1;
    while (j >= 0 && childAges[j] < v) {
      childAges[j + 1] = childAges[j];
      j--;
    }
    childAges[j + 1] = v;
  }
  let coef = 1;
  for (let i = 0; i < nChildren + adults - 1; i++) {
    const c = personCoef(i + 2, p);
    // Children in shared custody count for half (R861-2).
    const childIndex = i - (adults - 1);
    const half = childIndex >= 0 && isSharedCustody(h, sharedChildren, allChildren, childAges[childIndex]) ? 0.5 : 1;
    coef += c * half;
  }
  const plafondGratuite = plafondGratuiteOf(h, p, coef);
  d.individualNet = individual - abattement;
  d.patrimoine = patrimoine;
  d.forfaitLogement = fl;
  d.size = size;
  d.plafondGratuite = plafondGratuite;
  d.plafondParticipation = plafondParticipationOf(plafondGratuite, p);
}

/**
 * Status and participation from cssPrepare's `d`, the RSA of the month and the look-back sums.
 * `minima` and `familyAnnual` are ≥ 0 and only ever added, so when `rsaCents > 0` or
 * cssResourcesFloor(d) already exceeds the participation ceiling, the result does not depend on
 * them (the batch path then skips the look-back; evaluate-fast.spec.ts checks it).
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

/** The resources of cssDecide without the look-back sums (a lower bound of them). */
export function cssResourcesFloor(d: CssDetail): number {
  return d.individualNet + d.patrimoine + 0 + 0 + d.forfaitLogement;
}

export function computeCss(h: Household, period: Period, inputs: CssInputs, opts?: RuleOptions): CssResult {
  const p = cssParams(period);
  const d = newCssDetail();
  const status = cssCompute(h, monthIndex(h.period), monthIndex(period), p, inputs, d);
  const { participation, resources, forfaitLogement: fl, size, plafondGratuite, plafondParticipation } = d;
  const steps: ExplanationStep[] | null = opts?.explain ? [] : null;

  if (steps) {
    if (inputs.rsaCents > 0) step(steps, 'Le foyer perçoit le RSA : CSS sans participation', undefined, 'CSS art. L861-1, 1°');
    step(steps, `Ressources des 12 derniers mois (dont forfait logement ${formatEuros(fl)}) : ${formatEuros(resources)}`, resources, 'CSS art. R861-4 à R861-10');
    step(steps, `Plafond CSS sans participation pour ${size} personne(s) : ${formatEuros(plafondGratuite)}`, plafondGratuite, 'CSS art. L861-1, D861-1');
    step(steps, `Plafond CSS avec participation : ${formatEuros(plafondParticipation)}`, plafondParticipation, 'CSS art. L861-1, 2°');
    const label = status === 'gratuite' ? 'CSS sans participation' : status === 'participation'
      ? `CSS avec participation de ${formatEuros(participation)} par mois` : 'Pas de droit à la CSS';
    step(steps, label, participation, status === 'participation' ? 'CSS art. D861-3' : undefined);
  }

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

/**
 * Whether the child of rank `age` (by decreasing age) is in shared custody, given the household's
 * number of children in shared custody and of children.
 */
function isSharedCustody(h: Household, shared: number, total: number, age: number): boolean {
  if (shared === 0) return false;
  if (shared === total) return true;
  // Mixed custody: attribute by age rank (exact matching by member is not needed for ranking).
  const members = h.members;
  for (let i = 0; i < members.length; i++) {
    const m = members[i];
    if (m.role === 'child' && m.sharedCustody && m.age === age) return true;
  }
  return false;
}
