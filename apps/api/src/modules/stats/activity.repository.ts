// SQL of the activity indicators: outreach contacts (by channel and outcome, per worker, per month)
// and the funnel of each launched campaign. Definitions: docs/indicateurs.md.
import { Injectable } from '@nestjs/common';
import { REACHED_OUTCOMES, type CampaignStatus, type ContactChannel, type ContactOutcome } from '@recours/domain';
import { sqlLiterals } from '@recours/outreach-sql';
import type { EntityManager } from 'typeorm';
import type { OrgScope } from '../../common/access/org-scope';
import type { Period, StatsFilter } from './stats-filter';
import { parisMonth, periodCondition, statsWhere } from './stats-where';

export interface ContactCounts {
  contacts: number;
  reached: number;
  households: number;
  householdsReached: number;
}
export type OutreachRow = ContactCounts & {
  dimension: 'total' | 'channel_outcome' | 'worker' | 'month';
  channel: ContactChannel | null;
  outcome: ContactOutcome | null;
  authorId: string | null;
  authorName: string | null;
  month: string | null;
};

export interface CampaignStatsRow {
  id: string;
  name: string;
  status: CampaignStatus;
  launchedAt: Date | null;
  targeted: number;
  reached: number;
  informed: number;
  claimFiled: number;
  granted: number;
  grantedAnnualCents: number;
}

const REACHED_SQL = sqlLiterals(REACHED_OUTCOMES);
const INFORMED_SQL = sqlLiterals(['informe', 'demande_en_cours', 'demande_deposee', 'accorde', 'refuse']);
const CLAIM_FILED_SQL = sqlLiterals(['demande_deposee', 'accorde', 'refuse']);

@Injectable()
export class ActivityRepository {
  /** Contacts of the period (`occurred_at`); reached = outcome `joint` or `rdv_pris`. */
  async outreach(em: EntityManager, scope: OrgScope, f: StatsFilter, period: Period): Promise<OutreachRow[]> {
    const where = periodCondition(
      statsWhere(scope, f, {
        organisation: 'ct.organisation_id',
        territory: 'h.territory_id',
        commune: 'h.commune_insee',
        // A contact counts for a benefit when it was about a right of that benefit.
        benefit: `EXISTS (SELECT 1 FROM contact_right cr JOIN detected_right dr ON dr.id = cr.detected_right_id WHERE cr.contact_id = ct.id AND dr.benefit = ?)`,
      }),
      'ct.occurred_at',
      period,
    );
    return em.query(
      `WITH c AS (
         SELECT ct.household_id, ct.author_id, ct.channel, ct.outcome, ct.outcome IN (${REACHED_SQL}) AS reached,
                ${parisMonth('ct.occurred_at')} AS month
         FROM contact ct JOIN household h ON h.id = ct.household_id
         WHERE ${where.sql}
       ), g AS (
         SELECT CASE WHEN GROUPING(channel) = 0 THEN 'channel_outcome' WHEN GROUPING(author_id) = 0 THEN 'worker'
                     WHEN GROUPING(month) = 0 THEN 'month' ELSE 'total' END AS dimension,
                channel, outcome, author_id, month,
                count(*)::int AS contacts, count(*) FILTER (WHERE reached)::int AS reached,
                count(DISTINCT household_id)::int AS households, count(DISTINCT household_id) FILTER (WHERE reached)::int AS "householdsReached"
         FROM c GROUP BY GROUPING SETS ((channel, outcome), (author_id), (month), ())
       )
       SELECT g.dimension, g.channel, g.outcome, g.author_id AS "authorId", u.display_name AS "authorName", g.month,
              g.contacts, g.reached, g.households, g."householdsReached"
       FROM g LEFT JOIN app_user u ON u.id = g.author_id
       ORDER BY g.dimension, g.channel, g.outcome, u.display_name, g.month`,
      where.params,
    );
  }

  /**
   * Launched campaigns of the period (`launched_at`) with their funnel: targeted households; reached
   * after the launch; informed, claim filed and granted by the status of the rights they were targeted
   * for; euros a year granted on those rights. The control group (not contacted) is left out here and
   * compared with the contacted households by takeUpByGroup.
   */
  async campaigns(em: EntityManager, scope: OrgScope, f: StatsFilter, period: Period): Promise<CampaignStatsRow[]> {
    const where = periodCondition(statsWhere(scope, f, { organisation: 'c.organisation_id', territory: 'c.territory_id' }), 'c.launched_at', period);
    const rows: (CampaignStatsRow & { grantedAnnualCents: string })[] = await em.query(
      `WITH c AS (
         SELECT c.id, c.name, c.status, c.launched_at FROM campaign c WHERE ${where.sql} AND c.status <> 'brouillon'
       ), per_household AS (
         SELECT ch.campaign_id, ch.household_id,
                EXISTS (SELECT 1 FROM contact ct WHERE ct.household_id = ch.household_id AND ct.outcome IN (${REACHED_SQL})
                        AND ct.occurred_at >= c.launched_at) AS reached,
                coalesce(bool_or(r.status IN (${INFORMED_SQL})), false) AS informed,
                coalesce(bool_or(r.status IN (${CLAIM_FILED_SQL})), false) AS claim_filed,
                coalesce(bool_or(r.status = 'accorde'), false) AS granted,
                coalesce(sum(CASE WHEN r.status <> 'accorde' THEN 0 WHEN r.amount_period = 'annuel' THEN r.granted_monthly_amount_cents
                                  ELSE r.granted_monthly_amount_cents * 12 END), 0)::bigint AS annual_cents
         FROM c JOIN campaign_household ch ON ch.campaign_id = c.id AND NOT ch.control
         LEFT JOIN detected_right r ON r.id = ANY(ch.detected_right_ids)
         GROUP BY ch.campaign_id, ch.household_id, c.launched_at
       )
       SELECT c.id, c.name, c.status, c.launched_at AS "launchedAt",
              count(p.household_id)::int AS targeted, count(*) FILTER (WHERE p.reached)::int AS reached,
              count(*) FILTER (WHERE p.informed)::int AS informed, count(*) FILTER (WHERE p.claim_filed)::int AS "claimFiled",
              count(*) FILTER (WHERE p.granted)::int AS granted, coalesce(sum(p.annual_cents), 0)::bigint AS "grantedAnnualCents"
       FROM c LEFT JOIN per_household p ON p.campaign_id = c.id
       GROUP BY c.id, c.name, c.status, c.launched_at
       ORDER BY c.launched_at DESC, c.id`,
      where.params,
    );
    return rows.map((r) => ({ ...r, grantedAnnualCents: Number(r.grantedAnnualCents) }));
  }
}
