// The household search shared by every list that filters on households (alias `h`).

/**
 * Condition "the household's reference or the name of one of its members contains the term", `?`
 * being the LIKE pattern of one search word (searchTerms). Accents and case are ignored; both sides
 * go through recours_search_text() so the trigram indexes apply.
 */
export const HOUSEHOLD_MATCHES_TERM = `(recours_search_text(h.reference) LIKE recours_search_text(?) OR EXISTS (
  SELECT 1 FROM person p WHERE p.household_id = h.id
    AND recours_search_text(p.first_name || ' ' || p.last_name) LIKE recours_search_text(?)))`;
