import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_KINDS, type OrganisationKind } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { body, oneOf, text } from '../../../common/http/zod-fields';

const READ_ONLY = ['id', 'territoryId', 'createdAt', 'updatedAt'] as const;

export class CreateOrganisationDto extends createZodDto(
  body({ name: text({ max: 200 }).meta({ example: 'CCAS de Guéret' }), kind: oneOf(ORGANISATION_KINDS) }, READ_ONLY),
) {}

export class UpdateOrganisationDto extends createZodDto(
  body({ name: text({ max: 200 }).optional(), kind: oneOf(ORGANISATION_KINDS).optional() }, READ_ONLY),
) {}

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind!: OrganisationKind;
  @ApiProperty({ format: 'uuid' }) territoryId!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
