// Hand-made household snapshots for specs (money in cents).
import type { HouseholdSnapshot, IncomeSnapshot, PersonSnapshot } from '../snapshot';

let seq = 0;

export function person(extra: Partial<PersonSnapshot> = {}): PersonSnapshot {
  return {
    id: `p${++seq}`,
    birthDate: '1985-03-10',
    relationship: 'demandeur',
    activity: 'inactif',
    disabilityRecognised: false,
    incapacityRate: null,
    incomes: [],
    ...extra,
  };
}

export function income(kind: IncomeSnapshot['kind'], monthlyAmountCents: number, startMonth = '2024-01', endMonth: string | null = null): IncomeSnapshot {
  return { kind, monthlyAmountCents, startMonth, endMonth };
}

export function snapshot(extra: Partial<HouseholdSnapshot> = {}): HouseholdSnapshot {
  return {
    id: `h${++seq}`,
    organisationId: 'org',
    territoryId: 'territory',
    housingStatus: 'locataire',
    housingType: 'vide',
    monthlyRentCents: 50_000,
    housingAidZone: 2,
    communeInsee: '69123',
    members: [person()],
    receivedBenefits: [],
    ...extra,
  };
}
