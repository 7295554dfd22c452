import type { HouseholdInput } from './types';

/**
 * What the form sends on save. Hidden inputs keep their values in react-hook-form: a member whose
 * disability is no longer recognised must not carry an incapacity rate the API would refuse.
 */
export const householdPayload = (data: HouseholdInput): HouseholdInput => ({
  ...data,
  members: data.members?.map((member) => ({
    ...member,
    incapacityRate: member.disabilityRecognised ? (member.incapacityRate ?? null) : null,
    incomes: member.incomes ?? [],
  })),
});
