import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { body, date, dateTime, list, oneOf, text, uuid } from '../../common/http/zod-fields';

export class ContactCreateDto extends createZodDto(
  body({
    householdId: uuid(),
    channel: oneOf(CONTACT_CHANNELS),
    outcome: oneOf(CONTACT_OUTCOMES).describe(
      'joint / rdv_pris font passer les droits liés « confirme » à « informe ». refus ne crée pas de refus : utiliser la transition refus_personne.',
    ),
    note: text({ max: 4000 }).optional(),
    occurredAt: dateTime().optional().describe('Maintenant par défaut'),
    rightIds: list(uuid(), 20, 'doit être une liste d’identifiants')
      .optional()
      .describe('Droits détectés du foyer concernés par ce contact'),
    nextAttemptOn: date()
      .optional()
      .describe('Crée une tâche de relance pour moi à cette date (refusée si un droit lié est sous refus de la personne)'),
  }),
) {}

export class ContactDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) householdId!: string;
  @ApiProperty() householdReference!: string;
  @ApiPropertyOptional({ nullable: true, format: 'uuid' }) authorId!: string | null;
  @ApiPropertyOptional({ nullable: true }) authorName!: string | null;
  @ApiProperty({ enum: CONTACT_CHANNELS }) channel!: string;
  @ApiProperty({ enum: CONTACT_OUTCOMES }) outcome!: string;
  @ApiPropertyOptional({ nullable: true }) note!: string | null;
  @ApiProperty() occurredAt!: Date;
  @ApiPropertyOptional({ nullable: true, format: 'date' }) nextAttemptOn!: string | null;
  @ApiProperty({ type: [String], format: 'uuid' }) rightIds!: string[];
  @ApiPropertyOptional({ nullable: true, format: 'uuid', description: 'Tâche de relance créée' }) nextTaskId!: string | null;
  @ApiProperty() createdAt!: Date;
}
