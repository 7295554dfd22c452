// The cohort of a campaign, written once and used by both the API's preview and the worker's launch,
// so "what the preview counted" and "who got a task" cannot drift apart. Pure: builds SQL text and
// parameters, runs nothing (the caller passes them to its own driver).
import { CONFIDENCES, DEFAULT_CAMPAIGN_RIGHT_STATUSES, DETECTABLE_BENEFITS, OPEN_RIGHT_STATUSES } from '@recours/domain';
import { z } from 'zod/v4';
import { SqlWhere } from './sql-where';

const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `doit valoir l'une des valeurs : ${values.join(', ')}` });
const listOf = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item, { error: 'doit être une liste' })
    .min(1, 'doit contenir au moins une valeur')
    .max(max, `doit contenir au plus ${max} valeurs`);

/** How many rights a campaign may name one by one (a page of selections, not a whole caseload). */
export const MAX_COHORT_RIGHT_IDS = 1000;

/** Cohort filters, stored as `campaign.filters` (jsonb). Absent = no restriction. */
export const campaignFiltersSchema = z
  .object({
    benefits: listOf(oneOf(DETECTABLE_BENEFITS), DETECTABLE_BENEFITS.length).optional(),
    communeInsee: z
      .string({ error: 'doit être un texte' })
      .regex(/^(\d{5}|2[AB]\d{3})$/, 'doit être un code commune INSEE')
      .optional(),
    postcode: z.string({ error: 'doit être un texte' }).regex(/^\d{5}$/, 'doit être un code postal à 5 chiffres').optional(),
    /** Minimum annual amount of a right (monthly amounts × 12), cents. */
    minAmountCents: z
      .number({ error: 'doit être un montant entier en centimes' })
      .int('doit être un montant entier en centimes')
      .min(0, 'doit être positif ou nul')
      .max(1_000_000_000, 'montant invraisemblable')
      .optional(),
    /** Open statuses only; default `detecte`, `confirme`. */
    statuses: listOf(oneOf(OPEN_RIGHT_STATUSES), OPEN_RIGHT_STATUSES.length).optional(),
    confidences: listOf(oneOf(CONFIDENCES), CONFIDENCES.length).optional(),
    referentId: z.guid({ error: 'doit être un identifiant (UUID)' }).optional(),
    /** Only the households a partner file import created, updated or merged (`import_household`). */
    importId: z.guid({ error: 'doit être un identifiant (UUID)' }).optional(),
    /**
     * Only these detected rights (chosen one by one in the list of detected rights). Without `statuses`,
     * every open status counts: a right chosen by hand is targeted whatever open step it is at.
     */
    rightIds: listOf(z.guid({ error: 'doit être un identifiant (UUID)' }), MAX_COHORT_RIGHT_IDS).optional(),
  })
  .strict();
export type CampaignFilters = z.infer<typeof campaignFiltersSchema>;

/** The household came from this import (primary key of import_household: import_id, household_id). */
const FROM_IMPORT = 'EXISTS (SELECT 1 FROM import_household ih WHERE ih.import_id = ?::uuid AND ih.household_id = h.id)';

export const DEFAULT_COHORT_STATUSES = DEFAULT_CAMPAIGN_RIGHT_STATUSES;

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/**
 * SQL predicate "this household is under an active outreach block" (`today` = $n, a `YYYY-MM-DD`):
 * a person's refusal, whatever benefit it was about, stops every campaign towards the household.
 */
export function activeBlockExists(householdExpr: string, todayParam: string): string {
  return `EXISTS (SELECT 1 FROM outreach_block ob WHERE ob.household_id = ${householdExpr} AND ob.blocked_until > ${todayParam}::date)`;
}

/**
 * Rights matching the filters in the organisation's active households, each flagged `blocked` when
 * its household is under a refusal. `today` is `YYYY-MM-DD` (Europe/Paris).
 */
