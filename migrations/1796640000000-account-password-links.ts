import type { MigrationInterface, QueryRunner } from 'typeorm';

// Accounts: a person chooses their own password through a single-use, expiring link (the token is
// stored hashed); until then the account has no password (password_hash NULL) and cannot sign in.

export class AccountPasswordLinks1796640000000 implements MigrationInterface {
  name = 'AccountPasswordLinks1796640000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."password_link_purpose" AS ENUM('invitation', 'reset')`);
    await queryRunner.query(`CREATE TABLE "password_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "purpose" "public"."password_link_purpose" NOT NULL, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_4a4693841ce8fe093be9f13148d" UNIQUE ("token_hash"), CONSTRAINT "PK_3c8fd40434c805db4646e78a44f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9626f4b738c896096be55ad7e1" ON "password_link" ("user_id") `);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "password_link" ADD CONSTRAINT "FK_9626f4b738c896096be55ad7e19" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "password_link" ADD CONSTRAINT "FK_8544121b3042cc1c46aa11e302e" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "password_link" DROP CONSTRAINT "FK_8544121b3042cc1c46aa11e302e"`);
    await queryRunner.query(`ALTER TABLE "password_link" DROP CONSTRAINT "FK_9626f4b738c896096be55ad7e19"`);
    await queryRunner.query(`ALTER TABLE "app_user" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9626f4b738c896096be55ad7e1"`);
    await queryRunner.query(`DROP TABLE "password_link"`);
    await queryRunner.query(`DROP TYPE "public"."password_link_purpose"`);
  }
}
