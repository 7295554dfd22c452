// The indicators read from the rollups (migration 1796730000000-stats-rollups, refreshed by the
// worker): the same rows as indicators.repository.ts and activity.repository.ts compute on the
// tables, for periods made of whole months. Distinct households over several months: each
// household-month row carries `prev`, the household's previous month in its series; a household
// counts at its first month of the period (`prev < m1`, '' sorting first). Rights opened: a pair's
// last grant of the period carries the amount (`next > m2`, '~' sorting last).
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrgScope } from '../../common/access/org-scope';
import type { CampaignStatsRow, OutreachRow } from './activity.repository';
import type { DelayRow, FunnelRow, OpenedRow } from './indicators.repository';
import type { Period, StatsFilter } from './stats-filter';
import { periodCondition, statsWhere } from './stats-where';

/** The months `YYYY-MM` of a period the rollups can answer, both included. */
export interface Months {
  from: string;
  to: string;
}

/**
 * The period as whole months, or null: it must start on the 1st and end on a month's last day or
 * on/after today (the current month so far: the rollup holds what was written before its refresh).
 */
export function wholeMonths(period: Period, today: string): Months | null {
  if (!period.from.endsWith('-01')) return null;
  const [y, m, d] = period.to.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d !== last && period.to < today) return null;
  return { from: period.from.slice(0, 7), to: period.to.slice(0, 7) };
}

const STEPS = ['detected', 'confirmed', 'reached', 'informed', 'claimFiled', 'granted', 'refused', 'declined'] as const;
const LABELS = `x.dimension, x.benefit, x.organisation_id AS "organisationId", o.name AS "organisationName", x.commune_insee AS "communeInsee", x.commune_name AS "communeName", x.month`;
const ORDER = `ORDER BY x.dimension, x.benefit::detectable_benefit, x.organisation_id, x.commune_insee, x.month`;

/** Scope (organisation or territory) and the organisation filter, on a rollup's own columns. */
const scoped = (scope: OrgScope, f: StatsFilter, alias: string) =>
  statsWhere(scope, { organisationId: f.organisationId }, { organisation: `${alias}.organisation_id`, territory: `${alias}.territory_id` });

@Injectable()
export class RollupsRepository {
  /** When the rollups were last refreshed (null: never, the indicators are computed on the tables). */
  async freshness(em: EntityManager): Promise<Date | null> {
    const [row]: { at: Date }[] = await em.query(`SELECT last_success_at AS at FROM sweep_status WHERE name = 'stats'`);
    return row?.at ?? null;
  }

  /**
   * A coordinator reading the whole territory adds up stats_territory_funnel (the organisations' rows
   * already summed, a column per step); the per-organisation breakdown still reads stats_funnel.
   */
  async funnel(em: EntityManager, scope: OrgScope, f: StatsFilter, months: Months): Promise<FunnelRow[]> {
    const w = scoped(scope, f, 'r');
    const [m1, m2, b, c] = [w.bind(months.from), w.bind(months.to), w.bind(f.benefit ?? ''), w.bind(f.communeInsee ?? '*')];
    // stats_funnel has a row per step, stats_territory_funnel a column per step.
    const counts = (first: boolean, pivot: boolean) =>
      STEPS.map((s) => {
        const cond = [...(pivot ? [] : [`step = '${s}'`]), ...(first ? [`prev < ${m1}`] : [])];
        return `coalesce(sum(${pivot ? `"${s}"` : 'households'})${cond.length ? ` FILTER (WHERE ${cond.join(' AND ')})` : ''}, 0)::int AS "${s}"`;
      }).join(', ');
    const territory = scope.level === 'territory' && !f.organisationId ? w.bind(scope.territoryId) : null;
    const all = territory ? `(SELECT * FROM stats_territory_funnel t WHERE t.territory_id = ${territory} AND t.month BETWEEN ${m1} AND ${m2})` : 'r';
    const p = territory !== null;
    return em.query(
      `WITH r AS NOT MATERIALIZED (SELECT * FROM stats_funnel r WHERE ${w.sql} AND r.month BETWEEN ${m1} AND ${m2}), x AS (
         SELECT 'total' AS dimension, NULL AS benefit, NULL::uuid AS organisation_id, NULL AS commune_insee, NULL AS commune_name, NULL AS month, ${counts(true, p)}
         FROM ${all} a WHERE benefit = ${b} AND commune_insee = ${c}
         UNION ALL
         SELECT 'organisation', NULL, organisation_id, NULL, NULL, NULL, ${counts(true, false)}
         FROM r WHERE benefit = ${b} AND commune_insee = ${c} GROUP BY organisation_id
         UNION ALL
         SELECT 'benefit', benefit, NULL, NULL, NULL, NULL, ${counts(true, p)}
         FROM ${all} a WHERE benefit <> '' AND (${b} = '' OR benefit = ${b}) AND commune_insee = ${c} GROUP BY benefit
         UNION ALL
         SELECT 'commune', NULL, NULL, commune_insee, min(commune_name), NULL, ${counts(true, p)}
         FROM ${all} a WHERE benefit = ${b} AND commune_insee <> '*' AND (${c} = '*' OR commune_insee = ${c}) GROUP BY commune_insee
         UNION ALL
         SELECT 'month', NULL, NULL, NULL, NULL, month, ${counts(false, p)}
         FROM ${all} a WHERE benefit = ${b} AND commune_insee = ${c} GROUP BY month
       )
       SELECT ${LABELS}, ${STEPS.map((s) => `x."${s}"`).join(', ')}
       FROM x LEFT JOIN organisation o ON o.id = x.organisation_id ${ORDER}`,
      w.params,
    );
  }

