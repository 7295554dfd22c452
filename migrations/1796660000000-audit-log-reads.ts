import type { MigrationInterface, QueryRunner } from 'typeorm';

// Audit browsing (issue 14): reading and exporting the audit log is itself audited, under the entity
// type `audit_event`. Enum values are appended; down cannot remove them and leaves them.
export class AuditLogReads1796660000000 implements MigrationInterface {
  name = 'AuditLogReads1796660000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."audit_entity_type" ADD VALUE IF NOT EXISTS 'audit_event'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "audit_event" WHERE "entity_type"::text = 'audit_event'`);
  }
}
