// Orchestration of every benefit for one household and month. Cross-benefit dependencies:
// - RSA(M) ↔ housing aid: the aid of M neutralises activity income when RSA was paid in M-1, and
//   the RSA forfait logement uses the aid of M. Under the stationary-household assumption (constant
//   incomes) the past RSA equals RSA(M): we solve that fixed point (≤ 2 passes, since the aid only
//   depends on whether the past RSA is positive).
// - Prime d'activité(M) = mean over M-3..M-1 of monthly amounts with each month's parameters,
//   housing aid, family benefits and AAH.
// - CSS(M) uses family benefits, AAH and ASPA of M-12..M-1 and the housing aid of M.
// - Family benefits use the N-2 income (fiscal model); with constant incomes every year sees the
//   same income (the reference computation instead sees no income before January N-2).
import { addMonths, type Household, type Period } from './household';
import { FAST, type BenefitResult, type RuleOptions } from './result';
import { computeAah, type AahResult } from './rules/aah';
import { computeAideLogement, type AideLogementResult } from './rules/aides-logement';
import { computeAspa, type AspaResult } from './rules/aspa';
import { computeChequeEnergie } from './rules/cheque-energie';
import { computeCss, type CssResult } from './rules/css';
import { fiscalN2 } from './rules/fiscal';
import { computePrimeActivite, type PpaMonthInputs, type PrimeActiviteResult } from './rules/prime-activite';
import {
  computePrestationsFamiliales,
  familyBenefitsAt,
  pfParams,
  type FamilyBenefits,
  type FamilyBenefitsResult,
} from './rules/prestations-familiales';
import { computeRsa, type RsaResult } from './rules/rsa';

export interface Evaluation {
  id: string;
  period: Period;
  rsa: RsaResult;
  primeActivite: PrimeActiviteResult;
  aideLogement: AideLogementResult;
  chequeEnergie: BenefitResult;
  css: CssResult;
  allocationsFamiliales: FamilyBenefitsResult;
  aah: AahResult;
  aspa: AspaResult;
  fixedPoint: { rsaPastMonthsCents: number; iterations: number; converged: boolean };
}

/** Per-evaluation memo of the month-dependent sub-results (index = months before M, 0 = M). */
class MonthCache {
  private readonly al: (AideLogementResult | undefined)[] = [];
  private readonly aah: (AahResult | undefined)[] = [];
  private readonly aspa: (AspaResult | undefined)[] = [];
  readonly needsAah: boolean;
  readonly needsAspa: boolean;

  constructor(
    private readonly h: Household,
    private readonly period: Period,
    private readonly rsaPast: number,
    private readonly pfResources: number,
  ) {
    let disabled = false, older = false;
    for (const m of h.members) {
      if (m.disabled || m.disabilityRate > 0 || m.aahOverride !== null) disabled = true;
      if (m.role === 'adult' && m.age >= 55) older = true;
    }
    this.needsAah = disabled;
    this.needsAspa = older || disabled;
  }

  alResult(k: number): AideLogementResult {
    let v = this.al[k];
    if (v === undefined) {
      v = computeAideLogement(this.h, addMonths(this.period, -k), { rsaPreviousMonthCents: this.rsaPast });
      this.al[k] = v;
    }
    return v;
  }

  alAt(k: number): number {
    return this.alResult(k).amountCents;
  }

  aahAt(k: number): AahResult | null {
    if (!this.needsAah) return null;
    let v = this.aah[k];
    if (v === undefined) {
      v = computeAah(this.h, addMonths(this.period, -k), FAST, this.alAt(k));
      this.aah[k] = v;
    }
    return v;
  }

  aspaAt(k: number): AspaResult | null {
    if (!this.needsAspa) return null;
    let v = this.aspa[k];
    if (v === undefined) {
      v = computeAspa(this.h, addMonths(this.period, -k));
      this.aspa[k] = v;
    }
    return v;
  }

  private readonly fam: (FamilyBenefits | undefined)[] = [];

  /** Family benefits k months before M; months 1..11 share children's ages, so a month with the
   *  same compiled parameters as the previous one has the same benefits. */
  familyAt(k: number): FamilyBenefits {
    const cached = this.fam[k];
    if (cached !== undefined) return cached;
    const m = addMonths(this.period, -k);
    if (k >= 2 && k <= 11) {
      const prev = this.fam[k - 1];
      if (prev !== undefined && pfParams(m) === pfParams(addMonths(this.period, -(k - 1)))) {
        this.fam[k] = prev;
        return prev;
      }
    }
    const v = familyBenefitsAt(this.h, m, this.pfResources);
    this.fam[k] = v;
    return v;
  }
}