  async rightsOpened(em: EntityManager, scope: OrgScope, f: StatsFilter, months: Months): Promise<OpenedRow[]> {
    const w = scoped(scope, f, 'r');
    const [m1, m2, c] = [w.bind(months.from), w.bind(months.to), w.bind(f.communeInsee ?? '*')];
    // Pairs (a benefit's rows); households: the '' rows, or, for one benefit, its pairs.
    const pairs = f.benefit ? `benefit = ${w.bind(f.benefit)}` : `benefit <> ''`;
    const sums = (first: string, last: string, households: 'all' | 'pairs') =>
      `coalesce(sum(rights) FILTER (WHERE ${pairs}${first}), 0)::int AS rights,
       coalesce(sum(${households === 'pairs' || f.benefit ? 'rights' : 'households'}) FILTER (WHERE ${households === 'pairs' || f.benefit ? pairs : `benefit = ''`}${first}), 0)::int AS households,
       coalesce(sum(annual_cents) FILTER (WHERE ${pairs}${last}), 0)::bigint AS annual_cents`;
    const period = sums(` AND prev < ${m1}`, ` AND next > ${m2}`, 'all');
    // A coordinator reading the whole territory: the organisations' rows already summed (stats_territory_opened).
    const territory = scope.level === 'territory' && !f.organisationId ? w.bind(scope.territoryId) : null;
    const all = territory ? `(SELECT * FROM stats_territory_opened t WHERE t.territory_id = ${territory} AND t.month BETWEEN ${m1} AND ${m2})` : 'r';
    const rows: (OpenedRow & { annualCents: string })[] = await em.query(
      `WITH r AS NOT MATERIALIZED (SELECT * FROM stats_opened r WHERE ${w.sql} AND r.month BETWEEN ${m1} AND ${m2}), x AS (
         SELECT 'total' AS dimension, NULL AS benefit, NULL::uuid AS organisation_id, NULL AS commune_insee, NULL AS commune_name, NULL AS month, ${period}
         FROM ${all} a WHERE commune_insee = ${c}
         UNION ALL
         SELECT 'organisation', NULL, organisation_id, NULL, NULL, NULL, ${period}
         FROM r WHERE commune_insee = ${c} GROUP BY organisation_id
         UNION ALL
         SELECT 'benefit', benefit, NULL, NULL, NULL, NULL, ${sums(` AND prev < ${m1}`, ` AND next > ${m2}`, 'pairs')}
         FROM ${all} a WHERE ${pairs} AND commune_insee = ${c} GROUP BY benefit
         UNION ALL
         SELECT 'commune', NULL, NULL, commune_insee, min(commune_name), NULL, ${period}
         FROM ${all} a WHERE commune_insee <> '*' AND (${c} = '*' OR commune_insee = ${c}) GROUP BY commune_insee
         UNION ALL
         SELECT 'month', NULL, NULL, NULL, NULL, month, ${sums(` AND next > ${m2}`, ` AND next > ${m2}`, 'all')}
         FROM ${all} a WHERE commune_insee = ${c} GROUP BY month
       )
       SELECT ${LABELS}, x.rights, x.households, x.annual_cents AS "annualCents"
       FROM x LEFT JOIN organisation o ON o.id = x.organisation_id
       WHERE x.dimension IN ('total', 'month') OR x.rights > 0 ${ORDER}`,
      w.params,
    );
    return rows.map((r) => ({ ...r, annualCents: Number(r.annualCents) }));
  }

