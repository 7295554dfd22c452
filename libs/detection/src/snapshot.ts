// What detection reads about a household, as loaded from the database rows (household, person,
// income, received_benefit). Money in integer cents, months 'YYYY-MM', dates 'YYYY-MM-DD'.
// Names, addresses and contact details are deliberately absent: the engine does not need them.
import type { Activity, Benefit, HousingAidZone, HousingStatus, HousingType, IncomeKind, Relationship } from '@recours/domain';

export interface IncomeSnapshot {
  kind: IncomeKind;
  monthlyAmountCents: number;
  /** First month the amount applies to. */
  startMonth: string;
  /** Last month (inclusive), null while it still applies. */
  endMonth: string | null;
}

export interface PersonSnapshot {
  id: string;
  birthDate: string | null;
  relationship: Relationship;
  activity: Activity | null;
  disabilityRecognised: boolean;
  /** 0..100, null when not recorded. */
  incapacityRate: number | null;
  incomes: IncomeSnapshot[];
}

export interface ReceivedBenefitSnapshot {
  benefit: Benefit;
  /** Monthly amount in cents, for every benefit (the chèque énergie as a monthly equivalent). */
  monthlyAmountCents: number;
}

export interface HouseholdSnapshot {
  id: string;
  organisationId: string;
  territoryId: string;
  housingStatus: HousingStatus | null;
  housingType: HousingType | null;
  monthlyRentCents: number | null;
  housingAidZone: HousingAidZone | null;
  communeInsee: string | null;
  members: PersonSnapshot[];
  receivedBenefits: ReceivedBenefitSnapshot[];
}
