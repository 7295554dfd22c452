import { DETECTABLE_BENEFITS, IMPORT_REVIEW_STATUSES, IMPORT_STATUSES } from '@recours/domain';
import { IMPORT_FIELDS } from '@recours/imports';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, enumText, guid, oneOf, text, timestamp } from '../../../common/http/zod-fields';

const fieldMapping = () =>
  z
    .partialRecord(z.enum(IMPORT_FIELDS, { error: `champ inconnu (attendu : ${IMPORT_FIELDS.join(', ')})` }), text({ max: 255 }))
    .meta({ description: 'Champ → en-tête de colonne du fichier', example: { nom: 'NOM', prenom: 'Prénom', date_naissance: 'Né(e) le' } });

export class ImportMappingDto extends createZodDto(body({ mapping: fieldMapping() })) {}

export class ImportStartDto extends createZodDto(
  body({
    mapping: fieldMapping(),
    presetName: text({ max: 100 }).optional().describe('Enregistre aussi la correspondance sous ce nom pour l’organisation'),
  }),
) {}

export class ImportPresetCreateDto extends createZodDto(body({ name: text({ max: 100 }), mapping: fieldMapping() })) {}

export class ImportReviewDecisionDto extends createZodDto(
  body({ decision: oneOf(['fusion', 'nouveau'] as const).describe('fusion : dans le foyer de la personne proposée ; nouveau : un nouveau foyer') }),
) {}

const rowError = z.object({ line: z.number().int(), field: z.string().nullable(), value: z.string().nullable(), message: z.string(), text: z.string() });

export class ImportDto extends createZodDto(
  z.object({
    id: guid(),
    fileName: z.string(),
    fileSize: z.number().int(),
    format: z.string(),
    encoding: z.string().nullable(),
    delimiter: z.string().nullable(),
    header: z.array(z.string()),
    mapping: z.record(z.string(), z.string()).nullable(),
    suggestedMapping: z.record(z.string(), z.string()).describe('Correspondance proposée : préréglage de l’organisation qui couvre l’en-tête, sinon devinée'),
    status: enumText(IMPORT_STATUSES),
    error: z.string().nullable(),
    rowsRead: z.number().int(),
    rowsFailed: z.number().int(),
    rowsReview: z.number().int(),
    householdsCreated: z.number().int(),
    householdsUpdated: z.number().int(),
    householdsToDetect: z.number().int(),
    householdsDetected: z.number().int(),
    errors: z.array(rowError).describe('Les 100 premières erreurs par ligne (toutes dans le rapport CSV)'),
    createdAt: timestamp(),
    startedAt: timestamp().nullable(),
    finishedAt: timestamp().nullable(),
  }),
) {}

export class ImportPreviewDto extends createZodDto(
  z.object({
    rows: z.array(z.object({ line: z.number().int(), values: z.record(z.string(), z.string().nullable()), errors: z.array(rowError) })),
    rowsChecked: z.number().int(),
    rowsValid: z.number().int(),
    errors: z.array(rowError).describe('Les 200 premières erreurs des lignes vérifiées'),
    errorCount: z.number().int(),
    complete: z.boolean().describe('false : seules les premières lignes ont été vérifiées'),
  }),
) {}

export class ImportSummaryDto extends createZodDto(
  z.object({
    householdsScreened: z.number().int(),
    householdsWithRight: z.number().int().describe('Foyers avec au moins un droit probable non réclamé (confiance haute ou moyenne)'),
    annualAmountCents: z.number().int(),
    byBenefit: z.array(z.object({ benefit: enumText(DETECTABLE_BENEFITS), households: z.number().int(), annualAmountCents: z.number().int() })),
  }),
) {}

export class ImportPresetDto extends createZodDto(z.object({ id: guid(), name: z.string(), mapping: z.record(z.string(), z.string()), updatedAt: timestamp() })) {}

export class ImportReviewDto extends createZodDto(
  z.object({
    id: guid(),
    line: z.number().int(),
    status: enumText(IMPORT_REVIEW_STATUSES),
    similarity: z.number(),
    row: z.object({ lastName: z.string(), firstName: z.string(), birthDate: z.string().nullable(), partnerReference: z.string().nullable(), address: z.string().nullable() }).nullable(),
    candidate: z.object({
      personId: guid(),
      householdId: guid(),
      householdReference: z.string(),
      lastName: z.string(),
      firstName: z.string(),
      birthDate: z.string().nullable(),
      address: z.string().nullable(),
    }),
    householdId: guid().nullable(),
  }),
) {}

export class ImportFieldDto extends createZodDto(
  z.object({ field: enumText(IMPORT_FIELDS), label: z.string(), group: z.string(), required: z.boolean() }),
) {}
