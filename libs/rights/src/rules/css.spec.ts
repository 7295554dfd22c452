// Complémentaire santé solidaire: hand-worked examples (CSS L861-1, D861-1, D861-3, R861-5).
import { computeCss, type CssInputs } from './css';
import { adult, child, household } from '../testing/build';

const inputs = (extra: Partial<CssInputs> = {}): CssInputs => ({
  rsaCents: 0, aideLogementCents: 0, familyAnnualCents: 0, aahMonthlyCents: [], otherMinimaAnnualCents: 0,
  aspaMonthlyCents: [], ...extra,
});

describe('CSS (CSS L861-1, D861-1)', () => {
  it('RSA beneficiaries get the free CSS whatever their resources', () => {
    const h = household('2026-01', [adult(40, { salaryNet: 200000 })]);
    expect(computeCss(h, '2026-01', inputs({ rsaCents: 10000 })).status).toBe('gratuite');
  });

  it('single person, ceiling 10 339 € since 1 April 2025: 850 €/month ⇒ 10 200 € ⇒ free', () => {
    const h = household('2026-01', [adult(40, { salaryNet: 85000 })]);
    const r = computeCss(h, '2026-01', inputs());
    expect(r.plafondGratuite).toBe(1033900);
    expect(r.status).toBe('gratuite');
  });

  it('with participation up to the ceiling + 35 % (13 957,65 €); participation 14 € at 30-49 (D861-3)', () => {
    const h = household('2026-01', [adult(40, { salaryNet: 110000 })]);
    const r = computeCss(h, '2026-01', inputs());
    expect(r.plafondParticipation).toBe(1395765);
    expect(r.status).toBe('participation');
    expect(r.participationCents).toBe(1400);
  });

  it('couple with 1 child: ceiling × 1,8; participations 14 + 14 + 8 €', () => {
    const h = household('2026-01', [adult(35, { salaryNet: 120000 }), adult(31, { salaryNet: 40000 }), child(2)]);
    const r = computeCss(h, '2026-01', inputs());
    expect(r.plafondGratuite).toBe(Math.round(10339 * 1.8) * 100);
    expect(r.status).toBe('participation');
    expect(r.participationCents).toBe(3600);
  });

  it('forfait logement of a tenant with housing aid: min(12 × aid, 12 × 12 % × RSA) (R861-5)', () => {
    const h = household('2026-01', [adult(40, { salaryNet: 80000 })]);
    const small = computeCss(h, '2026-01', inputs({ aideLogementCents: 2000 }));
    expect(small.ressourcesAnnuelles).toBe(12 * 80000 + 12 * 2000);
    const large = computeCss(h, '2026-01', inputs({ aideLogementCents: 30000 }));
    expect(large.ressourcesAnnuelles).toBe(12 * 80000 + Math.round(12 * 646.52 * 0.12 * 100));
  });

  it('above the participation ceiling: no CSS', () => {
    const h = household('2026-01', [adult(40, { salaryNet: 200000 })]);
    expect(computeCss(h, '2026-01', inputs()).status).toBe('non');
  });
});
