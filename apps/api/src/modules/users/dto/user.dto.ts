import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MIN_PASSWORD_LENGTH, USER_ROLES, type UserRole } from '@recours/domain';
import { BoolField, EmailField, EnumField, ReadOnlyField, TextField, UuidField } from '../../../common/http/fields';

export class CreateUserDto {
  @EmailField() email!: string;
  @TextField({ max: 200 }) displayName!: string;
  @EnumField(USER_ROLES) role!: UserRole;
  @UuidField() organisationId!: string;
  @BoolField({ optional: true }) active?: boolean;
  @TextField({ min: MIN_PASSWORD_LENGTH, max: 256, description: `${MIN_PASSWORD_LENGTH} caractères au moins` }) password!: string;
  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() organisation?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}

export class UpdateUserDto {
  @EmailField({ optional: true }) email?: string;
  @TextField({ optional: true, max: 200 }) displayName?: string;
  @EnumField(USER_ROLES, { optional: true }) role?: UserRole;
  @UuidField({ optional: true }) organisationId?: string;
  @BoolField({ optional: true, description: 'false : désactive le compte et ferme ses sessions' }) active?: boolean;
  @TextField({ optional: true, min: MIN_PASSWORD_LENGTH, max: 256, description: 'Nouveau mot de passe (ferme les sessions)' })
  password?: string;
  @ReadOnlyField() id?: unknown;
  @ReadOnlyField() organisation?: unknown;
  @ReadOnlyField() createdAt?: unknown;
  @ReadOnlyField() updatedAt?: unknown;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: USER_ROLES }) role!: UserRole;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiPropertyOptional() organisation!: { id: string; name: string; kind: string };
  @ApiProperty() active!: boolean;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export const USER_FIELDS = ['email', 'displayName', 'role', 'organisationId', 'active'] as const;
