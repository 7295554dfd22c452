// Hand-worked N-2 income-tax quantities (CGI art. 83 3°, 158 5 a, 157 bis, 1417 IV).
import { fiscalN2 } from './fiscal';
import { household, member, salarie } from './testing/household-builder';

describe('fiscalN2', () => {
  it('applies the 10 % deduction on salaries with its minimum (504 € for 2024 incomes)', () => {
    // 282.69 €/month → 3 392.28 €; 10 % = 339 < 504 → RFR 2024 = 2 888.28 €
    const h = household('2026-01', [salarie(40, 282.69)]);
    expect(fiscalN2(h, '2026-01')).toMatchObject({ year: 2024, rfrCents: 288828 });
  });

  it('applies the pension deduction and the age abattement of art. 157 bis', () => {
    // 2 018.94 €/month pension → 24 227.28 €; − 10 % (2 423) = 21 804.28; RNG between 17 510 and
    // 28 170 and aged over 65 → − 1 398 = 20 406.28 € (2024 incomes)
    const h = household('2026-01', [member({ age: 78, incomes: { pensionNet: 2018.94, pensionTaxable: 2018.94 } })]);
    const f = fiscalN2(h, '2026-01');
    expect(f.rfrCents).toBe(2040628);
    expect(f.pfBaseRessourcesCents).toBe(2180428);
  });

  it('doubles the age abattement when both spouses qualify', () => {
    const h = household('2026-01', [
      member({ age: 78, incomes: { pensionTaxable: 1000, pensionNet: 1000 } }),
      member({ age: 75, incomes: { pensionTaxable: 400, pensionNet: 400 } }),
    ]);
    // 16 800 − 1 680 = 15 120 ≤ 17 510 → 2 × 2 796: RFR 9 528 €
    expect(fiscalN2(h, '2026-01').rfrCents).toBe(952800);
  });

  it('splits concubins into two foyers, each with its own minimum deduction', () => {
    const married = household('2026-01', [salarie(30, 300), salarie(30, 300)]);
    const concubins = { ...married, coupleType: 'concubin' as const };
    // Each 3 600 € − 504 = 3 096 €: same total here, but two foyers.
    expect(fiscalN2(concubins, '2026-01')).toMatchObject({ rfrCents: 619200, foyers: 2 });
    expect(fiscalN2(married, '2026-01')).toMatchObject({ rfrCents: 619200, foyers: 1 });
  });
});
