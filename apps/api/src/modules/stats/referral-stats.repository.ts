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

const SIDES: Record<ReferralSide, { own: string; partner: string }> = {
  sent: { own: 'r.sender_organisation_id', partner: 'r.recipient_organisation_id' },
  received: { own: 'r.recipient_organisation_id', partner: 'r.sender_organisation_id' },
};

const days = (from: string, to: string) => `extract(epoch FROM (${to} - ${from})) / 86400.0`;
const pct = (p: number, col: string, cond: string) => `round((percentile_cont(${p}) WITHIN GROUP (ORDER BY ${col}) FILTER (WHERE ${cond}))::numeric, 1)::float8`;

@Injectable()
export class ReferralStatsRepository {
  /**
   * Referrals sent in the period (`created_at`), on one side of the scope. Acknowledged: the first
   * move to `accusee`; answered: the first move to `acceptee` or `declinee`. Acknowledgement deadline:
   * the recipient's reminder (5 working days by default, its own calendar), else 5 calendar days.
   * Re-sent: an earlier referral of the same household to the same recipient had expired.
   */
  async referrals(em: EntityManager, scope: OrgScope, f: StatsFilter, period: Period, side: ReferralSide): Promise<ReferralStatsRow[]> {
    const { own, partner } = SIDES[side];
    const where = periodCondition(
      statsWhere(scope, f, {
        organisation: own,
        territory: 'r.territory_id',
        commune: 'h.commune_insee',
        benefit: `EXISTS (SELECT 1 FROM referral_right rr JOIN detected_right dr ON dr.id = rr.detected_right_id WHERE rr.referral_id = r.id AND dr.benefit = ?)`,
      }),
      'r.created_at',
      period,
    );
    const rows: (ReferralStatsRow & { openedAnnualCents: string })[] = await em.query(
      `WITH r AS (
         SELECT r.id, r.household_id, r.status, r.outcome, r.outcome_monthly_amount_cents, ${partner} AS partner_id,
                ${parisMonth('r.created_at')} AS month,
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
         WHERE ${where.sql}
       ), g AS (
         SELECT CASE WHEN GROUPING(partner_id) = 0 THEN 'partner' WHEN GROUPING(month) = 0 THEN 'month' ELSE 'total' END AS dimension,
                partner_id, month,
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
         FROM r GROUP BY GROUPING SETS ((partner_id), (month), ())
       )
       SELECT g.*, g.partner_id AS "partnerId", o.name AS "partnerName"
       FROM g LEFT JOIN organisation o ON o.id = g.partner_id
       ORDER BY g.dimension, o.name, g.month`,
      where.params,
    );
    return rows.map(({ partner_id: _, ...r }: typeof rows[number] & { partner_id?: string }) => ({ ...r, openedAnnualCents: Number(r.openedAnnualCents) }));
  }
}
