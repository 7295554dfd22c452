import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TASK_PRIORITIES, TASK_STATUSES } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { body, date, oneOf, text, uuid } from '../../common/http/zod-fields';

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

export class TaskDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty() householdReference!: string;
  @ApiPropertyOptional({ nullable: true }) applicantName!: string | null;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) detectedRightId!: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) contactId!: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) campaignId!: string | null;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) assigneeId!: string | null;
  @ApiPropertyOptional({ nullable: true }) assigneeName!: string | null;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ enum: TASK_PRIORITIES }) priority!: string;
  @ApiProperty({ enum: TASK_STATUSES }) status!: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) createdBy!: string | null;
  @ApiPropertyOptional({ nullable: true }) completedAt!: Date | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
