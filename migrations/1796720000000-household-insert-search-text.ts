import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 18 (import speed). A household being inserted has no member yet (person.household_id refers to
// it), so the search text trigger's look-up of its members found nothing, once per inserted row. An
// import inserts the household with its single applicant's names and member count already filled in:
// on INSERT the trigger now builds the search text from those (reference only when member_count is 0),
// so that the statement trigger on person, which recomputes the same four columns, finds nothing to
// change instead of rewriting every imported household (and its trigram index entries) a second time.
// Other writers insert with member_count 0 and get the reference only, as before.

export class HouseholdInsertSearchText1796720000000 implements MigrationInterface {
  name = 'HouseholdInsertSearchText1796720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION recours_household_reference_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          NEW.search_text := recours_search_text(concat_ws(' ', NEW.reference,
            CASE WHEN NEW.member_count = 1 THEN NEW.applicant_first_name || ' ' || NEW.applicant_last_name END));
        ELSE
          NEW.search_text := recours_search_text(concat_ws(' ', NEW.reference,
            (SELECT string_agg(p.first_name || ' ' || p.last_name, ' ' ORDER BY p.created_at, p.id) FROM person p WHERE p.household_id = NEW.id)));
        END IF;
        RETURN NEW;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION recours_household_reference_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := recours_search_text(concat_ws(' ', NEW.reference,
          (SELECT string_agg(p.first_name || ' ' || p.last_name, ' ' ORDER BY p.created_at, p.id) FROM person p WHERE p.household_id = NEW.id)));
        RETURN NEW;
      END $$`);
  }
}
