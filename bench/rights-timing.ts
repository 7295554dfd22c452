// Timing shared by the engine benches (rights-engine-only, rights-by-shape, rights-floor).
import { evaluateBatch } from '../libs/rights/src/evaluate-fast';
import type { Household } from '../libs/rights/src/household';

/**
 * Nanoseconds per household of `rounds` timed rounds of evaluateBatch over `hs`, fastest first,
 * after two warm-up rounds (JIT, compiled parameters of each month).
 */
export function timeBatchRounds(hs: readonly Household[], out: Float64Array, rounds: number): number[] {
  evaluateBatch(hs, out);
  evaluateBatch(hs, out);
  const ns: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    evaluateBatch(hs, out);
    ns.push(Number(process.hrtime.bigint() - t0) / hs.length);
  }
  return ns.sort((a, b) => a - b);
}
