import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Household } from '../entities/household.entity';
import type { Income } from '../entities/income.entity';
import type { Person } from '../entities/person.entity';
import type { ReceivedBenefit } from '../entities/received-benefit.entity';

export class UserRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class IncomeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() kind!: string;
  @ApiProperty() monthlyAmountCents!: number;
  @ApiProperty({ example: '2026-01' }) startMonth!: string;
  @ApiPropertyOptional({ nullable: true }) endMonth!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) birthDate!: string | null;
  @ApiProperty() relationship!: string;
  @ApiPropertyOptional({ nullable: true }) activity!: string | null;
  @ApiProperty() disabilityRecognised!: boolean;
  @ApiPropertyOptional({ nullable: true }) incapacityRate!: number | null;
  @ApiPropertyOptional({ nullable: true }) phone!: string | null;
  @ApiPropertyOptional({ nullable: true }) email!: string | null;
  @ApiProperty({ type: [IncomeDto] }) incomes!: IncomeDto[];
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class ReceivedBenefitDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty() benefit!: string;
  @ApiProperty() monthlyAmountCents!: number;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) since!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class HouseholdSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'HH-2026-00042' }) reference!: string;
  @ApiPropertyOptional({ nullable: true }) address!: string | null;
  @ApiPropertyOptional({ nullable: true }) postcode!: string | null;
  @ApiPropertyOptional({ nullable: true }) communeInsee!: string | null;
  @ApiPropertyOptional({ nullable: true }) communeName!: string | null;
  @ApiPropertyOptional({ nullable: true }) housingStatus!: string | null;
  @ApiPropertyOptional({ nullable: true }) housingType!: string | null;
  @ApiPropertyOptional({ nullable: true }) monthlyRentCents!: number | null;
  @ApiPropertyOptional({ nullable: true }) housingAidZone!: number | null;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty({ format: 'uuid' }) territoryId!: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) referentId!: string | null;
  @ApiPropertyOptional({ nullable: true, type: UserRefDto }) referent!: UserRefDto | null;
  @ApiProperty() status!: string;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) lastContactOn!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class HouseholdListItemDto extends HouseholdSummaryDto {
  @ApiProperty() memberCount!: number;
  @ApiPropertyOptional({ nullable: true, description: 'Prénom NOM du demandeur' }) applicantName!: string | null;
}

export class HouseholdDetailDto extends HouseholdSummaryDto {
  @ApiPropertyOptional({ nullable: true, description: 'Dernière demande de détection des droits (création, modification, relance)' })
  detectionRequestedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true, description: 'Dernière détection faite par le moteur' }) detectedAt!: Date | null;
  @ApiProperty({ type: [MemberDto] }) members!: MemberDto[];
  @ApiProperty({ type: [ReceivedBenefitDto] }) receivedBenefits!: ReceivedBenefitDto[];
}

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

export function toSummaryDto(h: Household, referentName: string | null): HouseholdSummaryDto {
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
