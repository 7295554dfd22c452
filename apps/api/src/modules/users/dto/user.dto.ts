import { MIN_PASSWORD_LENGTH, ORGANISATION_KINDS, USER_ROLES } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, bool, email, enumText, guid, oneOf, text, timestamp, uuid } from '../../../common/http/zod-fields';

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

export class UserDto extends createZodDto(
  z.object({
    id: guid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(USER_ROLES),
    organisationId: guid(),
    organisation: z.object({ id: guid(), name: z.string(), kind: enumText(ORGANISATION_KINDS) }),
    active: z.boolean(),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  }),
) {}

export const USER_FIELDS = ['email', 'displayName', 'role', 'organisationId', 'active'] as const;
