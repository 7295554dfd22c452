// Prime d'activité: hand-worked examples (CSS L842-3, L843-4, D843-1 à D843-3, R844-3).
import { formatStep } from '../explanations-fr';
import { newFamilyBenefits } from './prestations-familiales';
import { computePrimeActivite, ppaFictive, type PpaMonthInputs } from './prime-activite';
import { adult, household } from '../testing/build';

const noFamily = newFamilyBenefits();
const month = (al = 0): PpaMonthInputs => ({ aideLogementCents: al, family: noFamily, aahCents: 0, asiCents: 0, aspaCents: 0 });

describe('Prime d’activité (CSS L842-3)', () => {
  it('single person earning 1 000 € in December 2025: 633,21 + bonif + 59,85 % × 1 000 − 1 000', () => {
    const h = household('2026-01', [adult(30, { salaryNet: 100000 })]);
    const d = ppaFictive(h, '2025-12', month());
    // Bonification: 29,101 % × 633,21 = 184,27 € max, linear from 59 × 11,88 = 700,92 € to 120 × 11,88 = 1 425,60 €.
    const bonif = Math.round((18427 * (100000 - 70092)) / (142560 - 70092));
    expect(d.bonification).toBe(bonif);
    expect(d.fictive).toBe(63321 + bonif + Math.round(0.5985 * 100000) - 100000);
  });

  it('slope 61 % before April 2025, 59,85 % after (D843-3)', () => {
    const h = household('2025-06', [adult(30, { salaryNet: 50000 })]);
    const march = ppaFictive(h, '2025-03', month());
    const april = ppaFictive(h, '2025-04', month());
    expect(march.fictive).toBe(62263 + Math.round(0.61 * 50000) - 62263);
    expect(april.fictive).toBe(63321 + Math.round(0.5985 * 50000) - 63321);
  });

  it('2026 bonification reform: maximum 37,7 % of the forfaitaire (240,63 €) reached at 138 h of SMIC', () => {
    const h = household('2026-07', [adult(30, { salaryNet: 180000 })]);
    const d = ppaFictive(h, '2026-06', month());
    expect(d.bonification).toBe(24063);
  });

  it('amount of month M is the mean of M-3..M-1, each with its own parameters; CRDS 0,5 % withheld', () => {
    const h = household('2026-05', [adult(30, { salaryNet: 90000 })]);
    const r = computePrimeActivite(h, '2026-05', [month(), month(), month()]);
    const [feb, mar, apr] = r.months;
    expect(feb.period).toBe('2026-02');
    expect(apr.montantForfaitaire).toBe(63828); // revalued on 1 April 2026
    expect(mar.montantForfaitaire).toBe(63321);
    const brut = Math.round((feb.fictive + mar.fictive + apr.fictive) / 3);
    expect(r.brutCents).toBe(brut);
    expect(r.amountCents).toBe(brut - Math.round(brut * 0.005));
    expect(r.steps?.some((s) => formatStep(s).startsWith('Moyenne du trimestre de référence'))).toBe(true);
  });

  it('not paid under 15 €, and not without activity income', () => {
    const idle = household('2026-01', [adult(30)]);
    expect(computePrimeActivite(idle, '2026-01', [month(), month(), month()]).amountCents).toBe(0);
    const rich = household('2026-01', [adult(30, { salaryNet: 400000 })]);
    expect(computePrimeActivite(rich, '2026-01', [month(), month(), month()]).amountCents).toBe(0);
  });

  it('forfait logement: housing aid up to 12 % of the forfaitaire (75,99 €) is deducted (R844-3)', () => {
    const h = household('2026-01', [adult(30, { salaryNet: 100000 })]);
    expect(ppaFictive(h, '2025-12', month(30000)).forfaitLogement).toBe(7599);
    expect(ppaFictive(h, '2025-12', month(5000)).forfaitLogement).toBe(5000);
  });
});
