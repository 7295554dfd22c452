import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CAMPAIGN_ASSIGNMENTS, CAMPAIGN_STATUSES } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, oneOf, orRequired, text, uuid } from '../../common/http/zod-fields';

// Checked by the service against the cohort schema shared with the worker (`@recours/outreach-sql`).
const filters = () =>
  z
    .record(z.string(), z.unknown(), { error: orRequired('doit être un objet') })
    .optional()
    .meta({
      description:
        'Cohorte : benefits[], communeInsee, postcode, minAmountCents (annuel), statuses[] (états ouverts ; detecte et confirme par défaut), confidences[], referentId. Les foyers clos et les refus de la personne sont toujours exclus.',
      example: { benefits: ['rsa', 'prime_activite'], communeInsee: '23096', minAmountCents: 120000, confidences: ['haute', 'moyenne'] },
    });

export class CampaignPreviewDto extends createZodDto(body({ filters: filters() })) {}

export class CampaignCreateDto extends createZodDto(
  body({
    name: text({ max: 200 }),
    filters: filters(),
    assignment: oneOf(CAMPAIGN_ASSIGNMENTS).optional().describe('referent (par défaut) ou user (assigneeId)'),
    assigneeId: uuid().nullish().describe('Intervenant·e choisi·e ; aussi pour les foyers sans référent'),
  }),
) {}

export class CampaignUpdateDto extends createZodDto(
  body(
    {
      name: text({ max: 200 }).optional(),
      filters: filters(),
      assignment: oneOf(CAMPAIGN_ASSIGNMENTS).optional(),
      assigneeId: uuid().nullish(),
    },
    [
      'id',
      'status',
      'targetCount',
      'excludedRefusalCount',
      'tasksCreated',
      'progress',
      'launchedAt',
      'finishedAt',
      'error',
      'createdBy',
      'createdAt',
      'updatedAt',
    ],
  ),
) {}

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
