// Chèque énergie (Code de l'énergie L124-1, R124-2; arrêté du 26 décembre 2018).
import { computeChequeEnergie, unitesConsommation } from './cheque-energie';
import { child, household, member, salarie } from './testing/household-builder';

describe('chèque énergie', () => {
  it('computes consumption units: 1 + 0.5 + 0.3 per further person, half for shared custody', () => {
    expect(unitesConsommation(household('2026-01', [member({ age: 40 })]), '2026-01')).toBe(1);
    expect(unitesConsommation(household('2026-01', [member({ age: 40 }), member({ age: 40 }), child(5)]), '2026-01')).toBe(1.8);
    const garde = household('2026-01', [member({ age: 40 }), member({ age: 8, role: 'child', sharedCustody: true })]);
    expect(unitesConsommation(garde, '2026-01')).toBe(1.25);
  });

  it('pays 113 € to a couple whose RFR per UC is between 6 700 and 7 700 €', () => {
    // RFR 2024 = 12 × 954.53 − 1 145 = 10 309.36 €; UC = 1.5 → 6 872.91 €/UC → 113 €
    const h = household('2026-01', [member({ age: 61 }), member({ age: 56, incomes: { salaryTaxable: 954.53, salaryNet: 920.95 } })]);
    expect(computeChequeEnergie(h, '2026-01').amountCents).toBe(11300);
  });

  it('pays 194 € to a single person without income, 0 above 10 800 €/UC', () => {
    expect(computeChequeEnergie(household('2026-01', [member({ age: 30 })], { status: 'proprietaire' }), '2026-01').amountCents).toBe(19400);
    expect(computeChequeEnergie(household('2026-01', [salarie(30, 1100)]), '2026-01').amountCents).toBe(0);
  });

  it('excludes persons housed free of charge and foyer residents (L124-1)', () => {
    expect(computeChequeEnergie(household('2026-01', [member({ age: 30 })], { status: 'heberge' }), '2026-01').amountCents).toBe(0);
    expect(computeChequeEnergie(household('2026-01', [member({ age: 30 })], { rentalType: 'foyer' }), '2026-01').amountCents).toBe(0);
  });
});
