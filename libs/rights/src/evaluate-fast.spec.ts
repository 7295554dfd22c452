// The batch path (evaluateAmounts: look-back months reused when their parameter values and ages
// are the same, look-back skipped when it cannot change an output) gives exactly the amounts of
// the explain path (evaluateHousehold with EXPLAIN: every look-back month computed directly, then
// the rule wrappers), on every reference case and on generated households of every shape for
// every month 2025-01..2026-11; and both refuse the same periods.
import { generateHouseholds, monthsBetween } from '../../../bench/rights-households';
import { householdFromReference } from './adapters/reference-case';
import { evaluateHousehold, type Evaluation } from './evaluate';
import { BATCH_FIELDS, BATCH_OUTPUTS, evaluateAmounts, evaluateBatch, type Amounts } from './evaluate-fast';
import { ZERO_PATRIMOINE, type Household } from './household';
import { loadReferenceCases } from './reference-files';
import { EXPLAIN } from './result';
import { child, household, member, salarie } from './rules/testing/household-builder';

const referenceHouseholds: Household[] = loadReferenceCases().flatMap((f) => f.cases.map((c) => householdFromReference(c.input)));

const KEYS = ['rsa', 'ppa', 'aideLogement', 'chequeEnergie', 'cssStatus', 'cssParticipation', 'af', 'aahTotal', 'aspa'] as const;

function explained(e: Evaluation): Amounts {
  return {
    rsa: e.rsa.amountCents,
    ppa: e.primeActivite.amountCents,
    aideLogement: e.aideLogement.amountCents,
    chequeEnergie: e.chequeEnergie.amountCents,
    cssStatus: e.css.status === 'gratuite' ? 2 : e.css.status === 'participation' ? 1 : 0,
    cssParticipation: e.css.participationCents,
    af: e.allocationsFamiliales.amountCents,
    aahTotal: e.aah.amountCents,
    aspa: e.aspa.amountCents,
  };
}

const out = (): Amounts => ({ rsa: 0, ppa: 0, aideLogement: 0, chequeEnergie: 0, cssStatus: 0, cssParticipation: 0, af: 0, aahTotal: 0, aspa: 0 });

/** Differences between both paths for one household ("" when identical). */
function compare(h: Household): string {
  let e: Amounts | string, f: Amounts | string;
  try {
    e = explained(evaluateHousehold(h, EXPLAIN));
  } catch (err) {
    e = `erreur : ${(err as Error).message}`;
  }
  try {
    f = { ...evaluateAmounts(h, out()) };
  } catch (err) {
    f = `erreur : ${(err as Error).message}`;
  }
  if (typeof e === 'string' || typeof f === 'string') return e === f ? '' : `${h.id} ${h.period}: explicatif ${JSON.stringify(e)}, rapide ${JSON.stringify(f)}`;
  const diff = KEYS.filter((k) => !Object.is(e[k], f[k]));
  return diff.length === 0 ? '' : `${h.id} ${h.period}: ${diff.map((k) => `${k} ${e[k]} ≠ ${f[k]}`).join(', ')}`;
}

function mismatches(hs: Household[]): string[] {
  const bad: string[] = [];
  for (const h of hs) {
    const d = compare(h);
    if (d !== '') bad.push(d);
  }
  return bad;
}

describe('fast path (evaluateAmounts) = explain path (evaluateHousehold)', () => {
  it('on every reference case', () => {
    expect(referenceHouseholds.length).toBeGreaterThan(0);
    expect(mismatches(referenceHouseholds)).toEqual([]);
  });

  const months = monthsBetween('2025-01', '2026-11');
  // Every shape the Household type can express (variety), plus the benchmark's own mix.
  const varied = generateHouseholds(300, { seed: 20251, variety: true });
  const bench = generateHouseholds(100, { seed: 20252 });

  it.each(months)('on generated households, %s', (month) => {
    const hs = [...varied, ...bench].map((h) => ({ ...h, period: month }));
    expect(mismatches(hs)).toEqual([]);
  });

  it('interleaving households and periods (per-period caches, reused scratch state)', () => {
    const hs = generateHouseholds(600, { seed: 20253, variety: true, periods: months });
    expect(mismatches(hs)).toEqual([]);
    expect(mismatches([...hs].reverse())).toEqual([]);
  });

  it('refuses the same periods outside the parameter coverage, with the same error', () => {
    const hs = generateHouseholds(40, { seed: 20254, variety: true });
    const outside = [...monthsBetween('2023-10', '2024-12'), ...monthsBetween('2027-06', '2028-01')];
    const all = outside.flatMap((m) => hs.map((h) => ({ ...h, period: m })));
    expect(mismatches(all)).toEqual([]);
    // The range check above is meaningful only if some of those periods are refused.
    expect(all.some((h) => compare(h) === '' && throws(h))).toBe(true);
  });
});

