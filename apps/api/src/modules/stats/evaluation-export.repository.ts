// SQL of the evaluation export: the take-up indicators grouped by territory × month × benefit, as
// counts only (no person, no household id leaves these queries). Rules: docs/indicateurs.md.
import { Injectable } from '@nestjs/common';
import { REACHED_OUTCOMES, type DetectableBenefit } from '@recours/domain';
import { sqlLiterals } from '@recours/outreach-sql';
import type { EntityManager } from 'typeorm';
import { scopedWhere, type OrgScope } from '../../common/access/org-scope';
import { stepRankSql } from './funnel-steps';
import type { Period, StatsFilter } from './stats-filter';
import { parisDays, parisMonth, periodCondition, statsWhere } from './stats-where';

/** One cell group of the export: a territory, a month (`YYYY-MM`), a benefit. */
export interface EvaluationKey {
  territoryId: string;
  month: string;
  benefit: DetectableBenefit;
}

export interface CohortCounts extends EvaluationKey {
  detected: number;
  confirmed: number;
  reached: number;
  informed: number;
  claimFiled: number;
  granted: number;
  refused: number;
  declined: number;
}

export interface OpenedCounts extends EvaluationKey {
  households: number;
  annualCents: number;
}

export interface ClaimDelays extends EvaluationKey {
  households: number;
  medianDays: number | null;
  p80Days: number | null;
}

export interface ContactCounts extends EvaluationKey {
  contacted: number;
  contactReached: number;
}

export interface TerritoryRow {
  id: string;
  code: string;
  name: string;
}

const RIGHT_COLUMNS = { organisation: 'dr.organisation_id', territory: 'dr.territory_id', benefit: 'dr.benefit', commune: 'h.commune_insee' };
const inPeriod = (column: string, from: string, to: string) =>
  `${column} >= (${from}::date)::timestamp AT TIME ZONE 'Europe/Paris' AND ${column} < (${to}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'`;

@Injectable()
export class EvaluationExportRepository {
  /** The territories of the scope (an organisation's, or the coordinator's). */
  async territories(em: EntityManager, scope: OrgScope): Promise<TerritoryRow[]> {
    const where = scopedWhere(scope, { organisation: 'o.id', territory: 't.id' });
    return em.query(
      `SELECT DISTINCT t.id, t.code, t.name FROM territory t JOIN organisation o ON o.territory_id = t.id WHERE ${where.sql} ORDER BY t.code`,
      where.params,
    );
  }

  /** The funnel's cohort (pairs household × benefit by month of first detection), as in `GET /api/stats/funnel`. */
  async cohort(em: EntityManager, scope: OrgScope, f: StatsFilter, period: Period): Promise<CohortCounts[]> {
    const where = statsWhere(scope, f, RIGHT_COLUMNS);
    const from = where.bind(period.from);
    const to = where.bind(period.to);
    return em.query(
      `WITH r AS (
         SELECT dr.household_id, dr.benefit, dr.territory_id, dr.status, dr.detected_at,
                GREATEST(${stepRankSql('dr.status')}, COALESCE(tr.rank, 0)) AS rank
         FROM detected_right dr JOIN household h ON h.id = dr.household_id
         LEFT JOIN LATERAL (SELECT max(${stepRankSql('t.from_status')}) AS rank FROM detected_right_transition t WHERE t.detected_right_id = dr.id) tr ON true
         WHERE ${where.sql}
       ), pair AS (
         SELECT household_id, benefit, (array_agg(territory_id))[1] AS territory_id, min(detected_at) AS first_detected_at, max(rank) AS rank,
                bool_or(status = 'accorde') AS granted, bool_or(status = 'refuse') AS refused, bool_or(status = 'refus_personne') AS declined
         FROM r GROUP BY household_id, benefit
       ), cohort AS (
         SELECT p.*, ${parisMonth('p.first_detected_at')} AS month,
                EXISTS (SELECT 1 FROM contact ct WHERE ct.household_id = p.household_id AND ct.outcome IN (${sqlLiterals(REACHED_OUTCOMES)})
                        AND ct.occurred_at >= p.first_detected_at) AS reached
         FROM pair p WHERE ${inPeriod('p.first_detected_at', from, to)}
       )
       SELECT territory_id AS "territoryId", month, benefit,
              count(*)::int AS detected,
              count(*) FILTER (WHERE rank >= 1)::int AS confirmed,
              count(*) FILTER (WHERE rank >= 2 OR (rank >= 1 AND reached))::int AS reached,
              count(*) FILTER (WHERE rank >= 2)::int AS informed,
              count(*) FILTER (WHERE rank >= 3)::int AS "claimFiled",
              count(*) FILTER (WHERE granted)::int AS granted,
              count(*) FILTER (WHERE refused AND NOT granted)::int AS refused,
              count(*) FILTER (WHERE declined AND NOT granted AND NOT refused)::int AS declined
       FROM cohort GROUP BY territory_id, month, benefit`,
      where.params,
    );
  }

