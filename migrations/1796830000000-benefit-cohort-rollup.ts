import type { MigrationInterface, QueryRunner } from 'typeorm';

// Campaign previews filtered by benefit at a département's scale (issue 16), fourth pass.
//
// A preview filtered on benefits (default statuses, no other filter on the rights) aggregated every
// matching detected right of the organisation joined to its household (≈ 13 000 rights for one benefit
// at 100 000 households: 150–300 ms). It now reads, like the broad preview (migration 1796740000000):
//   household.cohort_by_benefit        {benefit: [rights, annual cents]} of the household's cohort rights
//                                      (default statuses), kept by recours_refresh_household_gain with
//                                      cohort_right_count in the same transaction as the rights;
//   organisation_benefit_cohort_rollup Σ over the organisation's active households with a cohort, per set
//                                      of cohort benefits (`benefits`, sorted) and per benefit of that set:
//                                      rights and cents of that benefit, and the households counted once,
//                                      on the row of the set's first benefit;
// kept by a statement trigger on household (16 rows per key chosen by the writing backend, as the broad
// rollup). A preview for benefits B sums the households of the sets that meet B, and the rights and cents
// of the rows whose benefit is in B: exact, whatever the number of households. The households whose refusal
// runs after today are taken off from a partial index that carries cohort_by_benefit.
const SHARDS = 16;
const COHORT = `status = 'active' AND cohort_right_count > 0`;
const COHORT_STATUSES = `'detecte', 'confirme'`;
const OPEN_RIGHT_STATUSES = `'detecte', 'confirme', 'informe', 'demande_en_cours', 'demande_deposee'`;
const R_ANNUAL = `(CASE WHEN r.amount_period = 'annuel' THEN r.estimated_amount_cents ELSE r.estimated_amount_cents * 12 END)`;

const GAIN_COLUMNS = `coalesce(round(sum(${R_ANNUAL} * recours_confidence_weight(r.confidence)) FILTER (WHERE r.status IN (${OPEN_RIGHT_STATUSES}))), 0)::bigint AS gain,
                     count(r.id) FILTER (WHERE r.status IN (${COHORT_STATUSES}))::int AS cohort_n,
                     coalesce(sum(${R_ANNUAL}) FILTER (WHERE r.status IN (${COHORT_STATUSES})), 0)::bigint AS cohort_cents`;

/**
 * recours_refresh_household_gain as migration 1796820000000 left it (each household's rights looked up by
 * index in a LATERAL subquery), with or without the per-benefit cohort (a second look-up, cohort rights only).
 */
const refreshRights = (perBenefit: boolean) => `CREATE OR REPLACE FUNCTION recours_refresh_household_gain(ids uuid[]) RETURNS void LANGUAGE sql AS $$
      UPDATE household h SET open_gain_cents = s.gain, cohort_right_count = s.cohort_n, cohort_annual_cents = s.cohort_cents${perBenefit ? ', cohort_by_benefit = s.by_benefit' : ''}
        FROM (SELECT x.id, g.gain, g.cohort_n, g.cohort_cents${perBenefit ? ', b.by_benefit' : ''}
                FROM unnest(ids) AS x(id)
                CROSS JOIN LATERAL (SELECT ${GAIN_COLUMNS} FROM detected_right r WHERE r.household_id = x.id) g${
                  perBenefit
                    ? `
                CROSS JOIN LATERAL (
                  SELECT coalesce(jsonb_object_agg(c.benefit::text, jsonb_build_array(c.n, c.cents)), '{}') AS by_benefit
                    FROM (SELECT r.benefit, count(*) AS n, sum(${R_ANNUAL}) AS cents FROM detected_right r
                           WHERE r.household_id = x.id AND r.status IN (${COHORT_STATUSES}) GROUP BY r.benefit) c) b`
                    : ''
                }) s
       WHERE h.id = s.id
         AND (h.open_gain_cents, h.cohort_right_count, h.cohort_annual_cents${perBenefit ? ', h.cohort_by_benefit' : ''}) IS DISTINCT FROM (s.gain, s.cohort_n, s.cohort_cents${perBenefit ? ', s.by_benefit' : ''})
    $$`;

/** One row per (household, benefit of its cohort) of `source`, with the sign `n`: the rollup's deltas. */
const perBenefit = (source: string, n: 1 | -1) => `
  SELECT h.organisation_id, k.benefits, e.key::detectable_benefit AS benefit,
         CASE WHEN e.key::detectable_benefit = k.benefits[1] THEN ${n} ELSE 0 END AS n,
         ${n} * (e.value->>0)::bigint AS rights, ${n} * (e.value->>1)::bigint AS cents
    FROM ${source} h
   CROSS JOIN LATERAL (SELECT array_agg(x::detectable_benefit ORDER BY x::detectable_benefit) AS benefits FROM jsonb_object_keys(h.cohort_by_benefit) x) k
   CROSS JOIN LATERAL jsonb_each(h.cohort_by_benefit) e
   WHERE h.${COHORT.replace(' AND ', ' AND h.')}`;

const applyDeltas = (rows: string) => `
          INSERT INTO organisation_benefit_cohort_rollup AS t (organisation_id, benefits, benefit, shard, household_count, right_count, annual_cents)
          SELECT organisation_id, benefits, benefit, pg_backend_pid() % ${SHARDS}, sum(n), sum(rights), sum(cents)
            FROM (${rows}) d
           GROUP BY organisation_id, benefits, benefit
          HAVING sum(n) <> 0 OR sum(rights) <> 0 OR sum(cents) <> 0
           ORDER BY organisation_id, benefits, benefit
          ON CONFLICT (organisation_id, benefits, benefit, shard) DO UPDATE
             SET household_count = t.household_count + excluded.household_count,
                 right_count = t.right_count + excluded.right_count,
                 annual_cents = t.annual_cents + excluded.annual_cents;`;

