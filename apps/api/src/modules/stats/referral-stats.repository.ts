// SQL of the referral indicators: referrals sent by the scope (per recipient partner) and received by
// it (per sending partner), with acknowledgement and answer delays, SLA breaches and outcomes.
// Definitions: docs/indicateurs.md, « Orientations ».
import { Injectable } from '@nestjs/common';
import { REFERRAL_OVERDUE_DAYS, REMINDER_THRESHOLDS } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import type { OrgScope } from '../../common/access/org-scope';
import type { Months } from './rollups.repository';
import type { Period, StatsFilter } from './stats-filter';
import { parisMonth, periodCondition, statsWhere } from './stats-where';

export interface ReferralCounts {
  referrals: number;
  households: number;
  resent: number;
  acknowledged: number;
  ackMedianDays: number | null;
  ackP80Days: number | null;
  answered: number;
  answerMedianDays: number | null;
  answerP80Days: number | null;
  lateAcknowledgements: number;
  expired: number;
  slaBreaches: number;
  pending: number;
  accepted: number;
  declined: number;
  cancelled: number;
  rightOpened: number;
  rightRefused: number;
  noFollowUp: number;
  openedAnnualCents: number;
}

export type ReferralStatsRow = ReferralCounts & {
  dimension: 'total' | 'partner' | 'month';
  partnerId: string | null;
  partnerName: string | null;
  month: string | null;
};

/** Which side of a referral the scope stands on: the sender (rows per recipient) or the recipient (rows per sender). */
export type ReferralSide = 'sent' | 'received';

const days = (from: string, to: string) => `extract(epoch FROM (${to} - ${from})) / 86400.0`;
const pct = (p: number, col: string, cond: string) => `round((percentile_cont(${p}) WITHIN GROUP (ORDER BY ${col}) FILTER (WHERE ${cond}))::numeric, 1)::float8`;
/** The partner of each side: the recipient of the referrals sent, the sender of those received. */
const PARTNER: Record<ReferralSide, string> = { sent: 'recipient_id', received: 'sender_id' };
const OWN: Record<ReferralSide, string> = { sent: 'sender_organisation_id', received: 'recipient_organisation_id' };
const OPENED = `status = 'cloturee' AND outcome = 'droit_ouvert'`;
/** The additive counts: the answer's name, the referral's condition, the stats_referral_month column (same rules). */
const COUNTS: [string, string, string][] = [
  ['referrals', 'true', 'referrals'],
  ['resent', 'resent', 'resent'],
  ['acknowledged', 'acknowledged', 'acknowledged'],
  ['answered', 'answered', 'answered'],
  ['lateAcknowledgements', 'late_ack', 'late_acknowledgements'],
  ['expired', `status = 'expiree'`, 'expired'],
  ['slaBreaches', `late_ack OR status = 'expiree'`, 'sla_breaches'],
  ['pending', `status IN ('envoyee', 'accusee')`, 'pending'],
  ['accepted', `status IN ('acceptee', 'en_cours')`, 'accepted'],
  ['declined', `status = 'declinee'`, 'declined'],
  ['cancelled', `status = 'annulee'`, 'cancelled'],
  ['rightOpened', OPENED, 'right_opened'],
  ['rightRefused', `status = 'cloturee' AND outcome = 'droit_refuse'`, 'right_refused'],
  ['noFollowUp', `status = 'cloturee' AND outcome = 'sans_suite'`, 'no_follow_up'],
];
const PER_REFERRAL = [...COUNTS.map(([name, cond]) => `count(*) FILTER (WHERE ${cond})::int AS "${name}"`),
  `coalesce(sum(outcome_monthly_amount_cents::bigint * 12) FILTER (WHERE ${OPENED}), 0) AS "openedAnnualCents"`].join(', ');
const PER_MONTH = [...COUNTS.map(([name, , col]) => `coalesce(sum(${col}), 0)::int AS "${name}"`), `coalesce(sum(opened_annual_cents), 0) AS "openedAnnualCents"`].join(', ');
const DISTINCT_AND_DELAYS = `count(DISTINCT household_id)::int AS households,
  ${pct(0.5, 'ack_days', 'acknowledged')} AS "ackMedianDays", ${pct(0.8, 'ack_days', 'acknowledged')} AS "ackP80Days",
  ${pct(0.5, 'answer_days', 'answered')} AS "answerMedianDays", ${pct(0.8, 'answer_days', 'answered')} AS "answerP80Days"`;

