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
//
// One orchestration (`HouseholdRun`) serves both modes; it calls the single formula of each rule
// (rsaAmount, aideLogementAmount, …) with month indices and compiled parameter sets.
// - evaluateHousehold (API, explanations): a run with `memo = false` computes every look-back
//   month directly, then the rule wrappers (computeRsa, …) build the results and French steps of M.
// - evaluateAmounts (evaluate-fast.ts, batch): a run with `memo = true`, numbers only, no
//   allocation. A look-back month reuses the value of an earlier month of the same run when the
//   rule's inputs are provably the same: identical compiled parameter objects (memoByPeriod
//   interns months with the same effective dates) and the same ages. The household's incomes are
//   single monthly amounts (Household type), so the only month-dependent inputs of a rule are its
//   parameter sets and the members' ages, which change only 12 months before M (ageAtIndex).
//   When the period's look-back parameters all resolve (period-plan.ts, `bounds`), the batch run
//   also skips work whose result is provably fixed: bounds next to each formula (rsaCannotPay,
//   aspaNeverPays, cssSurelyNon) and look-back months summed as runs. evaluate-fast.spec.ts checks
//   both modes give the same amounts, with edge tests for each bound.
import { monthIndex, type Household, type Period } from './household';
import { FAST, type BenefitResult, type RuleOptions } from './result';
import { aahMonthInto, aahParams, aahTotalWithMva, computeAah, newAahMonth, type AahMonth, type AahResult } from './rules/aah';
import {
  aideLogementAmount,
  computeAideLogement,
  newAideLogementDetail,
  type AideLogementResult,
} from './rules/aides-logement';
import { alParams } from './rules/aides-logement/compiled';
import { ASI_CENTS, aspaAmount, aspaMayBeEligibleIn, aspaNeverPays, aspaParams, aspaReadsPastMonths, aspaResolvePastMonths, computeAspa, newAspaDetail, type AspaResult } from './rules/aspa';
import { chequeEnergieAmount, chequeEnergieOuvert, chequeEnergieParams, computeChequeEnergie } from './rules/cheque-energie';
import {
  computeCss,
  cssDecide,
  cssLookbackMinima,
  cssParams,
  cssPrepare,
  cssResourcesFloor,
  cssSurelyNon,
  newCssDetail,
  type CssDetail,
  type CssInputs,
  type CssParams,
  type CssResult,
  type CssStatus,
} from './rules/css';
import { HouseholdAggregates } from './rules/aggregates';
import { max, round } from './math';
import { fiscalN2Into, type FiscalN2Amounts } from './rules/fiscal';
import {
  computePrimeActivite,
  ppaBrut,
  ppaFictiveAmount,
  ppaNet,
  ppaParams,
  type PpaMonthDetail,
  type PpaMonthInputs,
  type PpaParams,
  type PrimeActiviteResult,
} from './rules/prime-activite';
import {
  afAsfCfMayPay,
  computeAsf,
  computeComplementFamilial,
  computePrestationsFamiliales,
  familyBenefitsInto,
  newFamilyBenefits,
  pfParams,
  type FamilyBenefits,
  type FamilyBenefitsResult,
} from './rules/prestations-familiales';
import { computeRsa, newRsaDetail, rsaAmount, rsaCannotPay, rsaParams, type RsaResult } from './rules/rsa';
import { aahId, ageClass, alCoreApplies, alCoreId, alId, alWithAahId, aspaId, aspaPastId, K, pfId, PeriodPlan, planOf, type LookbackBounds } from './period-plan';

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

/** Family benefits all 0 (upper bound of the prime d'activité). */
const ZERO_FAMILY: FamilyBenefits = Object.freeze(newFamilyBenefits());

/**
 * One evaluation's state: month-dependent sub-results indexed by k = months before M (0 = M), and
 * the nine outputs. Reused from one household to the next (no allocation per household). Each
 * look-back value is computed on first use and at most once per run (`stamp`).
 */
