import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CAMPAIGN_ASSIGNMENTS, CAMPAIGN_STATUSES, type CampaignAssignment } from '@recours/domain';
import { Allow } from 'class-validator';
import { EnumField, ReadOnlyField, TextField, UuidField } from '../../common/http/fields';

const FILTERS_DOC = {
  type: 'object' as const,
  additionalProperties: true,
  description:
    'Cohorte : benefits[], communeInsee, postcode, minAmountCents (annuel), statuses[] (états ouverts ; detecte et confirme par défaut), confidences[], referentId. Les foyers clos et les refus de la personne sont toujours exclus.',
  example: { benefits: ['rsa', 'prime_activite'], communeInsee: '23096', minAmountCents: 120000, confidences: ['haute', 'moyenne'] },
};

export class CampaignPreviewDto {
  @ApiProperty(FILTERS_DOC) @Allow() filters!: unknown;
}

export class CampaignCreateDto {
  @TextField({ max: 200 }) name!: string;
  @ApiProperty(FILTERS_DOC) @Allow() filters!: unknown;
  @EnumField(CAMPAIGN_ASSIGNMENTS, { optional: true, description: 'referent (par défaut) ou user (assigneeId)' }) assignment?: CampaignAssignment;
  @UuidField({ nullable: true, description: 'Intervenant·e choisi·e ; aussi pour les foyers sans référent' }) assigneeId?: string | null;
}

export class CampaignUpdateDto {
  @TextField({ optional: true, max: 200 }) name?: string;
  @ApiPropertyOptional(FILTERS_DOC) @Allow() filters?: unknown;
  @EnumField(CAMPAIGN_ASSIGNMENTS, { optional: true }) assignment?: CampaignAssignment;
  @UuidField({ nullable: true }) assigneeId?: string | null;
  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() status?: unknown;
  @ReadOnlyField() targetCount?: unknown;
  @ReadOnlyField() excludedRefusalCount?: unknown;
  @ReadOnlyField() tasksCreated?: unknown;
  @ReadOnlyField() progress?: unknown;
  @ReadOnlyField() launchedAt?: unknown;
  @ReadOnlyField() finishedAt?: unknown;
  @ReadOnlyField() error?: unknown;
  @ReadOnlyField() createdBy?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}

export class CampaignPreviewResultDto {
  @ApiProperty() householdCount!: number;
  @ApiProperty({ description: 'Total en jeu par an, centimes' }) annualAmountCents!: number;
  @ApiProperty({ description: 'Foyers exclus parce que la personne a refusé (tous leurs droits visés)' }) excludedByRefusal!: number;
  @ApiProperty({ description: 'Droits visés exclus pour refus de la personne' }) excludedRightsByRefusal!: number;
}

export class CampaignDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) filters!: Record<string, unknown>;
  @ApiProperty({ enum: CAMPAIGN_ASSIGNMENTS }) assignment!: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) assigneeId!: string | null;
  @ApiProperty({ enum: CAMPAIGN_STATUSES }) status!: string;
  @ApiPropertyOptional({ nullable: true }) targetCount!: number | null;
  @ApiPropertyOptional({ nullable: true }) excludedRefusalCount!: number | null;
  @ApiProperty() tasksCreated!: number;
  @ApiProperty({ example: { targetCount: 1200, tasksCreated: 450, status: 'en_cours' } })
  progress!: { targetCount: number | null; tasksCreated: number; status: string };
  @ApiPropertyOptional({ nullable: true }) launchedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true }) finishedAt!: Date | null;
  @ApiPropertyOptional({ nullable: true }) error!: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) createdBy!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class CampaignFunnelDto {
  @ApiProperty() targeted!: number;
  @ApiProperty({ description: 'Foyers joints (contact joint ou rdv_pris depuis le lancement)' }) reached!: number;
  @ApiProperty({ description: 'Foyers dont un droit visé est au moins « informé »' }) informed!: number;
  @ApiProperty({ description: '… au moins « demande déposée »' }) claimsFiled!: number;
  @ApiProperty() granted!: number;
  @ApiProperty({ description: 'Montants accordés, par an, centimes' }) grantedAnnualCents!: number;
}
