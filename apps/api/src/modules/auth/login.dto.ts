import { IsString, MaxLength } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { EmailField } from '../../common/http/fields';

export class LoginDto {
  @EmailField({ example: 'intervenante@demo.recours.fr' })
  email!: string;

  // No length rule here: a wrong password is a failed attempt, not a validation error.
  @ApiProperty({ example: 'demo-recours-2026' })
  @IsString({ message: 'doit être un texte' })
  @MaxLength(256, { message: 'doit faire au plus 256 caractères' })
  password!: string;
}

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