type Source = { sql: string; params: unknown[]; months?: string };

@Injectable()
export class ReferralStatsRepository {
  /**
   * Referrals sent in the period (`created_at`), seen from both sides of the scope. Acknowledged: the
   * first move to `accusee`; answered: the first move to `acceptee` or `declinee`. Acknowledgement
   * deadline: the recipient's reminder (5 working days by default, its own calendar), else 5 calendar
   * days. Re-sent: an earlier referral of the same household to the same recipient had expired.
   * `months`: read the rollups (migration 1796810000000: late acknowledgements as of their refresh;
   * without a commune or benefit filter, the additive counts from stats_referral_month); null: the
   * tables, now. A whole territory sends and receives the same referrals (each carries one
   * territory): then one pass gives both sides.
   */
  async referrals(em: EntityManager, scope: OrgScope, f: StatsFilter, period: Period, months: Months | null = null): Promise<Record<ReferralSide, ReferralStatsRow[]>> {
    const source = (side: ReferralSide) => (months ? fromRollup(scope, f, period, side, months) : fromTables(scope, f, period, side));
    if (scope.level === 'territory' && !f.organisationId) {
      const rows = await this.aggregate(em, source('sent'), ['sent', 'received']);
      const of = (side: ReferralSide) => rows.filter((r) => r.side === null || r.side === side).map(({ side: _, ...r }) => r);
      return { sent: of('sent'), received: of('received') };
    }
    const one = async (side: ReferralSide) => (await this.aggregate(em, source(side), [side])).map(({ side: _, ...r }) => r);
    return { sent: await one('sent'), received: await one('received') };
  }

  /**
   * Counts, delays and outcomes per partner of each side, per month and in all, over one row per
   * referral (`r`); with `months`, the additive counts add up the monthly rows (`m`) instead, and only
   * distinct households and delays read one row per referral.
   */
  private async aggregate(em: EntityManager, { sql, params, months }: Source, sides: ReferralSide[]): Promise<(ReferralStatsRow & { side: ReferralSide | null })[]> {
    const partnerOf = `CASE ${sides.map((s) => `WHEN GROUPING(${PARTNER[s]}) = 0 THEN ${PARTNER[s]}`).join(' ')} END`;
    const sideOf = `CASE ${sides.map((s) => `WHEN GROUPING(${PARTNER[s]}) = 0 THEN '${s}'`).join(' ')} END`;
    const keys = `CASE WHEN GROUPING(month) = 0 THEN 'month' WHEN ${sideOf} IS NOT NULL THEN 'partner' ELSE 'total' END AS dimension,
                  ${sideOf} AS side, ${partnerOf} AS partner_id, CASE WHEN GROUPING(month) = 0 THEN month END AS month`;
    const sets = `GROUPING SETS (${sides.map((s) => `(${PARTNER[s]}), `).join('')}(month), ())`;
    const g = months
      ? `a AS (SELECT ${keys}, ${PER_MONTH} FROM m GROUP BY ${sets}),
         d AS (SELECT ${keys}, ${DISTINCT_AND_DELAYS} FROM r GROUP BY ${sets}),
         g AS (SELECT a.*, ${['households', 'ackMedianDays', 'ackP80Days', 'answerMedianDays', 'answerP80Days'].map((c) => `d."${c}"`).join(', ')}
               FROM a LEFT JOIN d ON d.dimension = a.dimension AND d.side IS NOT DISTINCT FROM a.side
                                 AND d.partner_id IS NOT DISTINCT FROM a.partner_id AND d.month IS NOT DISTINCT FROM a.month)`
      : `g AS (SELECT ${keys}, ${PER_REFERRAL}, ${DISTINCT_AND_DELAYS} FROM r GROUP BY ${sets})`;
    const rows: (ReferralStatsRow & { openedAnnualCents: string; side: ReferralSide | null })[] = await em.query(
      `WITH r AS (${sql}), ${months ? `m AS (${months}), ` : ''}${g}
       SELECT g.*, g.partner_id AS "partnerId", o.name AS "partnerName"
       FROM g LEFT JOIN organisation o ON o.id = g.partner_id
       ORDER BY g.dimension, o.name, g.month`,
      params,
    );
    return rows.map(({ partner_id: _, ...r }: typeof rows[number] & { partner_id?: string }) => ({ ...r, openedAnnualCents: Number(r.openedAnnualCents) }));
  }
}

