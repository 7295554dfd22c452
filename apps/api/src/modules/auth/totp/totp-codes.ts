// TOTP codes (otplib, RFC 6238: SHA-1, 6 digits, 30 s) and recovery codes.
import { generateSecret, generateURI, verify } from 'otplib';
import { randomInt } from 'node:crypto';

export const TOTP_ISSUER = 'Recours';
const PERIOD = 30;

export const newTotpSecret = (): string => generateSecret();

/** What an authenticator app scans or is typed: `otpauth://totp/Recours:<e-mail>?secret=…&issuer=Recours`. */
export const totpUri = (email: string, secret: string): string => generateURI({ issuer: TOTP_ISSUER, label: email, secret, period: PERIOD });

/**
 * The code's time step when it is valid now (one step of clock drift either way) and later than
 * `afterStep`, else null: a code is never accepted twice, nor one older than the last accepted.
 */
export async function acceptedStep(secret: string, code: string, afterStep: number | null): Promise<number | null> {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const result = await verify({ secret, token, period: PERIOD, epochTolerance: PERIOD, ...(afterStep !== null ? { afterTimeStep: afterStep } : {}) });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789'; // no 0/o, 1/l/i
export const RECOVERY_CODE_COUNT = 10;

/** Ten codes of 10 characters (about 49 bits each), shown once as `xxxxx-xxxxx`. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** As typed: case, spaces and dashes do not matter. */
export const normaliseRecoveryCode = (code: string): string => code.toLowerCase().replace(/[\s-]/g, '');
