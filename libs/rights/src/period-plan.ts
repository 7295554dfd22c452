// What the batch path (HouseholdRun in memo mode) knows about a period before seeing any household:
// which look-back months share their inputs (RepWindow), the look-back grouped into runs of such
// months (LookbackSegments), and whether every parameter set a run may read resolves, with the
// extremes of the look-back that the shortcuts compare households with (LookbackBounds); only then
// are the lookups kept to refuse the same periods as the direct computation skipped.
// One plan per month, built on first use, cleared with the compiled parameters.
import { onParameterFlush, type MonthMemo } from './parameters/dated';
import { aahParams } from './rules/aah';
import { alParams } from './rules/aides-logement/compiled';
import type { Household } from './household';
import type { HouseholdAggregates } from './rules/aggregates';
import { aspaParams, patrimoineMensuel } from './rules/aspa';
import { ppaParams } from './rules/prime-activite';
import { pfParams } from './rules/prestations-familiales';
import { rsaParams } from './rules/rsa';

/** Look-back depth: CSS M-12..M-1 (the PPA quarter is at most M-4..M-2). */
export const K = 12;

/**
 * For one rule and one period M: rep[k] = the first month k' ≤ k of the run of look-back months
 * M-k'..M-k with the same compiled parameter values (memoByPeriod value ids) and the same ages
 * (ages shift 12 months before M, ageAtIndex). The rule gives the same result for M-k and M-rep[k].
 * Filled as a prefix k = 0..len-1 (the months the direct computation resolves form such a prefix).
 */
export class RepWindow {
  readonly rep = new Int8Array(K + 1);
  len = 0;
  lastId = 0;

  of(k: number, pIdx: number, id: (at: number, k: number) => number): number {
    while (this.len <= k) {
      const kk = this.len;
      const v = id(pIdx - kk, kk);
      this.rep[kk] = kk > 0 && kk !== 12 && v === this.lastId ? this.rep[kk - 1] : kk;
      this.lastId = v;
      this.len++;
    }
    return this.rep[k];
  }
}

/**
 * The months k = 1..12 of a window as runs: months rep[i] .. rep[i] + count[i] - 1 all give the
 * value of month rep[i]. Sums of integer amounts over the look-back are Σ count × value.
 */
export class LookbackSegments {
  readonly rep = new Int8Array(K);
  readonly count = new Int8Array(K);
  length = 0;
}

/** Age class of month M-k: ages are those of M for k < 12, one year less from k = 12 (ageAtIndex). */
export const ageClass = (k: number): number => (k / 12) | 0;

export const pfId = (at: number): number => pfParams.valueIdAt(at);
export const aahId = (at: number): number => aahParams.valueIdAt(at);
export const aspaId = (at: number): number => aspaParams.valueIdAt(at);
export const alId = (at: number): number => alParams.valueIdAt(at);
export const alWithAahId = (at: number): number => alParams.valueIdAt(at) * 1e6 + aahParams.valueIdAt(at);

/**
 * Inputs of aspaAmount at month M-k for a household whose ASPA reads the months before it: the
 * ASPA parameter values and ages of M-k, and for each of the 3 months before it the savings-rate
 * and AAH parameter values and the ages (aspa.ts `resources`). A month whose parameters cannot be
 * resolved gets an id of its own (computed directly, which reports the error if it reads them).
 */
const aspaPastKeys = new Map<string, number>();
onParameterFlush(() => aspaPastKeys.clear());
export const aspaPastId = (at: number, k: number): number => {
  try {
    let key = `${aspaParams.valueIdAt(at)}:${ageClass(k)}`;
    for (let j = 1; j <= 3; j++) key += `|${patrimoineMensuel.valueIdAt(at - j)},${aahParams.valueIdAt(at - j)},${ageClass(k + j)}`;
    let id = aspaPastKeys.get(key);
    if (id === undefined) aspaPastKeys.set(key, (id = aspaPastKeys.size + 1));
    return id;
  } catch {
    return -1 - k;
  }
};

/**
 * Value ids of a compiled parameter set without some of its fields: months whose other values are
 * the same get the same id. For households that provably do not read those fields (the predicates
 * of PeriodPlan), such months give the same result.
 */
function coreIds(memo: MonthMemo<object>, narrow: readonly string[]): (at: number) => number {
  const skip = new Set([...narrow, 'uses', 'warnings', 'allUses']);
  const keys = new Map<string, number>();
  const ids = new Map<number, number>();
  onParameterFlush(() => {
    keys.clear();
    ids.clear();
  });
  return (at: number): number => {
    let id = ids.get(at);
    if (id === undefined) {
      const p = memo.at(at) as Record<string, unknown>;
      const key = JSON.stringify(Object.keys(p).filter((k) => !skip.has(k)).map((k) => [k, p[k]]));
      id = keys.get(key);
      if (id === undefined) keys.set(key, (id = keys.size + 1));
      ids.set(at, id);
    }
    return id;
  };
}

/** Housing aid without the RLS (an APL in social housing) and the double-activity threshold. */
export const alCoreId = coreIds(alParams, ['rlsMontants', 'rlsPlafonds', 'rlsFraction', 'seuilBiactivite']);

/** Every parameter set that a run's skipped look-back reads (resolveSkippedParameters, touchPpaMonth). */
const LOOKBACK_SETS: readonly MonthMemo<unknown>[] = [pfParams, aahParams, alParams, aspaParams, patrimoineMensuel, ppaParams, rsaParams];
/** Deepest month read: the ASPA of M-12 reads M-13..M-15. */
const DEEPEST = K + 3;

