// ASPA (CSS L815-1, L815-9, D815-1, D815-2, R815-29).
import { computeAspa } from './aspa';
import { household, member, salarie } from './testing/household-builder';

describe('allocation de solidarité aux personnes âgées', () => {
  it('tops a small pension up to the single ceiling (12 523.14 €/year in 2026)', () => {
    // 1 043.595 − 900.72 = 142.88 €
    const h = household('2026-01', [member({ age: 78, incomes: { pensionNet: 900.72, pensionTaxable: 900.72, pensionGross: 900.72 } })]);
    expect(computeAspa(h, '2026-01').amountCents).toBe(14288);
  });

  it('shares the couple amount when both are eligible', () => {
    // 19 442.21 / 12 = 1 620.18; pensions brutes 407.58 + 1 205.33 → 7.27 €
    const h = household('2026-01', [
      member({ age: 82, incomes: { pensionNet: 407.58, pensionGross: 407.58, pensionTaxable: 407.58 } }),
      member({ age: 78, incomes: { pensionNet: 1153.5, pensionGross: 1205.33, pensionTaxable: 1159.52 } }),
    ]);
    expect(computeAspa(h, '2026-01').amountCents).toBe(727);
  });

  it('disregards earnings up to 0.9 SMIC a month for a single person (R815-29)', () => {
    const h = household('2026-01', [salarie(65, 272.74)]);
    expect(computeAspa(h, '2026-01').amountCents).toBe(104360);
  });

  it('is not open before 65 without incapacity; from 64 with an incapacity above 50 %', () => {
    expect(computeAspa(household('2026-01', [member({ age: 64 })]), '2026-01').amountCents).toBe(0);
    expect(computeAspa(household('2026-01', [member({ age: 64, disabilityRate: 0.6 })]), '2026-01').amountCents).toBeGreaterThan(0);
  });
});
