import type { MigrationInterface, QueryRunner } from 'typeorm';

// Whole core model: territories, organisations, users, households and their members, incomes and
// received benefits, sessions, login attempts, audit trail. The search helpers at the end are not
// known to TypeORM (expression indexes declared with `synchronize: false` on the entities).

export class InitialSchema1795769942429 implements MigrationInterface {
  name = 'InitialSchema1795769942429';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await queryRunner.query(`CREATE TABLE "territory" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "code" character varying(20) NOT NULL, "name" character varying(200) NOT NULL, "household_seq" integer NOT NULL DEFAULT '0', CONSTRAINT "UQ_151811f88f14e4127190445bf56" UNIQUE ("code"), CONSTRAINT "PK_2250448f958bc52a8d040b48f82" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."organisation_kind" AS ENUM('conseil_departemental', 'ccas', 'caf', 'cpam', 'msa', 'france_travail', 'bailleur_social', 'association', 'mairie', 'autre')`);
    await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "kind" "public"."organisation_kind" NOT NULL, "territory_id" uuid NOT NULL, CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bbb56df837b767984b51f4d2ed" ON "organisation" ("territory_id", "name") `);
    await queryRunner.query(`CREATE TYPE "public"."user_role" AS ENUM('social_worker', 'partner_agent', 'manager', 'admin')`);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "display_name" character varying(200) NOT NULL, "role" "public"."user_role" NOT NULL, "organisation_id" uuid NOT NULL, "active" boolean NOT NULL DEFAULT true, "password_hash" character varying(255) NOT NULL, CONSTRAINT "UQ_3fa909d0e37c531ebc237703391" UNIQUE ("email"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6fa42e978fa7d7adc32736e26f" ON "app_user" ("organisation_id") `);
    await queryRunner.query(`CREATE TYPE "public"."audit_action" AS ENUM('read', 'list', 'create', 'update', 'delete', 'login', 'logout')`);
    await queryRunner.query(`CREATE TYPE "public"."audit_entity_type" AS ENUM('household', 'person', 'income', 'received_benefit', 'user', 'organisation', 'session')`);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "actor_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "action" "public"."audit_action" NOT NULL, "entity_type" "public"."audit_entity_type" NOT NULL, "entity_id" uuid, "household_id" uuid, "fields" text array NOT NULL DEFAULT '{}', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cec2522715af382d0f97f663ba" ON "audit_event" ("actor_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_4924d559aafbcfc4856614007a" ON "audit_event" ("household_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_47dea4df898583840e76103abb" ON "audit_event" ("organisation_id", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "login_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "ip" character varying(64) NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c6a71484e46a23dfc4d3616780" ON "login_attempt" ("ip", "attempted_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_d40158f50033c6f856c6a1f242" ON "login_attempt" ("email", "attempted_at") `);
    await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "UQ_a83507eb0338ac037780e02f2b9" UNIQUE ("token_hash"), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session" ("user_id") `);
    await queryRunner.query(`CREATE TYPE "public"."income_kind" AS ENUM('salaire', 'chomage', 'retraite', 'pension_alimentaire', 'indemnites', 'autre')`);
    await queryRunner.query(`CREATE TABLE "income" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "person_id" uuid NOT NULL, "kind" "public"."income_kind" NOT NULL, "monthly_amount_cents" integer NOT NULL, "start_month" character(7) NOT NULL, "end_month" character(7), CONSTRAINT "income_months_ordered" CHECK ("end_month" IS NULL OR "end_month" >= "start_month"), CONSTRAINT "income_amount_positive" CHECK ("monthly_amount_cents" >= 0), CONSTRAINT "PK_29a10f17b97568f70cee8586d58" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_62849770c29c9c44c443371ea8" ON "income" ("person_id") `);
    await queryRunner.query(`CREATE TYPE "public"."relationship" AS ENUM('demandeur', 'conjoint', 'enfant', 'autre')`);
    await queryRunner.query(`CREATE TYPE "public"."activity" AS ENUM('salarie', 'independant', 'chomeur', 'etudiant', 'retraite', 'inactif')`);
    await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "household_id" uuid NOT NULL, "first_name" character varying(100) NOT NULL, "last_name" character varying(100) NOT NULL, "birth_date" date, "relationship" "public"."relationship" NOT NULL, "activity" "public"."activity", "disability_recognised" boolean NOT NULL DEFAULT false, "incapacity_rate" smallint, "phone" character varying(30), "email" character varying(254), CONSTRAINT "person_incapacity_rate" CHECK ("incapacity_rate" IS NULL OR "incapacity_rate" BETWEEN 0 AND 100), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_16dad48a2655f1b407d5f35a60" ON "person" ("household_id") `);
    await queryRunner.query(`CREATE TYPE "public"."benefit" AS ENUM('rsa', 'prime_activite', 'aide_logement', 'cheque_energie', 'css', 'allocations_familiales', 'aah', 'aspa', 'autre')`);
    await queryRunner.query(`CREATE TABLE "received_benefit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "household_id" uuid NOT NULL, "benefit" "public"."benefit" NOT NULL, "monthly_amount_cents" integer NOT NULL, "since" date, CONSTRAINT "received_benefit_amount_positive" CHECK ("monthly_amount_cents" >= 0), CONSTRAINT "PK_c1b14f78218965ffcb14a94e761" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_16823064ebc898ba981964b989" ON "received_benefit" ("household_id") `);
    await queryRunner.query(`CREATE TYPE "public"."housing_status" AS ENUM('locataire', 'proprietaire', 'heberge', 'sans_domicile')`);
    await queryRunner.query(`CREATE TYPE "public"."housing_type" AS ENUM('vide', 'meuble', 'hlm', 'foyer')`);
    await queryRunner.query(`CREATE TYPE "public"."household_status" AS ENUM('active', 'closed')`);
    await queryRunner.query(`CREATE TABLE "household" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reference" character varying(32) NOT NULL, "address" character varying(300), "postcode" character(5), "commune_insee" character(5), "commune_name" character varying(200), "housing_status" "public"."housing_status", "housing_type" "public"."housing_type", "monthly_rent_cents" integer, "housing_aid_zone" smallint, "organisation_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "referent_id" uuid, "status" "public"."household_status" NOT NULL DEFAULT 'active', "last_contact_on" date, CONSTRAINT "household_aid_zone" CHECK ("housing_aid_zone" IS NULL OR "housing_aid_zone" BETWEEN 1 AND 3), CONSTRAINT "household_rent_positive" CHECK ("monthly_rent_cents" IS NULL OR "monthly_rent_cents" >= 0), CONSTRAINT "PK_26e9111eab2b8908fefe3c645f5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_08f3fa298c0548b06e6f0a60e6" ON "household" ("organisation_id", "postcode") `);
    await queryRunner.query(`CREATE INDEX "IDX_1dbebe190f3a3f90166a4eb73e" ON "household" ("organisation_id", "commune_insee") `);
    await queryRunner.query(`CREATE INDEX "IDX_3df7dccc7428b02f3bf636b08f" ON "household" ("organisation_id", "referent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_b5b046fb1c488b5f560ea13fa2" ON "household" ("organisation_id", "status", "updated_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1b856f6f99f636d009496912dc" ON "household" ("territory_id", "reference") `);
    await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "FK_a413faa68fd935769db4b068851" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD CONSTRAINT "FK_f44b7e9c0d50176bc07e018f637" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD CONSTRAINT "FK_65698017376224f2fceed532582" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "income" ADD CONSTRAINT "FK_62849770c29c9c44c443371ea8f" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "FK_16dad48a2655f1b407d5f35a60b" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "received_benefit" ADD CONSTRAINT "FK_16823064ebc898ba981964b9897" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "FK_fb0e8f506a8088527a44c600c57" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "FK_0c6c5b570ccbabee179151a4ef6" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "household" ADD CONSTRAINT "FK_be4b21aaa22219c44e0fe8c7776" FOREIGN KEY ("referent_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Accent- and case-insensitive search text. unaccent() is only STABLE (its dictionary can change),
    // so an IMMUTABLE wrapper with the dictionary named explicitly is needed for expression indexes.
    await queryRunner.query(
      `CREATE FUNCTION recours_search_text(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT ` +
        `AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`,
    );
    await queryRunner.query(
      `CREATE INDEX "person_name_search_idx" ON "person" USING gin (recours_search_text("first_name" || ' ' || "last_name") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "household_reference_search_idx" ON "household" USING gin (recours_search_text("reference") gin_trgm_ops)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "household_reference_search_idx"`);
    await queryRunner.query(`DROP INDEX "person_name_search_idx"`);
    await queryRunner.query(`DROP FUNCTION recours_search_text(text)`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "FK_be4b21aaa22219c44e0fe8c7776"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "FK_0c6c5b570ccbabee179151a4ef6"`);
    await queryRunner.query(`ALTER TABLE "household" DROP CONSTRAINT "FK_fb0e8f506a8088527a44c600c57"`);
    await queryRunner.query(`ALTER TABLE "received_benefit" DROP CONSTRAINT "FK_16823064ebc898ba981964b9897"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_16dad48a2655f1b407d5f35a60b"`);
    await queryRunner.query(`ALTER TABLE "income" DROP CONSTRAINT "FK_62849770c29c9c44c443371ea8f"`);
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "FK_65698017376224f2fceed532582"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "FK_f44b7e9c0d50176bc07e018f637"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "FK_a413faa68fd935769db4b068851"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1b856f6f99f636d009496912dc"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b5b046fb1c488b5f560ea13fa2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3df7dccc7428b02f3bf636b08f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1dbebe190f3a3f90166a4eb73e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_08f3fa298c0548b06e6f0a60e6"`);
    await queryRunner.query(`DROP TABLE "household"`);
    await queryRunner.query(`DROP TYPE "public"."household_status"`);
    await queryRunner.query(`DROP TYPE "public"."housing_type"`);
    await queryRunner.query(`DROP TYPE "public"."housing_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16823064ebc898ba981964b989"`);
    await queryRunner.query(`DROP TABLE "received_benefit"`);
    await queryRunner.query(`DROP TYPE "public"."benefit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_16dad48a2655f1b407d5f35a60"`);
    await queryRunner.query(`DROP TABLE "person"`);
    await queryRunner.query(`DROP TYPE "public"."activity"`);
    await queryRunner.query(`DROP TYPE "public"."relationship"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_62849770c29c9c44c443371ea8"`);
    await queryRunner.query(`DROP TABLE "income"`);
    await queryRunner.query(`DROP TYPE "public"."income_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d40158f50033c6f856c6a1f242"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c6a71484e46a23dfc4d3616780"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_47dea4df898583840e76103abb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4924d559aafbcfc4856614007a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cec2522715af382d0f97f663ba"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP TYPE "public"."audit_entity_type"`);
    await queryRunner.query(`DROP TYPE "public"."audit_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6fa42e978fa7d7adc32736e26f"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."user_role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bbb56df837b767984b51f4d2ed"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TYPE "public"."organisation_kind"`);
    await queryRunner.query(`DROP TABLE "territory"`);
  }
}