export class HouseholdRun {
  h!: Household;
  pIdx = 0;
  /** Some member may receive the AAH (look-back AAH computed), or may reach the ASPA. */
  needsAah = false;
  needsAspa = false;
  /**
   * An adult is 55 or older or a member is disabled: the look-back ASPA parameters are resolved
   * even when no member may reach the ASPA (needsAspa false), so both modes keep refusing the same
   * periods as before that short-circuit.
   */
  private aspaTouch = false;
  /** AF + ASF + CF may be positive in some month (afAsfCfMayPay), else the CSS sum is 0. */
  private familyMayPay = false;
  /** The housing aid reads the AAH parameters (a member with a disability rate, no override). */
  private alReadsAah = false;
  /** Batch mode: the housing aid reads none of the fields the alCore window ignores. */
  private alCore = false;
  /** The ASPA of a month reads the months before it (savings income, a spouse's AAH). */
  private aspaPast = false;
  /** Some member has a salary (otherwise the prime d'activité is 0, see run()). */
  private anyEarnings = false;

  /** Aggregates of the household (members walked once). */
  readonly agg = new HouseholdAggregates();
  private stamp = 0;
  /** Month index of the last period seen (a detection sweep evaluates a single period). */
  private lastPeriod = '';
  private lastPIdx = 0;
  /** What is known of the period before seeing the household (memo mode). */
  private win = new PeriodPlan(0);
  /**
   * The period's bounds (PeriodPlan.bounds) in memo mode when every look-back parameter set
   * resolves: the batch shortcuts are taken only then. Null in explain mode.
   */
  private bounds: LookbackBounds | null = null;
  readonly fiscal: FiscalN2Amounts = { year: 0, rfrCents: 0, pfBaseRessourcesCents: 0, foyers: 0 };
  private pfR = 0;
  /** Family benefits of month M-k (several k may share one object in memo mode). */
  private readonly family: FamilyBenefits[] = [];
  private readonly familyPool: FamilyBenefits[] = [];
  private readonly familyStamp = new Int32Array(K + 1);
  /** AAH of month M-k (needsAah). */
  private readonly aah: AahMonth[] = [];
  private readonly aahPool: AahMonth[] = [];
  private readonly aahStamp = new Int32Array(K + 1);
  /** ASPA of month M-k. */
  private readonly aspa = new Float64Array(K + 1);
  private readonly aspaStamp = new Int32Array(K + 1);
  /** Housing aid of M-k without (state 0) and with (state 1) neutralisation by a past RSA. */
  private readonly alValue = [new Float64Array(K + 1), new Float64Array(K + 1)];
  private readonly alStamp = [new Int32Array(K + 1), new Int32Array(K + 1)];
  /** Last fictive prime d'activité and its inputs (memo mode). */
  private readonly ppaLast = { id: 0, rsaId: 0, cls: -1, al: 0, family: null as FamilyBenefits | null, aah: 0, aspa: 0, v: 0 };

  // Fixed point and outputs.
  rsaPast = 0;
  /** 1 when the past RSA is positive (housing aid neutralised). */
  state = 0;
  iterations = 1;
  converged = true;
  rsaMinima = 0;
  rsa = 0;
  ppaBrut = 0;
  ppa = 0;
  aideLogement = 0;
  chequeEnergie = 0;
  cssStatus: CssStatus = 'non';
  cssParticipation = 0;
  af = 0;
  aahTotal = 0;
  aspaM = 0;
  /** The CSS look-back inputs (complete when memo is false). */
  readonly cssInputs: CssInputs & { aahMonthlyCents: Float64Array; aspaMonthlyCents: Float64Array } = {
    rsaCents: 0, aideLogementCents: 0, familyAnnualCents: 0, otherMinimaAnnualCents: 0,
    aahMonthlyCents: new Float64Array(12), aspaMonthlyCents: new Float64Array(12),
  };

  private readonly alDetail = newAideLogementDetail();
  private readonly rsaDetail = newRsaDetail();
  private readonly ppaDetail: PpaMonthDetail = { period: '', montantForfaitaire: 0, bonification: 0, revenusActivite: 0, ressources: 0, forfaitLogement: 0, fictive: 0 };
  private readonly cssDetail = newCssDetail();
  private readonly aspaDetail = newAspaDetail();
  private readonly ceDetail = { uc: 0, perUc: 0 };

  /**
   * memo = false: every look-back month is computed directly (explanations, reference).
   * memo = true: batch mode, values reused across months with the same inputs, and look-back
   * months skipped when they cannot change an output (see run()).
   */
  constructor(readonly memo: boolean) {
    for (let k = 0; k <= K; k++) {
      this.familyPool.push(newFamilyBenefits());
      this.family.push(this.familyPool[k]);
      this.aahPool.push(newAahMonth());
      this.aah.push(this.aahPool[k]);
    }
  }

