// SQL of the take-up indicators: the funnel per benefit, the rights opened with their euros per year,
// and the time to right. Set-based: one statement per indicator, grouped with GROUPING SETS (total,
// per benefit, per organisation, per commune, per month). Definitions: docs/indicateurs.md.
import { Injectable } from '@nestjs/common';
import { REACHED_OUTCOMES, type DetectableBenefit } from '@recours/domain';
import { sqlLiterals } from '@recours/outreach-sql';
import type { EntityManager } from 'typeorm';
import type { OrgScope } from '../../common/access/org-scope';
import { stepRankSql, type FunnelCounts } from './funnel-steps';
import type { Period, StatsFilter } from './stats-filter';
import { parisDays, parisMonth, periodCondition, statsWhere } from './stats-where';

/** A row of a grouped result: which dimension it belongs to (null values = the total). */
export interface Grouped {
  dimension: 'total' | 'benefit' | 'organisation' | 'commune' | 'month';
  benefit: DetectableBenefit | null;
  organisationId: string | null;
  organisationName: string | null;
  communeInsee: string | null;
  communeName: string | null;
  month: string | null;
}

export type FunnelRow = Grouped & FunnelCounts;
export type OpenedRow = Grouped & { rights: number; households: number; annualCents: number };
export interface DelayRow {
  benefit: DetectableBenefit | null;
  claims: number;
  claimMedianDays: number | null;
  claimP80Days: number | null;
  grants: number;
  grantMedianDays: number | null;
  grantP80Days: number | null;
}

const RIGHT_COLUMNS = { organisation: 'dr.organisation_id', territory: 'dr.territory_id', benefit: 'dr.benefit', commune: 'h.commune_insee' };

// Which grouping set a row of `GROUP BY GROUPING SETS ((benefit), (organisation_id), (commune_insee), (month), ())` is.
const DIMENSION_SQL = `CASE WHEN GROUPING(benefit) = 0 THEN 'benefit' WHEN GROUPING(organisation_id) = 0 THEN 'organisation'
  WHEN GROUPING(commune_insee) = 0 THEN 'commune' WHEN GROUPING(month) = 0 THEN 'month' ELSE 'total' END`;
const GROUPING_SETS = 'GROUPING SETS ((benefit), (organisation_id), (commune_insee), (month), ())';
// The grouped row's labels, joined once per row after grouping.
const LABELS_SQL = `g.dimension, g.benefit, g.organisation_id AS "organisationId", o.name AS "organisationName",
  g.commune_insee AS "communeInsee", g.commune_name AS "communeName", g.month`;

@Injectable()
export class IndicatorsRepository {
  /**
   * Households with a detected right and the furthest step each reached, per (household, benefit):
   * the right's rank is its status's, or the status it left (transitions) for the exits. The pair
   * belongs to the month of its first detection; a later right of the same pair counts in the same
   * pair (a right refused, then detected again and granted, is one granted pair). Reached: a confirmed
   * right and a contact that reached the person after the detection, or an informed right.
   */
  async funnel(em: EntityManager, scope: OrgScope, f: StatsFilter, period: Period): Promise<FunnelRow[]> {
    const where = statsWhere(scope, f, RIGHT_COLUMNS);
    const from = where.bind(period.from);
    const to = where.bind(period.to);
    return em.query(
      `WITH r AS (
         SELECT dr.household_id, dr.benefit, dr.organisation_id, h.commune_insee, h.commune_name, dr.status, dr.detected_at,
                GREATEST(${stepRankSql('dr.status')}, COALESCE(tr.rank, 0)) AS rank
         FROM detected_right dr JOIN household h ON h.id = dr.household_id
         LEFT JOIN LATERAL (SELECT max(${stepRankSql('t.from_status')}) AS rank FROM detected_right_transition t WHERE t.detected_right_id = dr.id) tr ON true
         WHERE ${where.sql}
       ), pair AS (
         SELECT household_id, benefit, (array_agg(organisation_id))[1] AS organisation_id, min(commune_insee) AS commune_insee,
                min(commune_name) AS commune_name, min(detected_at) AS first_detected_at, max(rank) AS rank,
                bool_or(status = 'accorde') AS granted, bool_or(status = 'refuse') AS refused, bool_or(status = 'refus_personne') AS declined
         FROM r GROUP BY household_id, benefit
       ), cohort AS (
         SELECT p.*, ${parisMonth('p.first_detected_at')} AS month,
                EXISTS (SELECT 1 FROM contact ct WHERE ct.household_id = p.household_id AND ct.outcome IN (${sqlLiterals(REACHED_OUTCOMES)})
                        AND ct.occurred_at >= p.first_detected_at) AS reached
         FROM pair p
         WHERE p.first_detected_at >= (${from}::date)::timestamp AT TIME ZONE 'Europe/Paris'
           AND p.first_detected_at < (${to}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'
       ), g AS (
         SELECT ${DIMENSION_SQL} AS dimension, benefit, organisation_id, commune_insee, CASE WHEN GROUPING(commune_insee) = 0 THEN min(commune_name) END AS commune_name, month,
                count(DISTINCT household_id)::int AS detected,
                count(DISTINCT household_id) FILTER (WHERE rank >= 1)::int AS confirmed,
                count(DISTINCT household_id) FILTER (WHERE rank >= 2 OR (rank >= 1 AND reached))::int AS reached,
                count(DISTINCT household_id) FILTER (WHERE rank >= 2)::int AS informed,
                count(DISTINCT household_id) FILTER (WHERE rank >= 3)::int AS "claimFiled",
                count(DISTINCT household_id) FILTER (WHERE granted)::int AS granted,
                count(DISTINCT household_id) FILTER (WHERE refused AND NOT granted)::int AS refused,
                count(DISTINCT household_id) FILTER (WHERE declined AND NOT granted AND NOT refused)::int AS declined
         FROM cohort GROUP BY ${GROUPING_SETS}
       )
       SELECT ${LABELS_SQL}, g.detected, g.confirmed, g.reached, g.informed, g."claimFiled", g.granted, g.refused, g.declined
       FROM g LEFT JOIN organisation o ON o.id = g.organisation_id
       ORDER BY g.dimension, g.benefit, g.organisation_id, g.commune_insee, g.month`,
      where.params,
    );
  }

