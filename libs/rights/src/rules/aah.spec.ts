// AAH and MVA (CSS L821-1, L821-1-2, L821-2, R821-4, D821-2, D821-3, D821-9).
import { computeAah } from './aah';
import { child, household, member } from './testing/household-builder';

describe('allocation aux adultes handicapés', () => {
  it('full AAH and MVA for a person at 80 % without income receiving a housing aid', () => {
    const h = household('2026-01', [member({ age: 61, disabilityRate: 0.8, activity: 'chomeur' })], { rent: 500 });
    const r = computeAah(h, '2026-01', 30484);
    expect(r.aahCents).toBe(103332);
    expect(r.complementCents).toBe(10477);
    expect(r.amountCents).toBe(113809);
    expect(computeAah(h, '2026-06', 30484).aahCents).toBe(104159); // 1 April 2026 revaluation
  });

  it('quarterly evaluation of earnings with the D821-9 abattement, ceiling +50 % per child', () => {
    // 2 047.19 € net/month → 24 566.28 €/year; 30 % of the 2026 annual SMIC (12.02 × 151.67 × 12)
    // = 6 563.06: 20 % × 6 563.06 + 60 % × 18 003.22 = 12 114.55 → 1 009.55 €/month.
    // Ceiling with one child 1 549.98 → AAH 540.43 €; no MVA (earnings).
    const h = household('2026-01', [member({ age: 19, disabilityRate: 0.8, incomes: { salaryNet: 2047.19, salaryTaxable: 2121.9 } }), child(3)], { status: 'heberge' });
    const r = computeAah(h, '2026-01');
    expect(r.aahCents).toBe(54043);
    expect(r.complementCents).toBe(0);
  });

  it('annual evaluation of N-2 unemployment benefits with the 30 % abattement (R532-7)', () => {
    // 1 715.51 €/month taxable → 20 586.12 €; D821-9: 1 312.61 + 60 % × 14 023.06 = 9 726.45;
    // × 70 % = 6 808.52 → 567.38 €/month; AAH = 1 033.32 − 567.38 = 465.94 €
    const h = household('2026-01', [member({ age: 30, disabilityRate: 0.5, rsdae: true, incomes: { unemploymentNet: 1665.54, unemploymentTaxable: 1715.51 } })], { status: 'heberge' });
    expect(computeAah(h, '2026-01').aahCents).toBe(46594);
  });

  it('requires the RSDAE between 50 and 79 %, and stops it at the legal retirement age', () => {
    const mk = (age: number, rsdae: boolean) => household('2026-01', [member({ age, disabilityRate: 0.6, rsdae })], { status: 'heberge' });
    expect(computeAah(mk(40, false), '2026-01').amountCents).toBe(0);
    expect(computeAah(mk(40, true), '2026-01').amountCents).toBe(103332);
    expect(computeAah(mk(65, true), '2026-01').amountCents).toBe(0);
  });

  it('ignores the partner’s income since the déconjugalisation (1 October 2023)', () => {
    const h = household('2026-01', [member({ age: 40, disabilityRate: 0.8 }), member({ age: 40, incomes: { salaryNet: 3000, salaryTaxable: 3100 } })], { status: 'proprietaire' });
    expect(computeAah(h, '2026-01').amountCents).toBe(103332);
  });
});
