import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 15. Each periodic sweep (reminders, detection, campaigns, imports, digest) records its period
// beside its last success, so /api/health can tell, per kind, when one is overdue.

export class SweepPeriod1796600000000 implements MigrationInterface {
  name = 'SweepPeriod1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sweep_status" ADD "every_ms" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sweep_status" DROP COLUMN "every_ms"`);
  }
}