  /** Family benefits of M-k. */
  familyAt(k: number): FamilyBenefits {
    if (this.familyStamp[k] === this.stamp) return this.family[k];
    const r = this.memo ? this.win.family.of(k, this.pIdx, pfId) : k;
    let f: FamilyBenefits;
    if (r !== k) {
      f = this.familyAt(r);
    } else if (this.bounds !== null && this.agg.children === 0) {
      f = ZERO_FAMILY; // what familyBenefitsInto writes for a household without children
    } else {
      const at = this.pIdx - k;
      f = this.familyPool[k];
      familyBenefitsInto(this.h, this.agg, this.pIdx, at, pfParams.at(at), this.pfR, f);
    }
    this.family[k] = f;
    this.familyStamp[k] = this.stamp;
    return f;
  }

  /** AAH of M-k (call only when needsAah). */
  aahAt(k: number): AahMonth {
    if (this.aahStamp[k] === this.stamp) return this.aah[k];
    const r = this.memo ? this.win.aah.of(k, this.pIdx, aahId) : k;
    let a: AahMonth;
    if (r !== k) {
      a = this.aahAt(r);
    } else {
      const at = this.pIdx - k;
      a = this.aahPool[k];
      aahMonthInto(this.h, this.pIdx, at, aahParams.at(at), a);
    }
    this.aah[k] = a;
    this.aahStamp[k] = this.stamp;
    return a;
  }

  /** ASPA of M-k: computed for M, and for earlier months when some member may reach it. */
  aspaAt(k: number): number {
    if (this.aspaStamp[k] === this.stamp) return this.aspa[k];
    let v = 0;
    if (k === 0 || this.needsAspa) {
      const r = !this.memo ? k : this.aspaPast ? this.win.aspaPast.of(k, this.pIdx, aspaPastId) : this.win.aspa.of(k, this.pIdx, aspaId);
      if (r !== k) {
        v = this.aspaAt(r);
      } else {
        const at = this.pIdx - k;
        v = aspaAmount(this.h, this.pIdx, at, aspaParams.at(at), this.aspaDetail);
      }
    }
    this.aspa[k] = v;
    this.aspaStamp[k] = this.stamp;
    return v;
  }

  /** Housing aid of M-k in neutralisation state `s` (computed once per run and state). */
  alAt(k: number, s: number): number {
    const stamps = this.alStamp[s];
    if (stamps[k] === this.stamp) return this.alValue[s][k];
    const r = !this.memo ? k
      : this.alReadsAah ? this.win.alWithAah.of(k, this.pIdx, alWithAahId)
        : this.alCore ? this.win.alCore.of(k, this.pIdx, alCoreId) : this.win.al.of(k, this.pIdx, alId);
    let v: number;
    if (r !== k) {
      v = this.alAt(r, s);
    } else {
      const at = this.pIdx - k;
      v = aideLogementAmount(this.h, this.agg, this.pIdx, at, alParams.at(at), s, this.alDetail);
    }
    this.alValue[s][k] = v;
    stamps[k] = this.stamp;
    return v;
  }

  /** AAH + MVA of M-k in state `s` (0 when no member may receive the AAH). */
  private aahWithMvaAt(k: number, s: number): number {
    if (!this.needsAah) return 0;
    const a = this.aahAt(k);
    return aahTotalWithMva(a, a.mvaCandidates > 0 ? this.alAt(k, s) : 0);
  }

  /** ASPA of M + mean over M-3..M-1 of AAH, MVA and ASI (RSA resources, CASF R262-6). */
  private minimaFor(s: number): number {
    let minima = 0;
    for (let k = 1; k <= 3; k++) minima += this.aahWithMvaAt(k, s) + (this.needsAspa ? ASI_CENTS : 0);
    minima = round(minima / 3);
    return minima + (this.needsAspa ? this.aspaAt(0) : 0);
  }