function matchingRights(filters: CampaignFilters, organisationId: string, today: string): SqlQuery {
  const where = new SqlWhere().add('r.organisation_id = ?', organisationId);
  const todayParam = where.bind(today);
  where.raw("h.status = 'active'").add('r.status = ANY(?::detected_right_status[])', filters.statuses ?? [...(filters.rightIds ? OPEN_RIGHT_STATUSES : DEFAULT_COHORT_STATUSES)]);
  const annual = "(CASE WHEN r.amount_period = 'annuel' THEN r.estimated_amount_cents ELSE r.estimated_amount_cents * 12 END)::bigint";
  if (filters.benefits) where.add('r.benefit = ANY(?::detectable_benefit[])', filters.benefits);
  if (filters.communeInsee) where.add('h.commune_insee = ?', filters.communeInsee);
  if (filters.postcode) where.add('h.postcode = ?', filters.postcode);
  if (filters.minAmountCents !== undefined) where.add(`${annual} >= ?`, filters.minAmountCents);
  if (filters.confidences) where.add('r.confidence = ANY(?::confidence[])', filters.confidences);
  if (filters.referentId) where.add('h.referent_id = ?::uuid', filters.referentId);
  if (filters.importId) where.add(FROM_IMPORT, filters.importId);
  if (filters.rightIds) where.add('r.id = ANY(?::uuid[])', filters.rightIds);
  const sql = `SELECT r.id, r.household_id, r.benefit, h.referent_id, ${annual} AS annual_cents,
         ${activeBlockExists('r.household_id', todayParam)} AS blocked
  FROM detected_right r
  JOIN household h ON h.id = r.household_id
  WHERE ${where.sql}`;
  return { sql, params: where.params };
}

/**
 * One row per targeted household: `household_id`, `referent_id` (null when none — assign to the
 * campaign's chosen worker), `detected_right_ids` (uuid[], largest amount first) and
 * `annual_amount_cents` (bigint: node-postgres returns a string, convert with Number()).
 * Households under an active refusal are left out. Ordered by household id; a launch
 * can consume it whole with `INSERT … SELECT` or wrap it (`SELECT … FROM (<sql>) c LIMIT … OFFSET …`).
 */
export function campaignCohortQuery(filters: CampaignFilters, organisationId: string, today: string): SqlQuery {
  const m = matchingRights(filters, organisationId, today);
  return {
    sql: `WITH matching AS (${m.sql})
SELECT household_id, referent_id,
       array_agg(id ORDER BY annual_cents DESC, id) AS detected_right_ids,
       sum(annual_cents)::bigint AS annual_amount_cents
FROM matching
WHERE NOT blocked
GROUP BY household_id, referent_id
ORDER BY household_id`,
    params: m.params,
  };
}

/**
 * One row: `household_count`, `annual_amount_cents` (what is at stake per year), `excluded_by_refusal`
 * (households left out entirely because every matching right is under a refusal) and
 * `excluded_rights_by_refusal` (matching rights left out), all integers.
 */
export function campaignPreviewQuery(filters: CampaignFilters, organisationId: string, today: string): SqlQuery {
  return answeredBySummary(filters) ? summaryPreview(filters, organisationId, today) : exactCampaignPreviewQuery(filters, organisationId, today);
}

/** The preview from every matching right (any filter). */
export function exactCampaignPreviewQuery(filters: CampaignFilters, organisationId: string, today: string): SqlQuery {
  const m = matchingRights(filters, organisationId, today);
  // One pass: the matching rights are grouped by household once (a CTE read four times would be
  // materialised and scanned four times).
  return {
    sql: `WITH matching AS (${m.sql})
SELECT count(*) FILTER (WHERE open_rights > 0)::int AS household_count,
       coalesce(sum(open_cents), 0)::float8 AS annual_amount_cents,
       count(*) FILTER (WHERE open_rights = 0)::int AS excluded_by_refusal,
       coalesce(sum(blocked_rights), 0)::int AS excluded_rights_by_refusal
FROM (SELECT household_id, count(*) FILTER (WHERE NOT blocked) AS open_rights, count(*) FILTER (WHERE blocked) AS blocked_rights,
             sum(annual_cents) FILTER (WHERE NOT blocked) AS open_cents
      FROM matching GROUP BY household_id) per_household`,
    params: m.params,
  };
}

