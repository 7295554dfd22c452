import type { MigrationInterface, QueryRunner } from 'typeorm';

// Sign-in throttling by (account, address) with growing delays, counted atomically; replaces the
// per-account failure log (login_attempt) that let anyone lock any account.
export class HardeningLoginThrottle1796500000000 implements MigrationInterface {
  name = 'HardeningLoginThrottle1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "login_throttle" ("email" character varying(254) NOT NULL, "ip" character varying(64) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "blocked_until" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_42e8a843c92b58f2ac5bd04017a" PRIMARY KEY ("email", "ip"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c29e176ddfb058bc926532f301" ON "login_throttle" ("last_attempt_at") `);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_c29e176ddfb058bc926532f301"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
    await queryRunner.query(`CREATE TABLE "login_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "ip" character varying(64) NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c6a71484e46a23dfc4d3616780" ON "login_attempt" ("ip", "attempted_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_d40158f50033c6f856c6a1f242" ON "login_attempt" ("email", "attempted_at") `);
  }
}
