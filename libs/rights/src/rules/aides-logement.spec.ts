// Hand-worked housing-aid examples (CCH L823-1, D823-16, D823-17; arrêté du 27 septembre 2019).
import { formatStep } from '../explanations-fr';
import { computeAideLogement } from './aides-logement';
import { valueAt } from '../parameters/dated';
import { AL_FORFAIT_ETUDIANT_BOURSIER_FOYER, AL_FORFAIT_ETUDIANT_FOYER } from '../parameters/aides-logement';
import { alParams } from './aides-logement/compiled';
import { forfaitEtudiantApplicable } from './aides-logement/resources';
import { child, household, member, salarie } from './testing/household-builder';

const noRsa = { rsaPreviousMonthCents: 0 };

describe('aide au logement, secteur locatif', () => {
  it('APL of an HLM couple in zone II, January 2026 (with RLS)', () => {
    // Claimant without income, partner earning 954.53 € taxable a month.
    //  R = 12 × 954.53 = 11 454.36 − 10 % (1 145) = 10 309.36 → rounded up 10 400 €   (R822-2)
    //  L = min(495, plafond couple zone II 355.38) = 355.38; C = 60.59                   (arrêté art. 7, 8)
    //  P0 = max(8.5 % × 415.97, 39.56) = 39.56; TF couple 3.15 %; RL = 100 % → TL = 0.305 %
    //  Pp = 39.56 + 3.455 % × (10 400 − 7 501) = 139.72                                   (D823-17)
    //  aide = 355.38 + 60.59 − 139.72 − 5 = 271.25; − 98 % × RLS 42.53 = 229.57; × 0.995 = 228.42
    const h = household(
      '2026-01',
      [member({ age: 61, disabilityRate: 0.8 }), member({ age: 56, incomes: { salaryNet: 920.95, salaryTaxable: 954.53 } })],
      { rentalType: 'hlm', rent: 495 },
    );
    const r = computeAideLogement(h, '2026-01', noRsa);
    expect(r.kind).toBe('apl');
    expect(r.amountCents).toBe(22842);
    expect(r.steps?.some((s) => formatStep(s).includes('Loyer retenu (plafonné zone 2) : 355,38 €'))).toBe(true);
  });

  it('ALF of a couple with two children in zone III, rent above the plafond', () => {
    // Taxable salaries 1 441.42 and 856.30 €/month: R = 15 567.04 + 9 247.60 − 95 (both earn
    // ≥ 12 BMAF, R822-7) = 24 719.64 → 24 800 €. Plafond 369.88 + 53.01 = 422.89; C = 60.59 + 2 × 13.74.
    // E = 510.96, P0 = 8.5 % × E = 43.43 (> 39.56). TF 2 PAC 2.38 %; TL: RL = 422.89 / 458.10 (zone II
    // plafond of the same household, arrêté art. 12) = 92.31 % → 0.68 % × 17.31 % + 0.45 % × 30 % = 0.253 %.
    // Pp = 43.43 + 2.633 % × (24 800 − 9 148) = 455.51; aide = 55.45 − 5 = 50.45 × 0.995 = 50.20
    const h = household(
      '2026-01',
      [
        member({ age: 46, incomes: { salaryNet: 1390.72, salaryTaxable: 1441.42 } }),
        member({ age: 43, incomes: { salaryNet: 826.18, salaryTaxable: 856.3 } }),
        child(18),
        child(4),
      ],
      { zone: 3, rent: 600 },
    );
    const r = computeAideLogement(h, '2026-01', noRsa);
    expect(r.kind).toBe('alf');
    expect(r.amountCents).toBe(5020);
  });

  it('neutralises activity income when RSA was paid the month before (R822-15)', () => {
    const h = household('2026-01', [salarie(30, 900)], { rent: 450 });
    const without = computeAideLogement(h, '2026-01', noRsa).amountCents;
    const withRsa = computeAideLogement(h, '2026-01', { rsaPreviousMonthCents: 10000 }).amountCents;
    // R = 0 → Pp = P0 = 39.56; aide = 290.34 + 60.59 − 39.56 − 5 = 306.37 × 0.995 = 304.84
    expect(withRsa).toBe(30484);
    expect(without).toBeLessThan(withRsa);
  });

  it('deems the resources of a student without income equal to the forfait of 8 600 € (R822-20)', () => {
    const h = household('2026-01', [member({ age: 20, student: true, activity: 'etudiant' })], { rent: 400 });
    // R = 8 600; ALS zone II seul, L = 290.34, C = 60.59, TL(RL = 100 %) = 0.305 %:
    // Pp = 39.56 + 3.135 % × (8 600 − 5 235) = 145.05; aide = 205.88 − 5 = 200.88 × 0.995 = 199.88
    expect(computeAideLogement(h, '2026-01', noRsa).amountCents).toBe(19988);
  });

  it('counts 2/3 of a furnished rent for the AL and applies the colocation coefficient', () => {
    const h = household('2026-01', [member({ age: 30 })], { rentalType: 'meuble', rent: 300, coloc: true });
    // Loyer réel 200; plafond 290.34 × 0.75 = 217.76 → L = 200; C = 60.59 / 2 = 30.295
    const r = computeAideLogement(h, '2026-01', noRsa);
    expect(r.kind).toBe('als');
    expect(r.steps?.some((s) => formatStep(s).includes('Loyer retenu (plafonné zone 2) : 200,00 €'))).toBe(true);
  });

  it('removes the aid when the rent exceeds 3.1 × plafond in zone II (D823-16)', () => {
    const h = household('2026-01', [member({ age: 30 })], { rent: 910 });
    expect(computeAideLogement(h, '2026-01', noRsa).amountCents).toBe(0);
  });

  it('does not pay an AL under 10 € but pays a small APL (D823-21)', () => {
    // 1 375 €/month taxable: R = 16 500 − 1 650 = 14 850 → 14 900; Pp = 39.56 + 3.135 % × 9 665 = 342.56
    // L + C − Pp = 350.93 − 342.56 = 8.37 € < 10 €: no ALS; the APL is paid: (8.37 − 5) × 0.995 = 3.35
    // (resources 1 241 €/month are above the RLS ceiling of 905 €).
    const al = household('2026-01', [salarie(40, 1375)], { rent: 400 });
    const apl = household('2026-01', [salarie(40, 1375)], { rent: 400, rentalType: 'hlm' });
    expect(computeAideLogement(al, '2026-01', noRsa).amountCents).toBe(0);
    expect(computeAideLogement(apl, '2026-01', noRsa).amountCents).toBe(335);
  });

  it('gives nothing to owners, hosted persons and homeless people', () => {
    for (const status of ['proprietaire', 'heberge', 'sans_domicile'] as const) {
      const h = household('2026-01', [member({ age: 30 })], { status, rent: 500 });
      const r = computeAideLogement(h, '2026-01', noRsa);
      expect(r.amountCents).toBe(0);
      expect(r.eligible).toBe(false);
    }
  });

  it('uses the October 2025 barème from 2025-10 and the previous one before', () => {
    const h = household('2025-09', [member({ age: 30 })], { rent: 500 });
    // R = 0: aide = L + C − P0 − 5, × 0.995 — zone II seul.
    expect(computeAideLogement(h, '2025-09', noRsa).amountCents).toBe(Math.round((287.35 + 59.97 - 39.15 - 5) * 99.5));
    expect(computeAideLogement({ ...h, period: '2025-10' }, '2025-10', noRsa).amountCents).toBe(Math.round((290.34 + 60.59 - 39.56 - 5) * 99.5));
  });
});

