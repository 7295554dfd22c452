// Every benefit of one household for one month. The benefits depend on each other:
// - RSA(M) ↔ housing aid: the aid of M neutralises activity income when RSA was paid in M-1, and
//   the RSA forfait logement uses the aid of M. Under the stationary-household assumption (constant
//   incomes) the past RSA equals RSA(M): we solve that fixed point (≤ 2 passes, since the aid only
//   depends on whether the past RSA is positive).
// - Prime d'activité(M) = mean over M-3..M-1 (M-4..M-2 in experimenting départements) of monthly
//   amounts with each month's parameters, housing aid, family benefits, AAH and ASPA.
// - CSS(M) uses family benefits, AAH and ASPA of M-12..M-1 and the housing aid of M.
// - Family benefits use the N-2 income (fiscal model); with constant incomes every year sees the
//   same income (the reference computation instead sees no income before January N-2).
// The months before M are computed on demand, each once (LookBack); then each rule builds the
// result of month M with its explanation steps (data: template key, numbers, legal reference).
import { monthIndex, type Household, type Period } from './household';
import type { BenefitResult } from './result';
import { aahMonthInto, aahTotalWithMva, computeAah, newAahMonth, aahParams, type AahMonth, type AahResult } from './rules/aah';
import { aggregatesOf, type HouseholdAggregates } from './rules/aggregates';
import { aideLogementAmount, computeAideLogement, newAideLogementDetail, type AideLogementResult } from './rules/aides-logement';
import { alParams } from './rules/aides-logement/compiled';
import { ASI_CENTS, aspaAmount, aspaParams, computeAspa, newAspaDetail, type AspaResult } from './rules/aspa';
import { computeChequeEnergie } from './rules/cheque-energie';
import { computeCss, type CssInputs, type CssResult } from './rules/css';
import { fiscalN2 } from './rules/fiscal';
import { computePrimeActivite, type PpaMonthInputs, type PrimeActiviteResult } from './rules/prime-activite';
import {
  computeAsf,
  computeComplementFamilial,
  computePrestationsFamiliales,
  familyBenefitsInto,
  newFamilyBenefits,
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
  /** Allocation de soutien familial (CSS L523-1). */
  asf: BenefitResult;
  /** Complément familial (CSS L522-1). */
  complementFamilial: BenefitResult;
  aah: AahResult;
  aspa: AspaResult;
  fixedPoint: { rsaPastMonthsCents: number; iterations: number; converged: boolean };
}

/** Memoizes `compute(k)` in a Map: each look-back month is computed once per evaluation. */
function once<V>(compute: (k: number) => V): (k: number) => V {
  const cache = new Map<number, V>();
  return (k) => {
    let v = cache.get(k);
    if (v === undefined) {
      v = compute(k);
      cache.set(k, v);
    }
    return v;
  };
}

/**
 * The benefits of month M-k (k = months before M, 0 = M) that other benefits read. The housing aid
 * comes in two states: `neutralised` when the RSA was paid the month before (CCH R822-15).
 */
class LookBack {
  readonly a: HouseholdAggregates;
  readonly pIdx: number;
  /** Some member may receive the AAH (a disability or a declared AAH): otherwise it is 0. */
  readonly mayReceiveAah: boolean;

  constructor(readonly h: Household, readonly resourcesN2Cents: number) {
    this.a = aggregatesOf(h);
    this.pIdx = monthIndex(h.period);
    this.mayReceiveAah = this.a.anyDisabled || this.a.aahCandidate;
  }

  readonly family = once((k: number): FamilyBenefits => {
    const at = this.pIdx - k;
    const f = newFamilyBenefits();
    familyBenefitsInto(this.h, this.a, this.pIdx, at, pfParams.at(at), this.resourcesN2Cents, f);
    return f;
  });

  readonly aahMonth = once((k: number): AahMonth => {
    const at = this.pIdx - k;
    return aahMonthInto(this.h, this.pIdx, at, aahParams.at(at), newAahMonth());
  });

  aah(k: number): number {
    return this.mayReceiveAah ? this.aahMonth(k).aahCents : 0;
  }

  /** Intermediates of the look-back months' formulas, which only their amounts are read from. */
  private readonly aspaDetail = newAspaDetail();
  private readonly aideLogementDetail = newAideLogementDetail();

  readonly aspa = once((k: number): number => {
    const at = this.pIdx - k;
    return aspaAmount(this.h, this.pIdx, at, aspaParams.at(at), this.aspaDetail);
  });

  private aideLogementOf(k: number, rsaPreviousMonthCents: number): number {
    const at = this.pIdx - k;
    return aideLogementAmount(this.h, this.a, this.pIdx, at, alParams.at(at), rsaPreviousMonthCents, this.aideLogementDetail);
  }

  private readonly aideLogementSansRsa = once((k: number) => this.aideLogementOf(k, 0));
  private readonly aideLogementNeutralisee = once((k: number) => this.aideLogementOf(k, 1));

