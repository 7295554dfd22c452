import { ApiProperty } from '@nestjs/swagger';
import { ORGANISATION_KINDS, type OrganisationKind } from '@recours/domain';
import { EnumField, ReadOnlyField, TextField } from '../../../common/http/fields';

export class CreateOrganisationDto {
  @TextField({ max: 200, example: 'CCAS de Guéret' }) name!: string;
  @EnumField(ORGANISATION_KINDS) kind!: OrganisationKind;
  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() territoryId?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}

export class UpdateOrganisationDto {
  @TextField({ optional: true, max: 200 }) name?: string;
  @EnumField(ORGANISATION_KINDS, { optional: true }) kind?: OrganisationKind;
  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() territoryId?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}

export class OrganisationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANISATION_KINDS }) kind!: OrganisationKind;
  @ApiProperty({ format: 'uuid' }) territoryId!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}
