import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 14, scale, second pass: the referral and campaign indicators read rollups too, and the
// territory coordinator's funnel, rights opened and time to right read smaller ones (materialised
// views refreshed by the worker's stats.refresh, after those of migration 1796730000000). At 1 million
// households they took 1.7 s (referrals: per referral, two lateral reads of its events, its reminder
// and an earlier expired referral), 1.4 s (campaigns: per cohort household, its contacts and every
// right of the household for the control-group take-up) and 370 ms (the coordinator's funnel, adding
// ~240 000 per-organisation and per-commune rows).
//
// stats_referral   one row per referral, its events already read: month, acknowledgement and answer
//                  delays, late acknowledgement (as of the refresh: a deadline passes with time), re-sent,
//                  benefits, commune. Distinct households and delay percentiles are taken over these rows.
// stats_referral_month  its additive counts per (sender, recipient, month): the per-referral filters
//                  (status, outcome, late…) were the costly part, evaluated for every grouping set.
// stats_campaign   one row per launched campaign: its funnel over the contacted households and the
//                  take-up of both groups, as of the refresh.
// stats_territory_funnel  stats_funnel added up over the organisations of a territory (the same
//                  figures, households counted per organisation: docs/indicateurs.md), its steps as
//                  columns: far fewer rows for a coordinator reading the whole territory.
// stats_territory_opened  stats_opened added up over the organisations of a territory, likewise.
// stats_delay_days  stats_delay counted per day of delay (whole days): exact percentiles from counts.
//
// Rules frozen here are the indicators' (docs/indicateurs.md): acknowledgement deadline = the
// referral_unanswered reminder (threshold 1), else 5 calendar days after sending; reached = a contact
// « joint » or « rdv pris »; informed, claim filed and granted by the status of the targeted rights.

const REACHED = `('joint', 'rdv_pris')`;
const INFORMED = `('informe', 'demande_en_cours', 'demande_deposee', 'accorde', 'refuse')`;
const CLAIM_FILED = `('demande_deposee', 'accorde', 'refuse')`;
const OPENED = `status = 'cloturee' AND outcome = 'droit_ouvert'`;
const COUNTS = [
  ['resent', 'resent'], ['acknowledged', 'ack_days IS NOT NULL'], ['answered', 'answer_days IS NOT NULL'], ['late_acknowledgements', 'late_ack'],
  ['expired', `status = 'expiree'`], ['sla_breaches', `late_ack OR status = 'expiree'`], ['pending', `status IN ('envoyee', 'accusee')`],
  ['accepted', `status IN ('acceptee', 'en_cours')`], ['declined', `status = 'declinee'`], ['cancelled', `status = 'annulee'`],
  ['right_opened', OPENED], ['right_refused', `status = 'cloturee' AND outcome = 'droit_refuse'`], ['no_follow_up', `status = 'cloturee' AND outcome = 'sans_suite'`],
];
const STEPS = ['detected', 'confirmed', 'reached', 'informed', 'claimFiled', 'granted', 'refused', 'declined'];

