import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONTACT_CHANNELS, CONTACT_OUTCOMES, type ContactChannel, type ContactOutcome } from '@recours/domain';
import { ArrayMaxSize, IsArray, IsUUID, ValidateIf, registerDecorator } from 'class-validator';
import { DateField, EnumField, TextField, UuidField } from '../../common/http/fields';
import { zDateTime } from '../../common/http/list-query';

function IsDateTime(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateTime',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'doit être une date AAAA-MM-JJ ou ISO 8601' },
      validator: { validate: (v: unknown) => zDateTime.safeParse(v).success },
    });
}

export class ContactCreateDto {
  @UuidField() householdId!: string;
  @EnumField(CONTACT_CHANNELS) channel!: ContactChannel;
  @EnumField(CONTACT_OUTCOMES, { description: 'joint / rdv_pris font passer les droits liés « confirme » à « informe ». refus ne crée pas de refus : utiliser la transition refus_personne.' })
  outcome!: ContactOutcome;
  @TextField({ optional: true, max: 4000 }) note?: string;
  @ApiPropertyOptional({ description: 'Maintenant par défaut', example: '2026-03-02T10:30:00+01:00' })
  @ValidateIf((_, v) => v !== undefined)
  @IsDateTime()
  occurredAt?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Droits détectés du foyer concernés par ce contact' })
  @ValidateIf((_, v) => v !== undefined)
  @IsArray({ message: 'doit être une liste d’identifiants' })
  @ArrayMaxSize(20, { message: 'doit contenir au plus 20 éléments' })
  @IsUUID('all', { each: true, message: 'doit être une liste d’identifiants (UUID)' })
  rightIds?: string[];
  @DateField({ optional: true, description: 'Crée une tâche de relance pour moi à cette date (refusée si un droit lié est sous refus de la personne)' })
  nextAttemptOn?: string;
}

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