/** A household's cohort rights (n) and annual cents of the benefits bound at `benefitsParam` (text[]), from cohort_by_benefit. */
const cohortOfBenefits = (benefitsParam: string) =>
  `(SELECT coalesce(sum((e.value->>0)::int), 0) AS n, coalesce(sum((e.value->>1)::bigint), 0) AS cents
     FROM jsonb_each(h.cohort_by_benefit) e WHERE e.key = ANY(${benefitsParam}::text[]))`;

/**
 * The households' stored cohort (household.cohort_right_count / cohort_annual_cents / cohort_by_benefit,
 * kept by the database for the default statuses) answers a preview whose filters are on the household and
 * the benefits only.
 */
function answeredBySummary(f: CampaignFilters): boolean {
  const statuses = f.statuses ?? DEFAULT_COHORT_STATUSES;
  const defaultStatuses = statuses.length === DEFAULT_COHORT_STATUSES.length && DEFAULT_COHORT_STATUSES.every((s) => statuses.includes(s));
  return defaultStatuses && !f.rightIds && !f.confidences && f.minAmountCents === undefined;
}

/**
 * The same answer as exactCampaignPreviewQuery, from one index-only scan of `household_cohort_idx`: a
 * refusal stops every campaign towards its household, so a household whose latest refusal ends after
 * today (household.refusal_until) is excluded with all its cohort rights, and every other one counts
 * whole. EXPLAIN (ANALYZE, BUFFERS), 1M households, 100 000 in the organisation:
 * `Index Only Scan using household_cohort_idx on household h … Heap Fetches: 0` under one Aggregate.
 */
function summaryPreview(filters: CampaignFilters, organisationId: string, today: string): SqlQuery {
  if (!filters.communeInsee && !filters.postcode && !filters.referentId && !filters.importId) {
    return filters.benefits ? benefitRollupPreview(organisationId, today, filters.benefits) : rollupPreview(organisationId, today);
  }
  const where = new SqlWhere().add('h.organisation_id = ?', organisationId);
  const todayParam = where.bind(today);
  where.raw("h.status = 'active'").raw('h.cohort_right_count > 0');
  if (filters.communeInsee) where.add('h.commune_insee = ?', filters.communeInsee);
  if (filters.postcode) where.add('h.postcode = ?', filters.postcode);
  if (filters.referentId) where.add('h.referent_id = ?::uuid', filters.referentId);
  if (filters.importId) where.add(FROM_IMPORT, filters.importId);
  // With benefits: each household's cohort rights and cents of those benefits only (0 rights: not in the cohort).
  const cohort = filters.benefits
    ? cohortOfBenefits(where.bind(filters.benefits))
    : '(SELECT h.cohort_right_count AS n, h.cohort_annual_cents AS cents)';
  return {
    sql: `SELECT count(*) FILTER (WHERE NOT refused)::int AS household_count,
       coalesce(sum(c.cents) FILTER (WHERE NOT refused), 0)::float8 AS annual_amount_cents,
       count(*) FILTER (WHERE refused)::int AS excluded_by_refusal,
       coalesce(sum(c.n) FILTER (WHERE refused), 0)::int AS excluded_rights_by_refusal
FROM household h CROSS JOIN LATERAL (SELECT coalesce(h.refusal_until > ${todayParam}::date, false) AS refused) r
CROSS JOIN LATERAL ${cohort} c
WHERE ${where.sql} AND c.n > 0`,
    params: where.params,
  };
}

