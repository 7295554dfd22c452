import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 14, scale. The dashboard's indicators read rollups (materialised views) refreshed by the
// worker (`stats.refresh`, REFRESH MATERIALIZED VIEW CONCURRENTLY: the dashboard keeps reading while
// they refresh), instead of 2 million detected rights and 5 million contacts per request. Months are
// Paris months `YYYY-MM`; `commune_insee = '*'` rows add up every commune, `benefit = ''` rows are
// "every benefit".
//
// Distinct households over a period of months do not add up month by month (a household detected
// for the RSA in January and for the prime d'activité in March is one household over the quarter).
// So each household-month row also carries `prev`, the household's previous month in the same
// series ('' when none): the households of months m1…m2 are the rows of those months whose `prev` is
// before m1 ('' sorts first), each household counted at its first month in the period. Exact, and
// the rows stay few because most households have few months.
//
// Rules are the indicators' (docs/indicateurs.md), frozen here: rank of a status (confirme 1, informe
// and demande_en_cours 2, demande_deposee 3, accorde and refuse 4, others 0, exits read from their
// transitions), reached = a contact « joint » or « rdv pris ».

const RANK = (col: string) =>
  `CASE ${col} WHEN 'confirme' THEN 1 WHEN 'informe' THEN 2 WHEN 'demande_en_cours' THEN 2 WHEN 'demande_deposee' THEN 3 WHEN 'accorde' THEN 4 WHEN 'refuse' THEN 4 ELSE 0 END`;
const MONTH = (col: string) => `to_char(${col} AT TIME ZONE 'Europe/Paris', 'YYYY-MM')`;
const DAYS = (from: string, to: string) => `((${to} AT TIME ZONE 'Europe/Paris')::date - (${from} AT TIME ZONE 'Europe/Paris')::date)`;
const REACHED = `('joint', 'rdv_pris')`;

export class StatsRollups1796730000000 implements MigrationInterface {
  name = 'StatsRollups1796730000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // One row per (household, benefit, organisation): the furthest step its rights reached.
    await queryRunner.query(`CREATE MATERIALIZED VIEW stats_pair AS
      SELECT p.*, ${MONTH('p.first_detected_at')} AS month, coalesce(c.last_reached_at >= p.first_detected_at, false) AS reached
      FROM (
        SELECT dr.household_id, dr.benefit::text AS benefit, dr.organisation_id, (array_agg(dr.territory_id ORDER BY dr.detected_at))[1] AS territory_id,
               coalesce(min(h.commune_insee), '') AS commune_insee, min(h.commune_name) AS commune_name, min(dr.detected_at) AS first_detected_at,
               max(GREATEST(${RANK('dr.status')}, coalesce(tr.rank, 0))) AS rank,
               bool_or(dr.status = 'accorde') AS granted, bool_or(dr.status = 'refuse') AS refused, bool_or(dr.status = 'refus_personne') AS declined
        FROM detected_right dr JOIN household h ON h.id = dr.household_id
        LEFT JOIN (SELECT t.detected_right_id, max(${RANK('t.from_status')}) AS rank FROM detected_right_transition t GROUP BY t.detected_right_id) tr
          ON tr.detected_right_id = dr.id
        GROUP BY dr.household_id, dr.benefit, dr.organisation_id
      ) p
      LEFT JOIN (SELECT household_id, max(occurred_at) AS last_reached_at FROM contact WHERE outcome IN ${REACHED} GROUP BY household_id) c
        ON c.household_id = p.household_id`);
    await queryRunner.query(`CREATE UNIQUE INDEX stats_pair_key ON stats_pair (household_id, benefit, organisation_id)`);

