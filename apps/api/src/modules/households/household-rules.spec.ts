import type { HouseholdInputDto } from './dto/household-input.dto';
import { changedFields, checkHouseholdRules } from './household-rules';

const member = (over: object = {}) => ({ firstName: 'A', lastName: 'B', relationship: 'demandeur' as const, ...over });

describe('checkHouseholdRules', () => {
  const today = '2026-01-15';

  it('accepts a consistent household', () => {
    const dto: HouseholdInputDto = {
      lastContactOn: today,
      members: [member({ disabilityRecognised: true, incapacityRate: 80, incomes: [{ kind: 'salaire', monthlyAmountCents: 1, startMonth: '2025-01', endMonth: '2025-01' }] }), member({ relationship: 'enfant' }), member({ relationship: 'enfant' })],
    };
    expect(checkHouseholdRules(dto, today)).toEqual([]);
  });

  it('reports each broken rule at its path', () => {
    const dto: HouseholdInputDto = {
      lastContactOn: '2026-01-16',
      members: [member({ incapacityRate: 50 }), member({ birthDate: '2026-02-01' }), member({ relationship: 'conjoint' }), member({ relationship: 'conjoint', incomes: [{ kind: 'salaire', monthlyAmountCents: 1, startMonth: '2025-03', endMonth: '2025-02' }] })],
    };
    expect(checkHouseholdRules(dto, today).map((e) => e.field)).toEqual([
      'lastContactOn',
      'members[0].incapacityRate',
      'members[1].relationship',
      'members[1].birthDate',
      'members[3].relationship',
      'members[3].incomes[0].endMonth',
    ]);
  });

  it('uses stored values for fields a PUT leaves out', () => {
    const current = {
      members: new Map([['m1', { disabilityRecognised: true, incapacityRate: 80, incomes: new Map([['i1', { startMonth: '2025-01', endMonth: '2025-06' }]]) }]]),
    };
    // The rate stays valid because the stored member has a recognised disability…
    expect(checkHouseholdRules({ members: [member({ id: 'm1', incapacityRate: 90 })] }, today, current)).toEqual([]);
    // …and a stored end month is compared with a new start month.
    const dto = { members: [member({ id: 'm1', incomes: [{ id: 'i1', kind: 'salaire' as const, monthlyAmountCents: 1, startMonth: '2025-09' }] })] };
    expect(checkHouseholdRules(dto, today, current).map((e) => e.field)).toEqual(['members[0].incomes[0].endMonth']);
  });

  it('refuses the same id twice', () => {
    expect(checkHouseholdRules({ members: [member({ id: 'x' }), member({ id: 'x', relationship: 'enfant' })] }, today).map((e) => e.message)).toEqual(['identifiant en double']);
  });
});

describe('changedFields', () => {
  it('lists fields whose value changes; absent means unchanged, null clears', () => {
    const stored = { a: 'x', b: 5, c: null, d: '2025-01-01' };
    expect(changedFields(stored, { a: 'x', b: 6, c: null, d: undefined }, ['a', 'b', 'c', 'd'])).toEqual(['b']);
    expect(changedFields(stored, { a: null }, ['a'])).toEqual(['a']);
    expect(changedFields(undefined, { a: 'x', b: null }, ['a', 'b'])).toEqual(['a']);
  });
});
