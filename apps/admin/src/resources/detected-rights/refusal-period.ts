import { formatIsoDate } from '../../format';

/**
 * How long a person's refusal blocks outreach, in words: the right's own end date when the API gives
 * it, else the configured period (REFUSAL_BLOCK_MONTHS, from /api/auth/me), never a number of our own.
 */
export const refusalPeriod = (blockedUntil: string | null | undefined, months: number | undefined): string =>
  blockedUntil ? ` jusqu’au ${formatIsoDate(blockedUntil)}` : months ? ` pendant ${months} mois` : '';