/** Extremes of M-12..M that the batch shortcuts compare households with. */
export interface LookbackBounds {
  /** Highest ASPA ceiling and salary abattement, [seul, couple] (aspaNeverPays). */
  readonly aspaPlafond: readonly [number, number];
  readonly aspaAbattement: readonly [number, number];
  /** Lowest and highest double-activity threshold of the housing aid (alCoreApplies). */
  readonly seuilBiactiviteMin: number;
  readonly seuilBiactiviteMax: number;
}

export class PeriodPlan {
  readonly family = new RepWindow();
  readonly aah = new RepWindow();
  readonly aspa = new RepWindow();
  /** ASPA of a household whose ASPA reads the 3 months before (savings income, a spouse's AAH). */
  readonly aspaPast = new RepWindow();
  readonly al = new RepWindow();
  /** Housing aid of a household whose AAH it reads. */
  readonly alWithAah = new RepWindow();
  /** Housing aid of a household that reads none of the fields alCoreId ignores (alCoreApplies). */
  readonly alCore = new RepWindow();

  private familySegs: LookbackSegments | undefined;
  private aspaSegs: LookbackSegments | undefined;
  private aspaPastSegs: LookbackSegments | undefined;
  private lookbackBounds: LookbackBounds | null | undefined;

  constructor(readonly pIdx: number) {}

  /**
   * The period's bounds, or null when some parameter set of LOOKBACK_SETS does not resolve for
   * M-15..M. Lookups depend only on the month, so with bounds a run of this period cannot fail on
   * a lookup it skips, and the look-back runs below can be built; without, a run takes no shortcut.
   */
  bounds(): LookbackBounds | null {
    // Fast path kept small: the JIT then inlines it into the per-household run for free.
    return this.lookbackBounds !== undefined ? this.lookbackBounds : this.computeBounds();
  }

  private computeBounds(): LookbackBounds | null {
    try {
      for (const set of LOOKBACK_SETS) for (let k = 0; k <= DEEPEST; k++) set.at(this.pIdx - k);
      this.lookbackBounds = boundsOf(this.pIdx);
    } catch {
      this.lookbackBounds = null;
    }
    return this.lookbackBounds;
  }

  /** Family benefits of M-1..M-12 as runs (only when bounds() is not null). */
  familyLookback(): LookbackSegments {
    return (this.familySegs ??= segmentsOf(this.family, this.pIdx, pfId));
  }

  /** ASPA of M-1..M-12 as runs, `past`: the ASPA reads the months before it (only when bounds() is not null). */
  aspaLookback(past: boolean): LookbackSegments {
    if (past) return (this.aspaPastSegs ??= segmentsOf(this.aspaPast, this.pIdx, aspaPastId));
    return (this.aspaSegs ??= segmentsOf(this.aspa, this.pIdx, aspaId));
  }
}

function boundsOf(pIdx: number): LookbackBounds {
  const plafond: [number, number] = [0, 0], abattement: [number, number] = [0, 0];
  let seuilMin = Infinity, seuilMax = -Infinity;
  for (let k = 0; k <= K; k++) {
    const p = aspaParams.at(pIdx - k);
    plafond[0] = Math.max(plafond[0], p.plafondSeul);
    plafond[1] = Math.max(plafond[1], p.plafondCouple);
    abattement[0] = Math.max(abattement[0], p.abattementSeul);
    abattement[1] = Math.max(abattement[1], p.abattementCouple);
    const seuil = alParams.at(pIdx - k).seuilBiactivite;
    seuilMin = Math.min(seuilMin, seuil);
    seuilMax = Math.max(seuilMax, seuil);
  }
  return { aspaPlafond: plafond, aspaAbattement: abattement, seuilBiactiviteMin: seuilMin, seuilBiactiviteMax: seuilMax };
}

/**
 * Whether the housing aid of `h` (no AAH read) is the same in months that differ only by the fields
 * alCoreId ignores: outside social housing (no RLS), and unless it has two adults of whom one earns
 * between the lowest and the highest double-activity threshold of M-12..M (CCH R822-7,
 * `aides-logement/resources.ts`).
 */
export function alCoreApplies(h: Household, a: HouseholdAggregates, b: LookbackBounds): boolean {
  if (h.housing.rentalType === 'hlm') return false;
  if (a.adults !== 2) return true;
  for (let i = 0; i < 2; i++) {
    const annual = 12 * a.adultSalaryTaxable[i];
    if (annual >= b.seuilBiactiviteMin && annual < b.seuilBiactiviteMax) return false;
  }
  return true;
}

function segmentsOf(w: RepWindow, pIdx: number, id: (at: number, k: number) => number): LookbackSegments {
  w.of(K, pIdx, id);
  const s = new LookbackSegments();
  for (let k = 1; k <= K; k++) {
    const r = w.rep[k];
    if (s.length > 0 && s.rep[s.length - 1] === r) s.count[s.length - 1]++;
    else {
      s.rep[s.length] = r;
      s.count[s.length] = 1;
      s.length++;
    }
  }
  return s;
}

const PLAN_BASE = 2000 * 12;
const PLAN_SPAN = 100 * 12;
const plans: (PeriodPlan | undefined)[] = new Array<PeriodPlan | undefined>(PLAN_SPAN).fill(undefined);
onParameterFlush(() => plans.fill(undefined));

/** The plan of month index `pIdx` (a fresh, uncached one outside 2000–2099). */
export function planOf(pIdx: number): PeriodPlan {
  const j = pIdx - PLAN_BASE;
  if (j < 0 || j >= PLAN_SPAN) return new PeriodPlan(pIdx);
  let p = plans[j];
  if (p === undefined) plans[j] = p = new PeriodPlan(pIdx);
  return p;
}
