import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MIN_PASSWORD_LENGTH, USER_ROLES, type UserRole } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { body, bool, email, oneOf, text, uuid } from '../../../common/http/zod-fields';

const READ_ONLY = ['id', 'organisation', 'createdAt', 'updatedAt'] as const;

export class CreateUserDto extends createZodDto(
  body(
    {
      email: email(),
      displayName: text({ max: 200 }),
      role: oneOf(USER_ROLES),
      organisationId: uuid(),
      active: bool().optional(),
      password: text({ min: MIN_PASSWORD_LENGTH, max: 256 }).describe(`${MIN_PASSWORD_LENGTH} caractères au moins`),
    },
    READ_ONLY,
  ),
) {}

export class UpdateUserDto extends createZodDto(
  body(
    {
      email: email().optional(),
      displayName: text({ max: 200 }).optional(),
      role: oneOf(USER_ROLES).optional(),
      organisationId: uuid().optional(),
      active: bool().optional().describe('false : désactive le compte et ferme ses sessions'),
      password: text({ min: MIN_PASSWORD_LENGTH, max: 256 }).optional().describe('Nouveau mot de passe (ferme les sessions)'),
    },
    READ_ONLY,
  ),
) {}

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