    // The funnel: households per step and month (per benefit: one pair = one household, no prev).
    await queryRunner.query(`CREATE MATERIALIZED VIEW stats_funnel AS
      WITH step AS (
        SELECT p.household_id, p.benefit, p.organisation_id, p.territory_id, p.commune_insee, p.commune_name, p.month, s.step
        FROM stats_pair p
        CROSS JOIN LATERAL (VALUES ('detected', true), ('confirmed', p.rank >= 1), ('reached', p.rank >= 2 OR (p.rank >= 1 AND p.reached)),
                                   ('informed', p.rank >= 2), ('claimFiled', p.rank >= 3), ('granted', p.granted),
                                   ('refused', p.refused AND NOT p.granted), ('declined', p.declined AND NOT p.granted AND NOT p.refused)) s(step, yes)
        WHERE s.yes
      ), household_month AS (
        SELECT d.*, coalesce(lag(d.month) OVER (PARTITION BY d.household_id, d.organisation_id, d.step ORDER BY d.month), '') AS prev
        FROM (SELECT DISTINCT household_id, organisation_id, territory_id, commune_insee, commune_name, step, month FROM step) d
      ), all_rows AS (
        SELECT territory_id, organisation_id, commune_insee, commune_name, benefit, step, month, '' AS prev FROM step
        UNION ALL
        SELECT territory_id, organisation_id, commune_insee, commune_name, '' AS benefit, step, month, prev FROM household_month
      )
      SELECT territory_id, organisation_id, CASE WHEN GROUPING(commune_insee) = 1 THEN '*' ELSE commune_insee END AS commune_insee,
             min(commune_name) AS commune_name, benefit, step, month, prev, count(*)::int AS households
      FROM all_rows
      GROUP BY GROUPING SETS ((territory_id, organisation_id, commune_insee, benefit, step, month, prev), (territory_id, organisation_id, benefit, step, month, prev))`);
    await queryRunner.query(`CREATE UNIQUE INDEX stats_funnel_key ON stats_funnel (organisation_id, commune_insee, benefit, step, month, prev, territory_id)`);
    await queryRunner.query(`CREATE INDEX stats_funnel_territory ON stats_funnel (territory_id, benefit, commune_insee, month)`);

    // Rights opened: per (household, benefit, organisation) and month, its last grant of the month
    // (prev/next: the pair's grant months around it); per household ('' benefit), its grant months.
    await queryRunner.query(`CREATE MATERIALIZED VIEW stats_opened AS
      WITH g AS (
        SELECT DISTINCT ON (dr.household_id, dr.benefit, dr.organisation_id, ${MONTH('dr.status_changed_at')})
               dr.household_id, dr.benefit::text AS benefit, dr.organisation_id, dr.territory_id, coalesce(h.commune_insee, '') AS commune_insee, h.commune_name,
               ${MONTH('dr.status_changed_at')} AS month,
               CASE WHEN dr.amount_period = 'annuel' THEN coalesce(dr.granted_monthly_amount_cents, 0) ELSE coalesce(dr.granted_monthly_amount_cents, 0) * 12 END::bigint AS annual_cents
        FROM detected_right dr JOIN household h ON h.id = dr.household_id
        WHERE dr.status = 'accorde'
        ORDER BY dr.household_id, dr.benefit, dr.organisation_id, ${MONTH('dr.status_changed_at')}, dr.status_changed_at DESC
      ), pair_month AS (
        SELECT g.*, coalesce(lag(month) OVER w, '') AS prev, coalesce(lead(month) OVER w, '~') AS next
        FROM g WINDOW w AS (PARTITION BY household_id, benefit, organisation_id ORDER BY month)
      ), household_month AS (
        SELECT d.*, coalesce(lag(d.month) OVER (PARTITION BY d.household_id, d.organisation_id ORDER BY d.month), '') AS prev
        FROM (SELECT DISTINCT household_id, organisation_id, territory_id, commune_insee, commune_name, month FROM g) d
      ), all_rows AS (
        SELECT territory_id, organisation_id, commune_insee, commune_name, benefit, month, prev, next, 1 AS rights, annual_cents, 0 AS households FROM pair_month
        UNION ALL
        SELECT territory_id, organisation_id, commune_insee, commune_name, '', month, prev, '~', 0, 0, 1 FROM household_month
      )
      SELECT territory_id, organisation_id, CASE WHEN GROUPING(commune_insee) = 1 THEN '*' ELSE commune_insee END AS commune_insee,
             min(commune_name) AS commune_name, benefit, month, prev, next,
             sum(rights)::int AS rights, sum(annual_cents)::bigint AS annual_cents, sum(households)::int AS households
      FROM all_rows
      GROUP BY GROUPING SETS ((territory_id, organisation_id, commune_insee, benefit, month, prev, next), (territory_id, organisation_id, benefit, month, prev, next))`);
    await queryRunner.query(`CREATE UNIQUE INDEX stats_opened_key ON stats_opened (organisation_id, commune_insee, benefit, month, prev, next, territory_id)`);
    await queryRunner.query(`CREATE INDEX stats_opened_territory ON stats_opened (territory_id, benefit, commune_insee, month)`);