  async timeToRight(em: EntityManager, scope: OrgScope, f: StatsFilter, months: Months): Promise<DelayRow[]> {
    if (!f.communeInsee) return this.timeToRightByDay(em, scope, f, months);
    const w = scoped(scope, f, 'd');
    const [m1, m2] = [w.bind(months.from), w.bind(months.to)];
    if (f.benefit) w.add('d.benefit = ?', f.benefit);
    if (f.communeInsee) w.add('d.commune_insee = ?', f.communeInsee);
    const pct = (p: number, col: string, cond: string) => `round((percentile_cont(${p}) WITHIN GROUP (ORDER BY ${col}) FILTER (WHERE ${cond}))::numeric, 1)::float8`;
    return em.query(
      `WITH d AS (
         SELECT d.benefit, d.to_claim, d.claim_month BETWEEN ${m1} AND ${m2} AS claim_in, d.to_grant, d.grant_month BETWEEN ${m1} AND ${m2} AS grant_in
         FROM stats_delay d
         WHERE ${w.sql} AND (d.claim_month BETWEEN ${m1} AND ${m2} OR d.grant_month BETWEEN ${m1} AND ${m2})
       )
       SELECT CASE WHEN GROUPING(benefit) = 0 THEN benefit END AS benefit,
              count(*) FILTER (WHERE claim_in)::int AS claims, ${pct(0.5, 'to_claim', 'claim_in')} AS "claimMedianDays", ${pct(0.8, 'to_claim', 'claim_in')} AS "claimP80Days",
              count(*) FILTER (WHERE grant_in)::int AS grants, ${pct(0.5, 'to_grant', 'grant_in')} AS "grantMedianDays", ${pct(0.8, 'to_grant', 'grant_in')} AS "grantP80Days"
       FROM d GROUP BY GROUPING SETS ((benefit), ())
       ORDER BY GROUPING(benefit) DESC, benefit::detectable_benefit`,
      w.params,
    );
  }

  /**
   * The same delays from stats_delay_days (rights per whole day of delay): percentile_cont's two ranks
   * around p × (n − 1) found on the cumulative counts, interpolated as percentile_cont does.
   */
  private async timeToRightByDay(em: EntityManager, scope: OrgScope, f: StatsFilter, months: Months): Promise<DelayRow[]> {
    const w = scoped(scope, f, 'd');
    w.add('d.month >= ?', months.from).add('d.month <= ?', months.to);
    if (f.benefit) w.add('d.benefit = ?', f.benefit);
    const at = (rank: string) => `min(days) FILTER (WHERE cum > ${rank})::float8`;
    const pct = (p: number) => {
      const h = `(${p}::float8 * (n::float8 - 1))`;
      return `round((${at(`floor(${h})`)} + (${h} - floor(${h})) * (${at(`ceil(${h})`)} - ${at(`floor(${h})`)}))::numeric, 1)::float8`;
    };
    return em.query(
      `WITH h AS (
         SELECT benefit, kind, days, sum(n) AS n FROM stats_delay_days d WHERE ${w.sql} GROUP BY GROUPING SETS ((benefit, kind, days), (kind, days))
       ), c AS (
         SELECT benefit, kind, days, sum(n) OVER (PARTITION BY benefit, kind ORDER BY days) AS cum, sum(n) OVER (PARTITION BY benefit, kind) AS n FROM h
       ), k AS (
         SELECT benefit, kind, n::int AS n, ${pct(0.5)} AS p50, ${pct(0.8)} AS p80 FROM c GROUP BY benefit, kind, n
       ), b AS (
         SELECT NULL::text AS benefit UNION ALL SELECT DISTINCT benefit FROM k WHERE benefit IS NOT NULL
       )
       SELECT b.benefit, coalesce(cl.n, 0) AS claims, cl.p50 AS "claimMedianDays", cl.p80 AS "claimP80Days",
              coalesce(gr.n, 0) AS grants, gr.p50 AS "grantMedianDays", gr.p80 AS "grantP80Days"
       FROM b LEFT JOIN k cl ON cl.kind = 'claim' AND cl.benefit IS NOT DISTINCT FROM b.benefit
       LEFT JOIN k gr ON gr.kind = 'grant' AND gr.benefit IS NOT DISTINCT FROM b.benefit
       ORDER BY b.benefit IS NOT NULL, b.benefit::detectable_benefit`,
      w.params,
    );
  }

