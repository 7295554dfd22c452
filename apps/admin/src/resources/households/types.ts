import type { Activity, Benefit, HouseholdStatus, HousingStatus, HousingType, IncomeKind, Relationship } from '../../labels';

/** The household as the API returns it (GET /api/households/:id). */
export interface Income {
  id?: string;
  kind: IncomeKind;
  monthlyAmountCents: number;
  startMonth: string;
  endMonth?: string | null;
}

export interface Member {
  id?: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  relationship: Relationship;
  activity: Activity;
  disabilityRecognised: boolean;
  incapacityRate?: number | null;
  phone?: string | null;
  email?: string | null;
  incomes: Income[];
}

export interface ReceivedBenefit {
  id?: string;
  benefit: Benefit;
  monthlyAmountCents: number;
  since: string;
}

export interface Household {
  id: string;
  reference: string;
  address: string;
  postcode: string;
  communeInsee: string;
  communeName: string;
  housingStatus: HousingStatus;
  housingType?: HousingType | null;
  monthlyRentCents?: number | null;
  housingAidZone?: 1 | 2 | 3 | null;
  organisationId: string;
  territoryId: string;
  referentId?: string | null;
  referent?: { id: string; displayName: string } | null;
  status: HouseholdStatus;
  lastContactOn?: string | null;
  /** Detail only (GET /api/households/:id). */
  detectionRequestedAt?: string | null;
  detectedAt?: string | null;
  members?: Member[];
  receivedBenefits?: ReceivedBenefit[];
  /** List only: "Prénom NOM" of the applicant. */
  applicantName?: string | null;
  memberCount?: number;
}

/** GET /api/audit-events */
export interface AuditEvent {
  id: string;
  actorId: string;
  actorDisplayName: string;
  organisationId: string;
  organisationName?: string;
  action: string;
  entityType: string;
  entityId: string | null;
  householdId: string | null;
  /** Changed field names for writes, filter keys for searches; never values. */
  fields: string[];
  occurredAt: string;
}

/** The applicant's name (else the first member's, else the reference). */
export const householdName = (household: Pick<Household, 'members' | 'reference' | 'applicantName'> | undefined): string => {
  if (!household) return '';
  if (household.applicantName) return household.applicantName;
  const members = household.members ?? [];
  const head = members.find((m) => m.relationship === 'demandeur') ?? members[0];
  return head ? `${head.firstName} ${head.lastName}` : household.reference;
};