// The batch path's shortcuts (period-plan.ts, rsaCannotPay, aspaNeverPays) decide from bounds and
// from which parameters a household reads; random households rarely sit at their edges, these do.
describe('batch shortcuts at their edges (= explain path)', () => {
  const months = monthsBetween('2025-01', '2026-11');

  it('housing aid around the double-activity threshold (12 × BMAF, CCH R822-7) and with the RLS of social housing', () => {
    const hs: Household[] = [];
    for (const month of months) {
      for (const taxable of [466.44, 470, 474.37, 476, 478.16]) {
        for (const rentalType of ['vide', 'hlm'] as const) {
          // A taxable pension (not in the prime d'activité's resources) brings the aid under the
          // forfait logement, where the prime d'activité of the quarter's months sees it.
          for (const pension of [0, 450, 600]) {
            const earner = (age: number, pensionTaxable: number) => salarie(age, taxable, { incomes: { salaryTaxable: taxable, pensionTaxable } });
            hs.push(household(month, [earner(40, pension), earner(38, 0)], { rent: 380, rentalType, zone: 2 }));
            hs.push(household(month, [earner(40, pension), earner(38, 0), member({ age: 4, role: 'child' })], { rent: 450, rentalType, zone: 1 }));
            // Low rents in zone 3: an APL under the forfait logement that the RLS (June revaluation) changes.
            for (const rent of [160, 200]) hs.push(household(month, [earner(40, pension / 4), earner(38, 0)], { rent, rentalType, zone: 3 }));
          }
        }
      }
    }
    expect(mismatches(hs)).toEqual([]);
  });

  it('RSA around its upper bound (montant of the largest foyer minus own incomes vs the minimum paid)', () => {
    const hs: Household[] = [];
    for (const month of months) {
      // Every 7 € from 400 to 1 200 €: each shape's RSA crosses the minimum paid on the way.
      for (let net = 400; net <= 1200; net += 7) {
        // Without housing (no forfait logement) the bound is within rounding of the amount.
        hs.push(household(month, [salarie(30, net)], { status: 'sans_domicile' }));
        hs.push(household(month, [salarie(30, net / 2), salarie(33, net / 2)], { status: 'sans_domicile' }));
        hs.push(household(month, [salarie(30, net), member({ age: 1, role: 'child' })], { status: 'sans_domicile' }));
        hs.push(household(month, [salarie(30, net), salarie(31, 300), member({ age: 8, role: 'child' }), member({ age: 12, role: 'child' })], { status: 'sans_domicile' }));
        hs.push(household(month, [salarie(30, net)], { status: 'heberge' }));
        hs.push(household(month, [salarie(30, net), member({ age: 2, role: 'child' })], { rent: 400 }));
        hs.push(household(month, [salarie(30, net / 2), salarie(31, net / 2)], { rent: 450 }));
      }
    }
    expect(mismatches(hs)).toEqual([]);
  });

  it('ASPA around the highest ceiling of the look-back (single, couple, with savings)', () => {
    const hs: Household[] = [];
    for (const month of months) {
      // Every 3 € around the single and couple ceilings of 2025 and 2026 (1 034,29 / 1 043,60 €; 1 605,73 / 1 620,18 €).
      const pensions = [];
      for (let x = 990; x <= 1090; x += 3) pensions.push(x, x + 600);
      for (const pension of pensions) {
        const retired = (age: number, gross: number) => member({ age, incomes: { pensionNet: gross, pensionTaxable: gross, pensionGross: gross } });
        hs.push(household(month, [retired(70, pension)], { status: 'proprietaire' }));
        hs.push(household(month, [retired(72, pension / 2), retired(66, pension / 2)], { rent: 500 }));
        // A salary above the abattement on earnings (R815-29), which changes with the SMIC in January.
        const worker = member({ age: 67, incomes: { pensionNet: pension - 330, pensionTaxable: pension - 330, pensionGross: pension - 330, salaryNet: 720, salaryTaxable: 740, salaryGross: 900 } });
        hs.push(household(month, [worker], { status: 'proprietaire' }));
        const saver = household(month, [retired(68, pension)], { rent: 450 });
        saver.patrimoine = { ...saver.patrimoine, livretA: 1_500_000, capitalIncomeMonthly: 500 };
        hs.push(saver);
      }
    }
    expect(mismatches(hs)).toEqual([]);
  });
});