export class BenefitCohortRollup1796830000000 implements MigrationInterface {
  name = 'BenefitCohortRollup1796830000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "household" ADD "cohort_by_benefit" jsonb NOT NULL DEFAULT '{}'`);
    await queryRunner.query(refreshRights(true));
    await queryRunner.query(`CREATE TABLE "organisation_benefit_cohort_rollup" (
      "organisation_id" uuid NOT NULL,
      "benefits" detectable_benefit[] NOT NULL,
      "benefit" detectable_benefit NOT NULL,
      "shard" smallint NOT NULL,
      "household_count" bigint NOT NULL DEFAULT 0,
      "right_count" bigint NOT NULL DEFAULT 0,
      "annual_cents" bigint NOT NULL DEFAULT 0,
      PRIMARY KEY ("organisation_id", "benefits", "benefit", "shard"))`);
    await queryRunner.query(`CREATE FUNCTION recours_household_benefit_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN${applyDeltas(perBenefit('new_rows', 1))}
        ELSIF TG_OP = 'DELETE' THEN${applyDeltas(perBenefit('old_rows', -1))}
        ELSE${applyDeltas(`${perBenefit('new_rows', 1)} UNION ALL ${perBenefit('old_rows', -1)}`)}
        END IF;
        RETURN NULL;
      END $$`);
    // Both rollups from scratch (the backfill, and loaders that write with triggers off), and on TRUNCATE.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION recours_rebuild_cohort_rollup() RETURNS void LANGUAGE sql AS $$
      DELETE FROM organisation_cohort_rollup;
      INSERT INTO organisation_cohort_rollup (organisation_id, shard, household_count, right_count, annual_cents)
      SELECT organisation_id, 0, count(*), sum(cohort_right_count), sum(cohort_annual_cents) FROM household WHERE ${COHORT} GROUP BY organisation_id;
      DELETE FROM organisation_benefit_cohort_rollup;
      INSERT INTO organisation_benefit_cohort_rollup (organisation_id, benefits, benefit, shard, household_count, right_count, annual_cents)
      SELECT organisation_id, benefits, benefit, 0, sum(n), sum(rights), sum(cents) FROM (${perBenefit('household', 1)}) d
       GROUP BY organisation_id, benefits, benefit;
    $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION recours_household_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN DELETE FROM organisation_cohort_rollup; DELETE FROM organisation_benefit_cohort_rollup; RETURN NULL; END $$`);

    // Backfill: the households with a cohort (the others keep '{}'), before the rollup's triggers (which would
    // compute deltas for every one of them), then both rollups from scratch.
    await queryRunner.query(`SELECT recours_refresh_household_gain(ARRAY(SELECT id FROM household WHERE cohort_right_count > 0))`);
    for (const [suffix, event, transition] of STATEMENT_EVENTS) {
      await queryRunner.query(
        `CREATE TRIGGER household_benefit_rollup_${suffix} AFTER ${event} ON household ${transition} FOR EACH STATEMENT EXECUTE FUNCTION recours_household_benefit_rollup()`,
      );
    }
    await queryRunner.query(`SELECT recours_rebuild_cohort_rollup()`);
    // The households whose refusal may still run, with what a preview takes off the rollups.
    await queryRunner.query(
      `CREATE INDEX "household_refused_benefit_idx" ON "household" ("organisation_id", "refusal_until") INCLUDE ("cohort_right_count", "cohort_annual_cents", "cohort_by_benefit") WHERE ${COHORT} AND "refusal_until" IS NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "household_refused_cohort_idx"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "household_refused_cohort_idx" ON "household" ("organisation_id", "refusal_until") INCLUDE ("cohort_right_count", "cohort_annual_cents") WHERE ${COHORT} AND "refusal_until" IS NOT NULL`,
    );
    await queryRunner.query(`DROP INDEX "household_refused_benefit_idx"`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION recours_household_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN DELETE FROM organisation_cohort_rollup; RETURN NULL; END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION recours_rebuild_cohort_rollup() RETURNS void LANGUAGE sql AS $$
      DELETE FROM organisation_cohort_rollup;
      INSERT INTO organisation_cohort_rollup (organisation_id, shard, household_count, right_count, annual_cents)
      SELECT organisation_id, 0, count(*), sum(cohort_right_count), sum(cohort_annual_cents) FROM household WHERE ${COHORT} GROUP BY organisation_id;
    $$`);
    for (const [suffix] of [...STATEMENT_EVENTS].reverse()) await queryRunner.query(`DROP TRIGGER household_benefit_rollup_${suffix} ON household`);
    await queryRunner.query(`DROP FUNCTION recours_household_benefit_rollup()`);
    await queryRunner.query(`DROP TABLE "organisation_benefit_cohort_rollup"`);
    await queryRunner.query(refreshRights(false));
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "cohort_by_benefit"`);
  }
}

const STATEMENT_EVENTS = [
  ['insert', 'INSERT', 'REFERENCING NEW TABLE AS new_rows'],
  ['update', 'UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'DELETE', 'REFERENCING OLD TABLE AS old_rows'],
] as const;
