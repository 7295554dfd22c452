// Parsers of one cell's text into a typed value, as partners' exports write them. Each answers the
// value or the reason (in French) it is refused; an empty cell is handled by the caller.

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const no = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** Lower case, accents removed, every run of punctuation or space as one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const FORMULA = /^[=+@]/;

/** A name in any script: at least one letter, at most `max` characters, never a spreadsheet formula. */
export function parseName(text: string, max = 100): Parsed<string> {
  const value = text.replace(/\s+/g, ' ').trim();
  if (FORMULA.test(value)) return no('ressemble à une formule de tableur, pas à un nom');
  if (!/\p{L}/u.test(value)) return no("n'est pas un nom (aucune lettre)");
  if (value.length > max) return no(`dépasse ${max} caractères`);
  return ok(value);
}

export function parseText(text: string, max: number): Parsed<string> {
  const value = text.replace(/\s+/g, ' ').trim();
  if (FORMULA.test(value)) return no('ressemble à une formule de tableur');
  if (value.length > max) return no(`dépasse ${max} caractères`);
  return ok(value);
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `31/12/1980`, `31-12-1980`, `31.12.1980` or `1980-12-31` → `1980-12-31`, a real calendar date. */
export function parseDate(text: string, today: string): Parsed<string> {
  const value = text.trim();
  const dmy = DMY.exec(value);
  const ymd = YMD.exec(value);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : null;
  if (!parts) return no("n'est pas une date");
  const [y, m, d] = parts;
  const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return no("n'est pas une date");
  if (iso > today) return no('est dans le futur');
  if (iso < '1900-01-01') return no('est antérieure à 1900');
  return ok(iso);
}

/** Euros as written in France or in a spreadsheet (`1 234,56 €`, `1234.56`) → integer cents. */
export function parseEuros(text: string, maxEuros = 1_000_000): Parsed<number> {
  const value = text.replace(/[\s\u00a0\u202f€]/g, '').replace(/eur$/i, '');
  if (!/^-?\d+([.,]\d{1,2})?$/.test(value)) return no("n'est pas un montant en euros");
  const cents = Math.round(Number(value.replace(',', '.')) * 100);
  if (cents < 0) return no('est négatif');
  if (cents > maxEuros * 100) return no(`dépasse ${maxEuros.toLocaleString('fr-FR')} €`);
  return ok(cents);
}

/** A 5-character French code (postcode, INSEE code); a spreadsheet's lost leading zero is put back. */
export function parseFrenchCode(text: string, pattern: RegExp, what: string): Parsed<string> {
  const value = text.trim().toUpperCase();
  const padded = value.length === 4 ? `0${value}` : value;
  return pattern.test(padded) ? ok(padded) : no(`n'est pas ${what}`);
}

export function parseEmail(text: string): Parsed<string> {
  const value = text.trim();
  if (value.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return no("n'est pas une adresse électronique");
  return ok(value.toLowerCase());
}

export function parsePhone(text: string): Parsed<string> {
  const value = text.trim();
  if (!/^\+?[\d\s().-]{6,30}$/.test(value)) return no("n'est pas un numéro de téléphone");
  return ok(value.replace(/\s+/g, ' '));
}

/** A code from a closed list, written as the code or as one of its French spellings (accents and case ignored). */
export function parseChoice<T extends string>(text: string, synonyms: Record<string, T>, expected: string): Parsed<T> {
  const key = foldText(text);
  const found = synonyms[key] ?? synonyms[key.replace(/ /g, '_')];
  return found ? ok(found) : no(`n'est pas une valeur reconnue (attendu : ${expected})`);
}