  /** Fictive prime d'activité of M-k (reused in memo mode when every input is the same). */
  private ppaFictiveAt(k: number, s: number): number {
    const at = this.pIdx - k;
    const p = ppaParams.at(at);
    const rp = rsaParams.at(at);
    const al = this.alAt(k, s);
    const family = this.familyAt(k);
    const aah = this.needsAah ? this.aahAt(k).aahCents : 0;
    // The ASI is not modelled (ASI_CENTS, the same in every month): not part of the memo's key.
    const asi = this.needsAspa ? ASI_CENTS : 0;
    const aspa = this.needsAspa ? this.aspaAt(k) : 0;
    if (!this.memo) return ppaFictiveAmount(this.h, this.agg, this.pIdx, at, p, rp, al, family, aah, asi, aspa, this.ppaDetail);
    const id = ppaParams.valueIdAt(at);
    const rsaId = rsaParams.valueIdAt(at);
    const cls = ageClass(k);
    const last = this.ppaLast;
    if (id === last.id && rsaId === last.rsaId && cls === last.cls && al === last.al && family === last.family &&
      aah === last.aah && aspa === last.aspa) {
      return last.v;
    }
    const v = ppaFictiveAmount(this.h, this.agg, this.pIdx, at, p, rp, al, family, aah, asi, aspa, this.ppaDetail);
    last.id = id;
    last.rsaId = rsaId;
    last.cls = cls;
    last.al = al;
    last.family = family;
    last.aah = aah;
    last.aspa = aspa;
    last.v = v;
    return v;
  }

  run(h: Household): this {
    this.h = h;
    if (h.period !== this.lastPeriod) {
      this.lastPeriod = h.period;
      this.lastPIdx = monthIndex(h.period);
    }
    const pIdx = (this.pIdx = this.lastPIdx);
    const memo = this.memo;
    if (++this.stamp > 0x3fffffff) this.resetStamps();
    if (memo) this.win = planOf(pIdx);
    const b = (this.bounds = memo ? this.win.bounds() : null);
    const a = this.agg.of(h);
    const disabled = a.anyDisabled || a.aahCandidate;
    const older = a.maxAdultAge >= 55;
    const alReadsAah = a.aahFromRate;
    const aspaPossible = aspaMayBeEligibleIn(h, a);
    this.needsAah = disabled;
    this.aspaTouch = older || disabled;
    // Without a member who may reach the ASPA, its amount (and the ASI) is 0 in every month; so it
    // is in batch mode when the household's own resources reach every ceiling of the look-back.
    this.needsAspa = aspaPossible;
    if (b !== null && aspaPossible && aspaNeverPays(h, b.aspaPlafond, b.aspaAbattement)) this.needsAspa = false;
    this.familyMayPay = afAsfCfMayPay(h, a);
    this.alReadsAah = alReadsAah;
    this.alCore = b !== null && !alReadsAah && alCoreApplies(h, a, b);
    this.anyEarnings = a.earners > 0;
    this.aspaPast = aspaReadsPastMonths(h, a);
    this.ppaLast.cls = -1;

    // N-2 income (family benefits), family benefits of M.
    const fiscal = this.fiscal;
    fiscalN2Into(h, pIdx, pIdx, fiscal);
    this.pfR = fiscal.pfBaseRessourcesCents;
    const familyM = this.familyAt(0);

    // RSA ↔ housing aid fixed point (stationary household).
    const rp = rsaParams.at(pIdx);
    this.state = 0;
    this.rsaPast = 0;
    this.iterations = 1;
    this.converged = true;
    let rsa = 0;
    if (b !== null && rsaCannotPay(h, a, rp)) {
      // RSA 0 whatever the other benefits: minima and rsaDetail are not computed (batch mode).
      this.rsaMinima = 0;
    } else {
      this.rsaMinima = this.minimaFor(0);
      rsa = rsaAmount(h, a, pIdx, pIdx, rp, this.alAt(0, 0), familyM, this.rsaMinima, this.rsaDetail);
    }
    if (rsa > 0) {
      this.rsaPast = rsa;
      this.state = 1;
      this.rsaMinima = this.minimaFor(1);
      const again = rsaAmount(h, a, pIdx, pIdx, rp, this.alAt(0, 1), familyM, this.rsaMinima, this.rsaDetail);
      this.iterations = 2;
      // Oscillation (RSA only without neutralisation) is resolved towards the neutralised state.
      this.converged = again > 0;
      rsa = again;
    }
    this.rsa = rsa;
    const s = this.state;
    const al0 = this.alAt(0, s);
    this.aideLogement = al0;

    // Prime d'activité: the reference quarter (shifted by one month in experimenting départements).
    // Without any salary the fictive prime of every month is 0 (no activity income, no
    // bonification, and the floor max(resources + forfait logement, forfaitaire) ≥ forfaitaire),
    // so the batch path does not compute the quarter.
    const pp = ppaParams.at(pIdx);
    const first = h.rsaExperimentation ? 4 : 3;
    let sum = 0;
    if (!memo || (this.anyEarnings && !this.ppaQuarterZero(first, pp))) {
      for (let k = first; k >= first - 2; k--) sum += this.ppaFictiveAt(k, s);
    } else {
      this.touchPpaMonth(first); // earliest month of the quarter (see resolveSkippedParameters)
    }
    this.ppaBrut = ppaBrut(sum, pp);
    this.ppa = ppaNet(this.ppaBrut, pp);

    // CSS: own resources and ceilings, then the 12 previous months' benefits unless the status
    // is already decided (RSA paid, or own resources above the participation ceiling: the
    // look-back sums are ≥ 0 and only added).
    const pc = cssParams.at(pIdx);
    const cd = this.cssDetail;
    if (b !== null && rsa > 0) {
      // RSA beneficiaries get the free CSS (L861-1, 1°); cssDetail is not computed (batch mode).
      cd.status = 'gratuite';
      cd.participation = 0;
      this.cssStatus = 'gratuite';
    } else if (b !== null && cssSurelyNon(h, a, pc)) {
      // cssDetail is not computed (batch mode).
      cd.status = 'non';
      cd.participation = 0;
      this.cssStatus = 'non';
    } else {
      cssPrepare(h, a, pIdx, pIdx, pc, al0, cd);
      if (memo && (rsa > 0 || cssResourcesFloor(cd) > cd.plafondParticipation || (!this.familyMayPay && !this.needsAah && !this.needsAspa))) {
        this.cssStatus = cssDecide(h, pIdx, pIdx, pc, rsa, 0, 0, cd);
      } else if (b !== null && !this.needsAah) {
        this.cssByRuns(rsa, pc, cd);
      } else {
        this.cssByMonths(rsa, pc, cd, al0);
      }
    }
    this.cssParticipation = cd.participation;

    // Month M: AAH (+ MVA with the housing aid of M), ASPA, chèque énergie, AF.
    if (this.needsAah) {
      this.aahTotal = this.aahWithMvaAt(0, s);
    } else {
      aahParams.at(pIdx); // computeAah resolves its parameters even without a beneficiary
      this.aahTotal = 0;
    }
    if (this.needsAspa || !memo) {
      this.aspaM = this.aspaAt(0);
    } else {
      aspaParams.at(pIdx); // computeAspa resolves its parameters even without a possible beneficiary
      this.aspaM = 0;
    }
    const ce = chequeEnergieParams.at(pIdx);
    this.chequeEnergie = chequeEnergieOuvert(h, a) ? chequeEnergieAmount(a, ce, fiscal.rfrCents, this.ceDetail) : 0;
    this.af = familyM.af;
    this.resolveSkippedParameters();
    return this;
  }

