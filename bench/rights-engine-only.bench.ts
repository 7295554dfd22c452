// Engine only (no ceiling loop, no one-at-a-time pass): N generated households, ROUNDS rounds of
// evaluateBatch, best / first quartile / median round. For A/B comparisons of two versions of the
// engine, run alternating processes of each (the machine's speed drifts between runs).
// Run: npm run -s bench:build && taskset -c 1 node dist/bench/bench/rights-engine-only.bench.js [N=100000] [ROUNDS=15]
import { BATCH_FIELDS } from '../libs/rights/src/evaluate-fast';
import { generateHouseholds } from './rights-households';
import { timeBatchRounds } from './rights-timing';

const N = Number(process.argv[2] ?? 100_000);
const ROUNDS = Number(process.argv[3] ?? 15);
const households = generateHouseholds(N);
const out = new Float64Array(N * BATCH_FIELDS);
const rates = timeBatchRounds(households, out, ROUNDS).map((ns) => 1e9 / ns); // fastest first
let checksum = 0;
for (let i = 0; i < out.length; i++) checksum += out[i];
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
console.log(
  `engine only, ${fmt(N)} households, ${ROUNDS} rounds: best ${fmt(rates[0])} /s, ` +
    `first quartile ${fmt(rates[Math.floor(ROUNDS / 4)])} /s, median ${fmt(rates[Math.floor(ROUNDS / 2)])} /s, checksum ${Math.round(checksum)}`,
);
