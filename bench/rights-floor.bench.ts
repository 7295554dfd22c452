// The engine's floor on this machine: what evaluateBatch costs when neither memory nor the branch
// predictor is in the way, beside what it costs on the whole bench mix. Each row times N evaluations:
// - the same household N times (in cache, every jump taken the same way each time), for each of the
//   first K bench households, fastest and median of the K;
// - 1 000 distinct bench households repeated in random order (in cache, jumps vary);
// - N distinct bench households (the rights.bench.ts workload: first touch of each from memory).
// When the median of the first K is above 1 000 ns, a typical household costs more than 1 M/s allows
// on that processor before any cache miss or mispredicted jump.
// Run: npm run -s bench:build && taskset -c 1 node dist/bench/bench/rights-floor.bench.js [N=100000] [ROUNDS=7] [K=10]
import { BATCH_FIELDS } from '../libs/rights/src/evaluate-fast';
import type { Household } from '../libs/rights/src/household';
import { generateHouseholds, rng } from './rights-households';
import { timeBatchRounds } from './rights-timing';

const N = Number(process.argv[2] ?? 100_000);
const ROUNDS = Number(process.argv[3] ?? 7);
const K = Number(process.argv[4] ?? 10);

const all = generateHouseholds(N);
const out = new Float64Array(N * BATCH_FIELDS);
const medianNs = (hs: readonly Household[]): number => timeBatchRounds(hs, out, ROUNDS)[Math.floor(ROUNDS / 2)];

/** N households drawn in random order from `pool` (each object visited N / pool.length times). */
function repeated(pool: readonly Household[]): Household[] {
  const r = rng(7);
  return Array.from({ length: N }, () => pool[Math.floor(r() * pool.length)]);
}

// Compiled on the whole mix first, as in the other benches: timing a single household first would
// let the JIT specialise the engine for that household alone.
medianNs(all);
const single = all.slice(0, K).map((h) => medianNs(new Array<Household>(N).fill(h))).sort((a, b) => a - b);
const rows: [string, number][] = [
  [`one household repeated (fastest of the first ${K})`, single[0]],
  [`one household repeated (median of the first ${K})`, single[Math.floor(K / 2)]],
  ['1 000 distinct households, repeated in random order', medianNs(repeated(all.slice(0, 1000)))],
  [`${N.toLocaleString('en-US')} distinct households (the bench mix)`, medianNs(all)],
];
console.log(`engine floor, ${N.toLocaleString('en-US')} evaluations per row, median of ${ROUNDS} rounds`);
console.log(`${'workload'.padEnd(52)} ${'ns/household'.padStart(13)} ${'households/s'.padStart(13)}`);
for (const [name, ns] of rows) {
  console.log(`${name.padEnd(52)} ${ns.toFixed(0).padStart(13)} ${Math.round(1e9 / ns).toLocaleString('en-US').padStart(13)}`);
}
