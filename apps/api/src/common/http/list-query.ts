// react-admin (ra-data-simple-rest) list conventions:
//   GET /api/<resource>?sort=["field","ASC"]&range=[0,24]&filter={"q":"…"}
// answered with an array and `Content-Range: <resource> 0-24/319`, or `0-24/*` when the list holds more
// than EXACT_TOTAL_LIMIT rows: counting a large organisation's rows on every page view would cost more
// than the page itself, so the back office switches to partial pagination ("plus de 10 000").
import { z } from 'zod/v4';
import './zod-fr';
import { ValidationFailedError, type FieldError } from '../errors/domain-errors';
import { parseGuardedJson } from './input-guard';
import { zodFieldErrors } from './validation';
import { isCalendarDate, isMoment } from './zod-fields';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;
/** Offsets stay within PostgreSQL's integer (and JavaScript's exact integers). */
export const MAX_OFFSET = 2_147_483_647 - MAX_PAGE_SIZE;
/** Totals are exact up to this many rows; above, Content-Range says `*` (unknown). */
export const EXACT_TOTAL_LIMIT = 10_000;
/** A planner estimate this many times the limit is trusted without counting (estimates of equality
 *  filters are close; those of a text search can be off by a factor of two). */
export const ESTIMATE_MARGIN = 3;

export interface ListQuery<F> {
  /** `nullable`: the column may be null (ordered NULLS LAST); otherwise the ORDER BY stays plain so a
   *  (…, key, id) index serves both directions. */
  sort: { field: string; sql: string; order: 'ASC' | 'DESC'; nullable: boolean };
  offset: number;
  limit: number;
  filter: F;
}

export interface ListSpec<F> {
  /** API sort field → SQL expression (the allow-list). */
  sortable: Record<string, string>;
  defaultSort: [string, 'ASC' | 'DESC'];
  /** Sort fields whose column may be null. */
  nullable?: readonly string[];
  filter: z.ZodType<F, unknown>;
}

/** What list services return; the interceptor turns it into an array + Content-Range. */
export class ListResult<T> {
  constructor(
    readonly resource: string,
    readonly items: T[],
    readonly offset: number,
    /** null: more than EXACT_TOTAL_LIMIT rows. */
    readonly total: number | null,
  ) {}

  contentRange(): string {
    const total = this.total ?? '*';
    if (this.items.length === 0) return `${this.resource} */${total}`;
    return `${this.resource} ${this.offset}-${this.offset + this.items.length - 1}/${total}`;
  }
}

/**
 * The total of a page: exact up to EXACT_TOTAL_LIMIT rows, null above. `countUpTo(n)` counts at most
 * `n` matching rows (`SELECT count(*) FROM (SELECT 1 … LIMIT n) c`), so it stops early on large lists;
 * a first page shorter than the page size is its own total and needs no count, and a list whose
 * planner `estimate` is far above the limit is not counted at all.
 */
export async function pageTotal(
  q: Pick<ListQuery<unknown>, 'offset' | 'limit'>,
  pageLength: number,
  countUpTo: (n: number) => Promise<number>,
  estimate?: () => Promise<number>,
): Promise<number | null> {
  if (pageLength > 0 && pageLength < q.limit) return q.offset + pageLength;
  if (q.offset === 0 && pageLength === 0) return 0;
  // Counting 10 001 rows costs more than the page: a list the planner puts far above the limit is not counted.
  if (estimate && (await estimate()) >= ESTIMATE_MARGIN * EXACT_TOTAL_LIMIT) return null;
  const counted = await countUpTo(EXACT_TOTAL_LIMIT + 1);
  return counted > EXACT_TOTAL_LIMIT ? null : counted;
}

function parseJson(raw: unknown, field: string, errors: FieldError[]): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') {
    errors.push({ field, message: 'paramètre répété ou mal formé' });
    return undefined;
  }
  const parsed = parseGuardedJson(raw, field);
  if (parsed.ok) return parsed.value;
  errors.push(parsed.error);
  return undefined;
}

const KNOWN_PARAMS = new Set(['sort', 'range', 'filter']);

