// Normalized household: the one shape every rule reads. Money is integer cents per month,
// ages are whole years at `period`; adapters (reference cases, API DTOs) build it.

/** A calendar month, 'YYYY-MM'. */
export type Period = string;

export type Role = 'adult' | 'child';
export type Activity = 'actif' | 'chomeur' | 'etudiant' | 'retraite' | 'inactif';
export type CoupleType = 'marie' | 'pacse' | 'concubin';
export type HousingStatus = 'locataire' | 'proprietaire' | 'heberge' | 'primo_accedant' | 'sans_domicile';
export type RentalType = 'vide' | 'meuble' | 'hlm' | 'foyer';

/** Monthly incomes of one person, integer cents, assumed constant over the look-back windows. */
export interface Incomes {
  salaryNet: number;
  /** Salaire imposable (net + CSG/CRDS non déductibles): AL resources, income tax, AAH. */
  salaryTaxable: number;
  /** Salaire brut: ASPA/ASI resources only. */
  salaryGross: number;
  unemploymentNet: number;
  unemploymentTaxable: number;
  pensionNet: number;
  pensionTaxable: number;
  pensionGross: number;
  /** Pensions alimentaires perçues. */
  alimonyReceived: number;
  /** Any other monthly resource counted by minima sociaux (cents). */
  other: number;
}

export interface Member {
  role: Role;
  /** Age in whole years during `Household.period` (and the 11 months before it). */
  age: number;
  activity: Activity;
  student: boolean;
  /** Holds a bourse de l'enseignement supérieur (CCH R822-20: lower housing-aid forfait). */
  boursier?: boolean;
  disabled: boolean;
  /** Taux d'incapacité 0..1 (0 when not disabled). */
  disabilityRate: number;
  /** Restriction substantielle et durable d'accès à l'emploi (AAH at 50-79 %). */
  rsdae: boolean;
  /** AAH amount imposed by the caller (cents/month), or null to compute it. */
  aahOverride: number | null;
  sharedCustody: boolean;
  incomes: Incomes;
}

export interface Housing {
  status: HousingStatus;
  /** Only meaningful for tenants. */
  rentalType: RentalType;
  /** Rent excluding charges, cents/month (0 for owners without loan, hosted persons). */
  rent: number;
  /** Actual charges if known (cents/month); null ⇒ the AL forfait. */
  charges: number | null;
  zone: 1 | 2 | 3;
  /** INSEE commune code (region, DOM, Alsace-Moselle). */
  depcom: string;
  coloc: boolean;
  room: boolean;
}

/** Savings and property of the household, capital in cents (income per month for capital income). */
export interface Patrimoine {
  livretA: number;
  savingsTaxFree: number;
  savingsTaxable: number;
  propertyNotRented: number;
  rentalValueNotRented: number;
  capitalIncomeMonthly: number;
}

export interface Household {
  id: string;
  /** Month for which benefits are computed. */
  period: Period;
  couple: boolean;
  /** Married/pacsé ⇒ one foyer fiscal; concubin ⇒ two (children on the 1st adult's). */
  coupleType: CoupleType;
  /** Adults first (demandeur, then conjoint), then children. */
  members: Member[];
  housing: Housing;
  patrimoine: Patrimoine;
  /** Single parent entitled to the ASF (no child support paid by the other parent). */
  asfEligible: boolean;
  /** Département running the RSA/PPA experiment (PPA quarter shifted by one month). */
  rsaExperimentation: boolean;
}

export const ZERO_INCOMES: Readonly<Incomes> = Object.freeze({
  salaryNet: 0, salaryTaxable: 0, salaryGross: 0,
  unemploymentNet: 0, unemploymentTaxable: 0,
  pensionNet: 0, pensionTaxable: 0, pensionGross: 0,
  alimonyReceived: 0, other: 0,
});

export const ZERO_PATRIMOINE: Readonly<Patrimoine> = Object.freeze({
  livretA: 0, savingsTaxFree: 0, savingsTaxable: 0,
  propertyNotRented: 0, rentalValueNotRented: 0, capitalIncomeMonthly: 0,
});

/**
 * Age of a member during month `at`, given their age during `h.period`. A person is taken to turn
 * one year older the month after `h.period` (the reference-case convention), so ages are stable over
 * the 11 months before `period` and one year lower from 12 months before.
 */
export function ageAt(member: Member, h: Household, at: Period): number {
  return ageAtMonth(member.age, monthIndex(h.period), monthIndex(at));
}

/** 'YYYY-MM' → months since year 0 (no Date). */
export function monthIndex(period: Period): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

/** Inverse of monthIndex. */
export function periodFromIndex(index: number): Period {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

/** `period` shifted by `delta` months. */
export function addMonths(period: Period, delta: number): Period {
  return periodFromIndex(monthIndex(period) + delta);
}

export const isAdult = (m: Member): boolean => m.role === 'adult';
export const isChild = (m: Member): boolean => m.role === 'child';

/**
 * Age at month index `at` of a member whose age is known for the household period index `pIdx`
 * (same convention as ageAt); negative when the person is not born yet at `at`.
 */
export function ageAtIndex(member: Member, pIdx: number, at: number): number {
  return ageAtMonth(member.age, pIdx, at);
}

/**
 * The convention of ageAt with month indices: `age` during the period `pIdx`, one year older from
 * the month after it, one year younger from 12 months before it, negative before birth (born
 * 11 + 12·age months before the period).
 */
export function ageAtMonth(age: number, pIdx: number, at: number): number {
  return age + Math.floor((11 - pIdx + at) / 12);
}
