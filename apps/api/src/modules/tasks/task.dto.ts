import { TASK_PRIORITIES, TASK_STATUSES } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, date, enumText, guid, oneOf, text, timestamp, uuid } from '../../common/http/zod-fields';

export class TaskCreateDto extends createZodDto(
  body({
    householdId: uuid(),
    title: text({ max: 200 }),
    assigneeId: uuid().optional().describe('Moi par défaut'),
    dueOn: date(),
    priority: oneOf(TASK_PRIORITIES).optional().describe('normale par défaut'),
    detectedRightId: uuid().optional(),
    contactId: uuid().optional(),
  }),
) {}

export class TaskUpdateDto extends createZodDto(
  body(
    {
      title: text({ max: 200 }).optional(),
      assigneeId: uuid().nullish(),
      dueOn: date().optional(),
      priority: oneOf(TASK_PRIORITIES).optional(),
      status: oneOf(TASK_STATUSES).optional(),
    },
    // Returned by GET and sent back by react-admin: accepted, ignored.
    [
      'id',
      'householdId',
      'householdReference',
      'applicantName',
      'detectedRightId',
      'contactId',
      'campaignId',
      'assigneeName',
      'createdBy',
      'completedAt',
      'createdAt',
      'updatedAt',
    ],
  ),
) {}

export class TaskDto extends createZodDto(
  z.object({
    id: guid(),
    householdId: guid(),
    householdReference: z.string(),
    applicantName: z.string().nullable(),
    title: z.string(),
    detectedRightId: guid().nullable(),
    contactId: guid().nullable(),
    campaignId: guid().nullable(),
    assigneeId: guid().nullable(),
    assigneeName: z.string().nullable(),
    dueOn: z.string().meta({ format: 'date' }),
    priority: enumText(TASK_PRIORITIES),
    status: enumText(TASK_STATUSES),
    createdBy: guid().nullable(),
    completedAt: timestamp().nullable(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  }),
) {}