export function parseListQuery<F>(query: Record<string, unknown>, spec: ListSpec<F>): ListQuery<F> {
  const errors: FieldError[] = [];
  for (const key of Object.keys(query ?? {})) {
    if (!KNOWN_PARAMS.has(key)) errors.push({ field: key, message: 'paramètre inconnu' });
  }

  let [field, order] = spec.defaultSort;
  const sort = parseJson(query?.sort, 'sort', errors);
  if (sort !== undefined) {
    if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string' || !['ASC', 'DESC'].includes(String(sort[1]).toUpperCase())) {
      errors.push({ field: 'sort', message: 'doit être de la forme ["champ","ASC"|"DESC"]' });
    } else if (!Object.hasOwn(spec.sortable, sort[0])) {
      errors.push({ field: 'sort', message: `tri possible sur : ${Object.keys(spec.sortable).join(', ')}` });
    } else {
      field = sort[0];
      order = String(sort[1]).toUpperCase() as 'ASC' | 'DESC';
    }
  }

  let offset = 0;
  let limit = DEFAULT_PAGE_SIZE;
  const range = parseJson(query?.range, 'range', errors);
  if (range !== undefined) {
    if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n) && n >= 0) || range[1] < range[0]) {
      errors.push({ field: 'range', message: 'doit être de la forme [début, fin] (entiers, fin ≥ début)' });
    } else if (range[1] > MAX_OFFSET) {
      errors.push({ field: 'range', message: `les bornes doivent être inférieures ou égales à ${MAX_OFFSET}` });
    } else {
      offset = range[0];
      // Capped rather than refused: react-admin asks for large pages in reference inputs.
      limit = Math.min(range[1] - range[0] + 1, MAX_PAGE_SIZE);
    }
  }

  const rawFilter = parseJson(query?.filter, 'filter', errors) ?? {};
  let filter = {} as F;
  if (typeof rawFilter !== 'object' || rawFilter === null || Array.isArray(rawFilter)) {
    errors.push({ field: 'filter', message: 'doit être un objet JSON' });
  } else {
    const parsed = spec.filter.safeParse(rawFilter);
    if (parsed.success) filter = parsed.data;
    else errors.push(...zodErrors(parsed.error, 'filter'));
  }

  if (errors.length) throw new ValidationFailedError(errors);
  return { sort: { field, sql: spec.sortable[field], order, nullable: spec.nullable?.includes(field) ?? false }, offset, limit, filter };
}

export function zodErrors(error: z.ZodError, prefix: string): FieldError[] {
  return zodFieldErrors(error, prefix, 'filtre inconnu');
}

// Reusable filter pieces with French messages.
export const zUuid = z.guid({ error: 'doit être un identifiant (UUID)' });
export const zIds = z
  .array(zUuid, { error: 'doit être une liste d’identifiants' })
  .max(MAX_PAGE_SIZE, `au plus ${MAX_PAGE_SIZE} identifiants`);
export const zIdOrIds = z.union([zUuid.transform((id) => [id]), zIds], {
  error: 'doit être un identifiant ou une liste d’identifiants',
});
export const zSearch = z.string({ error: 'doit être un texte' }).trim().max(100, 'doit faire au plus 100 caractères');
export function zEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `doit valoir l'une des valeurs : ${values.join(', ')}` });
}
export const zDateTime = z
  .string({ error: 'doit être une date' })
  .refine(isMoment, 'doit être une date AAAA-MM-JJ ou ISO 8601 existante (années 1900 à 2200)')
  .meta({ description: 'AAAA-MM-JJ ou ISO 8601 avec fuseau horaire', example: '2026-01-01' });

/** A calendar date 'YYYY-MM-DD' (a day of Paris, for periods). */
export const zDate = z
  .string({ error: 'doit être une date' })
  .refine(isCalendarDate, 'doit être une date AAAA-MM-JJ existante (années 1900 à 2200)')
  .meta({ format: 'date' });

/** The search as one normalised string of at most 5 words (the SQL side folds accents and case). */
export function searchPhrase(q: string | undefined): string | undefined {
  const words = (q ?? '').split(/\s+/).filter(Boolean).slice(0, 5);
  return words.length ? words.join(' ') : undefined;
}

/** Search terms for ILIKE: each word must match; LIKE wildcards typed by users are literal. */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5)
    .map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
