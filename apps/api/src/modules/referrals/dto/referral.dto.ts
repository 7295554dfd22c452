import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONSENT_METHODS,
  CONSENT_PURPOSES,
  DETECTABLE_BENEFITS,
  ORGANISATION_KINDS,
  REFERRAL_ACTIONS,
  REFERRAL_OUTCOMES,
  REFERRAL_STATUSES,
  SHARED_FIELD_GROUPS,
  type ConsentMethod,
  type ConsentPurpose,
  type SharedFieldGroup,
} from '@recours/domain';
import { Allow, ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsUUID, ValidateIf } from 'class-validator';
import { BoolField, DateField, EnumField, TextField, UuidField } from '../../../common/http/fields';

export class ReferralCreateDto {
  @UuidField({ example: '6f1c…' }) householdId!: string;
  @UuidField({ description: 'Organisation destinataire (annuaire : GET /api/partners)' }) recipientOrganisationId!: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Droits détectés du foyer qui motivent l’orientation' })
  @ValidateIf((_, v) => v !== undefined)
  @IsArray({ message: 'doit être une liste' })
  @ArrayMaxSize(10, { message: 'doit contenir au plus 10 éléments' })
  @ArrayUnique({ message: 'ne doit pas contenir de doublon' })
  @IsUUID('all', { each: true, message: 'doit être une liste d’identifiants (UUID)' })
  detectedRightIds?: string[];
  @TextField({ optional: true, max: 300, description: 'Objet, obligatoire sans droit lié', example: 'Accompagnement à la demande de prime d’activité' })
  purpose?: string;
  @TextField({ optional: true, max: 2000, example: 'Madame est disponible le matin.' }) message?: string;
  @TextField({ optional: true, max: 2000, description: 'Responsable seulement : envoi sans consentement au partage, motif écrit (audité)' })
  consentOverrideReason?: string;
}

/** Body of every action route; each action checks the fields it needs (libs/domain validateReferralAction). */
export class ReferralActionDto {
  @ApiPropertyOptional({ description: 'decline, close/droit_refuse : motif', example: 'Hors de notre compétence' }) @Allow() reason?: unknown;
  @ApiPropertyOptional({ description: 'progress : obligatoire ; ailleurs facultatif', example: 'Dossier déposé, pièces complètes' }) @Allow() comment?: unknown;
  @ApiPropertyOptional({ enum: REFERRAL_OUTCOMES, description: 'close : issue' }) @Allow() outcome?: unknown;
  @ApiPropertyOptional({ type: 'integer', description: 'close/droit_ouvert : montant mensuel en centimes', example: 18750 }) @Allow() monthlyAmountCents?: unknown;
  @ApiPropertyOptional({ description: 'close/droit_ouvert : mois d’ouverture AAAA-MM', example: '2026-05' }) @Allow() startMonth?: unknown;
}

export class ReferralEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ enum: REFERRAL_STATUSES, nullable: true }) from!: string | null;
  @ApiProperty({ enum: REFERRAL_STATUSES }) to!: string;
  @ApiProperty() at!: Date;
  @ApiPropertyOptional({ nullable: true }) actorName!: string | null;
  @ApiProperty() actorOrganisationName!: string;
  @ApiPropertyOptional({ nullable: true }) comment!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: Record<string, unknown>;
}

export class ReferralDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['sent', 'received'], description: 'Vu depuis l’organisation de l’utilisateur' }) box!: 'sent' | 'received';
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty({ example: 'HH-2026-00042' }) householdReference!: string;
  @ApiPropertyOptional({ nullable: true, description: 'Nul côté destinataire si l’identité n’est pas partagée' }) applicantName!: string | null;
  @ApiProperty({ format: 'uuid' }) senderOrganisationId!: string;
  @ApiProperty() senderOrganisationName!: string;
  @ApiPropertyOptional({ nullable: true }) senderUserName!: string | null;
  @ApiProperty({ format: 'uuid' }) recipientOrganisationId!: string;
  @ApiProperty() recipientOrganisationName!: string;
  @ApiProperty({ enum: REFERRAL_STATUSES }) status!: string;
  @ApiPropertyOptional({ nullable: true }) purpose!: string | null;
  @ApiProperty({ enum: DETECTABLE_BENEFITS, isArray: true }) benefits!: string[];
  @ApiProperty({ enum: SHARED_FIELD_GROUPS, isArray: true }) sharedGroups!: string[];
  @ApiProperty() consentOverridden!: boolean;
  @ApiPropertyOptional({ enum: REFERRAL_OUTCOMES, nullable: true }) outcome!: string | null;
  @ApiPropertyOptional({ nullable: true, example: 18750 }) outcomeMonthlyAmountCents!: number | null;
  @ApiPropertyOptional({ nullable: true, example: '2026-05' }) outcomeStartMonth!: string | null;
  @ApiPropertyOptional({ nullable: true }) outcomeReason!: string | null;
  @ApiPropertyOptional({ nullable: true }) declineReason!: string | null;
  @ApiProperty({ description: 'Sans changement depuis plus longtemps que le délai de son état' }) overdue!: boolean;
  @ApiProperty() statusChangedAt!: Date;
  @ApiProperty() createdAt!: Date;
}