  /**
   * Rights granted in the period (decision date: the right's `status_changed_at`, a terminal state),
   * once per (household, benefit): the latest grant of the pair in the period gives its amount. Euros a
   * year: the granted monthly amount × 12 (the chèque énergie's amount is already annual).
   */
  async rightsOpened(em: EntityManager, scope: OrgScope, f: StatsFilter, period: Period): Promise<OpenedRow[]> {
    const where = periodCondition(statsWhere(scope, f, RIGHT_COLUMNS), 'dr.status_changed_at', period).raw(`dr.status = 'accorde'`);
    const rows: (OpenedRow & { annualCents: string })[] = await em.query(
      `WITH granted AS (
         SELECT DISTINCT ON (dr.household_id, dr.benefit) dr.household_id, dr.benefit, dr.organisation_id, h.commune_insee, h.commune_name,
                ${parisMonth('dr.status_changed_at')} AS month,
                CASE WHEN dr.amount_period = 'annuel' THEN coalesce(dr.granted_monthly_amount_cents, 0)
                     ELSE coalesce(dr.granted_monthly_amount_cents, 0) * 12 END::bigint AS annual_cents
         FROM detected_right dr JOIN household h ON h.id = dr.household_id
         WHERE ${where.sql}
         ORDER BY dr.household_id, dr.benefit, dr.status_changed_at DESC
       ), g AS (
         SELECT ${DIMENSION_SQL} AS dimension, benefit, organisation_id, commune_insee, CASE WHEN GROUPING(commune_insee) = 0 THEN min(commune_name) END AS commune_name, month,
                count(*)::int AS rights, count(DISTINCT household_id)::int AS households, sum(annual_cents) AS annual_cents
         FROM granted GROUP BY ${GROUPING_SETS}
       )
       SELECT ${LABELS_SQL}, g.rights, g.households, g.annual_cents AS "annualCents"
       FROM g LEFT JOIN organisation o ON o.id = g.organisation_id
       ORDER BY g.dimension, g.benefit, g.organisation_id, g.commune_insee, g.month`,
      where.params,
    );
    return rows.map((r) => ({ ...r, annualCents: Number(r.annualCents) }));
  }

  /**
   * Days (Paris calendar days) from detection to the claim filed (the right's first transition to
   * `demande_deposee`, counted when it falls in the period) and to the grant (`accorde`, its
   * `status_changed_at` in the period): median and 80th percentile (percentile_cont), per benefit.
   */
  async timeToRight(em: EntityManager, scope: OrgScope, f: StatsFilter, period: Period): Promise<DelayRow[]> {
    const where = statsWhere(scope, f, RIGHT_COLUMNS);
    const from = where.bind(period.from);
    const to = where.bind(period.to);
    const inPeriod = (col: string) =>
      `(${col} >= (${from}::date)::timestamp AT TIME ZONE 'Europe/Paris' AND ${col} < (${to}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris')`;
    const rows: DelayRow[] = await em.query(
      `WITH d AS (
         SELECT dr.benefit, ${parisDays('dr.detected_at', 'claim.at')} AS to_claim, ${inPeriod('claim.at')} AS claim_in,
                ${parisDays('dr.detected_at', 'dr.status_changed_at')} AS to_grant, (dr.status = 'accorde' AND ${inPeriod('dr.status_changed_at')}) AS grant_in
         FROM detected_right dr JOIN household h ON h.id = dr.household_id
         LEFT JOIN LATERAL (SELECT min(t.at) AS at FROM detected_right_transition t
                            WHERE t.detected_right_id = dr.id AND t.to_status = 'demande_deposee') claim ON true
         WHERE ${where.sql} AND dr.status IN ('demande_deposee', 'accorde', 'refuse', 'abandonne', 'refus_personne')
       )
       SELECT CASE WHEN GROUPING(benefit) = 0 THEN benefit END AS benefit,
              count(*) FILTER (WHERE claim_in)::int AS claims,
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY to_claim) FILTER (WHERE claim_in))::numeric, 1)::float8 AS "claimMedianDays",
              round((percentile_cont(0.8) WITHIN GROUP (ORDER BY to_claim) FILTER (WHERE claim_in))::numeric, 1)::float8 AS "claimP80Days",
              count(*) FILTER (WHERE grant_in)::int AS grants,
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY to_grant) FILTER (WHERE grant_in))::numeric, 1)::float8 AS "grantMedianDays",
              round((percentile_cont(0.8) WITHIN GROUP (ORDER BY to_grant) FILTER (WHERE grant_in))::numeric, 1)::float8 AS "grantP80Days"
       FROM d WHERE claim_in OR grant_in
       GROUP BY GROUPING SETS ((benefit), ())
       ORDER BY GROUPING(benefit) DESC, benefit`,
      where.params,
    );
    return rows;
  }
}
