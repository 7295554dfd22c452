import type { MigrationInterface, QueryRunner } from 'typeorm';

// Second factor (TOTP): the confirmed secret, one being enrolled, the last accepted time step (no
// code accepted twice), single-use recovery codes stored hashed, and the session's stage (a password
// alone opens a session that can only give its code or, for an admin without one, enrol).

export class TotpSecondFactor1796715000000 implements MigrationInterface {
  name = 'TotpSecondFactor1796715000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "totp_recovery_code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character varying(255) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9617fbec215e61345a8eedac985" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_7246c62246e51815eb9234764e" ON "totp_recovery_code" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "totp_secret" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "totp_pending_secret" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "totp_last_step" bigint`);
    await queryRunner.query(`ALTER TABLE "session" ADD "stage" character varying(10) NOT NULL DEFAULT 'full'`);
    await queryRunner.query(`ALTER TABLE "totp_recovery_code" ADD CONSTRAINT "FK_7246c62246e51815eb9234764ed" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "totp_recovery_code" DROP CONSTRAINT "FK_7246c62246e51815eb9234764ed"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "stage"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "totp_last_step"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "totp_enabled_at"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "totp_pending_secret"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "totp_secret"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7246c62246e51815eb9234764e"`);
    await queryRunner.query(`DROP TABLE "totp_recovery_code"`);
  }
}
