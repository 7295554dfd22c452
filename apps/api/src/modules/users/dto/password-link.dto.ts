import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, orRequired, text, timestamp } from '../../../common/http/zod-fields';
import { PASSWORD_LINK_PURPOSES } from '../password-link.entity';

const token = () =>
  z
    .string({ error: orRequired('doit être un texte') })
    .regex(/^[A-Za-z0-9_-]{43}$/, 'lien incomplet ou mal copié')
    .describe('Le jeton du lien reçu par e-mail');

export class PasswordLinkTokenDto extends createZodDto(body({ token: token() })) {}

export class ChoosePasswordDto extends createZodDto(
  body({
    token: token(),
    // The strength rules (length, leaked list, estimator) are applied by the service, with the person's details.
    password: text({ max: 256 }).describe('Le mot de passe choisi'),
  }),
) {}

export class PasswordLinkInfoDto extends createZodDto(
  z.object({
    email: z.string(),
    displayName: z.string(),
    purpose: z.enum(PASSWORD_LINK_PURPOSES).describe('invitation : nouveau compte ; reset : réinitialisation'),
    expiresAt: timestamp(),
  }),
) {}
