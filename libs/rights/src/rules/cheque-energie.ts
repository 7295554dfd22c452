// Chèque énergie (Code de l'énergie L124-1, R124-1 s.): an annual amount for the calendar year of
// the period, from the revenu fiscal de référence of year N-2 of the ménage divided by its
// consumption units (R124-2: 1 for the first person, 0.5 for the second, 0.3 for each other person;
// a child in shared custody counts half). Only occupants of a taxable dwelling receive it (L124-1):
// owners and tenants, not persons housed free of charge, in a foyer, or without a home.
import type { Household, Period } from '../household';
import { step, type BenefitResult, type ExplanationStep } from '../result';
import { memoByPeriod, Resolver, type ParameterUse } from '../parameters/dated';
import { CE_BAREME, CE_UNITES_CONSOMMATION } from '../parameters/cheque-energie';
import { aggregatesOf, type HouseholdAggregates } from './aggregates';
import { fiscalN2, fiscalParameterUses } from './fiscal';

export const CHEQUE_ENERGIE_RULE_VERSION = 'cheque_energie@2026.1';

export interface ChequeEnergieParams {
  premiere: number;
  deuxieme: number;
  autres: number;
  /** Thresholds in cents of RFR per UC. */
  seuils: number[];
  uneUc: number[];
  entre: number[];
  deuxEtPlus: number[];
  uses: ParameterUse[];
  /** Own uses followed by the income-tax ones (RFR N-2). */
  allUses: ParameterUse[];
  warnings: string[];
}

export const chequeEnergieParams = memoByPeriod((period: Period): ChequeEnergieParams => {
  // The chèque is an annual right: parameters of 1 January of the year.
  const r = new Resolver(`${period.slice(0, 4)}-01`);
  const uc = r.get(CE_UNITES_CONSOMMATION);
  const b = r.get(CE_BAREME);
  const cents = (xs: readonly number[]): number[] => xs.map((x) => Math.round(x * 100));
  return {
    premiere: uc.premiere,
    deuxieme: uc.deuxieme,
    autres: uc.autres,
    seuils: cents(b.seuils),
    uneUc: cents(b.uneUc),
    entre: cents(b.entreUneEtDeuxUc),
    deuxEtPlus: cents(b.deuxUcEtPlus),
    uses: r.uses,
    allUses: r.uses.concat(fiscalParameterUses(period)),
    warnings: r.warnings,
  };
});

/** Consumption units of the ménage (R124-2). */
export function unitesConsommation(h: Household, period: Period): number {
  return unitesConsommationWith(aggregatesOf(h), chequeEnergieParams(period));
}

function unitesConsommationWith(a: HouseholdAggregates, c: ChequeEnergieParams): number {
  // Persons, a child in shared custody counting half.
  const n = a.ucPersons;
  let uc = c.premiere;
  if (n > 1) uc += c.deuxieme * (Math.min(n, 2) - 1);
  if (n > 2) uc += c.autres * (n - 2);
  return Math.round(uc * 1000) / 1000;
}

function result(period: Period, c: ChequeEnergieParams, eligible: boolean, amountCents: number, steps: ExplanationStep[]): BenefitResult {
  return {
    benefit: 'cheque_energie',
    period,
    eligible,
    amountCents,
    ruleVersion: CHEQUE_ENERGIE_RULE_VERSION,
    parameters: eligible ? c.allUses : c.uses,
    steps,
    warnings: c.warnings,
  };
}

export function logementEligibleChequeEnergie(h: Household): boolean {
  const s = h.housing.status;
  if (s === 'proprietaire' || s === 'primo_accedant') return true;
  return s === 'locataire' && h.housing.rentalType !== 'foyer';
}

/** Occupant of a taxable dwelling with a declarant (L124-1): otherwise no chèque, no RFR needed. */
export function chequeEnergieOuvert(h: Household, a: HouseholdAggregates): boolean {
  return logementEligibleChequeEnergie(h) && a.adults > 0;
}

/** Intermediates of one chèque énergie computation. */
export interface ChequeEnergieDetail {
  uc: number;
  perUc: number;
}

/**
 * The chèque énergie scale (code de l'énergie R124-2, arrêté du 26 décembre 2018) for a
 * household with chequeEnergieOuvert(h), c = chequeEnergieParams(period), from its RFR N-2.
 */
export function chequeEnergieAmount(a: HouseholdAggregates, c: ChequeEnergieParams, rfrCents: number, d: ChequeEnergieDetail): number {
  const uc = unitesConsommationWith(a, c);
  const perUc = rfrCents / uc;
  const table = uc <= 1 ? c.uneUc : uc < 2 ? c.entre : c.deuxEtPlus;
  let i = c.seuils.length - 1;
  while (i > 0 && perUc < c.seuils[i]) i--;
  d.uc = uc;
  d.perUc = perUc;
  return table[i];
}

export function computeChequeEnergie(h: Household, period: Period): BenefitResult {
  const c = chequeEnergieParams(period);
  const steps: ExplanationStep[] = [];
  const a = aggregatesOf(h);
  if (!chequeEnergieOuvert(h, a)) {
    step(steps, 'ce.non_eligible', {}, 0, 'Code de l’énergie L124-1');
    return result(period, c, false, 0, steps);
  }
  const fiscal = fiscalN2(h, period);
  const d: ChequeEnergieDetail = { uc: 0, perUc: 0 };
  const amount = chequeEnergieAmount(a, c, fiscal.rfrCents, d);
  const { uc, perUc } = d;
  step(steps, 'ce.rfr', { annee: fiscal.year, montant: fiscal.rfrCents }, fiscal.rfrCents, 'CGI art. 1417 IV');
  step(steps, 'ce.uc', { uc }, undefined, 'Code de l’énergie R124-2');
  step(steps, 'ce.rfr_par_uc', { montant: Math.round(perUc) }, Math.round(perUc));
  step(steps, 'ce.montant', { annee: Number(period.slice(0, 4)), montant: amount }, amount, 'Arrêté du 26 décembre 2018, art. 1');
  return result(period, c, amount > 0, amount, steps);
}