  /** Rights granted in the period, once per pair (its latest grant, in the month of that decision), and their euros a year, as in `GET /api/stats/rights-opened`. */
  async opened(em: EntityManager, scope: OrgScope, f: StatsFilter, period: Period): Promise<OpenedCounts[]> {
    const where = periodCondition(statsWhere(scope, f, RIGHT_COLUMNS), 'dr.status_changed_at', period).raw(`dr.status = 'accorde'`);
    const rows: (OpenedCounts & { annualCents: string })[] = await em.query(
      `WITH granted AS (
         SELECT DISTINCT ON (dr.household_id, dr.benefit) dr.household_id, dr.benefit, dr.territory_id,
                ${parisMonth('dr.status_changed_at')} AS month,
                CASE WHEN dr.amount_period = 'annuel' THEN coalesce(dr.granted_monthly_amount_cents, 0)
                     ELSE coalesce(dr.granted_monthly_amount_cents, 0) * 12 END::bigint AS annual_cents
         FROM detected_right dr JOIN household h ON h.id = dr.household_id
         WHERE ${where.sql}
         ORDER BY dr.household_id, dr.benefit, dr.status_changed_at DESC
       )
       SELECT territory_id AS "territoryId", month, benefit, count(DISTINCT household_id)::int AS households, sum(annual_cents) AS "annualCents"
       FROM granted GROUP BY territory_id, month, benefit`,
      where.params,
    );
    return rows.map((r) => ({ ...r, annualCents: Number(r.annualCents) }));
  }

  /** Days from detection to the claim filed (first transition to `demande_deposee`), by month of the claim. */
  async claimDelays(em: EntityManager, scope: OrgScope, f: StatsFilter, period: Period): Promise<ClaimDelays[]> {
    const where = statsWhere(scope, f, RIGHT_COLUMNS);
    const from = where.bind(period.from);
    const to = where.bind(period.to);
    return em.query(
      `WITH d AS (
         SELECT dr.household_id, dr.benefit, dr.territory_id, ${parisMonth('claim.at')} AS month, ${parisDays('dr.detected_at', 'claim.at')} AS days
         FROM detected_right dr JOIN household h ON h.id = dr.household_id
         JOIN LATERAL (SELECT min(t.at) AS at FROM detected_right_transition t WHERE t.detected_right_id = dr.id AND t.to_status = 'demande_deposee') claim ON claim.at IS NOT NULL
         WHERE ${where.sql} AND ${inPeriod('claim.at', from, to)}
       )
       SELECT territory_id AS "territoryId", month, benefit, count(DISTINCT household_id)::int AS households,
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY days))::numeric, 1)::float8 AS "medianDays",
              round((percentile_cont(0.8) WITHIN GROUP (ORDER BY days))::numeric, 1)::float8 AS "p80Days"
       FROM d GROUP BY territory_id, month, benefit`,
      where.params,
    );
  }

  /** Households contacted (and reached) in the month about a right of the benefit. */
  async contacts(em: EntityManager, scope: OrgScope, f: StatsFilter, period: Period): Promise<ContactCounts[]> {
    const where = periodCondition(
      statsWhere(scope, f, { organisation: 'ct.organisation_id', territory: 'h.territory_id', benefit: 'dr.benefit', commune: 'h.commune_insee' }),
      'ct.occurred_at',
      period,
    );
    return em.query(
      `SELECT h.territory_id AS "territoryId", ${parisMonth('ct.occurred_at')} AS month, dr.benefit,
              count(DISTINCT ct.household_id)::int AS contacted,
              count(DISTINCT ct.household_id) FILTER (WHERE ct.outcome IN (${sqlLiterals(REACHED_OUTCOMES)}))::int AS "contactReached"
       FROM contact ct JOIN household h ON h.id = ct.household_id
       JOIN contact_right cr ON cr.contact_id = ct.id JOIN detected_right dr ON dr.id = cr.detected_right_id
       WHERE ${where.sql}
       GROUP BY h.territory_id, ${parisMonth('ct.occurred_at')}, dr.benefit`,
      where.params,
    );
  }
}
