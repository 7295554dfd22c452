// Display helpers. Money travels as integer cents and dates of law as 'YYYY-MM-DD' strings:
// formatting happens here only, never by arithmetic on local-time Date objects.

const euro = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const timestamp = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Paris',
});

export const formatCents = (cents: number | null | undefined): string =>
  cents == null || Number.isNaN(cents) ? '' : euro.format(cents / 100);

/** Euros typed in a form (possibly with a French decimal comma) → integer cents. */
export const eurosToCents = (value: unknown): number | null => {
  if (value === null || value === undefined || value === '') return null;
  const euros = typeof value === 'number' ? value : Number(String(value).replace(/\s/g, '').replace(',', '.'));
  return Number.isFinite(euros) ? Math.round(euros * 100) : null;
};

export const centsToEuros = (cents: unknown): number | '' =>
  typeof cents === 'number' && Number.isFinite(cents) ? cents / 100 : '';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;
const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];

/** '2024-03-09' → '09/03/2024' (no time zone involved). */
export const formatIsoDate = (value: string | null | undefined): string => {
  const m = value ? ISO_DATE.exec(value) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
};

/** '2024-03' → 'mars 2024'. */
export const formatIsoMonth = (value: string | null | undefined): string => {
  const m = value ? ISO_MONTH.exec(value) : null;
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : '';
};

/** An instant (ISO timestamp) shown in Paris time: '09/03/2024 14:05'. */
export const formatTimestamp = (value: string | null | undefined): string => {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : timestamp.format(date).replace(' ', ' à ');
};

/** Age in whole years on a given day, both as 'YYYY-MM-DD'. */
export const ageOn = (birthDate: string | null | undefined, onDate: string): number | null => {
  const b = birthDate ? ISO_DATE.exec(birthDate) : null;
  const d = ISO_DATE.exec(onDate);
  if (!b || !d) return null;
  const years = Number(d[1]) - Number(b[1]);
  const hadBirthday = `${d[2]}-${d[3]}` >= `${b[2]}-${b[3]}`;
  return hadBirthday ? years : years - 1;
};

/**
 * An estimated amount with its period: `312,00 €/mois`, or `/an` for the chèque énergie. The CSS
 * amount is what the person would pay, not receive: `sans participation` or `participation 21,00 €/mois`.
 */
export const formatRightAmount = (
  cents: number | null | undefined,
  period: 'mensuel' | 'annuel' | null | undefined,
  benefit?: string,
): string => {
  if (cents == null) return '';
  const amount = `${formatCents(cents)}${period === 'annuel' ? '/an' : '/mois'}`;
  if (benefit !== 'css') return amount;
  return cents === 0 ? 'sans participation' : `participation ${amount}`;
};

/** `N foyer(s)`, French plural (0 and 1 are singular). */
export const plural = (count: number, singular: string, pluralForm = `${singular}s`): string =>
  `${count.toLocaleString('fr-FR')} ${Math.abs(count) < 2 ? singular : pluralForm}`;

/** Whole euros for figures at stake: `12 345 €`. */
export const formatEurosRounded = (cents: number | null | undefined): string =>
  cents == null ? '' : new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100);

/** Days between two calendar dates 'YYYY-MM-DD' (b − a), without time zones. */
export const daysBetween = (a: string, b: string): number =>
  Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
