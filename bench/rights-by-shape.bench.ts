// Engine cost by household shape: the bench households (bench/rights-households.ts) split by what
// they ask of the engine (children, salary, tenancy, an adult of 55 or more, a disabled member), each
// shape repeated to N households and timed with evaluateBatch; the whole mix is the baseline, printed
// first. Shows where the time per household goes (share of the mix × cost).
// Run: npm run -s bench:build && taskset -c 1 node dist/bench/bench/rights-by-shape.bench.js [N=100000] [ROUNDS=7]
import { BATCH_FIELDS } from '../libs/rights/src/evaluate-fast';
import type { Household } from '../libs/rights/src/household';
import { generateHouseholds } from './rights-households';
import { timeBatchRounds } from './rights-timing';

const N = Number(process.argv[2] ?? 100_000);
const ROUNDS = Number(process.argv[3] ?? 7);

const hasChildren = (h: Household): boolean => h.members.some((m) => m.role === 'child');
const earns = (h: Household): boolean => h.members.some((m) => m.incomes.salaryNet > 0);
const rents = (h: Household): boolean => h.housing.status === 'locataire';
const older = (h: Household): boolean => h.members.some((m) => m.role === 'adult' && m.age >= 55);
const disabled = (h: Household): boolean => h.members.some((m) => m.disabled);
const plain = (h: Household): boolean => !older(h) && !disabled(h);

const SHAPES: [string, (h: Household) => boolean][] = [
  ['whole mix (baseline)', () => true],
  ['no child, no salary, not renting, < 55', (h) => plain(h) && !hasChildren(h) && !earns(h) && !rents(h)],
  ['renting only', (h) => plain(h) && !hasChildren(h) && !earns(h) && rents(h)],
  ['salary only', (h) => plain(h) && !hasChildren(h) && earns(h) && !rents(h)],
  ['salary + renting', (h) => plain(h) && !hasChildren(h) && earns(h) && rents(h)],
  ['children only', (h) => plain(h) && hasChildren(h) && !earns(h) && !rents(h)],
  ['children + salary + renting', (h) => plain(h) && hasChildren(h) && earns(h) && rents(h)],
  ['an adult of 55 or more (no disability)', (h) => older(h) && !disabled(h)],
  ['a disabled member', disabled],
];

const all = generateHouseholds(N);
const out = new Float64Array(N * BATCH_FIELDS);
console.log(`engine cost by household shape, ${N.toLocaleString('en-US')} households per shape, median of ${ROUNDS} rounds`);
console.log(`${'shape'.padEnd(42)} ${'share'.padStart(6)} ${'ns/household'.padStart(13)} ${'households/s'.padStart(13)}`);
for (const [name, matches] of SHAPES) {
  const selected = all.filter(matches);
  if (selected.length === 0) continue;
  const hs: Household[] = [];
  for (let i = 0; hs.length < N; i++) hs.push(selected[i % selected.length]);
  const median = timeBatchRounds(hs, out, ROUNDS)[Math.floor(ROUNDS / 2)];
  const share = `${((100 * selected.length) / all.length).toFixed(1)} %`;
  console.log(`${name.padEnd(42)} ${share.padStart(6)} ${median.toFixed(0).padStart(13)} ${Math.round(1e9 / median).toLocaleString('en-US').padStart(13)}`);
}