describe('family benefits of look-back months on either side of the January and April revaluations (= explain path)', () => {
  it('families with teenagers, young children, three children, or a taxable income far above their net income', () => {
    const hs: Household[] = [];
    for (const month of ['2025-02', '2025-06', '2026-02', '2026-04', '2026-06', '2026-09', '2026-11']) {
      // Every 12 € from 900 to 3 000 €: the families cross the CSS ceilings (which see every month's
      // family benefits) on the way.
      for (let x = 900; x <= 3000; x += 12) {
        hs.push(household(month, [salarie(45, x), child(13), child(15)], { rent: 700 }));
        hs.push(household(month, [salarie(45, x / 2), salarie(44, x / 2), child(17), child(14)], { rent: 800 }));
        hs.push(household(month, [salarie(35, x / 2), salarie(33, x / 2), child(1), child(6)], { rent: 750 }));
        hs.push(household(month, [salarie(40, x / 2), salarie(41, x / 2), child(5), child(9), child(12)], { rent: 850 }));
        // N-2 income (taxable, 1 900 … 4 000 € a month each) across the AF modulation, CF and PAJE
        // ceilings, revalued in January, while a low net income keeps the prime d'activité and the
        // CSS look-back open.
        const rich = (age: number) => salarie(age, 650, { incomes: { salaryTaxable: x + 1000 } });
        hs.push(household(month, [rich(38), rich(37), child(2), child(8)], { rent: 900 }));
        hs.push(household(month, [rich(38), rich(37), child(5), child(8)], { rent: 900 }));
        hs.push(household(month, [rich(38), rich(37), child(4), child(8), child(11)], { rent: 900 }));
      }
    }
    expect(mismatches(hs)).toEqual([]);
  });
});

describe('CSS bound at its edge (= explain path)', () => {
  it('households around the participation ceiling of every foyer shape (children, shared custody, over-age child, DOM, job-seeker)', () => {
    const hs: Household[] = [];
    const child = (age: number, sharedCustody = false) => member({ age, role: 'child', sharedCustody });
    for (const month of ['2025-01', '2025-04', '2025-05', '2026-04', '2026-05', '2026-11']) {
      // Every 9 € of monthly income from 800 to 3 200 €: each shape's ceiling is crossed on the way.
      for (let x = 800; x <= 3200; x += 9) {
        hs.push(household(month, [salarie(35, x)], { rent: 900 }));
        hs.push(household(month, [salarie(35, x / 2), salarie(36, x / 2)], { status: 'proprietaire' }));
        hs.push(household(month, [salarie(40, x), child(5, true), child(19)], { rent: 900 }));
        hs.push(household(month, [salarie(50, x / 2), salarie(49, x / 2), child(26), child(12), child(8)], { status: 'proprietaire' }));
        hs.push(household(month, [salarie(35, x)], { rent: 900, depcom: '97411' }));
        hs.push(household(month, [member({ age: 45, activity: 'chomeur', incomes: { salaryNet: x / 2, salaryTaxable: x / 2, salaryGross: x / 2, unemploymentNet: x / 2, unemploymentTaxable: x / 2 } })], { rent: 900 }));
      }
    }
    expect(mismatches(hs)).toEqual([]);
  });
});

describe('CSS look-back of households with an AAH at its edges (= explain path)', () => {
  it('AAH recipients around the CSS ceilings (owners, with a salaried spouse, tenants with the MVA), across the April and October revaluations', () => {
    const hs: Household[] = [];
    const disabled = (age: number, other: number) => member({ age, disabilityRate: 0.8, incomes: { other, pensionNet: other / 2, pensionTaxable: other / 2, pensionGross: other / 2 } });
    for (const month of ['2025-04', '2025-05', '2025-10', '2025-11', '2026-03', '2026-04', '2026-06', '2026-10', '2026-11']) {
      // Every 2 € of other income from 0 to 600 €: the resources cross the CSS ceilings on the way.
      for (let x = 0; x <= 600; x += 2) {
        hs.push(household(month, [disabled(40, x)], { status: 'proprietaire' }));
        hs.push(household(month, [disabled(45, x), salarie(44, 900)], { status: 'proprietaire' }));
      }
      // Tenants: the housing aid opens the MVA, and both change at their own revaluations.
      for (let x = 0; x <= 600; x += 20) {
        for (let rent = 20; rent <= 200; rent += 10) hs.push(household(month, [disabled(50, x)], { rent, zone: 3 }));
      }
    }
    expect(mismatches(hs)).toEqual([]);
  });
});

