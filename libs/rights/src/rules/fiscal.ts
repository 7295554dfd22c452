// Income-tax quantities of year N-2 (N = year of the period): revenu net catégoriel and revenu fiscal
// de référence of each foyer fiscal, summed over the ménage.
//
// Foyers: a married or pacsé couple files one joint return (CGI art. 6-1); concubins file two, the
// children being attached to the first adult's. Incomes are the constant monthly amounts ×12.
//   salaires + allocations chômage − 10 % frais professionnels, min/max per person (CGI art. 83 3°)
//   pensions (and pensions alimentaires reçues) − 10 %, min per person, max per foyer (art. 158 5 a)
//   revenu net global − abattement personnes âgées of art. 157 bis            → RFR (art. 1417 IV)
// The revenu net catégoriel (before the art. 157 bis abattement) is the family-benefits resource
// (CSS R532-3). Not modelled: frais réels, capital income, rental income, charges déductibles.
import { ageAtIndex, monthIndex, type Household, type Member, type Period } from '../household';
import { memoByPeriod, Resolver, eurosToCents, type ParameterUse } from '../parameters/dated';
import { IR_ABATTEMENT_FRAIS_PRO, IR_ABATTEMENT_PENSIONS, IR_ABATTEMENT_PERSONNES_AGEES } from '../parameters/fiscal';
import { roundEuro } from '../math';

export interface FiscalN2 {
  /** Income year N-2. */
  year: number;
  /** RFR of N-2 summed over the ménage's foyers fiscaux (cents/year). */
  rfrCents: number;
  /** Revenu net catégoriel N-2 of the famille (AF modulation, PAJE, CF), cents/year. */
  pfBaseRessourcesCents: number;
  /** Number of foyers fiscaux with at least one declarant. */
  foyers: number;
  parameters: readonly ParameterUse[];
}

interface FiscalParams {
  year: number;
  proTaux: number;
  proMin: number;
  proMax: number;
  penTaux: number;
  penMin: number;
  penMax: number;
  ageMin: number;
  agePlafond1: number;
  ageMontant1: number;
  agePlafond2: number;
  ageMontant2: number;
  uses: ParameterUse[];
}

/** Parameters of income year `year`, looked up on its 1 January. */
const compileYear = memoByPeriod((jan: Period): FiscalParams => {
  const r = new Resolver(jan);
  const pro = r.get(IR_ABATTEMENT_FRAIS_PRO);
  const pen = r.get(IR_ABATTEMENT_PENSIONS);
  const age = r.get(IR_ABATTEMENT_PERSONNES_AGEES);
  return {
    year: Number(jan.slice(0, 4)),
    proTaux: pro.taux,
    proMin: eurosToCents(pro.min),
    proMax: eurosToCents(pro.max),
    penTaux: pen.taux,
    penMin: eurosToCents(pen.min),
    penMax: eurosToCents(pen.max),
    ageMin: age.age,
    agePlafond1: eurosToCents(age.plafond1),
    ageMontant1: eurosToCents(age.montant1),
    agePlafond2: eurosToCents(age.plafond2),
    ageMontant2: eurosToCents(age.montant2),
    uses: r.uses,
  };
});

/** Salaries and unemployment benefits after the 10 % deduction (cents/year, one person). */
export function netSalaryIncome(annualCents: number, taux: number, floor: number, ceiling: number): number {
  if (annualCents <= 0) return 0;
  const ded = Math.min(Math.max(roundEuro(annualCents * taux), floor), ceiling);
  return annualCents > ded ? annualCents - ded : 0;
}

/** Revenu net catégoriel, revenu fiscal de référence (cents/year) and number of foyers fiscaux of one foyer. */
interface FoyerFiscal {
  rnc: number;
  rfr: number;
  foyers: number;
}

/**
 * One foyer fiscal's income of year N-2 (CGI art. 83, 3°, 158, 157 bis): salaries and unemployment
 * benefits after the 10 % deduction, pensions after theirs, and the abattement for declarants aged
 * 65 or more (the RFR).
 */
function foyerIncome(members: readonly Member[], pIdx: number, p: FiscalParams): FoyerFiscal {
  let rnc = 0;
  let penGross = 0;
  let penDed = 0;
  let declarants = 0, declarantsOver = 0;
  const december = p.year * 12 + 11;
  for (const m of members) {
    const inc = m.incomes;
    rnc += netSalaryIncome(12 * (inc.salaryTaxable + inc.unemploymentTaxable), p.proTaux, p.proMin, p.proMax);
    const pen = 12 * (inc.pensionTaxable + inc.alimonyReceived);
    if (pen > 0) {
      penGross += pen;
      penDed += Math.min(pen, Math.max(roundEuro(pen * p.penTaux), p.penMin));
    }
    if (m.role === 'adult') {
      declarants++;
      if (ageAtIndex(m, pIdx, december) >= p.ageMin) declarantsOver++;
    }
  }
  rnc += penGross - Math.min(penDed, p.penMax);
  let abattement = 0;
  if (declarantsOver > 0) {
    if (rnc <= p.agePlafond1) abattement = declarantsOver * p.ageMontant1;
    else if (rnc <= p.agePlafond2) abattement = declarantsOver * p.ageMontant2;
  }
  return { rnc, rfr: rnc > abattement ? rnc - abattement : 0, foyers: declarants > 0 ? 1 : 0 };
}

/** Parameter uses of the fiscal computation for `period` (memoized, shared array). */
export function fiscalParameterUses(period: Period): readonly ParameterUse[] {
  return compileYear.at((Math.floor(monthIndex(period) / 12) - 2) * 12).uses;
}

/** RFR and revenu net catégoriel of year N-2 for the household of `period`. */
export function fiscalN2(h: Household, period: Period): FiscalN2 {
  const out: FiscalN2Amounts = { year: 0, rfrCents: 0, pfBaseRessourcesCents: 0, foyers: 0 };
  const p = fiscalN2Into(h, monthIndex(h.period), monthIndex(period), out);
  return { year: out.year, rfrCents: out.rfrCents, pfBaseRessourcesCents: out.pfBaseRessourcesCents, foyers: out.foyers, parameters: p.uses };
}

export type FiscalN2Amounts = Omit<FiscalN2, 'parameters'>;

/** The income-tax model for the year N-2 of month index `at`; writes into `out` and returns the compiled parameters used. */
export function fiscalN2Into(h: Household, pIdx: number, at: number, out: FiscalN2Amounts): { uses: ParameterUse[] } {
  const year = Math.floor(at / 12) - 2;
  const p = compileYear.at(year * 12);
  const f = h.couple && h.coupleType === 'concubin' ? concubinsIncome(h.members, pIdx, p) : foyerIncome(h.members, pIdx, p);
  out.year = year;
  out.rfrCents = Math.round(f.rfr);
  out.pfBaseRessourcesCents = Math.round(f.rnc);
  out.foyers = f.foyers;
  return p;
}

/** Concubins file separately: the second adult alone, the children with the first adult. */
function concubinsIncome(members: readonly Member[], pIdx: number, p: FiscalParams): FoyerFiscal {
  const second = members.filter((m) => m.role === 'adult')[1];
  const a = foyerIncome(members.filter((m) => m !== second), pIdx, p);
  const b = foyerIncome(second === undefined ? [] : [second], pIdx, p);
  return { rfr: a.rfr + b.rfr, rnc: a.rnc + b.rnc, foyers: 2 };
}
