// The household search shared by every list that filters on households (alias `h`). It reads
// household.search_text — recours_search_text() of the reference and of every member's names, kept
// by the database in the same transaction as the members (migration 1795900000000) — through its
// trigram GIN index led by organisation_id, so accents and case are folded on both sides.
import type { SqlWhere } from '@recours/outreach-sql';
import { searchPhrase, searchTerms } from '../../common/http/list-query';

/**
 * Adds the search condition to `where`: every word is contained in the search text, or the whole
 * phrase (without digits) is a fuzzy word match (`<%`, pg_trgm's word similarity, for typos). Returns the rank to
 * order by (word similarity: a whole word or a prefix scores 1, an infix or a typo less), or
 * undefined when there is no search.
 */
export function householdSearch(where: SqlWhere, q: string | undefined): { rank: string } | undefined {
  const phrase = searchPhrase(q);
  if (!phrase) return undefined;
  const phraseParam = where.bind(phrase);
  const normalised = `recours_search_text(${phraseParam})`;
  const terms = searchTerms(q).map((term) => `h.search_text LIKE recours_search_text(${where.bind(term)})`);
  // Typos are tolerated in names, not in references: "HH-2026-00001" must not bring "…00011".
  const fuzzy = /\d/.test(phrase) ? '' : ` OR ${normalised} <% h.search_text`;
  where.raw(`((${terms.join(' AND ')})${fuzzy})`);
  return { rank: `word_similarity(${normalised}, h.search_text)` };
}
