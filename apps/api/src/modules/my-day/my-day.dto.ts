import { AMOUNT_PERIODS, CONFIDENCES, DETECTABLE_BENEFITS, OPEN_RIGHT_STATUSES } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { enumText, guid } from '../../common/http/zod-fields';
import { TaskDto } from '../tasks/task.dto';

const openRight = z.object({
  id: guid(),
  benefit: enumText(DETECTABLE_BENEFITS),
  status: enumText(OPEN_RIGHT_STATUSES),
  estimatedAmountCents: z.number().int(),
  amountPeriod: enumText(AMOUNT_PERIODS),
  confidence: enumText(CONFIDENCES),
});

export class MyDayDto extends createZodDto(
  z.object({
    tasks: z.array(TaskDto.schema).describe('Mes tâches en retard et du jour'),
    households: z
      .array(
        z.object({
          householdId: guid(),
          reference: z.string().meta({ example: 'HH-2026-00001' }),
          applicantName: z.string().nullable(),
          communeName: z.string().nullable(),
          expectedAnnualGainCents: z.number().int().describe('Somme des montants annuels × poids de confiance'),
          openRights: z.array(openRight),
        }),
      )
      .describe('Mes foyers classés par gain attendu (20 au plus)'),
  }),
) {}
