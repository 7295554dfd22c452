import { CAMPAIGN_ASSIGNMENTS, CAMPAIGN_STATUSES, DETECTABLE_BENEFITS, DETECTED_RIGHT_STATUSES, TASK_STATUSES } from '@recours/domain';
import { campaignFiltersSchema } from '@recours/outreach-sql';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, date, enumText, guid, int, oneOf, text, timestamp, uuid } from '../../common/http/zod-fields';

// The cohort schema shared with the worker's launch (`@recours/outreach-sql`): what the preview counts
// is what the launch targets.
const filters = () =>
  campaignFiltersSchema.optional().meta({
    description:
      'Cohorte (absent = sans restriction) : minAmountCents est annuel ; statuses parmi les états ouverts (detecte et confirme par défaut) ; importId limite aux foyers d’un import de fichier partenaire ; rightIds (au plus 1 000) limite aux droits détectés choisis, à tout état ouvert quand statuses est absent. Les foyers clos et les refus de la personne sont toujours exclus.',
    example: { benefits: ['rsa', 'prime_activite'], communeInsee: '23096', minAmountCents: 120000, confidences: ['haute', 'moyenne'] },
  });

const controlShare = () =>
  int({ min: 0, max: 50 })
    .optional()
    .describe('Groupe témoin : pourcentage de la cohorte tiré au sort (graine fixée à la création) et non contacté, pour mesurer l’effet de l’aller-vers (0 = aucun)');

export class CampaignPreviewDto extends createZodDto(body({ filters: filters(), controlShare: controlShare() })) {}

export class CampaignCreateDto extends createZodDto(
  body({
    name: text({ max: 200 }),
    filters: filters(),
    assignment: oneOf(CAMPAIGN_ASSIGNMENTS).optional().describe('referent (par défaut) ou user (assigneeId)'),
    assigneeId: uuid().nullish().describe('Intervenant·e choisi·e ; aussi pour les foyers sans référent'),
    dueOn: date('2026-06-30').nullish().describe('Échéance des tâches de la campagne (absente : 14 jours après le lancement) ; elle déclenche leurs rappels'),
    controlShare: controlShare(),
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
      controlShare: controlShare(),
    },
    [
      'id',
      'status',
      'targetCount',
      'excludedRefusalCount',
      'tasksCreated',
      'controlSeed',
      'controlCount',
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
    controlCount: z.number().int().describe('Foyers qui seraient tirés au sort dans le groupe témoin (non contactés)'),
    contactedCount: z.number().int().describe('Foyers qui seraient contactés (tâche créée)'),
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
    controlShare: z.number().int().describe('Groupe témoin : pourcentage de la cohorte non contacté'),
    controlSeed: z.number().int().nullable().describe('Graine du tirage du groupe témoin'),
    controlCount: z.number().int().nullable().describe('Foyers tenus à l’écart au lancement (groupe témoin)'),
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

const proportion = z.object({
  households: z.number().int(),
  granted: z.number().int().describe('Foyers dont un droit d’une prestation visée a été accordé depuis le lancement'),
  rate: z.number().nullable().describe('Taux de recours (0…1)'),
  low: z.number().nullable().describe('Intervalle de confiance à 95 % (Wilson) : borne basse'),
  high: z.number().nullable().describe('… borne haute'),
});
export const takeUpComparison = z
  .object({
    contacted: proportion.describe('Foyers contactés (tâche créée)'),
    control: proportion.describe('Groupe témoin (non contacté)'),
    difference: z.number().nullable().describe('Écart de taux contactés − témoin (0…1)'),
    low: z.number().nullable().describe('Intervalle de confiance à 95 % de l’écart (Newcombe, score hybride) : borne basse'),
    high: z.number().nullable().describe('… borne haute'),
    significant: z.boolean().describe('L’intervalle exclut 0'),
  })
  .nullable()
  .describe('Comparaison avec le groupe témoin (null sans groupe témoin)');

export class CampaignFunnelDto extends createZodDto(
  z.object({
    targeted: z.number().int().describe('Foyers contactés (hors groupe témoin)'),
    reached: z.number().int().describe('Foyers joints (contact joint ou rdv_pris depuis le lancement)'),
    informed: z.number().int().describe('Foyers dont un droit visé est au moins « informé »'),
    claimsFiled: z.number().int().describe('… au moins « demande déposée »'),
    granted: z.number().int(),
    grantedAnnualCents: z.number().int().describe('Montants accordés, par an, centimes'),
    control: takeUpComparison,
  }),
) {}

export class CampaignHouseholdDto extends createZodDto(
  z.object({
    id: guid().describe('Le foyer'),
    campaignId: guid(),
    reference: z.string(),
    applicantName: z.string().nullable(),
    communeName: z.string().nullable(),
    control: z.boolean().describe('Tenu à l’écart (groupe témoin) : pas de tâche'),
    taskId: guid().nullable(),
    taskStatus: enumText(TASK_STATUSES).nullable().describe('État de la tâche de contact'),
    taskAssigneeName: z.string().nullable(),
    annualAmountCents: z.number().int().describe('Montant par an des droits visés, centimes (montants actuels)'),
    rights: z.array(z.object({ id: guid(), benefit: enumText(DETECTABLE_BENEFITS), status: enumText(DETECTED_RIGHT_STATUSES) })).describe('Droits visés et leur état actuel'),
  }),
) {}
