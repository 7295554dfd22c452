import type { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 13, the reminders left open.
// - RSA and prime d'activité: the household may ask its referent for help with the quarterly
//   declarations (`household.declaration_help_requested`); each declaration of a granted right then
//   gets a reminder (`reminder_kind` 'right_declaration', threshold = the declaration's number since
//   the grant) that creates a task, and a notification kind of its own.
// - A reminder whose fire job exhausted its attempts is enqueued again by the sweep, a bounded number
//   of rounds (`reminder.fire_rounds`), then left visibly `failed`.
// Enum values are appended; down cannot remove them and leaves them.
export class DeclarationRemindersAndFailedRounds1796770000000 implements MigrationInterface {
  name = 'DeclarationRemindersAndFailedRounds1796770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."reminder_kind" ADD VALUE IF NOT EXISTS 'right_declaration'`);
    await queryRunner.query(`ALTER TYPE "public"."notification_kind" ADD VALUE IF NOT EXISTS 'right_declaration'`);
    await queryRunner.query(`ALTER TYPE "public"."reminder_state" ADD VALUE IF NOT EXISTS 'failed'`);
    await queryRunner.query(`ALTER TABLE "household" ADD "declaration_help_requested" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "reminder" ADD "fire_rounds" smallint NOT NULL DEFAULT 0`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder" DROP COLUMN "fire_rounds"`);
    await queryRunner.query(`ALTER TABLE "household" DROP COLUMN "declaration_help_requested"`);
    await queryRunner.query(`DELETE FROM "reminder" WHERE "kind"::text = 'right_declaration'`);
    await queryRunner.query(`DELETE FROM "notification" WHERE "kind"::text = 'right_declaration'`);
    await queryRunner.query(`UPDATE "reminder" SET "state" = 'pending' WHERE "state"::text = 'failed'`);
  }
}
