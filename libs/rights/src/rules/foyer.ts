// Composition and resource helpers shared by RSA and prime d'activité (same foyer definition:
// CASF R262-3, reused by the prime d'activité: adults plus children under 25).
import { ageAtMonth, monthIndex, type Household, type Member, type Period } from '../household';
import { memoByPeriod, Resolver, type ParameterUse } from '../parameters/dated';
import { aggregatesOf, type HouseholdAggregates } from './aggregates';
import { LIVRET_A_TAUX } from '../parameters/epargne';
import {
  RSA_ABATTEMENT_VALEUR_LOCATIVE,
  RSA_AGE_LIMITE_ENFANT,
  RSA_TAUX_EPARGNE_NON_PRODUCTIVE,
} from '../parameters/rsa';

export interface Foyer {
  adults: number;
  children: number;
  /** Age of the youngest child (or Infinity). */
  youngest: number;
}

/** Foyer RSA/PPA from the household aggregates at month index `at` (pIdx = household period). */
export function foyerOf(a: HouseholdAggregates, pIdx: number, at: number, childAgeLimit: number): Foyer {
  let children = 0, youngest = Infinity;
  const ages = a.childAge;
  for (let i = 0; i < a.children; i++) {
    const age = ageAtMonth(ages[i], pIdx, at);
    if (age < 0 || age >= childAgeLimit) continue;
    children++;
    youngest = Math.min(youngest, age);
  }
  return { adults: a.adults, children, youngest };
}

/** Foyer RSA/PPA at month index `at`: children under the age limit, born by then. */
export function foyerAt(h: Household, at: number, childAgeLimit: number): Foyer {
  return foyerOf(aggregatesOf(h), monthIndex(h.period), at, childAgeLimit);
}

/**
 * Composition multiplier of the montant forfaitaire (CASF R262-1, CSS D843-1): +50 % for the 2nd
 * person, +30 % for the 3rd (and the 4th in a couple), +40 % for each further person.
 */
export function compositionRate(f: Foyer, p: CompositionRates): number {
  const n = f.adults + f.children;
  let rate = 1;
  if (n >= 2) rate += p.majoration2ePersonne;
  if (n >= 3) rate += p.majoration3ePersonne;
  if (n >= 4) rate += f.adults === 2 ? p.majoration3ePersonne : p.majorationPersonneSupplementaire;
  if (n >= 5) rate += p.majorationPersonneSupplementaire * (n - 4);
  return rate;
}

/** The majorations of compositionRate, from the compiled parameters of the RSA or the prime d'activité. */
export interface CompositionRates {
  readonly majoration2ePersonne: number;
  readonly majoration3ePersonne: number;
  readonly majorationPersonneSupplementaire: number;
}

interface PatrimoineParams {
  livretA: number;
  nonProductive: number;
  valeurLocative: number;
  childAgeLimit: number;
  uses: ParameterUse[];
  warnings: string[];
}

export const patrimoineParams = memoByPeriod((period: Period): PatrimoineParams => {
  const r = new Resolver(period);
  return {
    livretA: r.get(LIVRET_A_TAUX),
    nonProductive: r.get(RSA_TAUX_EPARGNE_NON_PRODUCTIVE),
    valeurLocative: r.get(RSA_ABATTEMENT_VALEUR_LOCATIVE),
    childAgeLimit: r.get(RSA_AGE_LIMITE_ENFANT),
    uses: r.uses,
    warnings: r.warnings,
  };
});

/**
 * Monthly income attributed to savings and property in month `period` (CASF R262-6, R132-1):
 * actual Livret A interest, 3 % a year on other tax-free savings, 50 % of the rental value of
 * unlet property, plus declared capital income.
 */
export function patrimoineIncome(h: Household, period: Period): number {
  return patrimoineIncomeAt(h, monthIndex(period));
}

/** Sum of patrimoineIncomeAt(h, at - k) for k = from..to (one test for households without savings). */
export function patrimoineIncomeSum(h: Household, at: number, from: number, to: number): number {
  const pat = h.patrimoine;
  if (
    pat.livretA === 0 && pat.savingsTaxFree === 0 && pat.rentalValueNotRented === 0 &&
    pat.capitalIncomeMonthly === 0
  ) {
    return 0;
  }
  let sum = 0;
  for (let k = from; k <= to; k++) sum += patrimoineIncomeAt(h, at - k);
  return sum;
}

/** patrimoineIncome for month index `at`. */
export function patrimoineIncomeAt(h: Household, at: number): number {
  const pat = h.patrimoine;
  if (
    pat.livretA === 0 && pat.savingsTaxFree === 0 && pat.rentalValueNotRented === 0 &&
    pat.capitalIncomeMonthly === 0
  ) {
    return 0;
  }
  const p = patrimoineParams.at(at);
  return Math.round(
    (pat.livretA * p.livretA) / 12 +
      (pat.savingsTaxFree * p.nonProductive) / 12 +
      (pat.rentalValueNotRented * p.valeurLocative) / 12 +
      pat.capitalIncomeMonthly,
  );
}

/** Non-activity individual resources of a member (cents/month). */
export function replacementIncome(m: Member): number {
  const inc = m.incomes;
  return inc.unemploymentNet + inc.pensionNet + inc.alimonyReceived + inc.other;
}
