// The household search shared by every list that filters on households (alias `h`). It reads
// household.search_text — recours_search_text() of the reference and of every member's names, kept
// by the database in the same transaction as the members (migration 1796406000000) — through its
// trigram GIN index led by organisation_id, so accents and case are folded on both sides.
import type { SqlWhere } from '@recours/outreach-sql';
import { searchPhrase, searchTerms } from '../../common/http/list-query';

export type SearchMode = 'exact' | 'fuzzy';

/**
 * Adds the search condition to `where`; returns the expression to rank by first, if any.
 * - `exact`: every word is contained in the search text (a prefix, a whole word or an infix), rows
 *   in the list's own order, so a common name is read along the list's sort index and stops at the
 *   page: ranking every "Martin" of a 100 000-household organisation would cost more than the page.
 * - `fuzzy` (the caller's second try when `exact` found nothing, for names with a typo): the phrase
 *   is a word-similarity match (`<%`), ranked by similarity. References are never fuzzy-matched:
 *   "HH-2026-00001" must not bring "…00011".
 */
export function householdSearch(where: SqlWhere, q: string | undefined, mode: SearchMode = 'exact'): { rank?: string } | undefined {
  const phrase = searchPhrase(q);
  if (!phrase) return undefined;
  if (mode === 'fuzzy') {
    const normalised = `recours_search_text(${where.bind(phrase)})`;
    where.raw(`${normalised} <% h.search_text`);
    return { rank: `word_similarity(${normalised}, h.search_text)` };
  }
  for (const term of searchTerms(q)) where.raw(`h.search_text LIKE recours_search_text(${where.bind(term)})`);
  return {};
}

/** Whether a search that found nothing may be retried as a fuzzy match. */
export function canRetryFuzzy(q: string | undefined): boolean {
  const phrase = searchPhrase(q);
  return phrase !== undefined && phrase.length >= 4 && !/\d/.test(phrase);
}

/** Runs a list's row query (`sql`, `params`) and answers its rows. */
export type RowsQuery = <T>(sql: string, params: unknown[]) => Promise<T[]>;

/**
 * A row query that also writes the list's audit event in the same statement (AuditService.selectListed);
 * with `onlyIfRows`, the event is written only when the page has rows.
 */
export type AuditedSelect = <T>(sql: string, params: unknown[], opts?: { onlyIfRows?: boolean }) => Promise<T[]>;

export interface ListPage<T> {
  total: number | null;
  rows: T[];
}

/**
 * A list page with its search: the exact match, and when it finds nothing on the first page, one fuzzy
 * retry. Each attempt is read with its audit event in the same statement; an exact attempt that may be
 * followed by a retry writes its event only when it found rows, so one response writes one event (and
 * no separate INSERT round trip).
 */
export async function withFuzzyRetry<T>(
  q: string | undefined,
  offset: number,
  select: AuditedSelect,
  page: (mode: SearchMode, run: RowsQuery) => Promise<{ total: number | null; rows: T[] }>,
): Promise<ListPage<T>> {
  if (!canRetryFuzzy(q) || offset > 0) return page('exact', select);
  const exact = await page('exact', (sql, params) => select(sql, params, { onlyIfRows: true }));
  if (exact.rows.length > 0) return exact;
  return page('fuzzy', select);
}