  /** Outreach without a commune filter (the channel and worker series are not kept per commune). */
  async outreach(em: EntityManager, scope: OrgScope, f: StatsFilter, months: Months, perWorker: boolean): Promise<OutreachRow[]> {
    const w = scoped(scope, f, 'r');
    const [m1, m2, b] = [w.bind(months.from), w.bind(months.to), w.bind(f.benefit ?? '')];
    const counts = (first: boolean) => {
      const households = (kind: string) => `coalesce(sum(n) FILTER (WHERE kind = '${kind}'${first ? ` AND prev < ${m1}` : ''}), 0)::int`;
      return `coalesce(sum(n) FILTER (WHERE kind = 'contacts'), 0)::int AS contacts, coalesce(sum(reached) FILTER (WHERE kind = 'contacts'), 0)::int AS reached,
              ${households('households')} AS households, ${households('householdsReached')} AS "householdsReached"`;
    };
    return em.query(
      `WITH r AS NOT MATERIALIZED (SELECT * FROM stats_contact r WHERE ${w.sql} AND r.month BETWEEN ${m1} AND ${m2} AND r.benefit = ${b}), x AS (
         SELECT 'total' AS dimension, NULL AS key, NULL AS month, ${counts(true)} FROM r WHERE series = 'total'
         UNION ALL
         SELECT 'channel_outcome', key, NULL, ${counts(true)} FROM r WHERE series = 'channel' GROUP BY key
         UNION ALL
         SELECT 'worker', key, NULL, ${counts(true)} FROM r WHERE series = 'worker' AND ${perWorker ? 'true' : 'false'} GROUP BY key
         UNION ALL
         SELECT 'month', NULL, month, ${counts(false)} FROM r WHERE series = 'total' GROUP BY month
       )
       SELECT x.dimension,
              CASE WHEN x.dimension = 'channel_outcome' THEN split_part(x.key, '|', 1)::contact_channel END AS channel,
              CASE WHEN x.dimension = 'channel_outcome' THEN split_part(x.key, '|', 2)::contact_outcome END AS outcome,
              CASE WHEN x.dimension = 'worker' THEN nullif(x.key, '')::uuid END AS "authorId", u.display_name AS "authorName", x.month,
              x.contacts, x.reached, x.households, x."householdsReached"
       FROM x LEFT JOIN app_user u ON u.id = CASE WHEN x.dimension = 'worker' THEN nullif(x.key, '')::uuid END
       WHERE x.dimension IN ('total', 'month') OR x.contacts > 0
       ORDER BY x.dimension, channel, outcome, u.display_name, x.month`,
      w.params,
    );
  }

  /**
   * Campaigns launched in the period with their funnel and both groups' take-up, from stats_campaign:
   * a campaign launched after the last refresh appears at the next one.
   */
  async campaigns(em: EntityManager, scope: OrgScope, f: StatsFilter, period: Period): Promise<CampaignTakeUpRow[]> {
    const where = periodCondition(statsWhere(scope, f, { organisation: 'c.organisation_id', territory: 'c.territory_id' }), 'c.launched_at', period);
    const rows: (CampaignTakeUpRow & { grantedAnnualCents: string })[] = await em.query(
      `SELECT c.id, c.name, c.status, c.launched_at AS "launchedAt", s.targeted, s.reached, s.informed, s.claim_filed AS "claimFiled", s.granted,
              s.granted_annual_cents AS "grantedAnnualCents", s.contacted_took_up AS "contactedTookUp",
              s.control_households AS "controlHouseholds", s.control_took_up AS "controlTookUp"
       FROM campaign c JOIN stats_campaign s ON s.campaign_id = c.id
       WHERE ${where.sql} AND c.status <> 'brouillon'
       ORDER BY c.launched_at DESC, c.id`,
      where.params,
    );
    return rows.map((r) => ({ ...r, grantedAnnualCents: Number(r.grantedAnnualCents) }));
  }
}

/** A campaign's funnel (contacted households) and the take-up counts of both groups. */
export type CampaignTakeUpRow = CampaignStatsRow & { contactedTookUp: number; controlHouseholds: number; controlTookUp: number };
