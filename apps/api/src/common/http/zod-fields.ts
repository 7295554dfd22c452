// Zod building blocks for request bodies: one line per field, French messages naming the reason.
// No coercion anywhere: "12" is not a number, "true" is not a boolean.
import { z } from 'zod/v4';
import './zod-fr';

type Issue = { input?: unknown };

/** The field's own message, or "champ obligatoire" when it is absent. */
export function orRequired(message: string) {
  return (issue: Issue) => (issue.input === undefined ? 'champ obligatoire' : message);
}

export function text(o: { max: number; min?: number; pattern?: [RegExp, string] }) {
  const min = o.min ?? 1;
  const s = z
    .string({ error: orRequired('doit être un texte') })
    .min(min, min > 1 ? `doit faire au moins ${min} caractères` : 'est obligatoire')
    .max(o.max, `doit faire au plus ${o.max} caractères`);
  return o.pattern ? s.regex(o.pattern[0], o.pattern[1]) : s;
}

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: orRequired(`doit valoir l'une des valeurs : ${values.join(', ')}`) });
}

export function oneOfNumbers<const T extends readonly [number, ...number[]]>(values: T) {
  return z.literal(values, { error: orRequired(`doit valoir l'une des valeurs : ${values.join(', ')}`) });
}

export function int(o: { min: number; max: number }) {
  return z
    .number({ error: orRequired('doit être un nombre entier') })
    .int('doit être un nombre entier')
    .min(o.min, `doit être supérieur ou égal à ${o.min}`)
    .max(o.max, `doit être inférieur ou égal à ${o.max}`);
}

/** Money: integer cents, ≥ 0. 100 000 000 cents = 1 M€ per month, far above any real income. */
export function cents() {
  return z
    .number({ error: orRequired('doit être un montant entier en centimes') })
    .int('doit être un montant entier en centimes')
    .min(0, 'doit être positif ou nul')
    .max(100_000_000, 'montant invraisemblable');
}

export function bool() {
  return z.boolean({ error: orRequired('doit être vrai ou faux') });
}

export function uuid() {
  return z.guid({ error: orRequired('doit être un identifiant (UUID)') });
}

export function email() {
  return z
    .string({ error: orRequired('doit être une adresse e-mail valide') })
    .trim()
    .toLowerCase()
    .max(254, 'doit faire au plus 254 caractères')
    .email('doit être une adresse e-mail valide');
}

export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200;
}

const MOMENT = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

/** `YYYY-MM-DD`, or ISO 8601 with a time and a zone, on a day that exists. */
export function isMoment(value: unknown): boolean {
  const m = typeof value === 'string' ? MOMENT.exec(value) : null;
  if (!m || !isCalendarDate(m[1])) return false;
  const [h, min, s, zh, zm] = m.slice(2).map((v) => (v === undefined ? 0 : Number(v)));
  return h < 24 && min < 60 && s < 60 && zh < 24 && zm < 60;
}

/** Why a well-formed `YYYY-MM-DD` is refused: it does not exist, or lies outside 1900–2200. */
function calendarReason(value: string): string | null {
  const year = Number(value.slice(0, 4));
  if (year < 1900 || year > 2200) return 'date hors de la période 1900–2200';
  return isCalendarDate(value) ? null : "date qui n'existe pas dans le calendrier";
}

/** A date of law: `YYYY-MM-DD`, no time, no time zone. */
export function date(example = '2026-01-31', message = 'doit être une date AAAA-MM-JJ') {
  return z
    .string({ error: orRequired(message) })
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .superRefine((value, ctx) => {
      const reason = /^\d{4}-\d{2}-\d{2}$/.test(value) ? calendarReason(value) : null;
      if (reason) ctx.addIssue({ code: 'custom', message: reason, input: value });
    })
    .meta({ format: 'date', example });
}

export function month(example = '2026-01') {
  return z
    .string({ error: orRequired('doit être un mois AAAA-MM') })
    .regex(/^(19|20|21)\d{2}-(0[1-9]|1[0-2])$/, 'doit être un mois AAAA-MM')
    .meta({ example });
}

/** A moment: `YYYY-MM-DD` or ISO 8601 with time. */
export function dateTime(example = '2026-03-02T10:30:00+01:00') {
  return z
    .string({ error: orRequired('doit être une date AAAA-MM-JJ ou ISO 8601') })
    .refine(isMoment, 'doit être une date AAAA-MM-JJ ou ISO 8601 existante (années 1900 à 2200), avec fuseau horaire')
    .meta({ example });
}

export function list<T extends z.ZodType>(item: T, max: number, message = 'doit être une liste') {
  return z.array(item, { error: orRequired(message) }).max(max, `doit contenir au plus ${max} éléments`);
}

/** A nested object: unknown fields are refused at any depth. */
export function object<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject(shape, { error: orRequired('doit être un objet') });
}

/**
 * A request body: unknown fields are refused ("champ inconnu"), except the read-only fields the API
 * returns and react-admin sends back on save; those are accepted and dropped before the service.
 */
export function body<S extends z.ZodRawShape, const K extends string = never>(shape: S, readOnly: readonly K[] = []) {
  const accepted = Object.fromEntries(
    readOnly.map((k) => [k, z.unknown().optional().meta({ readOnly: true, description: 'Lecture seule : accepté et ignoré' })]),
  ) as Record<K, z.ZodOptional<z.ZodUnknown>>;
  return z.strictObject({ ...shape, ...accepted }, { error: orRequired('doit être un objet') }).transform((value) => {
    const out: Record<string, unknown> = { ...value };
    for (const k of readOnly) delete out[k];
    return out as z.output<z.ZodObject<S, z.core.$strict>>;
  });
}

// Responses: schemas of what the API sends, so the OpenAPI document (and the back office's generated
// types) carry real types. Parsing the JSON gives the server-side value (a timestamp becomes a Date).

/** A moment sent as ISO 8601 (`Date` on the server). */
export function timestamp() {
  return z
    .string()
    .meta({ format: 'date-time' })
    .transform((s) => new Date(s));
}

export const guid = () => z.guid();

/**
 * A string documented with its possible values. For response fields that services still map from
 * untyped rows as `string`; the document (and the back office's types) list the values.
 */
export function enumText<const T extends readonly string[]>(values: T) {
  return z.string().meta({ enum: [...values] });
}
