import type { MigrationInterface, QueryRunner } from 'typeorm';

// Partner file imports (issue 18). The entity tables were generated; below them, by hand, the tables
// only the worker's set-based SQL uses (no entity: nothing reads them through the ORM):
//   import_staging      the validated rows of an import, loaded with COPY, then upserted in one statement
//                       per table; rows waiting in the review queue stay here until decided
//   import_household    which households an import created, updated or merged, and when bulk detection
//                       screened each (campaigns on an import's households)
//   partner_reference   the partner's own reference of a person, per organisation (re-uploads are idempotent)
//   field_provenance    which file and line last set each imported field of a household or person
// and recours_name_key(), the folded form of a name used to match persons (accents, case, hyphens,
// apostrophes and double spaces ignored: "Dupré-Martin" = "DUPRE MARTIN").

export class PartnerImports1796530000000 implements MigrationInterface {
  name = 'PartnerImports1796530000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "import_preset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "mapping" jsonb NOT NULL, "created_by" uuid, CONSTRAINT "PK_6f92675eb8282e69d2ce9f29538" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ac834900f282aeed3b589f348c" ON "import_preset" ("organisation_id", "name") `);
    await queryRunner.query(`CREATE TYPE "public"."import_status" AS ENUM('televerse', 'en_attente', 'en_cours', 'detection', 'termine', 'echec')`);
    await queryRunner.query(`CREATE TABLE "partner_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "created_by" uuid NOT NULL, "file_name" character varying(255) NOT NULL, "file_size" bigint NOT NULL, "file_oid" bigint, "format" character varying(8) NOT NULL, "encoding" character varying(16), "delimiter" character varying(2), "header" text array NOT NULL DEFAULT '{}', "mapping" jsonb, "status" "public"."import_status" NOT NULL DEFAULT 'televerse', "error" text, "rows_read" integer NOT NULL DEFAULT '0', "rows_failed" integer NOT NULL DEFAULT '0', "rows_review" integer NOT NULL DEFAULT '0', "households_created" integer NOT NULL DEFAULT '0', "households_updated" integer NOT NULL DEFAULT '0', "households_to_detect" integer NOT NULL DEFAULT '0', "households_detected" integer NOT NULL DEFAULT '0', "attempts" integer NOT NULL DEFAULT '0', "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c60b0e3e2327fd2388ec2ee79b9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b4b2180d2d75beb6cc06b9ee38" ON "partner_import" ("status") `);
    await queryRunner.query(`CREATE INDEX "IDX_124df57af5d7a5d31e826a5e95" ON "partner_import" ("organisation_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."import_review_status" AS ENUM('en_attente', 'fusionne', 'nouveau')`);
    await queryRunner.query(`CREATE TABLE "import_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "import_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "line" integer NOT NULL, "candidate_person_id" uuid NOT NULL, "candidate_household_id" uuid NOT NULL, "similarity" real NOT NULL, "status" "public"."import_review_status" NOT NULL DEFAULT 'en_attente', "household_id" uuid, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9edad25101e0466d0e5b8252b71" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ed4eeb2422d99c622d78d0402b" ON "import_review" ("organisation_id", "status") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_4d48ea580ea6ea3f2067931d18" ON "import_review" ("import_id", "line") `);
    await queryRunner.query(`CREATE TABLE "import_row_error" ("id" BIGSERIAL NOT NULL, "import_id" uuid NOT NULL, "line" integer NOT NULL, "field" character varying(40), "value" text, "message" text NOT NULL, CONSTRAINT "PK_4a26e4be1fec4a36f3d8a6a5c6f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_690d5d1a1aaea3f2585e00d75a" ON "import_row_error" ("import_id", "line") `);
    // Other modules add audit entity types too: add the value, never recreate the type.
    await queryRunner.query(`ALTER TYPE "public"."audit_entity_type" ADD VALUE IF NOT EXISTS 'import'`);
    await queryRunner.query(`ALTER TABLE "import_preset" ADD CONSTRAINT "FK_ea4351d23501aa71c099a858601" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partner_import" ADD CONSTRAINT "FK_e2c760e33e9b6915ca183c9417a" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "partner_import" ADD CONSTRAINT "FK_0321dd42c524fdc90a482a5f2a3" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "import_review" ADD CONSTRAINT "FK_f8091825073ee8319965b0a7477" FOREIGN KEY ("import_id") REFERENCES "partner_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "import_review" ADD CONSTRAINT "FK_6ae746d7cdfd9d606c69fb5dab0" FOREIGN KEY ("candidate_person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "import_review" ADD CONSTRAINT "FK_65da98aa802b9aa3aee9598bfe3" FOREIGN KEY ("candidate_household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "import_row_error" ADD CONSTRAINT "FK_acd7cf8f57dbde7fee06dca9341" FOREIGN KEY ("import_id") REFERENCES "partner_import"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await createWorkerTables(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE field_provenance`);
    await queryRunner.query(`DROP TABLE partner_reference`);
    await queryRunner.query(`DROP TABLE import_household`);
    await queryRunner.query(`DROP TABLE import_staging`);
    await queryRunner.query(`DROP FUNCTION recours_name_key(text)`);
    await queryRunner.query(`ALTER TABLE "import_row_error" DROP CONSTRAINT "FK_acd7cf8f57dbde7fee06dca9341"`);
    await queryRunner.query(`ALTER TABLE "import_review" DROP CONSTRAINT "FK_65da98aa802b9aa3aee9598bfe3"`);
    await queryRunner.query(`ALTER TABLE "import_review" DROP CONSTRAINT "FK_6ae746d7cdfd9d606c69fb5dab0"`);
    await queryRunner.query(`ALTER TABLE "import_review" DROP CONSTRAINT "FK_f8091825073ee8319965b0a7477"`);
    await queryRunner.query(`ALTER TABLE "partner_import" DROP CONSTRAINT "FK_0321dd42c524fdc90a482a5f2a3"`);
    await queryRunner.query(`ALTER TABLE "partner_import" DROP CONSTRAINT "FK_e2c760e33e9b6915ca183c9417a"`);
    await queryRunner.query(`ALTER TABLE "import_preset" DROP CONSTRAINT "FK_ea4351d23501aa71c099a858601"`);
    // The audit value 'import' stays: PostgreSQL cannot drop an enum value, and events may use it.
    await queryRunner.query(`DROP INDEX "public"."IDX_690d5d1a1aaea3f2585e00d75a"`);
    await queryRunner.query(`DROP TABLE "import_row_error"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d48ea580ea6ea3f2067931d18"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ed4eeb2422d99c622d78d0402b"`);
    await queryRunner.query(`DROP TABLE "import_review"`);
    await queryRunner.query(`DROP TYPE "public"."import_review_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_124df57af5d7a5d31e826a5e95"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b4b2180d2d75beb6cc06b9ee38"`);
    await queryRunner.query(`DROP TABLE "partner_import"`);
    await queryRunner.query(`DROP TYPE "public"."import_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ac834900f282aeed3b589f348c"`);
    await queryRunner.query(`DROP TABLE "import_preset"`);
  }
}