function rsaAt(h: Household, period: Period, alCents: number, cache: MonthCache, family: FamilyBenefits, opts?: RuleOptions): RsaResult {
  let minima = 0;
  for (let k = 1; k <= 3; k++) {
    const a = cache.aahAt(k);
    const s = cache.aspaAt(k);
    if (a) minima += a.amountCents;
    if (s) minima += s.asiCents;
  }
  minima = Math.round(minima / 3);
  const aspaM = cache.aspaAt(0);
  if (aspaM) minima += aspaM.amountCents;
  return computeRsa(h, period, { aideLogementCents: alCents, family, minimaSociauxCents: minima }, opts);
}

export function evaluateHousehold(h: Household, opts: RuleOptions = FAST): Evaluation {
  const period = h.period;
  const pfR = fiscalN2(h, period).pfBaseRessourcesCents;
  const familyM = familyBenefitsAt(h, period, pfR);

  // Fixed point on the past RSA (stationary household).
  let rsaPast = 0;
  let cache = new MonthCache(h, period, rsaPast, pfR);
  let rsa = rsaAt(h, period, cache.alAt(0), cache, familyM);
  let iterations = 1;
  let converged = true;
  if (rsa.amountCents > 0) {
    rsaPast = rsa.amountCents;
    cache = new MonthCache(h, period, rsaPast, pfR);
    const again = rsaAt(h, period, cache.alAt(0), cache, familyM);
    iterations = 2;
    // Oscillation (RSA only without neutralisation) is resolved towards the neutralised state.
    converged = again.amountCents > 0;
    rsa = again;
  }
  if (opts.explain) rsa = rsaAt(h, period, cache.alAt(0), cache, familyM, opts);

  const aideLogement = opts.explain
    ? computeAideLogement(h, period, { rsaPreviousMonthCents: rsaPast }, opts)
    : cache.alResult(0);

  // Prime d'activité: the reference quarter (shifted by one month in experimenting départements).
  const shift = h.rsaExperimentation ? 1 : 0;
  const quarter: PpaMonthInputs[] = [];
  for (let k = 3 + shift; k >= 1 + shift; k--) {
    const a = cache.aahAt(k);
    const s = cache.aspaAt(k);
    quarter.push({
      aideLogementCents: cache.alAt(k),
      family: cache.familyAt(k),
      aahCents: a ? a.aahCents : 0,
      asiCents: s ? s.asiCents : 0,
      aspaCents: s ? s.amountCents : 0,
    });
  }
  const primeActivite = computePrimeActivite(h, period, quarter, opts);

  // CSS: 12 previous months.
  let familyAnnual = 0, otherMinima = 0;
  const aahMonthly: number[] = [];
  const aspaMonthly: number[] = [];
  for (let k = 1; k <= 12; k++) {
    const f = cache.familyAt(k);
    familyAnnual += f.af + f.asf + f.cf;
    const a = cache.aahAt(k);
    const s = cache.aspaAt(k);
    aahMonthly.push(a ? a.aahCents : 0);
    aspaMonthly.push(s ? s.amountCents : 0);
    otherMinima += (a ? a.complementCents : 0) + (s ? s.asiCents : 0);
  }
  const css = computeCss(
    h,
    period,
    {
      rsaCents: rsa.amountCents,
      aideLogementCents: aideLogement.amountCents,
      familyAnnualCents: familyAnnual,
      aahMonthlyCents: aahMonthly,
      otherMinimaAnnualCents: otherMinima,
      aspaMonthlyCents: aspaMonthly,
    },
    opts,
  );

  const aah = computeAah(h, period, opts, aideLogement.amountCents);
  const aspa = computeAspa(h, period, opts);
  return {
    id: h.id,
    period,
    rsa,
    primeActivite,
    aideLogement,
    chequeEnergie: computeChequeEnergie(h, period, opts),
    css,
    allocationsFamiliales: computePrestationsFamiliales(h, period, pfR, opts, familyM),
    aah,
    aspa,
    fixedPoint: { rsaPastMonthsCents: rsaPast, iterations, converged },
  };
}
