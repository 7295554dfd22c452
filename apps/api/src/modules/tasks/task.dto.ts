import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { TASK_PRIORITIES, TASK_STATUSES, type TaskPriority, type TaskStatus } from '@recours/domain';
import { DateField, EnumField, ReadOnlyField, TextField, UuidField } from '../../common/http/fields';

export class TaskCreateDto {
  @UuidField() householdId!: string;
  @TextField({ max: 200 }) title!: string;
  @UuidField({ optional: true, description: 'Moi par défaut' }) assigneeId?: string;
  @DateField() dueOn!: string;
  @EnumField(TASK_PRIORITIES, { optional: true, description: 'normale par défaut' }) priority?: TaskPriority;
  @UuidField({ optional: true }) detectedRightId?: string;
  @UuidField({ optional: true }) contactId?: string;
}

export class TaskUpdateDto {
  @TextField({ optional: true, max: 200 }) title?: string;
  @UuidField({ nullable: true }) assigneeId?: string | null;
  @DateField({ optional: true }) dueOn?: string;
  @EnumField(TASK_PRIORITIES, { optional: true }) priority?: TaskPriority;
  @EnumField(TASK_STATUSES, { optional: true }) status?: TaskStatus;
  // Returned by GET and sent back by react-admin: accepted, ignored.
  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() householdId?: unknown;
  @ReadOnlyField() householdReference?: unknown;
  @ReadOnlyField() applicantName?: unknown;
  @ReadOnlyField() detectedRightId?: unknown;
  @ReadOnlyField() contactId?: unknown;
  @ReadOnlyField() campaignId?: unknown;
  @ReadOnlyField() assigneeName?: unknown;
  @ReadOnlyField() createdBy?: unknown;
  @ReadOnlyField() completedAt?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}

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