  aideLogement(k: number, neutralised: boolean): number {
    return neutralised ? this.aideLogementNeutralisee(k) : this.aideLogementSansRsa(k);
  }

  /** AAH + majoration pour la vie autonome of M-k (the MVA needs a housing aid, D821-3). */
  aahWithMva(k: number, neutralised: boolean): number {
    if (!this.mayReceiveAah) return 0;
    const m = this.aahMonth(k);
    return aahTotalWithMva(m, m.mvaCandidates > 0 ? this.aideLogement(k, neutralised) : 0);
  }

  /** RSA resources from other minima: ASPA of M + mean over M-3..M-1 of AAH, MVA and ASI (CASF R262-6). */
  minimaSociaux(neutralised: boolean): number {
    let sum = 0;
    for (let k = 1; k <= 3; k++) sum += this.aahWithMva(k, neutralised) + ASI_CENTS;
    return Math.round(sum / 3) + this.aspa(0);
  }

  /** The prime d'activité's reference quarter (CSS R844-3; shifted by a month in experimenting départements). */
  ppaQuarter(neutralised: boolean): PpaMonthInputs[] {
    const first = this.h.rsaExperimentation ? 4 : 3;
    const quarter: PpaMonthInputs[] = [];
    for (let k = first; k >= first - 2; k--) {
      quarter.push({
        aideLogementCents: this.aideLogement(k, neutralised),
        family: this.family(k),
        aahCents: this.aah(k),
        asiCents: ASI_CENTS,
        aspaCents: this.aspa(k),
      });
    }
    return quarter;
  }

  /** The CSS look-back (R861-10): family benefits, AAH, MVA, ASI and ASPA of M-12..M-1. */
  cssLookBack(neutralised: boolean): Omit<CssInputs, 'rsaCents' | 'aideLogementCents'> {
    let familyAnnualCents = 0, otherMinimaAnnualCents = 0;
    const aahMonthlyCents: number[] = [], aspaMonthlyCents: number[] = [];
    for (let k = 1; k <= 12; k++) {
      const f = this.family(k);
      familyAnnualCents += f.af + f.asf + f.cf;
      aahMonthlyCents.push(this.aah(k));
      aspaMonthlyCents.push(this.aspa(k));
      otherMinimaAnnualCents += this.aahWithMva(k, neutralised) - this.aah(k) + ASI_CENTS;
    }
    return { familyAnnualCents, aahMonthlyCents, otherMinimaAnnualCents, aspaMonthlyCents };
  }
}

/**
 * RSA ↔ housing aid fixed point under the stationary-household assumption: without neutralisation
 * first; if the RSA is paid, again with the aid neutralised. An oscillation (RSA only without
 * neutralisation) is resolved towards the neutralised state and reported `converged: false`.
 */
function rsaFixedPoint(h: Household, lb: LookBack) {
  const family = lb.family(0);
  const rsaWith = (neutralised: boolean) =>
    computeRsa(h, h.period, { aideLogementCents: lb.aideLogement(0, neutralised), family, minimaSociauxCents: lb.minimaSociaux(neutralised) });
  const first = rsaWith(false);
  if (first.amountCents <= 0) return { rsa: first, neutralised: false, rsaPastMonthsCents: 0, iterations: 1, converged: true };
  const again = rsaWith(true);
  return { rsa: again, neutralised: true, rsaPastMonthsCents: first.amountCents, iterations: 2, converged: again.amountCents > 0 };
}

/** Every benefit of `h.period`, each with its explanation steps. */
export function evaluateHousehold(h: Household): Evaluation {
  const period = h.period;
  const resourcesN2Cents = fiscalN2(h, period).pfBaseRessourcesCents;
  const lb = new LookBack(h, resourcesN2Cents);
  const { rsa, neutralised, rsaPastMonthsCents, iterations, converged } = rsaFixedPoint(h, lb);
  const aideLogement = computeAideLogement(h, period, { rsaPreviousMonthCents: rsaPastMonthsCents });
  const family = lb.family(0);
  return {
    id: h.id,
    period,
    rsa,
    primeActivite: computePrimeActivite(h, period, lb.ppaQuarter(neutralised)),
    aideLogement,
    chequeEnergie: computeChequeEnergie(h, period),
    css: computeCss(h, period, { rsaCents: rsa.amountCents, aideLogementCents: aideLogement.amountCents, ...lb.cssLookBack(neutralised) }),
    allocationsFamiliales: computePrestationsFamiliales(h, period, resourcesN2Cents, family),
    asf: computeAsf(h, period, family),
    complementFamilial: computeComplementFamilial(period, family, resourcesN2Cents),
    aah: computeAah(h, period, aideLogement.amountCents),
    aspa: computeAspa(h, period),
    fixedPoint: { rsaPastMonthsCents, iterations, converged },
  };
}
