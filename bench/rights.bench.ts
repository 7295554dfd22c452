// Benchmark: the engine on generated households, one core, nine outputs per household, beside a
// hand-written single-formula loop over the same households (a speed ceiling, not a rule).
// Run (pinned to one core): npm run -s bench:build && taskset -c 1 node dist/bench/bench/rights.bench.js [N] [ROUNDS]
// The timed code is the engine as the API and the worker ship it: compiled by tsc (CommonJS, ES2022).
// Run through tools/run-ts.cjs instead, swc-node's load-time transpilation makes each export a getter
// that the engine's calls between modules go through, measured about 5 % slower; the header line
// says which build runs.
// Each round times the ceiling, the engine's batch path (evaluateBatch) and, for comparison, the engine
// one household at a time (evaluateAmounts) over all N households; the medians are printed, in
// wall-clock time and in CPU time of this process (the machine may be shared), with the slowest and
// fastest round, and the header names the processor (the engine's rate relative to the ceiling
// differs between processors: see libs/rights/README.md, Performance).
import * as fs from 'fs';
import * as os from 'os';
import { performance } from 'perf_hooks';
import type { Household } from '../libs/rights/src/household';
import { BATCH_FIELDS, evaluateAmounts, evaluateBatch, type Amounts } from '../libs/rights/src/evaluate-fast';
import { BENCH_PERIODS, generateHouseholds } from './rights-households';

const N = Number(process.argv[2] ?? 200_000);
const ROUNDS = Number(process.argv[3] ?? 7);
const TARGET = 1_000_000;

/** The ceiling: one RSA-like formula per household, no parameters, no dependencies. */
function singleFormula(hs: Household[]): number {
  let sum = 0;
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i];
    let res = 0;
    for (let j = 0; j < h.members.length; j++) res += h.members[j].incomes.salaryNet + h.members[j].incomes.pensionNet;
    const n = h.members.length;
    const socle = 64652 * (n === 1 ? 1 : n === 2 ? 1.5 : 1.5 + 0.3 * (n - 2));
    const v = socle - res;
    sum += v > 600 ? v : 0;
  }
  return sum;
}

/** The engine's batch fast path: the nine outputs of every household into one Float64Array. */
let batchOut = new Float64Array(0);
function engine(hs: Household[]): number {
  if (batchOut.length < hs.length * BATCH_FIELDS) batchOut = new Float64Array(hs.length * BATCH_FIELDS);
  const o = evaluateBatch(hs, batchOut);
  let sum = 0;
  for (let i = 0; i < hs.length; i++) {
    const j = i * BATCH_FIELDS;
    sum += o[j] + o[j + 1] + o[j + 2] + o[j + 3] + o[j + 4] + o[j + 5] + o[j + 6] + o[j + 7] + o[j + 8];
  }
  return sum;
}

/** One household at a time (evaluateAmounts), for comparison. */
const out: Amounts = { rsa: 0, ppa: 0, aideLogement: 0, chequeEnergie: 0, cssStatus: 0, cssParticipation: 0, af: 0, aahTotal: 0, aspa: 0 };
function engineSingle(hs: Household[]): number {
  let sum = 0;
  for (let i = 0; i < hs.length; i++) {
    evaluateAmounts(hs[i], out);
    sum += out.rsa + out.ppa + out.aideLogement + out.chequeEnergie + out.cssStatus + out.cssParticipation + out.af + out.aahTotal + out.aspa;
  }
  return sum;
}

interface Timing { wall: number; cpu: number; checksum: number }
function time(fn: (hs: Household[]) => number, hs: Household[]): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const checksum = fn(hs);
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1e6, checksum };
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US').padStart(12);

/** CPUs this process may run on (Linux affinity), e.g. "1" when started with taskset -c 1. */
function allowedCpus(): string {
  try {
    const m = /Cpus_allowed_list:\s*(\S+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return m[1];
  } catch {
    // not Linux
  }
  return `? (${os.availableParallelism?.() ?? os.cpus().length} available)`;
}
const cpus = allowedCpus();
const pinned = /^\d+$/.test(cpus);

const households = generateHouseholds(N);
console.log(
  `rights bench: ${N.toLocaleString('en-US')} generated households (periods ${BENCH_PERIODS.join(', ')}), ` +
    `node ${process.version}, ${pinned ? `pinned to one core (CPU ${cpus})` : `NOT pinned (CPUs ${cpus}; use taskset -c 1)`}, ` +
    `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim() ?? 'unknown model'}), load average ${os.loadavg()[0].toFixed(2)}, ${ROUNDS} rounds, ` +
    `${__filename.endsWith('.js') ? 'tsc build' : 'TypeScript transpiled at load time (not the shipped build: see the header)'}`,
);
// Warm-up: JIT and the per-month compiled parameter sets.
engine(households);
engineSingle(households);
singleFormula(households);

const ceil: Timing[] = [];
const eng: Timing[] = [];
const one: Timing[] = [];
for (let r = 0; r < ROUNDS; r++) {
  ceil.push(time(singleFormula, households));
  eng.push(time(engine, households));
  one.push(time(engineSingle, households));
}
const rate = (ts: Timing[], k: 'wall' | 'cpu'): number => N / median(ts.map((t) => t[k]));
const ceilWall = rate(ceil, 'wall'), engWall = rate(eng, 'wall');
const ceilCpu = rate(ceil, 'cpu'), engCpu = rate(eng, 'cpu');
/** Slowest and fastest round (wall clock): how much the machine's speed moved during the run. */
const spread = (ts: Timing[]): string => {
  const rates = ts.map((t) => N / t.wall);
  const k = (x: number): string => `${Math.round(x / 1000).toLocaleString('en-US')}k`;
  return `${k(Math.min(...rates))}–${k(Math.max(...rates))}`.padStart(19);
};
const line = (name: string, ts: Timing[], wall: number, cpu: number): void =>
  console.log(`${name.padEnd(46)} ${fmt(wall)} /s   ${fmt(cpu)} /s ${spread(ts)} /s   checksum ${Math.round(ts[0].checksum)}`);
console.log(`${''.padEnd(46)}   wall-clock rate       CPU-time rate   rounds (wall, min–max)`);
line('single-formula loop (ceiling)', ceil, ceilWall, ceilCpu);
line('engine, 9 outputs (evaluateBatch, fast mode)', eng, engWall, engCpu);
line('  (one at a time, evaluateAmounts)', one, rate(one, 'wall'), rate(one, 'cpu'));
console.log(
  `engine / ceiling: ${((100 * engWall) / ceilWall).toFixed(1)} % (wall), ${((100 * engCpu) / ceilCpu).toFixed(1)} % (CPU)` +
    `  — target ≥ ${TARGET.toLocaleString('en-US')} households/s: ${engWall >= TARGET ? 'met' : 'NOT met'} (wall)` +
    `, ${engCpu >= TARGET ? 'met' : 'NOT met'} (CPU)`,
);
