import { DISMISS_REASONS, MAX_TRANSITION_NOTE_LENGTH, TASK_PRIORITIES } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, date, list, oneOf, text, uuid } from '../../common/http/zod-fields';

/** How many rows one bulk action may touch: a few pages of a list, not a whole caseload. */
export const MAX_BULK_IDS = 500;
const ids = () => list(uuid(), MAX_BULK_IDS).min(1, 'doit contenir au moins une valeur').describe(`Lignes choisies (1 à ${MAX_BULK_IDS})`);

export class BulkAssignTasksDto extends createZodDto(body({ ids: ids(), assigneeId: uuid() })) {}
export class BulkIdsDto extends createZodDto(body({ ids: ids() })) {}
export class BulkAssignHouseholdsDto extends createZodDto(body({ ids: ids(), referentId: uuid().describe('Nouveau référent des foyers') })) {}
export class BulkCreateTasksDto extends createZodDto(
  body({
    ids: ids(),
    title: text({ max: 200 }),
    dueOn: date(),
    assigneeId: uuid().optional().describe('Moi par défaut'),
    priority: oneOf(TASK_PRIORITIES).optional(),
  }),
) {}
export class BulkCloseRightsDto extends createZodDto(
  body({
    ids: ids(),
    dismissReason: oneOf(DISMISS_REASONS).describe('Motif pour les droits encore « détectés » (écartés) ; les autres droits ouverts sont abandonnés'),
    note: text({ max: MAX_TRANSITION_NOTE_LENGTH, min: 1 }).describe('Note gardée dans l’historique de chaque droit'),
  }),
) {}

export class BulkResultDto extends createZodDto(
  z.object({
    done: z.number().int().describe('Lignes traitées'),
    skipped: z.array(z.object({ id: z.string(), reason: z.string() })).describe('Lignes laissées telles quelles, avec la raison'),
  }),
) {}
export type BulkResult = z.infer<typeof BulkResultDto.schema>;
