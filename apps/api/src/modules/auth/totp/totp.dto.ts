import { createZodDto } from 'nestjs-zod';
import { z } from 'zod/v4';
import { body, text } from '../../../common/http/zod-fields';

const code = () => text({ max: 12, pattern: [/^\s*\d{3}\s?\d{3}\s*$/, 'doit être un code à 6 chiffres'] }).meta({ example: '123456' });

export class TotpCodeDto extends createZodDto(body({ code: code() })) {}

/** After the password: the app's code, or one recovery code. */
export class TotpVerifyDto extends createZodDto(
  body({
    code: code().optional(),
    recoveryCode: text({ max: 20 }).optional().meta({ example: 'abcde-fghjk' }),
  }).refine((v) => (v.code === undefined) !== (v.recoveryCode === undefined), { message: 'indiquez soit un code, soit un code de secours', path: ['code'] }),
) {}

export class TotpEnrolmentDto extends createZodDto(
  z.object({
    secret: z.string().describe('Clé (base32) à saisir dans l’application d’authentification'),
    uri: z.string().describe('URI otpauth://totp/… (à scanner sous forme de QR code)'),
  }),
) {}

export class TotpRecoveryCodesDto extends createZodDto(
  z.object({ recoveryCodes: z.array(z.string()).describe('Dix codes de secours à usage unique, affichés cette seule fois') }),
) {}

export class TotpStatusDto extends createZodDto(
  z.object({ enabled: z.boolean(), required: z.boolean(), recoveryCodesLeft: z.number().int() }),
) {}