async function createWorkerTables(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(
    `CREATE FUNCTION recours_name_key(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT ` +
      `AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '[^[:alnum:]]+', ' ', 'g')) $$`,
  );
  await queryRunner.query(`CREATE TABLE import_staging (
    import_id uuid NOT NULL REFERENCES partner_import(id) ON DELETE CASCADE,
    line integer NOT NULL,
    partner_reference varchar(64),
    last_name varchar(100) NOT NULL,
    first_name varchar(100) NOT NULL,
    birth_date date,
    phone varchar(30),
    email varchar(254),
    activity activity,
    address varchar(300),
    postcode char(5),
    commune_name varchar(200),
    commune_insee char(5),
    housing_status housing_status,
    housing_type housing_type,
    monthly_rent_cents integer,
    housing_aid_zone smallint,
    monthly_income_cents integer,
    income_kind income_kind,
    PRIMARY KEY (import_id, line)
  )`);
  await queryRunner.query(`CREATE TABLE import_household (
    import_id uuid NOT NULL REFERENCES partner_import(id) ON DELETE CASCADE,
    household_id uuid NOT NULL REFERENCES household(id) ON DELETE CASCADE,
    line integer NOT NULL,
    outcome varchar(12) NOT NULL CHECK (outcome IN ('cree', 'mis_a_jour', 'fusionne')),
    detected_at timestamptz,
    PRIMARY KEY (import_id, household_id)
  )`);
  await queryRunner.query(`CREATE INDEX import_household_household_idx ON import_household (household_id)`);
  await queryRunner.query(`CREATE TABLE partner_reference (
    organisation_id uuid NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
    reference varchar(64) NOT NULL,
    household_id uuid NOT NULL REFERENCES household(id) ON DELETE CASCADE,
    person_id uuid NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    import_id uuid REFERENCES partner_import(id) ON DELETE SET NULL,
    PRIMARY KEY (organisation_id, reference)
  )`);
  await queryRunner.query(`CREATE INDEX partner_reference_person_idx ON partner_reference (person_id)`);
  await queryRunner.query(`CREATE TABLE field_provenance (
    entity_id uuid NOT NULL,
    field varchar(40) NOT NULL,
    import_id uuid NOT NULL REFERENCES partner_import(id) ON DELETE CASCADE,
    line integer NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (entity_id, field)
  )`);
  await queryRunner.query(`CREATE INDEX field_provenance_import_idx ON field_provenance (import_id)`);
}
