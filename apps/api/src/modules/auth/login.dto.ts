import { ApiProperty } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, email, orRequired } from '../../common/http/zod-fields';

export class LoginDto extends createZodDto(
  body({
    email: email().meta({ example: 'intervenante@demo.recours.fr' }),
    // No length rule here: a wrong password is a failed attempt, not a validation error.
    password: z
      .string({ error: orRequired('doit être un texte') })
      .max(256, 'doit faire au plus 256 caractères')
      .meta({ example: 'demo-recours-2026' }),
  }),
) {}

export class OrganisationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() kind!: string;
}

export class TerritorySummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['social_worker', 'partner_agent', 'manager', 'admin'] }) role!: string;
  @ApiProperty({ type: OrganisationSummaryDto }) organisation!: OrganisationSummaryDto;
  @ApiProperty({ type: TerritorySummaryDto }) territory!: TerritorySummaryDto;
  @ApiProperty({ type: [String], description: 'Permissions du rôle (pour adapter l’interface ; le serveur décide)' })
  permissions!: string[];
}
