import { ORGANISATION_KINDS, USER_ROLES } from '@recours/domain';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, bool, email, enumText, guid, oneOf, text, timestamp, uuid } from '../../../common/http/zod-fields';

const READ_ONLY = ['id', 'organisation', 'createdAt', 'updatedAt'] as const;

// No password here: an administrator never sets nor sees another person's password. A new account
// (and a reset, POST /api/users/:id/password-reset) sends its owner a single-use link to choose it.
export class CreateUserDto extends createZodDto(
  body(
    {
      email: email(),
      displayName: text({ max: 200 }),
      role: oneOf(USER_ROLES),
      organisationId: uuid(),
      active: bool().optional(),
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
      active: bool().optional().describe('false : désactive le compte, ferme ses sessions et annule son lien de mot de passe'),
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

export class PasswordLinkSentDto extends createZodDto(
  z.object({ expiresAt: timestamp().describe('Fin de validité du lien envoyé au titulaire du compte') }),
) {}
