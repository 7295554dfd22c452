// Cost of Math.round / Math.max against the branch-free round / max of libs/rights/src/math.ts,
// on random amounts (the compare's outcome unpredictable, as on household data) and on amounts whose
// outcome is always the same (the baseline: a well-predicted jump).
// Run: npm run -s bench:build && taskset -c 1 node dist/bench/bench/branchless.bench.js
import { max, round } from '../libs/rights/src/math';
import { rng } from './rights-households';

const N = 1 << 20;
const ROUNDS = 15;
const r = rng(20261127);
const random = new Float64Array(N);
const halves = new Float64Array(N);
for (let i = 0; i < N; i++) {
  random[i] = (r() - 0.2) * 200000 * 0.61;
  halves[i] = 100000 + Math.floor(r() * 200000) + 0.25; // always rounds down, always above THRESHOLD
}
const THRESHOLD = 50000;

function mathRound(xs: Float64Array): number { let s = 0; for (let i = 0; i < xs.length; i++) s += Math.round(xs[i]); return s; }
function branchFreeRound(xs: Float64Array): number { let s = 0; for (let i = 0; i < xs.length; i++) s += round(xs[i]); return s; }
function mathMax(xs: Float64Array): number { let s = 0; for (let i = 0; i < xs.length; i++) s += Math.max(xs[i], THRESHOLD); return s; }
function branchFreeMax(xs: Float64Array): number { let s = 0; for (let i = 0; i < xs.length; i++) s += max(xs[i], THRESHOLD); return s; }

function nsPerCall(fn: (xs: Float64Array) => number, xs: Float64Array): number {
  for (let w = 0; w < 5; w++) fn(xs);
  const ns: number[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    const t0 = process.hrtime.bigint();
    fn(xs);
    ns.push(Number(process.hrtime.bigint() - t0) / xs.length);
  }
  return ns.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)];
}

console.log(`ns per call, median of ${ROUNDS} rounds over ${N.toLocaleString('en-US')} amounts`);
console.log(`${''.padEnd(12)}${'random amounts'.padStart(16)}${'predictable'.padStart(14)}`);
for (const [name, fn] of [
  ['Math.round', mathRound], ['round', branchFreeRound], ['Math.max', mathMax], ['max', branchFreeMax],
] as const) {
  console.log(`${name.padEnd(12)}${nsPerCall(fn, random).toFixed(2).padStart(16)}${nsPerCall(fn, halves).toFixed(2).padStart(14)}`);
}
