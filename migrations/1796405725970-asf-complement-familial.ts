import type { MigrationInterface, QueryRunner } from 'typeorm';

// The allocation de soutien familial and the complément familial become benefits a household can
// receive and detection can propose (libs/domain BENEFITS, DETECTABLE_BENEFITS). Enum values are
// appended (PostgreSQL cannot remove one: down recreates the types without them, after deleting the
// rows that use them).
export class AsfComplementFamilial1796405725970 implements MigrationInterface {
  name = 'AsfComplementFamilial1796405725970';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."benefit" ADD VALUE IF NOT EXISTS 'asf'`);
    await queryRunner.query(`ALTER TYPE "public"."benefit" ADD VALUE IF NOT EXISTS 'complement_familial'`);
    await queryRunner.query(`ALTER TYPE "public"."detectable_benefit" ADD VALUE IF NOT EXISTS 'asf'`);
    await queryRunner.query(`ALTER TYPE "public"."detectable_benefit" ADD VALUE IF NOT EXISTS 'complement_familial'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const gone = `('asf', 'complement_familial')`;
    await queryRunner.query(`DELETE FROM "received_benefit" WHERE "benefit"::text IN ${gone}`);
    await queryRunner.query(`DELETE FROM "detected_right" WHERE "benefit"::text IN ${gone}`);
    await queryRunner.query(`DELETE FROM "outreach_block" WHERE "benefit"::text IN ${gone}`);
    await queryRunner.query(`ALTER TYPE "public"."benefit" RENAME TO "benefit_old"`);
    await queryRunner.query(`CREATE TYPE "public"."benefit" AS ENUM('rsa', 'prime_activite', 'aide_logement', 'cheque_energie', 'css', 'allocations_familiales', 'aah', 'aspa', 'autre')`);
    await queryRunner.query(`ALTER TABLE "received_benefit" ALTER COLUMN "benefit" TYPE "public"."benefit" USING "benefit"::text::"public"."benefit"`);
    await queryRunner.query(`DROP TYPE "public"."benefit_old"`);
    await queryRunner.query(`ALTER TYPE "public"."detectable_benefit" RENAME TO "detectable_benefit_old"`);
    await queryRunner.query(`CREATE TYPE "public"."detectable_benefit" AS ENUM('rsa', 'prime_activite', 'aide_logement', 'cheque_energie', 'css', 'allocations_familiales', 'aah', 'aspa')`);
    await queryRunner.query(`ALTER TABLE "detected_right" ALTER COLUMN "benefit" TYPE "public"."detectable_benefit" USING "benefit"::text::"public"."detectable_benefit"`);
    await queryRunner.query(`ALTER TABLE "outreach_block" ALTER COLUMN "benefit" TYPE "public"."detectable_benefit" USING "benefit"::text::"public"."detectable_benefit"`);
    await queryRunner.query(`DROP TYPE "public"."detectable_benefit_old"`);
  }
}
