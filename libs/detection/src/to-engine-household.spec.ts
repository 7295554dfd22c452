import { ageDuring, currentParisPeriod } from './period';
import { income, person, snapshot } from './testing/snapshots';
import { DEFAULT_ADULT_AGE, DEFAULT_CHILD_AGE, toEngineHousehold } from './to-engine-household';

describe('toEngineHousehold', () => {
  it('computes ages during the month (a birthday in the month counts), couple, adults first', () => {
    const s = snapshot({
      members: [
        person({ relationship: 'enfant', birthDate: '2012-11-30', activity: null }),
        person({ relationship: 'conjoint', birthDate: '1990-12-01', activity: 'chomeur' }),
        person({ relationship: 'demandeur', birthDate: '1990-11-01', activity: 'salarie', incomes: [income('salaire', 150_000)] }),
      ],
    });
    const { household: h, memberIds } = toEngineHousehold(s, '2026-11');
    expect(h!.couple).toBe(true);
    expect(h!.members.map((m) => [m.role, m.age, m.activity])).toEqual([
      ['adult', 36, 'actif'],
      ['adult', 35, 'chomeur'],
      ['child', 14, 'etudiant'],
    ]);
    expect(memberIds).toEqual([s.members[2].id, s.members[1].id, s.members[0].id]);
    expect(h!.members[0].incomes.salaryNet).toBe(150_000);
    expect(h!.asfEligible).toBe(false);
  });

  it('keeps only the incomes of the month, and counts self-employed income as activity income', () => {
    const s = snapshot({
      members: [person({
        activity: 'independant',
        incomes: [income('autre', 90_000), income('salaire', 50_000, '2024-01', '2026-10'), income('chomage', 70_000, '2026-12')],
      })],
    });
    const { household: h, assumptions } = toEngineHousehold(s, '2026-11');
    expect(h!.members[0].incomes).toMatchObject({ salaryNet: 90_000, unemploymentNet: 0, other: 0 });
    expect(assumptions).toContain("Revenus d'activité indépendante comptés comme des revenus d'activité salariée.");
  });

  it('takes documented defaults for missing birth dates, housing and incapacity rate', () => {
    const s = snapshot({
      housingStatus: null, housingType: null, monthlyRentCents: null, housingAidZone: null, communeInsee: null,
      members: [
        person({ birthDate: null, disabilityRecognised: true, incapacityRate: null }),
        person({ relationship: 'enfant', birthDate: null, activity: null }),
      ],
    });
    const { household: h, assumptions } = toEngineHousehold(s, '2026-11');
    expect(h!.members.map((m) => m.age)).toEqual([DEFAULT_ADULT_AGE, DEFAULT_CHILD_AGE]);
    expect(h!.members[0]).toMatchObject({ disabled: true, disabilityRate: 0.8, rsdae: false });
    expect(h!.housing).toMatchObject({ status: 'heberge', rent: 0, zone: 2, depcom: '69123' });
    expect(h!.asfEligible).toBe(true);
    expect(assumptions).toContain('Statut d’occupation non renseigné : foyer considéré comme hébergé.');
  });

  it('leaves an adult "autre" member out of the foyer, keeps a minor one as a child', () => {
    const s = snapshot({
      members: [
        person(),
        person({ relationship: 'autre', birthDate: '1950-01-01', activity: 'retraite', incomes: [income('retraite', 120_000)] }),
        person({ relationship: 'autre', birthDate: '2015-05-05', activity: null }),
      ],
    });
    const { household: h, assumptions } = toEngineHousehold(s, '2026-11');
    expect(h!.members.map((m) => m.role)).toEqual(['adult', 'child']);
    expect(assumptions).toContain('Membre majeur « autre » non compté dans le foyer (foyer distinct).');
  });

  it('assumes the RSDAE for a 50–79 % incapacity rate (AAH), not for 80 % and more', () => {
    const at = (rate: number) => toEngineHousehold(snapshot({ members: [person({ disabilityRecognised: true, incapacityRate: rate })] }), '2026-11').household!.members[0];
    expect(at(60)).toMatchObject({ disabilityRate: 0.6, rsdae: true });
    expect(at(80)).toMatchObject({ disabilityRate: 0.8, rsdae: false });
  });
});

describe('period helpers', () => {
  it('ageDuring and the Paris month', () => {
    expect(ageDuring('2000-02-29', '2026-02')).toBe(26);
    expect(ageDuring('2000-03-01', '2026-02')).toBe(25);
    // 23:30 UTC on 31 December is already January in Paris.
    expect(currentParisPeriod(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01');
  });
});
