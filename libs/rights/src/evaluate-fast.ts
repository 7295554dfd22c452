// Fast mode for batch scoring: the nine outputs as numbers written into a caller-owned object
// (one household) or a caller-owned Float64Array (a batch). Same orchestration and formulas as
// evaluateHousehold (HouseholdRun), with look-back months reused when their inputs are provably
// identical, and no result object or explanation per household (what it still allocates, a few boxed
// numbers, is measured in libs/rights/README.md, Performance).
import type { Household } from './household';
import { HouseholdRun } from './evaluate';

export interface Amounts {
  rsa: number;
  ppa: number;
  aideLogement: number;
  chequeEnergie: number;
  /** 0 = non, 1 = participation, 2 = gratuite. */
  cssStatus: number;
  cssParticipation: number;
  af: number;
  aahTotal: number;
  aspa: number;
}

/** Outputs per household in a batch, in this order (see evaluateBatch). */
export const BATCH_FIELDS = 9;
export const BATCH_OUTPUTS: readonly (keyof Amounts)[] = [
  'rsa', 'ppa', 'aideLogement', 'chequeEnergie', 'cssStatus', 'cssParticipation', 'af', 'aahTotal', 'aspa',
];

const run = new HouseholdRun(true);

export function evaluateAmounts(h: Household, out: Amounts): Amounts {
  run.run(h);
  out.rsa = run.rsa;
  out.ppa = run.ppa;
  out.aideLogement = run.aideLogement;
  out.chequeEnergie = run.chequeEnergie;
  out.cssStatus = run.cssStatusCode;
  out.cssParticipation = run.cssParticipation;
  out.af = run.af;
  out.aahTotal = run.aahTotal;
  out.aspa = run.aspaM;
  return out;
}

/**
 * The nine outputs of every household, household i at out[9 i .. 9 i + 8] in the order of
 * BATCH_OUTPUTS (CSS status as a code: 0 non, 1 participation, 2 gratuite). Identical to
 * evaluateAmounts on each household, without an object per household. Households are evaluated in
 * the caller's order: a first pass over each block of households that only read their members
 * (to overlap the cache misses of the first touch) was measured faster until the formulas became
 * cheaper, then 3 % slower, and was removed; ordering households by period or by shape was
 * measured slower (households are then visited out of memory order).
 * Throws the first ParameterPeriodError met (periods outside the parameters' coverage), like
 * evaluateAmounts.
 */
export function evaluateBatch(hs: readonly Household[], out: Float64Array = new Float64Array(hs.length * BATCH_FIELDS)): Float64Array {
  if (out.length < hs.length * BATCH_FIELDS) {
    throw new RangeError(
      `evaluateBatch: out holds ${out.length} numbers but ${hs.length} households need ${hs.length * BATCH_FIELDS} ` +
        '(BATCH_FIELDS per household); pass a longer Float64Array or omit `out`',
    );
  }
  for (let i = 0; i < hs.length; i++) {
    run.run(hs[i]);
    const o = i * BATCH_FIELDS;
    out[o] = run.rsa;
    out[o + 1] = run.ppa;
    out[o + 2] = run.aideLogement;
    out[o + 3] = run.chequeEnergie;
    out[o + 4] = run.cssStatusCode;
    out[o + 5] = run.cssParticipation;
    out[o + 6] = run.af;
    out[o + 7] = run.aahTotal;
    out[o + 8] = run.aspaM;
  }
  return out;
}
