import type { MigrationInterface, QueryRunner } from 'typeorm';

// Indicators and exports (issue 14): reading the indicators is audited under the entity type
// `statistics`, and every export of a list under the action `export`. Enum values are appended
// (other migrations add values to the same types); down cannot remove them and leaves them.
export class DashboardIndicators1796520000000 implements MigrationInterface {
  name = 'DashboardIndicators1796520000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."audit_action" ADD VALUE IF NOT EXISTS 'export'`);
    await queryRunner.query(`ALTER TYPE "public"."audit_entity_type" ADD VALUE IF NOT EXISTS 'statistics'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "audit_event" WHERE "action"::text = 'export' OR "entity_type"::text = 'statistics'`);
  }
}