describe('AAH look-back of recipients with earnings, unemployment benefits or a livret A (= explain path)', () => {
  it('AAH recipients with earnings around the low-abattement tranche, unemployment benefits, a livret A, as claimant or spouse, every month', () => {
    const hs: Household[] = [];
    const aahFrom = (age: number, incomes: Record<string, number>) => member({ age, disabilityRate: 0.8, incomes });
    // 30 % of the annual gross SMIC is about 540 € a month: earnings on both sides of the tranche,
    // which moves with the SMIC (January and June revaluations).
    const earnings = [0, 300, 520, 545, 560, 800];
    for (const month of monthsBetween('2025-01', '2026-11')) {
      for (const net of earnings) {
        const earner = aahFrom(40, { salaryNet: net, salaryTaxable: net, salaryGross: net });
        const jobSeeker = aahFrom(41, { unemploymentNet: net, unemploymentTaxable: net });
        for (const livretA of [0, 20_000]) {
          // A livret A counts only in the claimant's trimestrial evaluation (rate changes in February and August).
          const savings = { patrimoine: { ...ZERO_PATRIMOINE, livretA: livretA * 100 } };
          hs.push(household(month, [earner], { rent: 420, zone: 2 }, savings));
          hs.push(household(month, [earner, child(3)], { rent: 500, zone: 1 }, savings));
          hs.push(household(month, [salarie(45, 700), earner], { rent: 450, zone: 2 }, savings));
          hs.push(household(month, [jobSeeker], { rent: 380, zone: 3 }, savings));
          hs.push(household(month, [jobSeeker], { status: 'proprietaire' }, savings));
        }
      }
      // Unemployment benefits above the tranche, without children (the AAH is then under its
      // maximum and moves with the tranche): the CSS (AAH of the 12 previous months) sees it.
      for (let net = 500; net <= 1000; net += 10) {
        const jobSeeker = aahFrom(41, { unemploymentNet: net, unemploymentTaxable: net });
        hs.push(household(month, [jobSeeker, member({ age: 39 })], { rent: 600, zone: 1 }));
        hs.push(household(month, [jobSeeker], { status: 'proprietaire' }));
      }
    }
    expect(mismatches(hs)).toEqual([]);
  });
});

function throws(h: Household): boolean {
  try {
    evaluateAmounts(h, out());
    return false;
  } catch {
    return true;
  }
}

describe('batch path (evaluateBatch) = one household at a time (evaluateAmounts)', () => {
  const months = monthsBetween('2025-01', '2026-11');

  function single(hs: Household[]): Float64Array {
    const res = new Float64Array(hs.length * BATCH_FIELDS);
    const o = out();
    hs.forEach((h, i) => {
      evaluateAmounts(h, o);
      BATCH_OUTPUTS.forEach((k, j) => (res[i * BATCH_FIELDS + j] = o[k]));
    });
    return res;
  }

  it('on generated households of every shape and month, in both orders', () => {
    // 1 500 households, periods interleaved.
    const hs = [
      ...generateHouseholds(1000, { seed: 20255, variety: true, periods: months }),
      ...generateHouseholds(500, { seed: 20256, periods: months }),
    ];
    expect(Array.from(evaluateBatch(hs))).toEqual(Array.from(single(hs)));
    const reversed = [...hs].reverse();
    expect(Array.from(evaluateBatch(reversed))).toEqual(Array.from(single(reversed)));
  });

  it('writes into the caller-owned array and refuses one that is too short', () => {
    const hs = generateHouseholds(10, { seed: 20257 });
    const buf = new Float64Array(10 * BATCH_FIELDS);
    expect(evaluateBatch(hs, buf)).toBe(buf);
    expect(() => evaluateBatch(hs, new Float64Array(5))).toThrow(RangeError);
  });

  it('refuses a batch containing a period outside the parameter coverage', () => {
    const hs = generateHouseholds(40, { seed: 20258, variety: true, periods: ['2026-06', '2023-10'] });
    expect(hs.some((h) => throws(h))).toBe(true);
    expect(() => evaluateBatch(hs)).toThrow();
  });
});
