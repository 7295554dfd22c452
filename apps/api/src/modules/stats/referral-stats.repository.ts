// SQL of the referral indicators: referrals sent by the scope (per recipient partner) and received by
// it (per sending partner), with acknowledgement and answer delays, SLA breaches and outcomes.
// Definitions: docs/indicateurs.md, « Orientations ».
import { Injectable } from '@nestjs/common';
import { REFERRAL_OVERDUE_DAYS, REMINDER_THRESHOLDS } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import type { OrgScope } from '../../common/access/org-scope';
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

@Injectable()
export class ReferralStatsRepository {
  /**
   * Referrals sent in the period (`created_at`), seen from both sides of the scope. Acknowledged: the
   * first move to `accusee`; answered: the first move to `acceptee` or `declinee`. Acknowledgement
   * deadline: the recipient's reminder (5 working days by default, its own calendar), else 5 calendar
   * days. Re-sent: an earlier referral of the same household to the same recipient had expired.
   * `asOf`: read the stats_referral rollup refreshed at that time (late acknowledgements are decided
   * at that time too); null: the tables, now. A whole territory sends and receives the same
   * referrals (each carries one territory): then one pass gives both sides.
   */
  async referrals(em: EntityManager, scope: OrgScope, f: StatsFilter, period: Period, asOf: Date | null = null): Promise<Record<ReferralSide, ReferralStatsRow[]>> {
    const source = (side: ReferralSide) => (asOf ? fromRollup(scope, f, period, side, asOf) : fromTables(scope, f, period, side));
    if (scope.level === 'territory' && !f.organisationId) {
      const rows = await this.aggregate(em, source('sent'), ['sent', 'received']);
      const of = (side: ReferralSide) => rows.filter((r) => r.side === null || r.side === side).map(({ side: _, ...r }) => r);
      return { sent: of('sent'), received: of('received') };
    }
    const one = async (side: ReferralSide) => (await this.aggregate(em, source(side), [side])).map(({ side: _, ...r }) => r);
    return { sent: await one('sent'), received: await one('received') };
  }

  /** Counts, delays and outcomes per partner of each side, per month and in all, over one row per referral. */
  private async aggregate(em: EntityManager, { sql, params }: { sql: string; params: unknown[] }, sides: ReferralSide[]): Promise<(ReferralStatsRow & { side: ReferralSide | null })[]> {
    const partnerOf = `CASE ${sides.map((s) => `WHEN GROUPING(${PARTNER[s]}) = 0 THEN ${PARTNER[s]}`).join(' ')} END`;
    const sideOf = `CASE ${sides.map((s) => `WHEN GROUPING(${PARTNER[s]}) = 0 THEN '${s}'`).join(' ')} END`;
    const rows: (ReferralStatsRow & { openedAnnualCents: string; side: ReferralSide | null })[] = await em.query(
      `WITH r AS (${sql}), g AS (
         SELECT CASE WHEN GROUPING(month) = 0 THEN 'month' WHEN ${sideOf} IS NOT NULL THEN 'partner' ELSE 'total' END AS dimension,
                ${sideOf} AS side, ${partnerOf} AS partner_id, CASE WHEN GROUPING(month) = 0 THEN month END AS month,
                count(*)::int AS referrals, count(DISTINCT household_id)::int AS households, count(*) FILTER (WHERE resent)::int AS resent,
                count(*) FILTER (WHERE acknowledged)::int AS acknowledged,
                ${pct(0.5, 'ack_days', 'acknowledged')} AS "ackMedianDays", ${pct(0.8, 'ack_days', 'acknowledged')} AS "ackP80Days",
                count(*) FILTER (WHERE answered)::int AS answered,
                ${pct(0.5, 'answer_days', 'answered')} AS "answerMedianDays", ${pct(0.8, 'answer_days', 'answered')} AS "answerP80Days",
                count(*) FILTER (WHERE late_ack)::int AS "lateAcknowledgements",
                count(*) FILTER (WHERE status = 'expiree')::int AS expired,
                count(*) FILTER (WHERE late_ack OR status = 'expiree')::int AS "slaBreaches",
                count(*) FILTER (WHERE status IN ('envoyee', 'accusee'))::int AS pending,
                count(*) FILTER (WHERE status IN ('acceptee', 'en_cours'))::int AS accepted,
                count(*) FILTER (WHERE status = 'declinee')::int AS declined,
                count(*) FILTER (WHERE status = 'annulee')::int AS cancelled,
                count(*) FILTER (WHERE status = 'cloturee' AND outcome = 'droit_ouvert')::int AS "rightOpened",
                count(*) FILTER (WHERE status = 'cloturee' AND outcome = 'droit_refuse')::int AS "rightRefused",
                count(*) FILTER (WHERE status = 'cloturee' AND outcome = 'sans_suite')::int AS "noFollowUp",
                coalesce(sum(outcome_monthly_amount_cents::bigint * 12) FILTER (WHERE status = 'cloturee' AND outcome = 'droit_ouvert'), 0) AS "openedAnnualCents"
         FROM r GROUP BY GROUPING SETS (${sides.map((s) => `(${PARTNER[s]}), `).join('')}(month), ())
       )
       SELECT g.*, g.partner_id AS "partnerId", o.name AS "partnerName"
       FROM g LEFT JOIN organisation o ON o.id = g.partner_id
       ORDER BY g.dimension, o.name, g.month`,
      params,
    );
    return rows.map(({ partner_id: _, ...r }: typeof rows[number] & { partner_id?: string }) => ({ ...r, openedAnnualCents: Number(r.openedAnnualCents) }));
  }
}

/** One row per referral of the period, read on the tables. */
function fromTables(scope: OrgScope, f: StatsFilter, period: Period, side: ReferralSide): { sql: string; params: unknown[] } {
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

/** The same rows from the stats_referral rollup (migration 1796810000000): its events already read. */
function fromRollup(scope: OrgScope, f: StatsFilter, period: Period, side: ReferralSide, asOf: Date): { sql: string; params: unknown[] } {
  const where = periodCondition(
    statsWhere(scope, f, { organisation: `r.${OWN[side]}`, territory: 'r.territory_id', commune: 'r.commune_insee', benefit: `? = ANY (r.benefits)` }),
    'r.created_at',
    period,
  );
  const at = where.bind(asOf);
  return {
    sql: `SELECT r.household_id, r.status, r.outcome, r.outcome_monthly_amount_cents, r.sender_organisation_id AS sender_id, r.recipient_organisation_id AS recipient_id,
                 r.month, r.ack_days, r.answer_days, r.ack_days IS NOT NULL AS acknowledged, r.answer_days IS NOT NULL AS answered,
                 r.acknowledge_due_at < coalesce(r.acknowledged_at, r.cancelled_at, ${at}::timestamptz) AS late_ack, r.resent
          FROM stats_referral r WHERE ${where.sql}`,
    params: where.params,
  };
}
