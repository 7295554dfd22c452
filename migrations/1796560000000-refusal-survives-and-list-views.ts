import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15. A refusal outlives its household: refused_identity keeps a keyed hash of each member's
// identity with the refused benefit and the end date (per organisation), and an outreach block can be
// lifted by the person (inbound contact, their words kept). Contacts say whether the person initiated
// them. A list's audit event records the households it displayed (household_ids, GIN for containment).

export class RefusalSurvivesAndListViews1796560000000 implements MigrationInterface {
  name = 'RefusalSurvivesAndListViews1796560000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "refused_identity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "identity_hash" character(64) NOT NULL, "benefit" "public"."detectable_benefit" NOT NULL, "blocked_until" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_dd6e457df91a6e14e55219c35f1" UNIQUE ("organisation_id", "identity_hash", "benefit"), CONSTRAINT "PK_b13822de425f5b6b2879e5c2886" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9dfef6337152d2a8b2aa1b6654" ON "refused_identity" ("blocked_until") `);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "household_ids" uuid array`);
    await queryRunner.query(`CREATE INDEX "audit_event_household_ids_idx" ON "audit_event" USING gin ("household_ids")`);
    // Shared enum: appended, never recreated (other modules add values too).
    await queryRunner.query(`ALTER TYPE "public"."audit_entity_type" ADD VALUE IF NOT EXISTS 'outreach_block'`);
    await queryRunner.query(`ALTER TABLE "contact" ADD "inbound" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "outreach_block" ADD "lifted_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "outreach_block" ADD "lifted_by" uuid`);
    await queryRunner.query(`ALTER TABLE "outreach_block" ADD "lift_contact_id" uuid`);
    await queryRunner.query(`ALTER TABLE "outreach_block" ADD "lift_words" text`);
    await queryRunner.query(`ALTER TABLE "outreach_block" ADD CONSTRAINT "FK_05c3af617e26749a0bd2fac86f2" FOREIGN KEY ("lifted_by") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outreach_block" ADD CONSTRAINT "FK_0b0e7010960ac1802c5ea4a9994" FOREIGN KEY ("lift_contact_id") REFERENCES "contact"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refused_identity" ADD CONSTRAINT "FK_c30b538bfff32747df09481d4f4" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refused_identity" DROP CONSTRAINT "FK_c30b538bfff32747df09481d4f4"`);
    await queryRunner.query(`ALTER TABLE "outreach_block" DROP CONSTRAINT "FK_0b0e7010960ac1802c5ea4a9994"`);
    await queryRunner.query(`ALTER TABLE "outreach_block" DROP CONSTRAINT "FK_05c3af617e26749a0bd2fac86f2"`);
    await queryRunner.query(`ALTER TABLE "outreach_block" DROP COLUMN "lift_words"`);
    await queryRunner.query(`ALTER TABLE "outreach_block" DROP COLUMN "lift_contact_id"`);
    await queryRunner.query(`ALTER TABLE "outreach_block" DROP COLUMN "lifted_by"`);
    await queryRunner.query(`ALTER TABLE "outreach_block" DROP COLUMN "lifted_at"`);
    await queryRunner.query(`ALTER TABLE "contact" DROP COLUMN "inbound"`);
    // The 'outreach_block' value of audit_entity_type stays (PostgreSQL cannot drop an enum value).
    await queryRunner.query(`DROP INDEX "public"."audit_event_household_ids_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "household_ids"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9dfef6337152d2a8b2aa1b6654"`);
    await queryRunner.query(`DROP TABLE "refused_identity"`);
  }
}