  /**
   * The CSS look-back month by month (explain mode, households with an AAH, periods without bounds).
   * Batch mode: the look-back stops as soon as the sums so far put the resources above the
   * participation ceiling (status non whatever the remaining months, whose terms are ≥ 0).
   */
  private cssByMonths(rsa: number, pc: CssParams, cd: CssDetail, al0: number): void {
    const h = this.h, pIdx = this.pIdx, memo = this.memo, s = this.state;
    const ci = this.cssInputs;
    let familyAnnual = 0, otherMinima = 0;
    // `bounded` = the AAH/ASPA terms of cssLookbackMinima so far (same expressions); the test uses
    // cssDecide's own sum with a 1-cent margin for the order of the additions.
    let bounded = 0;
    const aspaAbatt = h.couple ? pc.abattementAspaCouple : pc.abattementAspaSeul;
    for (let k = 1; k <= 12; k++) {
      if (this.familyMayPay || !memo) {
        const f = this.familyAt(k);
        familyAnnual += f.af + f.asf + f.cf;
      }
      const aahK = this.needsAah ? this.aahAt(k).aahCents : 0;
      const aspaK = this.needsAspa ? this.aspaAt(k) : 0;
      ci.aahMonthlyCents[k - 1] = aahK;
      ci.aspaMonthlyCents[k - 1] = aspaK;
      otherMinima += (this.aahWithMvaAt(k, s) - aahK) + (this.needsAspa ? ASI_CENTS : 0);
      if (memo && k < 12) {
        if (aahK > 0) bounded += max(aahK - pc.abattementAah, 0);
        if (aspaK > 0) bounded += max(aspaK - aspaAbatt, 0);
        const minimaSoFar = otherMinima + bounded;
        if (cd.individualNet + cd.patrimoine + minimaSoFar + familyAnnual + cd.forfaitLogement > cd.plafondParticipation + 1) {
          this.cssStatus = cssDecide(h, pIdx, pIdx, pc, rsa, minimaSoFar, familyAnnual, cd);
          return;
        }
      }
    }
    ci.rsaCents = rsa;
    ci.aideLogementCents = al0;
    ci.familyAnnualCents = familyAnnual;
    ci.otherMinimaAnnualCents = otherMinima;
    this.cssStatus = cssDecide(h, pIdx, pIdx, pc, rsa, cssLookbackMinima(h, pc, ci), familyAnnual, cd);
  }

