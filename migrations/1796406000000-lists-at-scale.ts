import type { MigrationInterface, QueryRunner } from 'typeorm';

// Lists at a département's scale (issue 16). Written by hand (triggers and expression indexes are
// beyond what TypeORM generates); the btree indexes match the entities' @Index declarations.
//
// household gets columns the lists used to compute per row, maintained by the database in the same
// transaction as the writes that change them (statement-level triggers, so an INSERT … SELECT of a
// million persons refreshes each household once, and every writer — API, seed, imports — is covered):
//   applicant_first_name / applicant_last_name  the first 'demandeur' member (by created_at, id)
//   member_count                                 number of persons
//   search_text                                  recours_search_text(reference + every member's names)
//   open_gain_cents                              Σ annual amount × confidence weight of the open rights;
//                                                an upper bound of "Ma journée"'s gain (refusal blocks
//                                                depend on today and only lower it)
// search_text has a trigram GIN index led by organisation_id (btree_gin), so a search stays inside
// the organisation; list sorts get (organisation_id, sort key, id) indexes.
const OPEN_RIGHT_STATUSES = `'detecte', 'confirme', 'informe', 'demande_en_cours', 'demande_deposee'`;
const ANNUAL = `(CASE WHEN amount_period = 'annuel' THEN estimated_amount_cents ELSE estimated_amount_cents * 12 END)`;
const R_ANNUAL = `(CASE WHEN r.amount_period = 'annuel' THEN r.estimated_amount_cents ELSE r.estimated_amount_cents * 12 END)`;

export class ListsAtScale1796406000000 implements MigrationInterface {
  name = 'ListsAtScale1796406000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await queryRunner.query(`ALTER TABLE "household" ADD "applicant_first_name" character varying(100)`);
    await queryRunner.query(`ALTER TABLE "household" ADD "applicant_last_name" character varying(100)`);
    await queryRunner.query(`ALTER TABLE "household" ADD "member_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "household" ADD "search_text" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "household" ADD "open_gain_cents" bigint NOT NULL DEFAULT '0'`);

    // Same weights as CONFIDENCE_WEIGHT (libs/domain); "Ma journée" computes its gain with this function
    // too, so the stored bound and the exact gain cannot disagree (a unit test compares it with the constant).
    await queryRunner.query(
      `CREATE FUNCTION recours_confidence_weight(confidence) RETURNS numeric LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT ` +
        `AS $$ SELECT CASE $1 WHEN 'haute' THEN 1.0 WHEN 'moyenne' THEN 0.6 WHEN 'faible' THEN 0.3 END $$`,
    );

    await queryRunner.query(`CREATE FUNCTION recours_refresh_household_members(ids uuid[]) RETURNS void LANGUAGE sql AS $$
      UPDATE household h
         SET applicant_first_name = s.first_name, applicant_last_name = s.last_name, member_count = s.n,
             search_text = recours_search_text(concat_ws(' ', h.reference, s.names))
        FROM (SELECT x.id, count(p.id)::int AS n,
                     string_agg(p.first_name || ' ' || p.last_name, ' ' ORDER BY p.created_at, p.id) AS names,
                     (array_agg(p.first_name ORDER BY p.created_at, p.id) FILTER (WHERE p.relationship = 'demandeur'))[1] AS first_name,
                     (array_agg(p.last_name ORDER BY p.created_at, p.id) FILTER (WHERE p.relationship = 'demandeur'))[1] AS last_name
                FROM unnest(ids) AS x(id) LEFT JOIN person p ON p.household_id = x.id
               GROUP BY x.id) s
       WHERE h.id = s.id
         AND (h.applicant_first_name, h.applicant_last_name, h.member_count, h.search_text)
             IS DISTINCT FROM (s.first_name, s.last_name, s.n, recours_search_text(concat_ws(' ', h.reference, s.names)))
    $$`);
    await refreshHouseholdsOnChange(queryRunner, 'person', 'person_members', 'recours_person_changed', 'recours_refresh_household_members');
    // The reference is part of the search text; a new household has no member yet.
    await queryRunner.query(`CREATE FUNCTION recours_household_reference_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := recours_search_text(concat_ws(' ', NEW.reference,
          (SELECT string_agg(p.first_name || ' ' || p.last_name, ' ' ORDER BY p.created_at, p.id) FROM person p WHERE p.household_id = NEW.id)));
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER household_search_reference BEFORE INSERT OR UPDATE OF reference ON household FOR EACH ROW EXECUTE FUNCTION recours_household_reference_changed()`,
    );

    await queryRunner.query(`CREATE FUNCTION recours_refresh_household_gain(ids uuid[]) RETURNS void LANGUAGE sql AS $$
      UPDATE household h SET open_gain_cents = s.gain
        FROM (SELECT x.id, coalesce(round(sum(${R_ANNUAL} * recours_confidence_weight(r.confidence))), 0)::bigint AS gain
                FROM unnest(ids) AS x(id)
                LEFT JOIN detected_right r ON r.household_id = x.id AND r.status IN (${OPEN_RIGHT_STATUSES})
               GROUP BY x.id) s
       WHERE h.id = s.id AND h.open_gain_cents IS DISTINCT FROM s.gain
    $$`);
    await refreshHouseholdsOnChange(queryRunner, 'detected_right', 'detected_right_gain', 'recours_detected_right_changed', 'recours_refresh_household_gain');

