// Benchmark: households per second of evaluateHousehold with its explanation data (what detection
// runs), on the reference mix: the 600 households of libs/rights/test-data/rights-cases (2026-01 and
// 2026-06), evaluated in turn, ROUNDS times.
// Run: npm run -s bench:build && node dist/bench/bench/rights.bench.js [ROUNDS] [PASSES]
// from the repository root (add `taskset -c 1` to pin it to one core). Prints the median, slowest and fastest round.
import * as os from 'os';
import * as path from 'path';
import { householdFromReference } from '../libs/rights/src/adapters/reference-case';
import { evaluateHousehold } from '../libs/rights/src/evaluate';
import type { Household } from '../libs/rights/src/household';
import { loadReferenceCases } from '../libs/rights/src/reference-files';

const ROUNDS = Number(process.argv[2] ?? 9);
/** Passes over the 600 households per round (a round then lasts a fraction of a second). */
const PASSES = Number(process.argv[3] ?? 10);

// Compiled into dist/, so the cases are found from the repository root (where npm runs it).
const CASES = path.resolve(process.cwd(), 'libs/rights/test-data/rights-cases');
const households: Household[] = loadReferenceCases(CASES).flatMap((f) => f.cases.map((c) => householdFromReference(c.input)));

/** One pass: every household evaluated with its explanation; the sum keeps the work observable. */
function pass(): number {
  let sum = 0;
  for (const h of households) {
    const e = evaluateHousehold(h);
    sum += e.rsa.amountCents + e.primeActivite.amountCents + e.aideLogement.amountCents + e.css.amountCents + (e.rsa.steps?.length ?? 0);
  }
  return sum;
}

function round(): number {
  const t0 = process.hrtime.bigint();
  let check = 0;
  for (let p = 0; p < PASSES; p++) check += pass();
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!Number.isFinite(check)) throw new Error('unreachable');
  return (households.length * PASSES) / seconds;
}

pass();
pass();
const rates = Array.from({ length: ROUNDS }, round).sort((a, b) => a - b);
const fmt = (v: number) => Math.round(v).toLocaleString('en-US');
console.log(`evaluateHousehold with explanations, ${households.length} reference households × ${PASSES} passes, ${ROUNDS} rounds, node ${process.version}, ${os.cpus()[0]?.model ?? '?'}`);
console.log(`households/s: median ${fmt(rates[Math.floor(ROUNDS / 2)])} (slowest ${fmt(rates[0])}, fastest ${fmt(rates[ROUNDS - 1])})`);