    // Time to right: one row per right with a claim or a decision, its delays in Paris days.
    await queryRunner.query(`CREATE MATERIALIZED VIEW stats_delay AS
      SELECT dr.id, dr.benefit::text AS benefit, dr.organisation_id, dr.territory_id, coalesce(h.commune_insee, '') AS commune_insee,
             ${MONTH('claim.at')} AS claim_month, ${DAYS('dr.detected_at', 'claim.at')} AS to_claim,
             CASE WHEN dr.status = 'accorde' THEN ${MONTH('dr.status_changed_at')} END AS grant_month,
             CASE WHEN dr.status = 'accorde' THEN ${DAYS('dr.detected_at', 'dr.status_changed_at')} END AS to_grant
      FROM detected_right dr JOIN household h ON h.id = dr.household_id
      LEFT JOIN (SELECT detected_right_id, min(at) AS at FROM detected_right_transition WHERE to_status = 'demande_deposee' GROUP BY detected_right_id) claim
        ON claim.detected_right_id = dr.id
      WHERE dr.status IN ('demande_deposee', 'accorde', 'refuse', 'abandonne', 'refus_personne') AND (claim.at IS NOT NULL OR dr.status = 'accorde')`);
    await queryRunner.query(`CREATE UNIQUE INDEX stats_delay_key ON stats_delay (id)`);
    await queryRunner.query(`CREATE INDEX stats_delay_organisation ON stats_delay (organisation_id, claim_month, grant_month)`);
    await queryRunner.query(`CREATE INDEX stats_delay_territory ON stats_delay (territory_id, claim_month, grant_month)`);

    // Outreach: contacts (additive) and contacted / reached households (with prev) per month, in three
    // series: the total, per channel and outcome, per worker. Not per commune (a commune filter reads
    // the tables). A contact counts for a benefit when it was about a right of that benefit.
    await queryRunner.query(`CREATE MATERIALIZED VIEW stats_contact AS
      WITH c AS (
        SELECT ct.id, ct.household_id, ct.organisation_id, h.territory_id,
               ct.channel::text || '|' || ct.outcome::text AS channel_outcome, coalesce(ct.author_id::text, '') AS author, ${MONTH('ct.occurred_at')} AS month,
               ct.outcome IN ${REACHED} AS reached
        FROM contact ct JOIN household h ON h.id = ct.household_id
      ), cb AS (
        SELECT c.*, '' AS benefit FROM c
        UNION ALL
        SELECT c.*, b.benefit FROM c JOIN (SELECT DISTINCT cr.contact_id, dr.benefit::text AS benefit FROM contact_right cr JOIN detected_right dr ON dr.id = cr.detected_right_id) b ON b.contact_id = c.id
      ), series AS (
        SELECT cb.*, s.series, s.key FROM cb
        CROSS JOIN LATERAL (VALUES ('total', ''), ('channel', cb.channel_outcome), ('worker', cb.author)) s(series, key)
      ), household_month AS (
        SELECT d.*, coalesce(lag(d.month) OVER (PARTITION BY d.household_id, d.organisation_id, d.benefit, d.series, d.key, d.kind ORDER BY d.month), '') AS prev
        FROM (SELECT DISTINCT household_id, organisation_id, territory_id, benefit, series, key, k.kind, month
              FROM series CROSS JOIN LATERAL (VALUES ('households', true), ('householdsReached', series.reached)) k(kind, yes) WHERE k.yes) d
      )
      SELECT territory_id, organisation_id, benefit, series, key, 'contacts' AS kind, month, '' AS prev, count(*)::int AS n, count(*) FILTER (WHERE reached)::int AS reached
      FROM series GROUP BY territory_id, organisation_id, benefit, series, key, month
      UNION ALL
      SELECT territory_id, organisation_id, benefit, series, key, kind, month, prev, count(*)::int, 0
      FROM household_month GROUP BY territory_id, organisation_id, benefit, series, key, kind, month, prev`);
    await queryRunner.query(`CREATE UNIQUE INDEX stats_contact_key ON stats_contact (organisation_id, series, benefit, key, kind, month, prev, territory_id)`);
    await queryRunner.query(`CREATE INDEX stats_contact_territory ON stats_contact (territory_id, series, benefit, month)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP MATERIALIZED VIEW stats_contact`);
    await queryRunner.query(`DROP MATERIALIZED VIEW stats_delay`);
    await queryRunner.query(`DROP MATERIALIZED VIEW stats_opened`);
    await queryRunner.query(`DROP MATERIALIZED VIEW stats_funnel`);
    await queryRunner.query(`DROP MATERIALIZED VIEW stats_pair`);
  }
}