  /**
   * Batch mode, no AAH in the household: the CSS look-back sums as Σ count × value over the runs of
   * months that share their inputs (PeriodPlan); amounts are integer cents, so these are the sums
   * of the month-by-month loop. Stops as soon as the sums so far put the resources above the
   * participation ceiling (status non whatever the rest). Only with the period's bounds.
   */
  private cssByRuns(rsa: number, pc: CssParams, cd: CssDetail): void {
    const family = this.familyMayPay ? this.win.familyLookback() : null;
    const aspa = this.needsAspa ? this.win.aspaLookback(this.aspaPast) : null;
    const h = this.h, pIdx = this.pIdx;
    const above = cd.plafondParticipation + 1 - (cd.individualNet + cd.patrimoine + cd.forfaitLogement);
    let familyAnnual = 0, minima = 0;
    if (family !== null) {
      for (let i = 0; i < family.length; i++) {
        const f = this.familyAt(family.rep[i]);
        familyAnnual += family.count[i] * (f.af + f.asf + f.cf);
      }
    }
    if (aspa !== null && familyAnnual <= above) {
      const abattement = h.couple ? pc.abattementAspaCouple : pc.abattementAspaSeul;
      for (let i = 0; i < aspa.length && minima + familyAnnual <= above; i++) {
        const v = this.aspaAt(aspa.rep[i]);
        minima += aspa.count[i] * ((v > 0 ? max(v - abattement, 0) : 0) + ASI_CENTS);
      }
    }
    this.cssStatus = cssDecide(h, pIdx, pIdx, pc, rsa, minima, familyAnnual, cd);
  }

  /**
   * Resolves the parameters that the direct computation of every look-back month reads (the
   * original orchestration computed family benefits, and AAH with its housing aid, and ASPA, for
   * each of M-1..M-12) but that this run skipped, so both modes accept and refuse exactly the same
   * periods (ParameterPeriodError). A parameter lookup fails only before the first value or more
   * than 12 months after the stamp, so the months a compiled set resolves form an interval: the
   * earliest month of each window decides (M is always resolved). Compiled sets are cached.
   */
  private resolveSkippedParameters(): void {
    if (this.bounds !== null) return;
    const st = this.stamp;
    const at = this.pIdx - K;
    if (this.familyStamp[K] !== st) pfParams.at(at);
    if (this.needsAah) {
      if (this.aahStamp[K] !== st) aahParams.at(at);
      if (this.alStamp[this.state][K] !== st) alParams.at(at);
    }
    if (!this.needsAspa) {
      if (this.aspaTouch && this.aspaStamp[K] !== st) aspaParams.at(at);
    } else {
      // With savings income or a spouse's AAH, each month also reads the 3 months before it.
      if (this.aspaPast) {
        for (let k = 1; k <= K; k++) {
          if (this.aspaStamp[k] !== st) aspaResolvePastMonths(this.h, this.pIdx, this.pIdx - k, aspaParams.at(this.pIdx - k));
        }
      }
      else if (this.aspaStamp[K] !== st) aspaParams.at(at);
    }
  }

