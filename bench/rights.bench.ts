// Benchmark: the engine on generated households, one core, nine outputs per household, beside a
// hand-written single-formula loop over the same households (a speed ceiling, not a rule).
// Run: node tools/run-ts.cjs bench/rights.bench.ts [N]
import { performance } from 'perf_hooks';
import type { Household, Member } from '../libs/rights/src/household';
import { ZERO_INCOMES, ZERO_PATRIMOINE } from '../libs/rights/src/household';
import { evaluateAmounts, type Amounts } from '../libs/rights/src/evaluate-fast';

const N = Number(process.argv[2] ?? 200_000);

/** Deterministic generator (xorshift) so runs are comparable. */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

function generate(n: number): Household[] {
  const r = rng(20261127);
  // TODO(PART 2): AAH/ASPA parameters start 2024-04; earlier periods need values from 2023.
  const periods = ['2026-04', '2026-06', '2026-07', '2026-09', '2026-10'];
  const out: Household[] = [];
  for (let i = 0; i < n; i++) {
    const couple = r() < 0.45;
    const members: Member[] = [];
    const adults = couple ? 2 : 1;
    for (let a = 0; a < adults; a++) {
      const age = 18 + Math.floor(r() * 70);
      const work = age < 65 && r() < 0.6;
      const net = work ? Math.round(300 + r() * 2800) * 100 : 0;
      const pension = age >= 62 ? Math.round(500 + r() * 1500) * 100 : 0;
      const unemployment = !work && age < 62 && r() < 0.3 ? Math.round(400 + r() * 900) * 100 : 0;
      const disabled = r() < 0.05;
      members.push({
        role: 'adult', age, activity: work ? 'actif' : unemployment ? 'chomeur' : pension ? 'retraite' : 'inactif',
        student: false, disabled, disabilityRate: disabled ? 0.8 : 0, rsdae: false, aahOverride: null, sharedCustody: false,
        incomes: {
          ...ZERO_INCOMES,
          salaryNet: net, salaryTaxable: Math.round(net * 1.036), salaryGross: Math.round(net / 0.7815),
          unemploymentNet: unemployment, unemploymentTaxable: Math.round(unemployment * 1.03),
          pensionNet: pension, pensionTaxable: pension, pensionGross: pension,
        },
      });
    }
    const kids = r() < 0.5 ? Math.floor(r() * 4) + 1 : 0;
    for (let k = 0; k < kids; k++) {
      members.push({
        role: 'child', age: Math.floor(r() * 21), activity: 'etudiant', student: false, disabled: false,
        disabilityRate: 0, rsdae: false, aahOverride: null, sharedCustody: false, incomes: { ...ZERO_INCOMES },
      });
    }
    const u = r();
    const status = u < 0.65 ? 'locataire' : u < 0.88 ? 'proprietaire' : 'heberge';
    const zone = (1 + Math.floor(r() * 3)) as 1 | 2 | 3;
    out.push({
      id: `b${i}`,
      period: periods[i % periods.length],
      couple,
      coupleType: 'marie',
      members,
      housing: {
        status, rentalType: r() < 0.3 ? 'hlm' : 'vide', rent: status === 'locataire' ? Math.round(300 + r() * 900) * 100 : 0,
        charges: null, zone, depcom: zone === 1 ? '75056' : zone === 2 ? '69123' : '23096', coloc: false, room: false,
      },
      patrimoine: r() < 0.1 ? { ...ZERO_PATRIMOINE, livretA: Math.round(r() * 30000) * 100 } : { ...ZERO_PATRIMOINE },
      asfEligible: !couple && kids > 0 && r() < 0.5,
      rsaExperimentation: false,
    });
  }
  return out;
}

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

function time(label: string, fn: () => number, n: number): number {
  const t0 = performance.now();
  const check = fn();
  const s = (performance.now() - t0) / 1000;
  const rate = n / s;
  console.log(`${label.padEnd(44)} ${Math.round(rate).toLocaleString('en-US').padStart(12)} households/s  (${s.toFixed(3)} s, checksum ${Math.round(check)})`);
  return rate;
}

const households = generate(N);
const out: Amounts = { rsa: 0, ppa: 0, aideLogement: 0, chequeEnergie: 0, cssStatus: 0, cssParticipation: 0, af: 0, aahTotal: 0, aspa: 0 };
const engine = () => {
  let sum = 0;
  for (let i = 0; i < households.length; i++) {
    evaluateAmounts(households[i], out);
    sum += out.rsa + out.ppa + out.aideLogement + out.chequeEnergie + out.cssStatus + out.cssParticipation + out.af + out.aahTotal + out.aspa;
  }
  return sum;
};
console.log(`Generated ${N.toLocaleString('en-US')} households (5 periods, 2026-04 … 2026-10), node ${process.version}, one core`);
engine(); // warm-up: JIT and the per-month compiled parameter sets
singleFormula(households);
const ceiling = time('single-formula loop (ceiling)', () => singleFormula(households), N);
const rate = time('engine, 9 outputs (fast mode, no explanations)', engine, N);
console.log(`engine / ceiling: ${((100 * rate) / ceiling).toFixed(2)} %  — target ≥ 1,000,000 households/s: ${rate >= 1e6 ? 'met' : 'NOT met'}`);
