import { householdPayload } from './household-payload';
import type { MemberInput } from './types';

const member = (over: Partial<MemberInput>): MemberInput => ({
  firstName: 'Awa',
  lastName: 'Diallo',
  birthDate: '1990-01-01',
  relationship: 'demandeur',
  activity: 'salarie',
  disabilityRecognised: false,
  incomes: [],
  ...over,
});

describe('householdPayload', () => {
  it('drops the incapacity rate of a member whose disability is not recognised', () => {
    const payload = householdPayload({ members: [member({ disabilityRecognised: false, incapacityRate: 80 })] });
    expect(payload.members?.[0].incapacityRate).toBeNull();
  });

  it('keeps the rate when the disability is recognised, and sends an empty income list rather than none', () => {
    const payload = householdPayload({
      members: [member({ disabilityRecognised: true, incapacityRate: 80, incomes: undefined as never })],
    });
    expect(payload.members?.[0].incapacityRate).toBe(80);
    expect(payload.members?.[0].incomes).toEqual([]);
  });

  it('leaves a household without members untouched', () => {
    expect(householdPayload({ address: '1 rue Haute' })).toEqual({ address: '1 rue Haute', members: undefined });
  });
});
