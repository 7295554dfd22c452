import type { MigrationInterface, QueryRunner } from 'typeorm';

// Campaign previews at a département's scale (issue 16), third pass.
//
// A broad preview (no filter at all) summed household_cohort_idx over every household of the
// organisation with a cohort (≈ 100 000 index entries, 15–20 ms of CPU per request, so p99 above a second
// under 50 connections on two cores). It now reads a rollup per organisation kept on write:
//   organisation_cohort_rollup  Σ over the organisation's active households with a cohort of
//                               (1, cohort_right_count, cohort_annual_cents)
// kept by a statement trigger on household in the same transaction as the write (the detected_right and
// outreach_block triggers update household, so every path that changes a cohort goes through it). The
// deltas go to one of 16 rows per organisation, chosen by the writing backend, so that concurrent writers
// (the worker's detections, imports, caseworkers) seldom wait on the same row; a read sums the 16.
// No foreign key: deleting an organisation deletes its households, whose trigger then writes the (zero-sum)
// deltas of an organisation that is going away.
// Refusals depend on today's date, so they are not rolled up: the few households whose refusal runs
// after today are read from a partial index and taken off the totals.
const SHARDS = 16;
const COHORT = `status = 'active' AND cohort_right_count > 0`;

/** The INSERT … ON CONFLICT that adds the deltas of `rows` (a SELECT of organisation_id, n, rights, cents). */
const applyDeltas = (rows: string) => `
          INSERT INTO organisation_cohort_rollup AS t (organisation_id, shard, household_count, right_count, annual_cents)
          SELECT organisation_id, pg_backend_pid() % ${SHARDS}, sum(n), sum(rights), sum(cents)
            FROM (${rows}) d
           GROUP BY organisation_id
          HAVING sum(n) <> 0 OR sum(rights) <> 0 OR sum(cents) <> 0
           ORDER BY organisation_id
          ON CONFLICT (organisation_id, shard) DO UPDATE
             SET household_count = t.household_count + excluded.household_count,
                 right_count = t.right_count + excluded.right_count,
                 annual_cents = t.annual_cents + excluded.annual_cents;`;
const added = `SELECT organisation_id, 1 AS n, cohort_right_count::bigint AS rights, cohort_annual_cents AS cents FROM new_rows WHERE ${COHORT}`;
const removed = `SELECT organisation_id, -1 AS n, -cohort_right_count::bigint AS rights, -cohort_annual_cents AS cents FROM old_rows WHERE ${COHORT}`;

export class CampaignPreviewRollup1796740000000 implements MigrationInterface {
  name = 'CampaignPreviewRollup1796740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organisation_cohort_rollup" (
      "organisation_id" uuid NOT NULL,
      "shard" smallint NOT NULL,
      "household_count" bigint NOT NULL DEFAULT 0,
      "right_count" bigint NOT NULL DEFAULT 0,
      "annual_cents" bigint NOT NULL DEFAULT 0,
      PRIMARY KEY ("organisation_id", "shard"))`);
    await queryRunner.query(`CREATE FUNCTION recours_household_cohort_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN${applyDeltas(added)}
        ELSIF TG_OP = 'DELETE' THEN${applyDeltas(removed)}
        ELSE${applyDeltas(`${added} UNION ALL ${removed}`)}
        END IF;
        RETURN NULL;
      END $$`);
    for (const [suffix, event, transition] of STATEMENT_EVENTS) {
      await queryRunner.query(
        `CREATE TRIGGER household_cohort_rollup_${suffix} AFTER ${event} ON household ${transition} FOR EACH STATEMENT EXECUTE FUNCTION recours_household_cohort_rollup()`,
      );
    }
    // From scratch (the migration's backfill, and loaders that write with triggers off).
    await queryRunner.query(`CREATE FUNCTION recours_rebuild_cohort_rollup() RETURNS void LANGUAGE sql AS $$
      DELETE FROM organisation_cohort_rollup;
      INSERT INTO organisation_cohort_rollup (organisation_id, shard, household_count, right_count, annual_cents)
      SELECT organisation_id, 0, count(*), sum(cohort_right_count), sum(cohort_annual_cents) FROM household WHERE ${COHORT} GROUP BY organisation_id;
    $$`);
    await queryRunner.query(`CREATE FUNCTION recours_household_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN DELETE FROM organisation_cohort_rollup; RETURN NULL; END $$`);
    await queryRunner.query(`CREATE TRIGGER household_cohort_rollup_truncate AFTER TRUNCATE ON household FOR EACH STATEMENT EXECUTE FUNCTION recours_household_truncated()`);
    await queryRunner.query(`SELECT recours_rebuild_cohort_rollup()`);
    // The households whose refusal may still run: what a broad preview takes off the rollup.
    await queryRunner.query(
      `CREATE INDEX "household_refused_cohort_idx" ON "household" ("organisation_id", "refusal_until") INCLUDE ("cohort_right_count", "cohort_annual_cents") WHERE ${COHORT} AND "refusal_until" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "household_refused_cohort_idx"`);
    await queryRunner.query(`DROP TRIGGER household_cohort_rollup_truncate ON household`);
    await queryRunner.query(`DROP FUNCTION recours_household_truncated()`);
    await queryRunner.query(`DROP FUNCTION recours_rebuild_cohort_rollup()`);
    for (const [suffix] of [...STATEMENT_EVENTS].reverse()) await queryRunner.query(`DROP TRIGGER household_cohort_rollup_${suffix} ON household`);
    await queryRunner.query(`DROP FUNCTION recours_household_cohort_rollup()`);
    await queryRunner.query(`DROP TABLE "organisation_cohort_rollup"`);
  }
}

const STATEMENT_EVENTS = [
  ['insert', 'INSERT', 'REFERENCING NEW TABLE AS new_rows'],
  ['update', 'UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'DELETE', 'REFERENCING OLD TABLE AS old_rows'],
] as const;