/**
 * The same answer for a preview without any filter, from the organisation's rollup (organisation_cohort_rollup,
 * kept on write by the household trigger of migration 1796740000000: every active household with a cohort,
 * refusals or not) minus the households whose refusal runs after today. EXPLAIN (ANALYZE, BUFFERS), 100 000
 * households in the organisation, 692 of the cohort refused: `Bitmap Index Scan on organisation_cohort_rollup_pkey`
 * (≤ 16 rows) and `Index Only Scan using household_refused_cohort_idx (household_refused_benefit_idx since migration 1796830000000) … Index Cond: ((organisation_id = …)
 * AND (refusal_until > …)) Heap Fetches: 0`, 9 buffers, 0.28 ms (the scan of household_cohort_idx above:
 * `Parallel Index Only Scan using household_cohort_idx`, 62 308 entries, 705 buffers, 27 ms), same figures.
 */
function rollupPreview(organisationId: string, today: string): SqlQuery {
  return {
    sql: `SELECT (t.households - r.households)::int AS household_count,
       (t.cents - r.cents)::float8 AS annual_amount_cents,
       r.households::int AS excluded_by_refusal,
       r.rights::int AS excluded_rights_by_refusal
FROM (SELECT coalesce(sum(household_count), 0) AS households, coalesce(sum(annual_cents), 0) AS cents
        FROM organisation_cohort_rollup WHERE organisation_id = $1) t,
     (SELECT count(*) AS households, coalesce(sum(cohort_right_count), 0) AS rights, coalesce(sum(cohort_annual_cents), 0) AS cents
        FROM household WHERE organisation_id = $1 AND status = 'active' AND cohort_right_count > 0 AND refusal_until > $2::date) r`,
    params: [organisationId, today],
  };
}

/**
 * The same answer for a preview filtered on benefits only, from organisation_benefit_cohort_rollup (migration
 * 1796830000000: per set of cohort benefits and per benefit of the set, the households, rights and cents, kept on
 * write by the household trigger): the households of the sets that meet the filter (counted once, on their set's
 * first benefit), the rights and cents of the rows whose benefit is in the filter, minus the households whose
 * refusal runs after today (their cohort_by_benefit from a partial index). EXPLAIN (ANALYZE, BUFFERS), 1M households,
 * 100 000 in the organisation, benefits = {rsa}: `Bitmap Index Scan on organisation_benefit_cohort_rollup_pkey  Index
 * Cond: (organisation_id = …)` (128 rows) and `Index Only Scan using household_refused_benefit_idx … Heap Fetches: 0`
 * (692 households): 1.3–7 ms on the busy machine, where exactCampaignPreviewQuery takes 275–357 ms; same figures.
 */
function benefitRollupPreview(organisationId: string, today: string, benefits: string[]): SqlQuery {
  return {
    sql: `SELECT (t.households - r.households)::int AS household_count,
       (t.cents - r.cents)::float8 AS annual_amount_cents,
       r.households::int AS excluded_by_refusal,
       r.rights::int AS excluded_rights_by_refusal
FROM (SELECT coalesce(sum(household_count) FILTER (WHERE benefits && $3::detectable_benefit[]), 0) AS households,
             coalesce(sum(annual_cents) FILTER (WHERE benefit = ANY($3::detectable_benefit[])), 0) AS cents
        FROM organisation_benefit_cohort_rollup WHERE organisation_id = $1) t,
     (SELECT count(*) FILTER (WHERE c.n > 0) AS households, coalesce(sum(c.n), 0) AS rights, coalesce(sum(c.cents), 0) AS cents
        FROM household h
        CROSS JOIN LATERAL ${cohortOfBenefits('$3')} c
       WHERE h.organisation_id = $1 AND h.status = 'active' AND h.cohort_right_count > 0 AND h.refusal_until > $2::date) r`,
    params: [organisationId, today, benefits],
  };
}
