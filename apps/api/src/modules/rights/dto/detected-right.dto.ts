import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONFIDENCES, DETECTED_RIGHT_STATUSES, DETECTABLE_BENEFITS, RIGHT_SOURCES } from '@recours/domain';
import { Allow, ArrayMaxSize, IsArray, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { CentsField, EnumField, IntField, MonthField, TextField, UuidField } from '../../../common/http/fields';

export class ExplanationStepDto {
  @TextField({ max: 1000, description: 'Phrase en français' }) text!: string;
  @IntField({ optional: true, min: -100_000_000, max: 100_000_000 }) amountCents?: number;
  @TextField({ optional: true, max: 200, description: 'Base légale' }) reference?: string;
}

/** Manual right: entered by a worker (`saisie`) or reported by a partner (`partenaire`). */
export class DetectedRightCreateDto {
  @UuidField() householdId!: string;
  @EnumField(DETECTABLE_BENEFITS) benefit!: (typeof DETECTABLE_BENEFITS)[number];
  @CentsField({ description: 'Montant estimé en centimes (mensuel ; annuel pour le chèque énergie)' }) estimatedAmountCents!: number;
  @EnumField(['saisie', 'partenaire'] as const satisfies readonly (typeof RIGHT_SOURCES)[number][], { optional: true, description: 'saisie par défaut' })
  source?: 'saisie' | 'partenaire';
  @EnumField(CONFIDENCES, { optional: true, description: 'moyenne par défaut' }) confidence?: (typeof CONFIDENCES)[number];
  @CentsField({ nullable: true, description: 'Montant déjà perçu pour cette prestation' }) receivedAmountCents?: number | null;
  @MonthField({ optional: true }) evaluatedPeriod?: string;
  @ApiPropertyOptional({ type: [ExplanationStepDto] })
  @ValidateIf((_, v) => v !== undefined)
  @IsArray({ message: 'doit être une liste' })
  @ArrayMaxSize(50, { message: 'doit contenir au plus 50 éléments' })
  @ValidateNested({ each: true })
  @Type(() => ExplanationStepDto)
  explanation?: ExplanationStepDto[];
  @ApiPropertyOptional({ type: [String] })
  @ValidateIf((_, v) => v !== undefined)
  @IsArray({ message: 'doit être une liste' })
  @ArrayMaxSize(30, { message: 'doit contenir au plus 30 éléments' })
  @IsString({ each: true, message: 'doit être une liste de textes' })
  @MaxLength(100, { each: true, message: 'doit faire au plus 100 caractères' })
  missingInputs?: string[];
  @TextField({ optional: true, max: 2000 }) note?: string;
}

export class TransitionInputDto {
  @EnumField(DETECTED_RIGHT_STATUSES, { description: 'État visé' }) to!: (typeof DETECTED_RIGHT_STATUSES)[number];
  @ApiPropertyOptional({ description: 'ecarte : deja_percu | non_eligible | doublon | autre ; refuse : ressources_superieures | conditions_non_remplies | dossier_incomplet | autre' })
  @Allow() reason?: unknown;
  @ApiPropertyOptional({ description: 'Obligatoire pour ecarte/autre' }) @Allow() note?: unknown;
  @ApiPropertyOptional({ type: 'integer', description: 'accorde : montant mensuel accordé en centimes (≥ 0)' }) @Allow() grantedMonthlyAmountCents?: unknown;
  @ApiPropertyOptional({ format: 'date', description: 'accorde : date d’ouverture du droit' }) @Allow() grantedFrom?: unknown;
}

export class AllowedTransitionDto {
  @ApiProperty({ enum: DETECTED_RIGHT_STATUSES }) to!: string;
  @ApiProperty({ example: 'Confirmer le droit' }) label!: string;
  @ApiProperty({ type: [String], example: ['reason'] }) requires!: string[];
}

export class TransitionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ nullable: true }) from!: string | null;
  @ApiProperty() to!: string;
  @ApiProperty() at!: Date;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) actorId!: string | null;
  @ApiPropertyOptional({ nullable: true }) actorName!: string | null;
  @ApiPropertyOptional({ nullable: true }) reason!: string | null;
  @ApiPropertyOptional({ nullable: true }) note!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) payload!: Record<string, unknown>;
}

export class DetectedRightDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty() householdReference!: string;
  @ApiPropertyOptional({ nullable: true }) applicantName!: string | null;
  @ApiPropertyOptional({ nullable: true }) communeName!: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) referentId!: string | null;
  @ApiProperty({ enum: DETECTABLE_BENEFITS }) benefit!: string;
  @ApiProperty({ enum: DETECTED_RIGHT_STATUSES }) status!: string;
  @ApiProperty() estimatedAmountCents!: number;
  @ApiProperty({ enum: ['mensuel', 'annuel'] }) amountPeriod!: string;
  @ApiProperty({ description: 'Montant annuel (mensuel × 12)' }) annualAmountCents!: number;
  @ApiPropertyOptional({ nullable: true }) receivedAmountCents!: number | null;
  @ApiPropertyOptional({ nullable: true, example: '2026-03' }) evaluatedPeriod!: string | null;
  @ApiProperty({ enum: CONFIDENCES }) confidence!: string;
  @ApiProperty({ enum: RIGHT_SOURCES }) source!: string;
  @ApiProperty({ type: [String] }) missingInputs!: string[];
  @ApiPropertyOptional({ nullable: true }) ruleVersion!: string | null;
  @ApiPropertyOptional({ nullable: true }) dismissReason!: string | null;
  @ApiPropertyOptional({ nullable: true }) refusalReason!: string | null;
  @ApiPropertyOptional({ nullable: true }) grantedMonthlyAmountCents!: number | null;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) grantedFrom!: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'date', description: 'Refus de la personne : aucune relance avant cette date' })
  outreachBlockedUntil!: string | null;
  @ApiProperty() statusChangedAt!: Date;
  @ApiProperty() detectedAt!: Date;
  @ApiProperty() lastEvaluatedAt!: Date;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class DetectedRightDetailDto extends DetectedRightDto {
  @ApiProperty({ type: [ExplanationStepDto] }) explanation!: ExplanationStepDto[];
  @ApiProperty({ type: 'object', additionalProperties: true }) parameterDates!: Record<string, unknown>;
  @ApiProperty({ type: [TransitionDto] }) transitions!: TransitionDto[];
  @ApiProperty({ type: [AllowedTransitionDto] }) allowedTransitions!: AllowedTransitionDto[];
}

