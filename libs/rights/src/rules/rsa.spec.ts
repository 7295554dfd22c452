// RSA: hand-worked examples (CASF L262-2, L262-9, R262-1, R262-9 à R262-11).
import { formatStep } from '../explanations-fr';
import { newFamilyBenefits } from './prestations-familiales';
import { familyBenefitsAt } from './prestations-familiales';
import { computeRsa } from './rsa';
import { adult, child, household } from '../testing/build';

const noFamily = newFamilyBenefits();

describe('RSA (CASF L262-2, R262-1)', () => {
  it('single person without resources, tenant without housing aid: full montant forfaitaire 646,52 € (2026-01)', () => {
    const h = household('2026-01', [adult(40)]);
    const r = computeRsa(h, '2026-01', { aideLogementCents: 0, family: noFamily, minimaSociauxCents: 0 });
    expect(r.socle).toBe(64652);
    expect(r.forfaitLogement).toBe(0); // tenant without AL: no forfait (R262-9)
    expect(r.amountCents).toBe(64652);
  });

  it('couple with 1 child: 646,52 × 1,8 = 1 163,74 €; housing aid 300 € ⇒ forfait logement capped at 16,5 % × 1,8 × 646,52 = 192,02 €', () => {
    const h = household('2026-01', [adult(35), adult(33), child(4)]);
    const r = computeRsa(h, '2026-01', { aideLogementCents: 30000, family: noFamily, minimaSociauxCents: 0 });
    expect(r.socle).toBe(116374);
    expect(r.forfaitLogement).toBe(19202);
    expect(r.amountCents).toBe(116374 - 19202);
    expect(formatStep(r.steps![0])).toBe('Montant forfaitaire pour un couple avec 1 enfant : 1 163,74 €');
  });

  it('revaluation of 1 April 2026: 651,69 € for a single person', () => {
    const h = household('2026-06', [adult(40)]);
    expect(computeRsa(h, '2026-06', { aideLogementCents: 0, family: noFamily, minimaSociauxCents: 0 }).amountCents).toBe(65169);
  });

  it('owner without loan: full forfait logement 12 % (77,58 €); salary 500 € deducted in full (no slope since 2016)', () => {
    const h = household('2026-01', [adult(50, { salaryNet: 50000 })], {
      housing: { status: 'proprietaire', rentalType: 'vide', rent: 0, charges: null, zone: 2, depcom: '69123', coloc: false, room: false },
    });
    const r = computeRsa(h, '2026-01', { aideLogementCents: 0, family: noFamily, minimaSociauxCents: 0 });
    expect(r.forfaitLogement).toBe(7758);
    expect(r.amountCents).toBe(64652 - 7758 - 50000);
  });

  it('single parent of a child under 3: majoré amount 646,52 × (1,28412 + 0,42804) = 1 106,95 € (L262-9)', () => {
    const h = household('2026-01', [adult(30), child(1)]);
    const r = computeRsa(h, '2026-01', { aideLogementCents: 0, family: noFamily, minimaSociauxCents: 0 });
    expect(r.socleMajore).toBe(110695);
    expect(r.amountCents).toBe(110695);
  });

  it('under 25 without child is not eligible; students are excluded (L262-4)', () => {
    expect(computeRsa(household('2026-01', [adult(24)]), '2026-01', { aideLogementCents: 0, family: noFamily, minimaSociauxCents: 0 }).amountCents).toBe(0);
    const student = household('2026-01', [adult(30, {}, { student: true })]);
    expect(computeRsa(student, '2026-01', { aideLogementCents: 0, family: noFamily, minimaSociauxCents: 0 }).amountCents).toBe(0);
  });

  it('ASF enters the resources as a flat 22,5 % of the BMAF per child (R262-10-1): 106,73 € in 2026-01', () => {
    const h = household('2026-01', [adult(40), child(8)], { asfEligible: true });
    const fam = familyBenefitsAt(h, '2026-01', 0);
    expect(fam.asf).toBe(20018); // 42,2 % × 474,37
    expect(fam.rsaForfaitAsf).toBe(10673);
    const r = computeRsa(h, '2026-01', { aideLogementCents: 0, family: fam, minimaSociauxCents: 0 });
    expect(r.amountCents).toBe(Math.round(64652 * 1.5) - 10673);
  });

  it('is not paid under 6 €', () => {
    const h = household('2026-01', [adult(40, { salaryNet: 64152 })]);
    expect(computeRsa(h, '2026-01', { aideLogementCents: 0, family: noFamily, minimaSociauxCents: 0 }).amountCents).toBe(0);
  });
});