/** One row per referral of the period, read on the tables. */
function fromTables(scope: OrgScope, f: StatsFilter, period: Period, side: ReferralSide): Source {
  const where = periodCondition(
    statsWhere(scope, f, {
      organisation: `r.${OWN[side]}`,
      territory: 'r.territory_id',
      commune: 'h.commune_insee',
      benefit: `EXISTS (SELECT 1 FROM referral_right rr JOIN detected_right dr ON dr.id = rr.detected_right_id WHERE rr.referral_id = r.id AND dr.benefit = ?)`,
    }),
    'r.created_at',
    period,
  );
  return {
    sql: `SELECT r.id, r.household_id, r.status, r.outcome, r.outcome_monthly_amount_cents,
                 r.sender_organisation_id AS sender_id, r.recipient_organisation_id AS recipient_id, ${parisMonth('r.created_at')} AS month,
                 ${days('r.created_at', 'ack.at')} AS ack_days, ${days('r.created_at', 'ans.at')} AS answer_days, ack.at IS NOT NULL AS acknowledged,
                 ans.at IS NOT NULL AS answered,
                 coalesce(rem.due_at, r.created_at + interval '${REFERRAL_OVERDUE_DAYS.envoyee} days')
                   < coalesce(ack.at, CASE WHEN r.status = 'annulee' THEN r.status_changed_at END, now()) AS late_ack,
                 EXISTS (SELECT 1 FROM referral p WHERE p.household_id = r.household_id AND p.recipient_organisation_id = r.recipient_organisation_id
                         AND p.created_at < r.created_at AND p.status = 'expiree') AS resent
          FROM referral r JOIN household h ON h.id = r.household_id
          LEFT JOIN LATERAL (SELECT min(e.at) AS at FROM referral_event e WHERE e.referral_id = r.id AND e.to_status = 'accusee') ack ON true
          LEFT JOIN LATERAL (SELECT min(e.at) AS at FROM referral_event e WHERE e.referral_id = r.id AND e.to_status IN ('acceptee', 'declinee')) ans ON true
          LEFT JOIN reminder rem ON rem.kind = 'referral_unanswered' AND rem.item_id = r.id AND rem.threshold = ${REMINDER_THRESHOLDS.referral_unanswered.reminder}
          WHERE ${where.sql}`,
    params: where.params,
  };
}

/**
 * The same rows from the stats_referral rollup, its events already read; without a commune or benefit
 * filter (not kept per month), the months of stats_referral_month for the additive counts.
 */
function fromRollup(scope: OrgScope, f: StatsFilter, period: Period, side: ReferralSide, months: Months): Source {
  const where = periodCondition(
    statsWhere(scope, f, { organisation: `r.${OWN[side]}`, territory: 'r.territory_id', commune: 'r.commune_insee', benefit: `? = ANY (r.benefits)` }),
    'r.created_at',
    period,
  );
  const sql = `SELECT r.household_id, r.status, r.outcome, r.outcome_monthly_amount_cents, r.sender_organisation_id AS sender_id, r.recipient_organisation_id AS recipient_id,
                      r.month, r.ack_days, r.answer_days, r.ack_days IS NOT NULL AS acknowledged, r.answer_days IS NOT NULL AS answered, r.late_ack, r.resent
               FROM stats_referral r WHERE ${where.sql}`;
  if (f.communeInsee || f.benefit) return { sql, params: where.params };
  const m = statsWhere(scope, { organisationId: f.organisationId }, { organisation: `m.${OWN[side]}`, territory: 'm.territory_id' });
  // The monthly rows' conditions, their values bound after the per-referral ones.
  const cond = m.sql.replace(/\$(\d+)/g, (_, n: string) => where.bind(m.params[Number(n) - 1]));
  return {
    sql,
    params: where.params,
    months: `SELECT m.*, m.sender_organisation_id AS sender_id, m.recipient_organisation_id AS recipient_id FROM stats_referral_month m
             WHERE ${cond} AND m.month BETWEEN ${where.bind(months.from)} AND ${where.bind(months.to)}`,
  };
}
