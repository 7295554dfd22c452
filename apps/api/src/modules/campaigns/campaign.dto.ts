import { CAMPAIGN_ASSIGNMENTS, CAMPAIGN_STATUSES } from '@recours/domain';
import { campaignFiltersSchema } from '@recours/outreach-sql';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, date, enumText, guid, oneOf, text, timestamp, uuid } from '../../common/http/zod-fields';

// The cohort schema shared with the worker's launch (`@recours/outreach-sql`): what the preview counts
// is what the launch targets.
const filters = () =>
  campaignFiltersSchema.optional().meta({
    description:
      'Cohorte (absent = sans restriction) : minAmountCents est annuel ; statuses parmi les états ouverts (detecte et confirme par défaut) ; importId limite aux foyers d’un import de fichier partenaire. Les foyers clos et les refus de la personne sont toujours exclus.',
    example: { benefits: ['rsa', 'prime_activite'], communeInsee: '23096', minAmountCents: 120000, confidences: ['haute', 'moyenne'] },
  });

export class CampaignPreviewDto extends createZodDto(body({ filters: filters() })) {}

export class CampaignCreateDto extends createZodDto(
  body({
    name: text({ max: 200 }),
    filters: filters(),
    assignment: oneOf(CAMPAIGN_ASSIGNMENTS).optional().describe('referent (par défaut) ou user (assigneeId)'),
    assigneeId: uuid().nullish().describe('Intervenant·e choisi·e ; aussi pour les foyers sans référent'),
    dueOn: date('2026-06-30').nullish().describe('Échéance des tâches de la campagne (absente : 14 jours après le lancement) ; elle déclenche leurs rappels'),
  }),
) {}

export class CampaignUpdateDto extends createZodDto(
  body(
    {
      name: text({ max: 200 }).optional(),
      filters: filters(),
      assignment: oneOf(CAMPAIGN_ASSIGNMENTS).optional(),
      assigneeId: uuid().nullish(),
      dueOn: date('2026-06-30').nullish(),
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

export class CampaignPreviewResultDto extends createZodDto(
  z.object({
    householdCount: z.number().int(),
    annualAmountCents: z.number().int().describe('Total en jeu par an, centimes'),
    excludedByRefusal: z.number().int().describe('Foyers exclus parce que la personne a refusé (tous leurs droits visés)'),
    excludedRightsByRefusal: z.number().int().describe('Droits visés exclus pour refus de la personne'),
  }),
) {}

export class CampaignDto extends createZodDto(
  z.object({
    id: guid(),
    name: z.string(),
    filters: campaignFiltersSchema,
    assignment: enumText(CAMPAIGN_ASSIGNMENTS),
    assigneeId: guid().nullable(),
    dueOn: z.string().nullable().describe('Échéance des tâches (AAAA-MM-JJ)'),
    status: enumText(CAMPAIGN_STATUSES),
    targetCount: z.number().int().nullable(),
    excludedRefusalCount: z.number().int().nullable(),
    tasksCreated: z.number().int(),
    progress: z
      .object({ targetCount: z.number().int().nullable(), tasksCreated: z.number().int(), status: enumText(CAMPAIGN_STATUSES) })
      .meta({ example: { targetCount: 1200, tasksCreated: 450, status: 'en_cours' } }),
    launchedAt: timestamp().nullable(),
    finishedAt: timestamp().nullable(),
    error: z.string().nullable(),
    createdBy: guid().nullable(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  }),
) {}

export class CampaignFunnelDto extends createZodDto(
  z.object({
    targeted: z.number().int(),
    reached: z.number().int().describe('Foyers joints (contact joint ou rdv_pris depuis le lancement)'),
    informed: z.number().int().describe('Foyers dont un droit visé est au moins « informé »'),
    claimsFiled: z.number().int().describe('… au moins « demande déposée »'),
    granted: z.number().int(),
    grantedAnnualCents: z.number().int().describe('Montants accordés, par an, centimes'),
  }),
) {}
