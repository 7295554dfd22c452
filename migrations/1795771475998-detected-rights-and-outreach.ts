import type { MigrationInterface, QueryRunner } from 'typeorm';

// Detected rights and outreach: detected_right (one open right per household and benefit, partial
// unique index used by the worker's upsert), its transitions, outreach_block (refusal by the person,
// CNIL 2022-101), contacts, tasks, campaigns and their targeted households; detection stamps on
// household. Generated, then reviewed: TypeORM emitted CREATE TYPE twice for the enums shared by two
// tables (detected_right_status, detectable_benefit) — kept once (and dropped once, last, in down).

export class DetectedRightsAndOutreach1795771475998 implements MigrationInterface {
  name = 'DetectedRightsAndOutreach1795771475998';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."campaign_assignment" AS ENUM('referent', 'user')`);
    await queryRunner.query(`CREATE TYPE "public"."campaign_status" AS ENUM('brouillon', 'en_cours', 'terminee', 'echec')`);
    await queryRunner.query(`CREATE TABLE "campaign" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisation_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "filters" jsonb NOT NULL DEFAULT '{}', "assignment" "public"."campaign_assignment" NOT NULL DEFAULT 'referent', "assignee_id" uuid, "status" "public"."campaign_status" NOT NULL DEFAULT 'brouillon', "target_count" integer, "excluded_refusal_count" integer, "tasks_created" integer NOT NULL DEFAULT '0', "launched_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "error" text, "created_by" uuid, CONSTRAINT "PK_0ce34d26e7f2eb316a3a592cdc4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_431e0ea0ad37995342cec40336" ON "campaign" ("organisation_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "campaign_household" ("campaign_id" uuid NOT NULL, "household_id" uuid NOT NULL, "detected_right_ids" uuid array NOT NULL DEFAULT '{}', "task_id" uuid, CONSTRAINT "PK_c72a18846bb03cea796affdfaca" PRIMARY KEY ("campaign_id", "household_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e94d0192879ad6350fac4f2233" ON "campaign_household" ("household_id") `);
    await queryRunner.query(`CREATE TYPE "public"."detectable_benefit" AS ENUM('rsa', 'prime_activite', 'aide_logement', 'cheque_energie', 'css', 'allocations_familiales', 'aah', 'aspa')`);
    await queryRunner.query(`CREATE TYPE "public"."detected_right_status" AS ENUM('detecte', 'confirme', 'ecarte', 'informe', 'demande_en_cours', 'demande_deposee', 'accorde', 'refuse', 'abandonne', 'refus_personne')`);
    await queryRunner.query(`CREATE TYPE "public"."amount_period" AS ENUM('mensuel', 'annuel')`);
    await queryRunner.query(`CREATE TYPE "public"."confidence" AS ENUM('haute', 'moyenne', 'faible')`);
    await queryRunner.query(`CREATE TYPE "public"."right_source" AS ENUM('moteur', 'partenaire', 'saisie')`);
    await queryRunner.query(`CREATE TYPE "public"."dismiss_reason" AS ENUM('deja_percu', 'non_eligible', 'doublon', 'autre')`);
    await queryRunner.query(`CREATE TYPE "public"."refusal_reason" AS ENUM('ressources_superieures', 'conditions_non_remplies', 'dossier_incomplet', 'autre')`);
    await queryRunner.query(`CREATE TABLE "detected_right" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "household_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "territory_id" uuid NOT NULL, "benefit" "public"."detectable_benefit" NOT NULL, "status" "public"."detected_right_status" NOT NULL DEFAULT 'detecte', "estimated_amount_cents" integer NOT NULL, "amount_period" "public"."amount_period" NOT NULL DEFAULT 'mensuel', "received_amount_cents" integer, "evaluated_period" character(7), "explanation" jsonb NOT NULL DEFAULT '[]', "rule_version" text, "parameter_dates" jsonb NOT NULL DEFAULT '{}', "missing_inputs" text array NOT NULL DEFAULT '{}', "confidence" "public"."confidence" NOT NULL DEFAULT 'moyenne', "source" "public"."right_source" NOT NULL DEFAULT 'moteur', "dismiss_reason" "public"."dismiss_reason", "refusal_reason" "public"."refusal_reason", "granted_monthly_amount_cents" integer, "granted_from" date, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "detected_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_evaluated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "detected_right_amounts_positive" CHECK ("estimated_amount_cents" >= 0 AND ("received_amount_cents" IS NULL OR "received_amount_cents" >= 0) AND ("granted_monthly_amount_cents" IS NULL OR "granted_monthly_amount_cents" >= 0)), CONSTRAINT "PK_b1b20c23318290e9be3d9e9ffdc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d36259a55b92b5c9b57409b420" ON "detected_right" ("household_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1c60fb0b937c6f584f5d45fb22" ON "detected_right" ("organisation_id", "detected_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_b46e1baa62d5a66efd76092a3a" ON "detected_right" ("organisation_id", "status", "estimated_amount_cents") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "detected_right_open_uq" ON "detected_right" ("household_id", "benefit") WHERE "status" IN ('detecte', 'confirme', 'informe', 'demande_en_cours', 'demande_deposee')`);
    await queryRunner.query(`CREATE TYPE "public"."contact_channel" AS ENUM('telephone', 'sms', 'courrier', 'email', 'visite_domicile', 'permanence', 'evenement')`);
    await queryRunner.query(`CREATE TYPE "public"."contact_outcome" AS ENUM('joint', 'non_joint', 'mauvais_numero', 'refus', 'rdv_pris')`);
    await queryRunner.query(`CREATE TABLE "contact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "household_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "author_id" uuid, "channel" "public"."contact_channel" NOT NULL, "outcome" "public"."contact_outcome" NOT NULL, "note" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, "next_attempt_on" date, CONSTRAINT "PK_2cbbe00f59ab6b3bb5b8d19f989" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_919c719f12f133c272a587d602" ON "contact" ("organisation_id", "occurred_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_7e9f77181c6cf189250289270a" ON "contact" ("household_id", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "contact_right" ("contact_id" uuid NOT NULL, "detected_right_id" uuid NOT NULL, CONSTRAINT "PK_a708805340aac0eae488966d87d" PRIMARY KEY ("contact_id", "detected_right_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f48d764dfabba965b85bc2bd67" ON "contact_right" ("detected_right_id") `);
    await queryRunner.query(`CREATE TABLE "detected_right_transition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "detected_right_id" uuid NOT NULL, "from_status" "public"."detected_right_status", "to_status" "public"."detected_right_status" NOT NULL, "actor_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reason" text, "note" text, "payload" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_eb2a7d6d87d7190171f66243285" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b9b6347dabda52911ebae33a99" ON "detected_right_transition" ("detected_right_id", "at") `);
    await queryRunner.query(`CREATE TABLE "outreach_block" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "household_id" uuid NOT NULL, "benefit" "public"."detectable_benefit" NOT NULL, "blocked_until" date NOT NULL, "right_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fdfbb8d1d637be45fdbeda9f9f3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_fb645eaf70b609c6ce93a2abe6" ON "outreach_block" ("household_id", "benefit", "blocked_until") `);
    await queryRunner.query(`CREATE TYPE "public"."task_priority" AS ENUM('basse', 'normale', 'haute', 'urgente')`);
    await queryRunner.query(`CREATE TYPE "public"."task_status" AS ENUM('a_faire', 'en_cours', 'faite', 'annulee')`);
    await queryRunner.query(`CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "household_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "detected_right_id" uuid, "contact_id" uuid, "campaign_id" uuid, "assignee_id" uuid, "due_on" date NOT NULL, "priority" "public"."task_priority" NOT NULL DEFAULT 'normale', "status" "public"."task_status" NOT NULL DEFAULT 'a_faire', "created_by" uuid, "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fb213f79ee45060ba925ecd576e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_6ae211ae9dc52f268978d1fb47" ON "task" ("campaign_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6bfcba348c6034ebbc50c2b668" ON "task" ("household_id", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_b75c5207853416ec8e40067c20" ON "task" ("organisation_id", "status", "due_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_45527c2d01e3d2ecb54e96100a" ON "task" ("assignee_id", "status", "due_on") `);
    await queryRunner.query(`ALTER TABLE "household" ADD "detection_requested_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "household" ADD "detected_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "household" ADD "detection_fingerprint" text`);
    await queryRunner.query(`ALTER TYPE "public"."audit_entity_type" RENAME TO "audit_entity_type_old"`);
    await queryRunner.query(`CREATE TYPE "public"."audit_entity_type" AS ENUM('household', 'person', 'income', 'received_benefit', 'user', 'organisation', 'session', 'detected_right', 'contact', 'task', 'campaign')`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "entity_type" TYPE "public"."audit_entity_type" USING "entity_type"::"text"::"public"."audit_entity_type"`);
    await queryRunner.query(`DROP TYPE "public"."audit_entity_type_old"`);
    await queryRunner.query(`CREATE INDEX "IDX_0302e6a0db6831e43eaacd4707" ON "household" ("detection_requested_at") `);
    await queryRunner.query(`ALTER TABLE "campaign" ADD CONSTRAINT "FK_fb4956b237b662c346a41fff173" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign" ADD CONSTRAINT "FK_25f08e11da788f5b64cea079203" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign" ADD CONSTRAINT "FK_1b98242854eb65ab7c2c3ec423c" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_household" ADD CONSTRAINT "FK_c057880f5355626cde6fa853093" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "campaign_household" ADD CONSTRAINT "FK_e94d0192879ad6350fac4f22336" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "detected_right" ADD CONSTRAINT "FK_d36259a55b92b5c9b57409b4206" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contact" ADD CONSTRAINT "FK_0f2a270be913a25ccb4db7a4a4c" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contact" ADD CONSTRAINT "FK_815c2c8b3d2f44aac8739249e47" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contact_right" ADD CONSTRAINT "FK_dee570274e1fe6d218b15938486" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contact_right" ADD CONSTRAINT "FK_f48d764dfabba965b85bc2bd674" FOREIGN KEY ("detected_right_id") REFERENCES "detected_right"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "detected_right_transition" ADD CONSTRAINT "FK_c410da5607d8e7cdb82f48a5863" FOREIGN KEY ("detected_right_id") REFERENCES "detected_right"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "detected_right_transition" ADD CONSTRAINT "FK_f75f150f4e47a0c34ac8dc2bb4f" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outreach_block" ADD CONSTRAINT "FK_1980c78672c7da601e2bd6e00cb" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outreach_block" ADD CONSTRAINT "FK_f0d26e1125bd39dea4f792c9b56" FOREIGN KEY ("right_id") REFERENCES "detected_right"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outreach_block" ADD CONSTRAINT "FK_78fc0088cd954e808f7fea8b8ca" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_85b4679792c5f7f240e078cd073" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_459f44850f2533fb02d1a4341ad" FOREIGN KEY ("detected_right_id") REFERENCES "detected_right"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_0fdf86cc020821e2687dcebe1f1" FOREIGN KEY ("contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_6ae211ae9dc52f268978d1fb47b" FOREIGN KEY ("campaign_id") REFERENCES "campaign"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_75114a0b55080c15694f3d40ec9" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "task" ADD CONSTRAINT "FK_7126a406a07736826b7988ae207" FOREIGN KEY ("created_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_7126a406a07736826b7988ae207"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_75114a0b55080c15694f3d40ec9"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_6ae211ae9dc52f268978d1fb47b"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_0fdf86cc020821e2687dcebe1f1"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_459f44850f2533fb02d1a4341ad"`);
    await queryRunner.query(`ALTER TABLE "task" DROP CONSTRAINT "FK_85b4679792c5f7f240e078cd073"`);
    await queryRunner.query(`ALTER TABLE "outreach_block" DROP CONSTRAINT "FK_78fc0088cd954e808f7fea8b8ca"`);
    await queryRunner.query(`ALTER TABLE "outreach_block" DROP CONSTRAINT "FK_f0d26e1125bd39dea4f792c9b56"`);
    await queryRunner.query(`ALTER TABLE "outreach_block" DROP CONSTRAINT "FK_1980c78672c7da601e2bd6e00cb"`);
    await queryRunner.query(`ALTER TABLE "detected_right_transition" DROP CONSTRAINT "FK_f75f150f4e47a0c34ac8dc2bb4f"`);
    await queryRunner.query(`ALTER TABLE "detected_right_transition" DROP CONSTRAINT "FK_c410da5607d8e7cdb82f48a5863"`);
    await queryRunner.query(`ALTER TABLE "contact_right" DROP CONSTRAINT "FK_f48d764dfabba965b85bc2bd674"`);
    await queryRunner.query(`ALTER TABLE "contact_right" DROP CONSTRAINT "FK_dee570274e1fe6d218b15938486"`);
    await queryRunner.query(`ALTER TABLE "contact" DROP CONSTRAINT "FK_815c2c8b3d2f44aac8739249e47"`);
    await queryRunner.query(`ALTER TABLE "contact" DROP CONSTRAINT "FK_0f2a270be913a25ccb4db7a4a4c"`);
    await queryRunner.query(`ALTER TABLE "detected_right" DROP CONSTRAINT "FK_d36259a55b92b5c9b57409b4206"`);
    await queryRunner.query(`ALTER TABLE "campaign_household" DROP CONSTRAINT "FK_e94d0192879ad6350fac4f22336"`);
    await queryRunner.query(`ALTER TABLE "campaign_household" DROP CONSTRAINT "FK_c057880f5355626cde6fa853093"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "FK_1b98242854eb65ab7c2c3ec423c"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "FK_25f08e11da788f5b64cea079203"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP CONSTRAINT "FK_fb4956b237b662c346a41fff173"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0302e6a0db6831e43eaacd4707"`);
    await queryRunner.query(`CREATE TYPE "public"."audit_entity_type_old" AS ENUM('household', 'person', 'income', 'received_benefit', 'user', 'organisation', 'session')`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "entity_type" TYPE "public"."audit_entity_type_old" USING "entity_type"::"text"::"public"."audit_entity_type_old"`);
    await queryRunner.query(`DROP TYPE "public"."audit_entity_type"`);
    await queryRunner.query(`ALTER TYPE "public"."audit_entity_type_old" RENAME TO "audit_entity_type"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "detection_fingerprint"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "detected_at"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "detection_requested_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_45527c2d01e3d2ecb54e96100a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b75c5207853416ec8e40067c20"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bfcba348c6034ebbc50c2b668"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6ae211ae9dc52f268978d1fb47"`);
    await queryRunner.query(`DROP TABLE "task"`);
    await queryRunner.query(`DROP TYPE "public"."task_status"`);
    await queryRunner.query(`DROP TYPE "public"."task_priority"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fb645eaf70b609c6ce93a2abe6"`);
    await queryRunner.query(`DROP TABLE "outreach_block"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b9b6347dabda52911ebae33a99"`);
    await queryRunner.query(`DROP TABLE "detected_right_transition"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f48d764dfabba965b85bc2bd67"`);
    await queryRunner.query(`DROP TABLE "contact_right"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7e9f77181c6cf189250289270a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_919c719f12f133c272a587d602"`);
    await queryRunner.query(`DROP TABLE "contact"`);
    await queryRunner.query(`DROP TYPE "public"."contact_outcome"`);
    await queryRunner.query(`DROP TYPE "public"."contact_channel"`);
    await queryRunner.query(`DROP INDEX "public"."detected_right_open_uq"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b46e1baa62d5a66efd76092a3a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c60fb0b937c6f584f5d45fb22"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d36259a55b92b5c9b57409b420"`);
    await queryRunner.query(`DROP TABLE "detected_right"`);
    await queryRunner.query(`DROP TYPE "public"."refusal_reason"`);
    await queryRunner.query(`DROP TYPE "public"."dismiss_reason"`);
    await queryRunner.query(`DROP TYPE "public"."right_source"`);
    await queryRunner.query(`DROP TYPE "public"."confidence"`);
    await queryRunner.query(`DROP TYPE "public"."amount_period"`);
    await queryRunner.query(`DROP TYPE "public"."detected_right_status"`);
    await queryRunner.query(`DROP TYPE "public"."detectable_benefit"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e94d0192879ad6350fac4f2233"`);
    await queryRunner.query(`DROP TABLE "campaign_household"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_431e0ea0ad37995342cec40336"`);
    await queryRunner.query(`DROP TABLE "campaign"`);
    await queryRunner.query(`DROP TYPE "public"."campaign_status"`);
    await queryRunner.query(`DROP TYPE "public"."campaign_assignment"`);
  }
}
