// Deterministic household generator shared by the benchmark (bench/rights.bench.ts) and the
// fast-path/explain-path equivalence test (libs/rights/src/evaluate-fast.spec.ts).
// `variety: true` also draws the rarer shapes the Household type can express (students, shared
// custody, concubins, furnished rooms, colocation, foyers, DOM, AAH overrides, RSDAE, alimony,
// savings, the RSA experiment, …) so that every branch of the engine is exercised.
import type { Household, Member, Period } from '../libs/rights/src/household';
import { ZERO_INCOMES, ZERO_PATRIMOINE } from '../libs/rights/src/household';

/** The benchmark's periods (one household in five each). */
export const BENCH_PERIODS: readonly Period[] = ['2026-04', '2026-06', '2026-07', '2026-09', '2026-10'];

/** Every month from `from` to `to` inclusive ('YYYY-MM'). */
export function monthsBetween(from: Period, to: Period): Period[] {
  const out: Period[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  for (;;) {
    const p = `${y}-${m < 10 ? '0' : ''}${m}`;
    out.push(p);
    if (p === to) return out;
    if (++m > 12) { m = 1; y++; }
  }
}

/** xorshift32 in [0, 1), so runs are comparable. */
export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

export interface GenerateOptions {
  seed?: number;
  /** Household i gets periods[i % periods.length]. */
  periods?: readonly Period[];
  /** Also draw the rarer household shapes (see the header). */
  variety?: boolean;
}

export function generateHouseholds(n: number, opts: GenerateOptions = {}): Household[] {
  const r = rng(opts.seed ?? 20261127);
  const periods = opts.periods ?? BENCH_PERIODS;
  const variety = opts.variety ?? false;
  const rare = (p: number): boolean => variety && r() < p;
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
      const m: Member = {
        role: 'adult', age, activity: work ? 'actif' : unemployment ? 'chomeur' : pension ? 'retraite' : 'inactif',
        student: false, disabled, disabilityRate: disabled ? 0.8 : 0, rsdae: false, aahOverride: null, sharedCustody: false,
        incomes: {
          ...ZERO_INCOMES,
          salaryNet: net, salaryTaxable: Math.round(net * 1.036), salaryGross: Math.round(net / 0.7815),
          unemploymentNet: unemployment, unemploymentTaxable: Math.round(unemployment * 1.03),
          pensionNet: pension, pensionTaxable: pension, pensionGross: pension,
        },
      };
      if (variety) {
        if (rare(0.08)) { m.disabled = true; m.disabilityRate = [0.5, 0.6, 0.79, 0.8, 0.9][Math.floor(r() * 5)]; m.rsdae = r() < 0.5; }
        if (rare(0.02)) m.aahOverride = Math.round(r() * 1100) * 100;
        if (rare(0.05) && age < 30) { m.student = true; m.activity = 'etudiant'; }
        if (rare(0.05)) m.incomes.alimonyReceived = Math.round(r() * 400) * 100;
        if (rare(0.03)) m.incomes.other = Math.round(r() * 300) * 100;
        if (rare(0.05) && m.incomes.unemploymentNet > 0) m.incomes.salaryNet = Math.round(r() * 600) * 100;
      }
      members.push(m);
    }
    const kids = r() < 0.5 ? Math.floor(r() * 4) + 1 : 0;
    for (let k = 0; k < kids; k++) {
      members.push({
        role: 'child', age: Math.floor(r() * 21), activity: 'etudiant', student: false, disabled: false,
        disabilityRate: 0, rsdae: false, aahOverride: null, sharedCustody: false, incomes: { ...ZERO_INCOMES },
      });
    }
    if (variety) {
      for (const m of members) {
        if (m.role !== 'child') continue;
        if (rare(0.1)) m.sharedCustody = true;
        if (rare(0.05)) { m.disabled = true; m.disabilityRate = 0.8; }
        if (rare(0.05) && m.age >= 16) m.incomes = { ...ZERO_INCOMES, salaryNet: 90000, salaryTaxable: 93000, salaryGross: 115000 };
        if (rare(0.1)) m.age = Math.floor(r() * 3); // young children (PAJE, RSA majoré)
      }
    }
    const u = r();
    const status = u < 0.65 ? 'locataire' : u < 0.88 ? 'proprietaire' : 'heberge';
    const zone = (1 + Math.floor(r() * 3)) as 1 | 2 | 3;
    const h: Household = {
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
    };
    if (variety) {
      if (couple && rare(0.3)) h.coupleType = r() < 0.5 ? 'concubin' : 'pacse';
      if (rare(0.08)) h.housing.rentalType = 'meuble';
      if (rare(0.04)) h.housing.rentalType = 'foyer';
      if (rare(0.05)) h.housing.coloc = true;
      if (rare(0.05)) h.housing.room = true;
      if (rare(0.05)) h.housing.status = 'primo_accedant';
      if (rare(0.03)) { h.housing.status = 'sans_domicile'; h.housing.rent = 0; }
      if (rare(0.05)) h.housing.depcom = ['97105', '97209', '97302', '97411'][Math.floor(r() * 4)];
      if (rare(0.1)) h.rsaExperimentation = true;
      if (rare(0.1)) {
        h.patrimoine = {
          livretA: Math.round(r() * 40000) * 100, savingsTaxFree: Math.round(r() * 20000) * 100,
          savingsTaxable: Math.round(r() * 20000) * 100, propertyNotRented: rare(0.5) ? Math.round(r() * 200000) * 100 : 0,
          rentalValueNotRented: rare(0.5) ? Math.round(r() * 6000) * 100 : 0, capitalIncomeMonthly: rare(0.5) ? Math.round(r() * 200) * 100 : 0,
        };
      }
    }
    out.push(h);
  }
  return out;
}