  /**
   * Whether the prime d'activité of the quarter M-first..M-first+2 is provably 0 before computing
   * those months' housing aid, family benefits, AAH and ASPA: each month's fictive prime is at most
   * the one computed with all of them 0 (they are ≥ 0 and only add to the resources or, for the
   * housing aid, to the forfait logement, and the fictive prime does not increase with either),
   * unless the AAH can be activity income (a disabled member, L842-8), then not used. If the mean of
   * these upper bounds is already under the minimum paid, so is the mean of the real amounts.
   */
  private ppaQuarterZero(first: number, pp: PpaParams): boolean {
    if (this.agg.anyDisabled) return false;
    let sum = 0, lastId = -1, lastRsaId = -1, last = 0;
    for (let k = first; k >= first - 2; k--) {
      const at = this.pIdx - k;
      const id = ppaParams.valueIdAt(at), rsaId = rsaParams.valueIdAt(at);
      // Months of the quarter share the ages of M (k < 12): same parameter values, same bound.
      if (id !== lastId || rsaId !== lastRsaId) {
        last = ppaFictiveAmount(this.h, this.agg, this.pIdx, at, ppaParams.at(at), rsaParams.at(at), 0, ZERO_FAMILY, 0, 0, 0, this.ppaDetail);
        lastId = id;
        lastRsaId = rsaId;
      }
      sum += last;
    }
    return ppaBrut(sum, pp) === 0;
  }

  /** Parameters of a skipped month of the prime d'activité quarter (see resolveSkippedParameters). */
  private touchPpaMonth(k: number): void {
    if (this.bounds !== null) return;
    const at = this.pIdx - k;
    ppaParams.at(at);
    rsaParams.at(at);
    alParams.at(at);
    if (this.alReadsAah) aahParams.at(at);
  }

  private resetStamps(): void {
    this.stamp = 1;
    for (const a of [this.familyStamp, this.aahStamp, this.aspaStamp, ...this.alStamp]) a.fill(0);
  }

  /** The reference quarter's inputs of the prime d'activité (explain mode: fresh objects). */
  quarterInputs(): PpaMonthInputs[] {
    const first = this.h.rsaExperimentation ? 4 : 3;
    const quarter: PpaMonthInputs[] = [];
    for (let k = first; k >= first - 2; k--) {
      quarter.push({
        aideLogementCents: this.alAt(k, this.state),
        family: { ...this.familyAt(k) },
        aahCents: this.needsAah ? this.aahAt(k).aahCents : 0,
        asiCents: this.needsAspa ? ASI_CENTS : 0,
        aspaCents: this.needsAspa ? this.aspaAt(k) : 0,
      });
    }
    return quarter;
  }

  /** Family benefits of M (a copy). */
  familyOfMonth(): FamilyBenefits {
    return { ...this.familyAt(0) };
  }

  /** Nine outputs: CSS status as a code (0 non, 1 participation, 2 gratuite). */
  get cssStatusCode(): number {
    const st = this.cssStatus;
    return st === 'gratuite' ? 2 : st === 'participation' ? 1 : 0;
  }
}

/** Every benefit of `h.period` as results (explanations with EXPLAIN). */
export function evaluateHousehold(h: Household, opts: RuleOptions = FAST): Evaluation {
  const run = new HouseholdRun(false).run(h);
  const period = h.period;
  const family = run.familyOfMonth();
  const rsa = computeRsa(h, period, { aideLogementCents: run.aideLogement, family, minimaSociauxCents: run.rsaMinima }, opts);
  const aideLogement = computeAideLogement(h, period, { rsaPreviousMonthCents: run.rsaPast }, opts);
  const primeActivite = computePrimeActivite(h, period, run.quarterInputs(), opts);
  const ci = run.cssInputs;
  const css = computeCss(
    h,
    period,
    {
      rsaCents: rsa.amountCents,
      aideLogementCents: aideLogement.amountCents,
      familyAnnualCents: ci.familyAnnualCents,
      aahMonthlyCents: Array.from(ci.aahMonthlyCents),
      otherMinimaAnnualCents: ci.otherMinimaAnnualCents,
      aspaMonthlyCents: Array.from(ci.aspaMonthlyCents),
    },
    opts,
  );
  return {
    id: h.id,
    period,
    rsa,
    primeActivite,
    aideLogement,
    chequeEnergie: computeChequeEnergie(h, period, opts),
    css,
    allocationsFamiliales: computePrestationsFamiliales(h, period, run.fiscal.pfBaseRessourcesCents, opts, family),
    asf: computeAsf(h, period, family, opts),
    complementFamilial: computeComplementFamilial(period, family, run.fiscal.pfBaseRessourcesCents, opts),
    aah: computeAah(h, period, opts, aideLogement.amountCents),
    aspa: computeAspa(h, period, opts),
    fixedPoint: { rsaPastMonthsCents: run.rsaPast, iterations: run.iterations, converged: run.converged },
  };
}
