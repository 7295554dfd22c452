import type { MigrationInterface, QueryRunner } from 'typeorm';

// Campaign previews and "Ma journée" at a département's scale (issue 16), second pass.
//
// household gets the default campaign cohort of each household, kept by the database in the same
// transaction as the writes (statement triggers on detected_right and outreach_block):
//   cohort_right_count   rights in the default campaign statuses (DEFAULT_CAMPAIGN_RIGHT_STATUSES)
//   cohort_annual_cents  Σ their annual amounts, cents
//   refusal_until        the latest `blocked_until` of the household's refusals (null: none)
// A broad preview (no filter on the rights themselves) sums these columns over a covering index for the
// households without a refusal running today, and computes exactly only the few that have one.
// "Ma journée"'s due tasks get a partial index in the order they are listed.
const COHORT_STATUSES = `'detecte', 'confirme'`;
const OPEN_RIGHT_STATUSES = `'detecte', 'confirme', 'informe', 'demande_en_cours', 'demande_deposee'`;
const R_ANNUAL = `(CASE WHEN r.amount_period = 'annuel' THEN r.estimated_amount_cents ELSE r.estimated_amount_cents * 12 END)`;

const refreshRights = (cohort: boolean) => `CREATE OR REPLACE FUNCTION recours_refresh_household_gain(ids uuid[]) RETURNS void LANGUAGE sql AS $$
      UPDATE household h SET open_gain_cents = s.gain${cohort ? ', cohort_right_count = s.cohort_n, cohort_annual_cents = s.cohort_cents' : ''}
        FROM (SELECT x.id,
                     coalesce(round(sum(${R_ANNUAL} * recours_confidence_weight(r.confidence)) FILTER (WHERE r.status IN (${OPEN_RIGHT_STATUSES}))), 0)::bigint AS gain,
                     count(r.id) FILTER (WHERE r.status IN (${COHORT_STATUSES}))::int AS cohort_n,
                     coalesce(sum(${R_ANNUAL}) FILTER (WHERE r.status IN (${COHORT_STATUSES})), 0)::bigint AS cohort_cents
                FROM unnest(ids) AS x(id)
                LEFT JOIN detected_right r ON r.household_id = x.id
               GROUP BY x.id) s
       WHERE h.id = s.id
         AND (h.open_gain_cents${cohort ? ', h.cohort_right_count, h.cohort_annual_cents' : ''}) IS DISTINCT FROM (s.gain${cohort ? ', s.cohort_n, s.cohort_cents' : ''})
    $$`;

export class CohortSummary1796540000000 implements MigrationInterface {
  name = 'CohortSummary1796540000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ADD "cohort_right_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "household" ADD "cohort_annual_cents" bigint NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "household" ADD "refusal_until" date`);
    // The detected_right statement triggers (migration 1796406000000) call this function: it now keeps the cohort too.
    await queryRunner.query(refreshRights(true));
    await queryRunner.query(`CREATE FUNCTION recours_refresh_household_refusal(ids uuid[]) RETURNS void LANGUAGE sql AS $$
      UPDATE household h SET refusal_until = s.until
        FROM (SELECT x.id, max(b.blocked_until) AS until FROM unnest(ids) AS x(id)
                LEFT JOIN outreach_block b ON b.household_id = x.id GROUP BY x.id) s
       WHERE h.id = s.id AND h.refusal_until IS DISTINCT FROM s.until
    $$`);
    await queryRunner.query(`CREATE FUNCTION recours_outreach_block_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM recours_refresh_household_refusal(ARRAY(SELECT DISTINCT household_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM recours_refresh_household_refusal(ARRAY(SELECT DISTINCT household_id FROM old_rows));
        ELSE
          PERFORM recours_refresh_household_refusal(ARRAY(SELECT household_id FROM new_rows UNION SELECT household_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $$`);
    for (const [suffix, event, transition] of STATEMENT_EVENTS) {
      await queryRunner.query(
        `CREATE TRIGGER outreach_block_refusal_${suffix} AFTER ${event} ON outreach_block ${transition} FOR EACH STATEMENT EXECUTE FUNCTION recours_outreach_block_changed()`,
      );
    }

    // Backfill.
    await queryRunner.query(`SELECT recours_refresh_household_gain(ARRAY(SELECT id FROM household))`);
    await queryRunner.query(`SELECT recours_refresh_household_refusal(ARRAY(SELECT DISTINCT household_id FROM outreach_block))`);

    // Broad previews: the active households with a cohort, read from the index alone.
    await queryRunner.query(
      `CREATE INDEX "household_cohort_idx" ON "household" ("organisation_id") INCLUDE ("cohort_right_count", "cohort_annual_cents", "refusal_until", "referent_id", "commune_insee", "postcode") WHERE "status" = 'active' AND "cohort_right_count" > 0`,
    );
    // "Ma journée": an assignee's open tasks by due date.
    await queryRunner.query(
      `CREATE INDEX "task_my_day_idx" ON "task" ("organisation_id", "assignee_id", "due_on") WHERE "status" IN ('a_faire', 'en_cours')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "task_my_day_idx"`);
    await queryRunner.query(`DROP INDEX "household_cohort_idx"`);
    for (const [suffix] of [...STATEMENT_EVENTS].reverse()) await queryRunner.query(`DROP TRIGGER outreach_block_refusal_${suffix} ON outreach_block`);
    await queryRunner.query(`DROP FUNCTION recours_outreach_block_changed()`);
    await queryRunner.query(`DROP FUNCTION recours_refresh_household_refusal(uuid[])`);
    await queryRunner.query(refreshRights(false));
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "refusal_until"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "cohort_annual_cents"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "cohort_right_count"`);
  }
}

const STATEMENT_EVENTS = [
  ['insert', 'INSERT', 'REFERENCING NEW TABLE AS new_rows'],
  ['update', 'UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'DELETE', 'REFERENCING OLD TABLE AS old_rows'],
] as const;
