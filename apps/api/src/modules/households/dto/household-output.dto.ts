import {
  ACTIVITIES,
  BENEFITS,
  HOUSEHOLD_STATUSES,
  HOUSING_AID_ZONES,
  HOUSING_STATUSES,
  HOUSING_TYPES,
  INCOME_KINDS,
  RELATIONSHIPS,
} from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { guid, timestamp } from '../../../common/http/zod-fields';
import type { Household } from '../entities/household.entity';
import type { Income } from '../entities/income.entity';
import type { Person } from '../entities/person.entity';
import type { ReceivedBenefit } from '../entities/received-benefit.entity';

const userRef = z.object({ id: guid(), displayName: z.string() });
export class UserRefDto extends createZodDto(userRef) {}

const income = z.object({
  id: guid(),
  personId: guid(),
  kind: z.enum(INCOME_KINDS),
  monthlyAmountCents: z.number().int(),
  startMonth: z.string().meta({ example: '2026-01' }),
  endMonth: z.string().nullable(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
});
export class IncomeDto extends createZodDto(income) {}

const member = z.object({
  id: guid(),
  householdId: guid(),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.string().meta({ format: 'date' }).nullable(),
  relationship: z.enum(RELATIONSHIPS),
  activity: z.enum(ACTIVITIES).nullable(),
  disabilityRecognised: z.boolean(),
  incapacityRate: z.number().int().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  incomes: z.array(income),
  createdAt: timestamp(),
  updatedAt: timestamp(),
});
export class MemberDto extends createZodDto(member) {}

const receivedBenefit = z.object({
  id: guid(),
  householdId: guid(),
  benefit: z.enum(BENEFITS),
  monthlyAmountCents: z.number().int(),
  since: z.string().meta({ format: 'date' }).nullable(),
  createdAt: timestamp(),
  updatedAt: timestamp(),
});
export class ReceivedBenefitDto extends createZodDto(receivedBenefit) {}

const householdSummary = z.object({
  id: guid(),
  reference: z.string().meta({ example: 'HH-2026-00042' }),
  address: z.string().nullable(),
  postcode: z.string().nullable(),
  communeInsee: z.string().nullable(),
  communeName: z.string().nullable(),
  housingStatus: z.enum(HOUSING_STATUSES).nullable(),
  housingType: z.enum(HOUSING_TYPES).nullable(),
  monthlyRentCents: z.number().int().nullable(),
  housingAidZone: z.literal(HOUSING_AID_ZONES).nullable(),
  organisationId: guid(),
  territoryId: guid(),
  referentId: guid().nullable(),
  referent: userRef.nullable(),
  status: z.enum(HOUSEHOLD_STATUSES),
  lastContactOn: z.string().meta({ format: 'date' }).nullable(),
  declarationHelpRequested: z.boolean().describe("Aide demandée pour les déclarations trimestrielles (RSA, prime d'activité)"),
  createdAt: timestamp(),
  updatedAt: timestamp(),
});
export class HouseholdSummaryDto extends createZodDto(householdSummary) {}

export class HouseholdListItemDto extends createZodDto(
  householdSummary.extend({
    memberCount: z.number().int(),
    applicantName: z.string().nullable().describe('Prénom NOM du demandeur'),
  }),
) {}

export class HouseholdDetailDto extends createZodDto(
  householdSummary.extend({
    detectionRequestedAt: timestamp().nullable().describe('Dernière demande de détection des droits (création, modification, relance)'),
    detectedAt: timestamp().nullable().describe('Dernière détection faite par le moteur'),
    members: z.array(member),
    receivedBenefits: z.array(receivedBenefit),
  }),
) {}

const RELATIONSHIP_ORDER = { demandeur: 0, conjoint: 1, enfant: 2, autre: 3 } as const;
const byTime = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

export function toIncomeDto(i: Income): IncomeDto {
  return {
    id: i.id,
    personId: i.personId,
    kind: i.kind,
    monthlyAmountCents: i.monthlyAmountCents,
    startMonth: i.startMonth,
    endMonth: i.endMonth,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
  };
}

export function toMemberDto(p: Person): MemberDto {
  return {
    id: p.id,
    householdId: p.householdId,
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: p.birthDate,
    relationship: p.relationship,
    activity: p.activity,
    disabilityRecognised: p.disabilityRecognised,
    incapacityRate: p.incapacityRate,
    phone: p.phone,
    email: p.email,
    incomes: [...(p.incomes ?? [])].sort((a, b) => a.startMonth.localeCompare(b.startMonth) || byTime(a, b)).map(toIncomeDto),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export function toBenefitDto(b: ReceivedBenefit): ReceivedBenefitDto {
  return {
    id: b.id,
    householdId: b.householdId,
    benefit: b.benefit,
    monthlyAmountCents: b.monthlyAmountCents,
    since: b.since,
    createdAt: b.createdAt,
    updatedAt: b.updatedAt,
  };
}

/** The household columns a summary shows: an entity, or a list row's plain object (HouseholdsRepository.householdFields). */
export type HouseholdFields = Pick<
  Household,
  | 'id' | 'reference' | 'address' | 'postcode' | 'communeInsee' | 'communeName' | 'housingStatus' | 'housingType' | 'monthlyRentCents'
  | 'housingAidZone' | 'organisationId' | 'territoryId' | 'referentId' | 'status' | 'lastContactOn' | 'declarationHelpRequested' | 'createdAt' | 'updatedAt'
>;

export function toSummaryDto(h: HouseholdFields, referentName: string | null): HouseholdSummaryDto {
  return {
    id: h.id,
    reference: h.reference,
    address: h.address,
    postcode: h.postcode,
    communeInsee: h.communeInsee,
    communeName: h.communeName,
    housingStatus: h.housingStatus,
    housingType: h.housingType,
    monthlyRentCents: h.monthlyRentCents,
    housingAidZone: h.housingAidZone,
    organisationId: h.organisationId,
    territoryId: h.territoryId,
    referentId: h.referentId,
    referent: h.referentId ? { id: h.referentId, displayName: referentName ?? '' } : null,
    status: h.status,
    lastContactOn: h.lastContactOn,
    declarationHelpRequested: h.declarationHelpRequested,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
  };
}

export function toDetailDto(h: Household): HouseholdDetailDto {
  const members = [...(h.members ?? [])].sort(
    (a, b) => RELATIONSHIP_ORDER[a.relationship] - RELATIONSHIP_ORDER[b.relationship] || byTime(a, b),
  );
  return {
    ...toSummaryDto(h, h.referent?.displayName ?? null),
    detectionRequestedAt: h.detectionRequestedAt ?? null,
    detectedAt: h.detectedAt ?? null,
    members: members.map(toMemberDto),
    receivedBenefits: [...(h.receivedBenefits ?? [])].sort(byTime).map(toBenefitDto),
  };
}