    // Backfill existing rows.
    await queryRunner.query(`SELECT recours_refresh_household_members(ARRAY(SELECT id FROM household))`);
    await queryRunner.query(`UPDATE household h SET search_text = recours_search_text(h.reference) WHERE h.member_count = 0`);
    await queryRunner.query(`SELECT recours_refresh_household_gain(ARRAY(SELECT id FROM household))`);

    // The search column replaces the reference's own trigram index and the person-name one.
    await queryRunner.query(`DROP INDEX "household_reference_search_idx"`);
    await queryRunner.query(`DROP INDEX "person_name_search_idx"`);
    await queryRunner.query(`CREATE INDEX "household_search_idx" ON "household" USING gin ("organisation_id", "search_text" gin_trgm_ops)`);
    // List sorts: (organisation, key, id) so a page is read in order from the index.
    await queryRunner.query(`CREATE INDEX "IDX_household_org_updated" ON "household" ("organisation_id", "updated_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_household_org_reference" ON "household" ("organisation_id", "reference", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_household_org_applicant" ON "household" ("organisation_id", "applicant_last_name", "id") `);
    // "Ma journée": a referent's active households by stored gain.
    await queryRunner.query(
      `CREATE INDEX "household_my_day_idx" ON "household" ("organisation_id", "referent_id", "open_gain_cents" DESC, "id") WHERE "status" = 'active' AND "open_gain_cents" > 0`,
    );
    // Detected rights by annual amount, over the organisation and per benefit.
    await queryRunner.query(`CREATE INDEX "detected_right_annual_idx" ON "detected_right" ("organisation_id", ${ANNUAL}, "id")`);
    await queryRunner.query(`CREATE INDEX "detected_right_benefit_annual_idx" ON "detected_right" ("organisation_id", "benefit", ${ANNUAL}, "id")`);
    // Campaign preview and cohort: the matching rights of an organisation by status, read from the index alone.
    await queryRunner.query(
      `CREATE INDEX "detected_right_cohort_idx" ON "detected_right" ("organisation_id", "status") INCLUDE ("household_id", "benefit", "estimated_amount_cents", "amount_period", "confidence")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "detected_right_cohort_idx"`);
    await queryRunner.query(`DROP INDEX "detected_right_benefit_annual_idx"`);
    await queryRunner.query(`DROP INDEX "detected_right_annual_idx"`);
    await queryRunner.query(`DROP INDEX "household_my_day_idx"`);
    await queryRunner.query(`DROP INDEX "IDX_household_org_applicant"`);
    await queryRunner.query(`DROP INDEX "IDX_household_org_reference"`);
    await queryRunner.query(`DROP INDEX "IDX_household_org_updated"`);
    await queryRunner.query(`DROP INDEX "household_search_idx"`);
    await queryRunner.query(
      `CREATE INDEX "person_name_search_idx" ON "person" USING gin (recours_search_text("first_name" || ' ' || "last_name") gin_trgm_ops)`,
    );
    await queryRunner.query(`CREATE INDEX "household_reference_search_idx" ON "household" USING gin (recours_search_text("reference") gin_trgm_ops)`);
    await dropRefreshHouseholdsOnChange(queryRunner, 'detected_right', 'detected_right_gain', 'recours_detected_right_changed');
    await queryRunner.query(`DROP FUNCTION recours_refresh_household_gain(uuid[])`);
    await queryRunner.query(`DROP TRIGGER household_search_reference ON household`);
    await queryRunner.query(`DROP FUNCTION recours_household_reference_changed()`);
    await dropRefreshHouseholdsOnChange(queryRunner, 'person', 'person_members', 'recours_person_changed');
    await queryRunner.query(`DROP FUNCTION recours_refresh_household_members(uuid[])`);
    await queryRunner.query(`DROP FUNCTION recours_confidence_weight(confidence)`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "open_gain_cents"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "search_text"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "member_count"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "applicant_last_name"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "applicant_first_name"`);
  }
}

const STATEMENT_EVENTS = [
  ['insert', 'INSERT', 'REFERENCING NEW TABLE AS new_rows'],
  ['update', 'UPDATE', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['delete', 'DELETE', 'REFERENCING OLD TABLE AS old_rows'],
] as const;

/**
 * After each statement on `table`, `refresh` (a function taking household ids) runs once for the
 * households whose rows the statement inserted, updated or deleted: a trigger function and its three
 * statement triggers `<prefix>_insert|update|delete`.
 */
async function refreshHouseholdsOnChange(queryRunner: QueryRunner, table: string, prefix: string, fn: string, refresh: string): Promise<void> {
  await queryRunner.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM ${refresh}(ARRAY(SELECT DISTINCT household_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM ${refresh}(ARRAY(SELECT DISTINCT household_id FROM old_rows));
        ELSE
          PERFORM ${refresh}(ARRAY(SELECT household_id FROM new_rows UNION SELECT household_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $$`);
  for (const [suffix, event, transition] of STATEMENT_EVENTS) {
    await queryRunner.query(`CREATE TRIGGER ${prefix}_${suffix} AFTER ${event} ON ${table} ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
  }
}

async function dropRefreshHouseholdsOnChange(queryRunner: QueryRunner, table: string, prefix: string, fn: string): Promise<void> {
  for (const [suffix] of [...STATEMENT_EVENTS].reverse()) await queryRunner.query(`DROP TRIGGER ${prefix}_${suffix} ON ${table}`);
  await queryRunner.query(`DROP FUNCTION ${fn}()`);
}
