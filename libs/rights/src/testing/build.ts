// Test helpers: small households in cents, built explicitly (no adapter) for hand-worked examples.
import { ZERO_INCOMES, ZERO_PATRIMOINE, type Household, type Incomes, type Member } from '../household';

export function adult(age: number, incomes: Partial<Incomes> = {}, extra: Partial<Member> = {}): Member {
  return {
    role: 'adult', age, activity: 'inactif', student: false, disabled: false, disabilityRate: 0, rsdae: false,
    aahOverride: null, sharedCustody: false, incomes: { ...ZERO_INCOMES, ...incomes }, ...extra,
  };
}

export function child(age: number): Member {
  return {
    role: 'child', age, activity: 'etudiant', student: false, disabled: false, disabilityRate: 0, rsdae: false,
    aahOverride: null, sharedCustody: false, incomes: { ...ZERO_INCOMES },
  };
}

export function household(period: string, members: Member[], extra: Partial<Household> = {}): Household {
  const couple = members.filter((m) => m.role === 'adult').length === 2;
  return {
    id: 't', period, couple, coupleType: 'marie', members,
    housing: { status: 'locataire', rentalType: 'vide', rent: 50000, charges: null, zone: 2, depcom: '69123', coloc: false, room: false },
    patrimoine: { ...ZERO_PATRIMOINE },
    asfEligible: false,
    rsaExperimentation: false,
    ...extra,
  };
}
