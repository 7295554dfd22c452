import type { MigrationInterface, QueryRunner } from 'typeorm';

// Referrals between organisations: the consent ledger (append-only, enforced by a trigger), referral
// types per recipient kind, referrals with their linked rights and timeline, the directory columns
// of organisation, two audit entity types, and clock_timestamp() for the rights' transition times
// (a closing records several steps in one transaction). Generated, then reviewed: TypeORM emitted CREATE TYPE
// twice for the enums shared by two tables (shared_field_group, referral_status) — kept once.

export class ReferralsAndConsents1796405253478 implements MigrationInterface {
  name = 'ReferralsAndConsents1796405253478';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."consent_purpose" AS ENUM('partage_partenaire', 'contact_sms', 'contact_email', 'contact_courrier')`);
    await queryRunner.query(`CREATE TYPE "public"."consent_method" AS ENUM('oral', 'ecrit', 'signe')`);
    await queryRunner.query(`CREATE TABLE "consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "household_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "purpose" "public"."consent_purpose" NOT NULL, "recipient_organisation_id" uuid, "given" boolean NOT NULL, "decided_on" date NOT NULL, "method" "public"."consent_method" NOT NULL, "expires_on" date, "recorded_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ae59d0bb1e41bf982323e165ed" ON "consent" ("household_id", "purpose", "recipient_organisation_id", "recorded_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_b32bcc3d4492103f017f9892df" ON "consent" ("person_id", "recorded_at") `);
    await queryRunner.query(`CREATE TYPE "public"."shared_field_group" AS ENUM('identite', 'composition', 'revenus', 'logement', 'droit_detecte')`);
    await queryRunner.query(`CREATE TABLE "referral_type" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "territory_id" uuid NOT NULL, "recipient_kind" "public"."organisation_kind" NOT NULL, "label" character varying(200) NOT NULL, "shared_groups" "public"."shared_field_group" array NOT NULL DEFAULT '{}', CONSTRAINT "PK_d8526622e25f5f9aad96a78cab4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8b16f6cba841ffe984514bc12c" ON "referral_type" ("territory_id", "recipient_kind") `);
    await queryRunner.query(`CREATE TYPE "public"."referral_status" AS ENUM('envoyee', 'accusee', 'acceptee', 'declinee', 'en_cours', 'cloturee', 'annulee', 'expiree')`);
    await queryRunner.query(`CREATE TYPE "public"."referral_outcome" AS ENUM('droit_ouvert', 'droit_refuse', 'sans_suite')`);
    await queryRunner.query(`CREATE TABLE "referral" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "household_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "sender_organisation_id" uuid NOT NULL, "sender_user_id" uuid, "recipient_organisation_id" uuid NOT NULL, "status" "public"."referral_status" NOT NULL DEFAULT 'envoyee', "purpose" character varying(300), "message" text, "shared_groups" "public"."shared_field_group" array NOT NULL DEFAULT '{}', "consent_override_reason" text, "decline_reason" text, "outcome" "public"."referral_outcome", "outcome_monthly_amount_cents" integer, "outcome_start_month" character(7), "outcome_reason" text, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, "idempotency_key" character varying(200), CONSTRAINT "referral_outcome_amount_positive" CHECK ("outcome_monthly_amount_cents" IS NULL OR "outcome_monthly_amount_cents" >= 0), CONSTRAINT "PK_a2d3e935a6591168066defec5ad" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "referral_idempotency_uq" ON "referral" ("sender_organisation_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_7e78e6eccbdb5fc3da396b39f5" ON "referral" ("household_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3776ff988b43d06170c49a6e43" ON "referral" ("sender_organisation_id", "status", "status_changed_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_47f4541eb1dd78654695bb1bb9" ON "referral" ("recipient_organisation_id", "status", "status_changed_at") `);
    await queryRunner.query(`CREATE TABLE "referral_right" ("referral_id" uuid NOT NULL, "detected_right_id" uuid NOT NULL, CONSTRAINT "PK_628f2f74691f18a5a50752ab02d" PRIMARY KEY ("referral_id", "detected_right_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_be83a33ca8765feee168dc0245" ON "referral_right" ("detected_right_id") `);
    await queryRunner.query(`CREATE TABLE "referral_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "referral_id" uuid NOT NULL, "from_status" "public"."referral_status", "to_status" "public"."referral_status" NOT NULL, "actor_id" uuid, "actor_organisation_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "comment" text, "payload" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_1f356dbe2fffc9e93b0132e1216" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d1765048e87401e6459c786ff1" ON "referral_event" ("referral_id", "at") `);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "handled_benefits" "public"."detectable_benefit" array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "handles_description" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "organisation" ADD "referral_grace_days" smallint NOT NULL DEFAULT '30'`);
    await queryRunner.query(`ALTER TYPE "public"."audit_entity_type" RENAME TO "audit_entity_type_old"`);
    await queryRunner.query(`CREATE TYPE "public"."audit_entity_type" AS ENUM('household', 'person', 'income', 'received_benefit', 'user', 'organisation', 'session', 'detected_right', 'contact', 'task', 'campaign', 'referral', 'consent')`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "entity_type" TYPE "public"."audit_entity_type" USING "entity_type"::"text"::"public"."audit_entity_type"`);
    await queryRunner.query(`DROP TYPE "public"."audit_entity_type_old"`);
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_89fd0f23d8b2bad031d9663173b" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_400b855a82cb087ac8bc92246e5" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_b6c6353c68f8ce99ee387baff55" FOREIGN KEY ("recipient_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "consent" ADD CONSTRAINT "FK_4cc038dd5cc2c1c26a5cf933a35" FOREIGN KEY ("recorded_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral_type" ADD CONSTRAINT "FK_b47e55e109e4275e6ab3b890c01" FOREIGN KEY ("territory_id") REFERENCES "territory"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral" ADD CONSTRAINT "FK_7e78e6eccbdb5fc3da396b39f58" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral" ADD CONSTRAINT "FK_1453fa382988cac81581725b25d" FOREIGN KEY ("sender_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral" ADD CONSTRAINT "FK_8e602c0736bc5317391d81ac384" FOREIGN KEY ("sender_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral" ADD CONSTRAINT "FK_148e8ca7e58beacd37ebb4eca70" FOREIGN KEY ("recipient_organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral_right" ADD CONSTRAINT "FK_93a87074808666424a25dd22b32" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral_right" ADD CONSTRAINT "FK_be83a33ca8765feee168dc02453" FOREIGN KEY ("detected_right_id") REFERENCES "detected_right"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral_event" ADD CONSTRAINT "FK_3f9efeb2b61e25fcd06638bbe60" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral_event" ADD CONSTRAINT "FK_4b3382bf30d685d34732d28e912" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "detected_right_transition" ALTER COLUMN "at" SET DEFAULT clock_timestamp()`);
    await queryRunner.query(`CREATE FUNCTION consent_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'consent is append-only: record a new row (withdrawal) instead' USING ERRCODE = 'check_violation'; END $$`);
    await queryRunner.query(`CREATE TRIGGER consent_append_only BEFORE UPDATE ON "consent" FOR EACH ROW EXECUTE FUNCTION consent_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER consent_append_only ON "consent"`);
    await queryRunner.query(`DROP FUNCTION consent_append_only()`);
    await queryRunner.query(`ALTER TABLE "detected_right_transition" ALTER COLUMN "at" SET DEFAULT now()`);
    await queryRunner.query(`ALTER TABLE "referral_event" DROP CONSTRAINT "FK_4b3382bf30d685d34732d28e912"`);
    await queryRunner.query(`ALTER TABLE "referral_event" DROP CONSTRAINT "FK_3f9efeb2b61e25fcd06638bbe60"`);
    await queryRunner.query(`ALTER TABLE "referral_right" DROP CONSTRAINT "FK_be83a33ca8765feee168dc02453"`);
    await queryRunner.query(`ALTER TABLE "referral_right" DROP CONSTRAINT "FK_93a87074808666424a25dd22b32"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "FK_148e8ca7e58beacd37ebb4eca70"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "FK_8e602c0736bc5317391d81ac384"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "FK_1453fa382988cac81581725b25d"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "FK_7e78e6eccbdb5fc3da396b39f58"`);
    await queryRunner.query(`ALTER TABLE "referral_type" DROP CONSTRAINT "FK_b47e55e109e4275e6ab3b890c01"`);
    await queryRunner.query(`ALTER TABLE "consent" DROP CONSTRAINT "FK_4cc038dd5cc2c1c26a5cf933a35"`);
    await queryRunner.query(`ALTER TABLE "consent" DROP CONSTRAINT "FK_b6c6353c68f8ce99ee387baff55"`);
    await queryRunner.query(`ALTER TABLE "consent" DROP CONSTRAINT "FK_400b855a82cb087ac8bc92246e5"`);
    await queryRunner.query(`ALTER TABLE "consent" DROP CONSTRAINT "FK_89fd0f23d8b2bad031d9663173b"`);
    await queryRunner.query(`CREATE TYPE "public"."audit_entity_type_old" AS ENUM('household', 'person', 'income', 'received_benefit', 'user', 'organisation', 'session', 'detected_right', 'contact', 'task', 'campaign')`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "entity_type" TYPE "public"."audit_entity_type_old" USING "entity_type"::"text"::"public"."audit_entity_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."audit_entity_type"`);
    await queryRunner.query(`ALTER TYPE "public"."audit_entity_type_old" RENAME TO "audit_entity_type"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "referral_grace_days"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "handles_description"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "handled_benefits"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d1765048e87401e6459c786ff1"`);
    await queryRunner.query(`DROP TABLE "referral_event"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be83a33ca8765feee168dc0245"`);
    await queryRunner.query(`DROP TABLE "referral_right"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_47f4541eb1dd78654695bb1bb9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3776ff988b43d06170c49a6e43"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7e78e6eccbdb5fc3da396b39f5"`);
    await queryRunner.query(`DROP INDEX "public"."referral_idempotency_uq"`);
    await queryRunner.query(`DROP TABLE "referral"`);
    await queryRunner.query(`DROP TYPE "public"."referral_status"`);
    await queryRunner.query(`DROP TYPE "public"."referral_outcome"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b16f6cba841ffe984514bc12c"`);
    await queryRunner.query(`DROP TABLE "referral_type"`);
    await queryRunner.query(`DROP TYPE "public"."shared_field_group"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b32bcc3d4492103f017f9892df"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ae59d0bb1e41bf982323e165ed"`);
    await queryRunner.query(`DROP TABLE "consent"`);
    await queryRunner.query(`DROP TYPE "public"."consent_method"`);
    await queryRunner.query(`DROP TYPE "public"."consent_purpose"`);
  }
}