export class StatsRollupsReferralsCampaigns1796810000000 implements MigrationInterface {
  name = 'StatsRollupsReferralsCampaigns1796810000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE MATERIALIZED VIEW stats_referral AS
      SELECT r.id, r.household_id, r.territory_id, r.sender_organisation_id, r.recipient_organisation_id, coalesce(h.commune_insee, '') AS commune_insee,
             r.created_at, to_char(r.created_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM') AS month, r.status, r.outcome, r.outcome_monthly_amount_cents,
             (extract(epoch FROM (ack.at - r.created_at)) / 86400.0)::float8 AS ack_days,
             (extract(epoch FROM (ans.at - r.created_at)) / 86400.0)::float8 AS answer_days,
             coalesce(rem.due_at, r.created_at + interval '5 days') < coalesce(ack.at, CASE WHEN r.status = 'annulee' THEN r.status_changed_at END, now()) AS late_ack,
             EXISTS (SELECT 1 FROM referral p WHERE p.household_id = r.household_id AND p.recipient_organisation_id = r.recipient_organisation_id
                     AND p.created_at < r.created_at AND p.status = 'expiree') AS resent,
             ARRAY(SELECT DISTINCT dr.benefit::text FROM referral_right rr JOIN detected_right dr ON dr.id = rr.detected_right_id
                   WHERE rr.referral_id = r.id ORDER BY 1) AS benefits
      FROM referral r JOIN household h ON h.id = r.household_id
      LEFT JOIN (SELECT referral_id, min(at) AS at FROM referral_event WHERE to_status = 'accusee' GROUP BY referral_id) ack ON ack.referral_id = r.id
      LEFT JOIN (SELECT referral_id, min(at) AS at FROM referral_event WHERE to_status IN ('acceptee', 'declinee') GROUP BY referral_id) ans ON ans.referral_id = r.id
      LEFT JOIN reminder rem ON rem.kind = 'referral_unanswered' AND rem.item_id = r.id AND rem.threshold = 1`);
    await queryRunner.query(`CREATE UNIQUE INDEX stats_referral_key ON stats_referral (id)`);
    await queryRunner.query(`CREATE INDEX stats_referral_territory ON stats_referral (territory_id, created_at)`);
    await queryRunner.query(`CREATE INDEX stats_referral_sender ON stats_referral (sender_organisation_id, created_at)`);
    await queryRunner.query(`CREATE INDEX stats_referral_recipient ON stats_referral (recipient_organisation_id, created_at)`);

    // Its additive counts per month and (sender, recipient): what the dashboard adds up without a
    // commune or benefit filter (distinct households and delays still read stats_referral).
    await queryRunner.query(`CREATE MATERIALIZED VIEW stats_referral_month AS
      SELECT territory_id, sender_organisation_id, recipient_organisation_id, month, count(*)::int AS referrals,
             ${COUNTS.map(([col, cond]) => `count(*) FILTER (WHERE ${cond})::int AS ${col}`).join(', ')},
             coalesce(sum(outcome_monthly_amount_cents::bigint * 12) FILTER (WHERE ${OPENED}), 0)::bigint AS opened_annual_cents
      FROM stats_referral GROUP BY territory_id, sender_organisation_id, recipient_organisation_id, month`);
    await queryRunner.query(`CREATE UNIQUE INDEX stats_referral_month_key ON stats_referral_month (territory_id, sender_organisation_id, recipient_organisation_id, month)`);

    // Per launched campaign: the contacted group's funnel, and each group's households and take-up
    // (a right of a targeted benefit granted since the launch, any right of that household and benefit).
    await queryRunner.query(`CREATE MATERIALIZED VIEW stats_campaign AS
      WITH per_household AS (
        SELECT ch.campaign_id, ch.control,
               EXISTS (SELECT 1 FROM contact ct WHERE ct.household_id = ch.household_id AND ct.outcome IN ${REACHED} AND ct.occurred_at >= c.launched_at) AS reached,
               coalesce(bool_or(r.status IN ${INFORMED}), false) AS informed,
               coalesce(bool_or(r.status IN ${CLAIM_FILED}), false) AS claim_filed,
               coalesce(bool_or(r.status = 'accorde'), false) AS granted,
               coalesce(sum(CASE WHEN r.status <> 'accorde' THEN 0 WHEN r.amount_period = 'annuel' THEN r.granted_monthly_amount_cents
                                 ELSE r.granted_monthly_amount_cents * 12 END), 0)::bigint AS annual_cents,
               EXISTS (SELECT 1 FROM detected_right t JOIN detected_right g ON g.household_id = t.household_id AND g.benefit = t.benefit
                       WHERE t.id = ANY (ch.detected_right_ids) AND g.status = 'accorde' AND g.status_changed_at >= c.launched_at) AS took_up
        FROM campaign c JOIN campaign_household ch ON ch.campaign_id = c.id
        LEFT JOIN detected_right r ON r.id = ANY (ch.detected_right_ids)
        WHERE c.launched_at IS NOT NULL
        GROUP BY ch.campaign_id, ch.household_id, ch.control, ch.detected_right_ids, c.launched_at
      )
      SELECT c.id AS campaign_id,
             count(p.campaign_id) FILTER (WHERE NOT p.control)::int AS targeted,
             count(*) FILTER (WHERE NOT p.control AND p.reached)::int AS reached,
             count(*) FILTER (WHERE NOT p.control AND p.informed)::int AS informed,
             count(*) FILTER (WHERE NOT p.control AND p.claim_filed)::int AS claim_filed,
             count(*) FILTER (WHERE NOT p.control AND p.granted)::int AS granted,
             coalesce(sum(p.annual_cents) FILTER (WHERE NOT p.control), 0)::bigint AS granted_annual_cents,
             count(*) FILTER (WHERE NOT p.control AND p.took_up)::int AS contacted_took_up,
             count(p.campaign_id) FILTER (WHERE p.control)::int AS control_households,
             count(*) FILTER (WHERE p.control AND p.took_up)::int AS control_took_up
      FROM campaign c LEFT JOIN per_household p ON p.campaign_id = c.id
      WHERE c.launched_at IS NOT NULL
      GROUP BY c.id`);
    await queryRunner.query(`CREATE UNIQUE INDEX stats_campaign_key ON stats_campaign (campaign_id)`);

    // Rights opened, the organisations of a territory added up (same figures, far fewer rows).
    await queryRunner.query(`CREATE MATERIALIZED VIEW stats_territory_opened AS
      SELECT territory_id, commune_insee, min(commune_name) AS commune_name, benefit, month, prev, next,
             sum(rights)::int AS rights, sum(annual_cents)::bigint AS annual_cents, sum(households)::int AS households
      FROM stats_opened GROUP BY territory_id, commune_insee, benefit, month, prev, next`);
    await queryRunner.query(`CREATE UNIQUE INDEX stats_territory_opened_key ON stats_territory_opened (territory_id, commune_insee, benefit, month, prev, next)`);
    // The per-organisation breakdown of a territory reads every benefit's all-communes rows of stats_opened.
    await queryRunner.query(`CREATE INDEX stats_opened_all_communes ON stats_opened (territory_id, month) WHERE commune_insee = '*'`);

    // Time to right: delays are whole Paris days, so a percentile is read exactly from the number of
    // rights per day of delay (percentile_cont's ranks found on the cumulative counts): a few thousand
    // rows per territory instead of sorting every right's delay. Not per commune (a commune filter
    // reads stats_delay).
    await queryRunner.query(`CREATE MATERIALIZED VIEW stats_delay_days AS
      SELECT territory_id, organisation_id, benefit, 'claim' AS kind, claim_month AS month, to_claim AS days, count(*)::int AS n
      FROM stats_delay WHERE claim_month IS NOT NULL GROUP BY territory_id, organisation_id, benefit, claim_month, to_claim
      UNION ALL
      SELECT territory_id, organisation_id, benefit, 'grant', grant_month, to_grant, count(*)::int
      FROM stats_delay WHERE grant_month IS NOT NULL GROUP BY territory_id, organisation_id, benefit, grant_month, to_grant`);
    await queryRunner.query(`CREATE UNIQUE INDEX stats_delay_days_key ON stats_delay_days (organisation_id, kind, month, benefit, days, territory_id)`);
    await queryRunner.query(`CREATE INDEX stats_delay_days_territory ON stats_delay_days (territory_id, kind, month)`);

    // One row per (commune, benefit, month, prev) with a column per step: eight times fewer rows again.
    await queryRunner.query(`CREATE MATERIALIZED VIEW stats_territory_funnel AS
      SELECT territory_id, commune_insee, min(commune_name) AS commune_name, benefit, month, prev,
             ${STEPS.map((s) => `coalesce(sum(households) FILTER (WHERE step = '${s}'), 0)::int AS "${s}"`).join(', ')}
      FROM stats_funnel GROUP BY territory_id, commune_insee, benefit, month, prev`);
    await queryRunner.query(`CREATE UNIQUE INDEX stats_territory_funnel_key ON stats_territory_funnel (territory_id, benefit, commune_insee, month, prev)`);
    // The totals of every commune ('*'), per benefit and for all.
    await queryRunner.query(`CREATE INDEX stats_territory_funnel_all_communes ON stats_territory_funnel (territory_id, month) WHERE commune_insee = '*'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP MATERIALIZED VIEW stats_territory_funnel`);
    await queryRunner.query(`DROP MATERIALIZED VIEW stats_delay_days`);
    await queryRunner.query(`DROP MATERIALIZED VIEW stats_territory_opened`);
    await queryRunner.query(`DROP INDEX stats_opened_all_communes`);
    await queryRunner.query(`DROP MATERIALIZED VIEW stats_campaign`);
    await queryRunner.query(`DROP MATERIALIZED VIEW stats_referral_month`);
    await queryRunner.query(`DROP MATERIALIZED VIEW stats_referral`);
  }
}