describe('aide au logement, étudiants (CCH R822-20: ressources réputées égales à un forfait)', () => {
  const resources = (r: ReturnType<typeof computeAideLogement>) => r.steps?.find((s) => s.reference?.endsWith('R822-2 s.'))?.amountCents;
  const student = (age: number, netPerMonth: number, extra = {}) =>
    member({ age, student: true, activity: 'etudiant', incomes: { salaryNet: netPerMonth, salaryTaxable: netPerMonth }, ...extra });

  it('replaces the real resources of a working student: 900 € a month in zone 1 counts as 8 600 €, not 9 800 €', () => {
    // Real resources: 12 × 900 = 10 800 − 10 % (1 080) = 9 720 → 9 800 €. R822-20: deemed equal to the
    // forfait of a non-boursier student tenant, 8 600 € in 2026 (a floor would have kept 9 800 €).
    const h = household('2026-01', [student(22, 900)], { zone: 1, rent: 550 });
    const r = computeAideLogement(h, '2026-01', noRsa);
    expect(resources(r)).toBe(860000);
    expect(r.steps?.some((s) => s.reference?.endsWith('R822-20') && s.amountCents === 860000)).toBe(true);
    // Same aid as a non-student whose own resources round to 8 600 € (12 × 796.29 − 10 % → 8 600 €).
    const worker = household('2026-01', [salarie(22, 796.29)], { zone: 1, rent: 550 });
    expect(resources(computeAideLogement(worker, '2026-01', noRsa))).toBe(860000);
    expect(r.amountCents).toBe(computeAideLogement(worker, '2026-01', noRsa).amountCents);
    expect(r.amountCents).toBeGreaterThan(computeAideLogement(household('2026-01', [salarie(22, 900)], { zone: 1, rent: 550 }), '2026-01', noRsa).amountCents);
  });

  it('applies the lower forfait of a boursier (6 900 €)', () => {
    const h = household('2026-01', [student(21, 900, { boursier: true })], { zone: 1, rent: 550 });
    const r = computeAideLogement(h, '2026-01', noRsa);
    expect(resources(r)).toBe(690000);
    const nonBoursier = computeAideLogement(household('2026-01', [student(21, 900)], { zone: 1, rent: 550 }), '2026-01', noRsa);
    expect(r.amountCents).toBeGreaterThan(nonBoursier.amountCents);
    expect(r.parameters.some((u) => u.name === 'aides_logement.ressources.forfait_etudiant_boursier')).toBe(true);
    // The boursier forfait is not confirmed from the JO for 2026: the result says so.
    expect(r.warnings.some((w) => w.includes('forfait_etudiant_boursier'))).toBe(true);
  });

  it('chooses the logement-foyer forfaits for a student in a foyer (6 600 €, boursier 5 400 €)', () => {
    // The foyer scale itself is not computed (no aid), but the forfait that R822-20 designates is.
    const p = alParams('2026-01');
    const inFoyer = (boursier: boolean) => household('2026-01', [student(20, 0, { boursier })], { rent: 400, rentalType: 'foyer' });
    expect(forfaitEtudiantApplicable(inFoyer(false), p)).toBe(AL_FORFAIT_ETUDIANT_FOYER);
    expect(forfaitEtudiantApplicable(inFoyer(true), p)).toBe(AL_FORFAIT_ETUDIANT_BOURSIER_FOYER);
    expect(valueAt(AL_FORFAIT_ETUDIANT_FOYER, '2026-01')).toBe(6600);
    expect(valueAt(AL_FORFAIT_ETUDIANT_BOURSIER_FOYER, '2026-01')).toBe(5400);
    // Not a tenant: no forfait.
    expect(forfaitEtudiantApplicable(household('2026-01', [student(20, 0)], { status: 'heberge' }), p)).toBeNull();
  });

  it('keeps the real resources of a student over the age limit of the bourses (28 years)', () => {
    const h = household('2026-01', [student(28, 900)], { zone: 1, rent: 550 });
    const r = computeAideLogement(h, '2026-01', noRsa);
    expect(resources(r)).toBe(980000);
    expect(r.steps?.some((s) => s.reference?.endsWith('R822-20'))).toBe(false);
  });

  it('keeps the real resources when the conjoint is not a student', () => {
    const h = household('2026-01', [student(22, 0), salarie(24, 1500)], { zone: 1, rent: 700 });
    const r = computeAideLogement(h, '2026-01', noRsa);
    expect(r.steps?.some((s) => s.reference?.endsWith('R822-20'))).toBe(false);
  });
});