export class ReferralDetailDto extends ReferralDto {
  @ApiPropertyOptional({ nullable: true }) message!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Côté expéditeur seulement' }) consentOverrideReason!: string | null;
  @ApiProperty({ type: [ReferralEventDto] }) events!: ReferralEventDto[];
  @ApiProperty({ enum: REFERRAL_ACTIONS, isArray: true, description: 'Actions possibles pour l’organisation de l’utilisateur' }) allowedActions!: string[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Les seules données du foyer que le type d’orientation partage' })
  shared!: SharedData;
}

export interface SharedPerson {
  firstName: string;
  lastName: string;
  birthDate: string | null;
  relationship: string;
}

export interface SharedData {
  identity?: { firstName: string; lastName: string; birthDate: string | null; phone: string | null; email: string | null; address: string | null; postcode: string | null; communeName: string | null } | null;
  composition?: SharedPerson[];
  incomes?: { personName: string; kind: string; monthlyAmountCents: number; fromMonth: string; toMonth: string | null }[];
  housing?: { housingStatus: string | null; housingType: string | null; monthlyRentCents: number | null; address: string | null; postcode: string | null; communeName: string | null };
  rights?: { id: string; benefit: string; status: string; estimatedAmountCents: number; amountPeriod: string; evaluatedPeriod: string | null; explanation: unknown; grantedMonthlyAmountCents: number | null; grantedFrom: string | null }[];
}

export class ConsentCreateDto {
  @UuidField() personId!: string;
  @EnumField(CONSENT_PURPOSES, { example: 'partage_partenaire' }) purpose!: ConsentPurpose;
  @UuidField({ optional: true, description: 'Obligatoire pour partage_partenaire : l’organisation destinataire' }) recipientOrganisationId?: string;
  @BoolField({ description: 'true : consentement donné ; false : retrait (nouvelle ligne, l’historique est conservé)', example: true }) given!: boolean;
  @DateField({ description: 'Jour où la personne a donné ou retiré son consentement' }) decidedOn!: string;
  @EnumField(CONSENT_METHODS, { example: 'oral' }) method!: ConsentMethod;
  @DateField({ optional: true, description: 'Date de fin de validité' }) expiresOn?: string;
}

export class ConsentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) personId!: string;
  @ApiProperty() personName!: string;
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty({ enum: CONSENT_PURPOSES }) purpose!: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) recipientOrganisationId!: string | null;
  @ApiPropertyOptional({ nullable: true }) recipientOrganisationName!: string | null;
  @ApiProperty() given!: boolean;
  @ApiProperty({ format: 'date' }) decidedOn!: string;
  @ApiProperty({ enum: CONSENT_METHODS }) method!: string;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) expiresOn!: string | null;
  @ApiPropertyOptional({ nullable: true }) recordedByName!: string | null;
  @ApiProperty() recordedAt!: Date;
}

export class PartnerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CAF de la Creuse' }) name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind!: string;
  @ApiProperty({ enum: DETECTABLE_BENEFITS, isArray: true, example: ['prime_activite', 'rsa', 'aide_logement'] }) handledBenefits!: string[];
  @ApiPropertyOptional({ nullable: true }) handlesDescription!: string | null;
  @ApiProperty({ enum: SHARED_FIELD_GROUPS, isArray: true, description: 'Ce qu’une orientation vers elle partage (type d’orientation)' }) sharedGroups!: string[];
  @ApiProperty({ description: 'Jours de lecture après la clôture' }) referralGraceDays!: number;
}

export class ReferralTypeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) recipientKind!: string;
  @ApiProperty({ example: 'Orientation vers la CAF' }) label!: string;
  @ApiProperty({ enum: SHARED_FIELD_GROUPS, isArray: true }) sharedGroups!: string[];
  @ApiProperty() updatedAt!: Date;
}

export class ReferralTypeUpdateDto {
  @TextField({ optional: true, max: 200 }) label?: string;
  @ApiPropertyOptional({ enum: SHARED_FIELD_GROUPS, isArray: true, example: ['identite', 'composition', 'revenus', 'droit_detecte'] })
  @ValidateIf((_, v) => v !== undefined)
  @IsArray({ message: 'doit être une liste' })
  @ArrayUnique({ message: 'ne doit pas contenir de doublon' })
  @IsIn([...SHARED_FIELD_GROUPS], { each: true, message: `doit valoir l'une des valeurs : ${SHARED_FIELD_GROUPS.join(', ')}` })
  sharedGroups?: SharedFieldGroup[];
  // Round trip of react-admin's edit form.
  @Allow() id?: unknown;
  @Allow() recipientKind?: unknown;
  @Allow() updatedAt?: unknown;
}
