import type { MigrationInterface, QueryRunner } from 'typeorm';

// Reminders (rows that fall due, fired by the worker), notifications with one delivery row per channel,
// users' preferences, organisations' delays, the sweeps' last success, and the campaign's own due date.
// Generated, then reviewed: TypeORM emitted CREATE TYPE notification_kind twice (two tables) — kept once.

export class Reminders1796510000000 implements MigrationInterface {
  name = 'Reminders1796510000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."notification_kind" AS ENUM('referral_received', 'referral_reminder', 'referral_escalation', 'referral_no_answer', 'referral_expired', 'task_due', 'task_overdue', 'right_follow_up', 'right_renewal')`);
    await queryRunner.query(`CREATE TYPE "public"."notification_item_type" AS ENUM('referral', 'task', 'detected_right')`);
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "item_type" "public"."notification_item_type" NOT NULL, "item_id" uuid NOT NULL, "reminder_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_reminder_uq" ON "notification" ("reminder_id", "user_id", "kind") WHERE "reminder_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "notification_unread_idx" ON "notification" ("user_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_73bfce92922b5fdb3c378fc8b9" ON "notification" ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TYPE "public"."delivery_channel" AS ENUM('email', 'digest')`);
    await queryRunner.query(`CREATE TYPE "public"."delivery_status" AS ENUM('pending', 'sending', 'sent', 'failed')`);
    await queryRunner.query(`CREATE TABLE "notification_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "notification_id" uuid NOT NULL, "channel" "public"."delivery_channel" NOT NULL, "status" "public"."delivery_status" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "claimed_at" TIMESTAMP WITH TIME ZONE, "sent_at" TIMESTAMP WITH TIME ZONE, "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_109dea88c25343da49d86de6bfd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notification_delivery_pending_idx" ON "notification_delivery" ("channel", "created_at") WHERE "status" IN ('pending', 'sending')`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_delivery_uq" ON "notification_delivery" ("notification_id", "channel") `);
    await queryRunner.query(`CREATE TYPE "public"."notification_mode" AS ENUM('in_app', 'email', 'digest')`);
    await queryRunner.query(`CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "mode" "public"."notification_mode" NOT NULL, CONSTRAINT "PK_0f7529aefc65bd035491bb755bf" PRIMARY KEY ("user_id", "kind"))`);
    await queryRunner.query(`CREATE TABLE "reminder_settings" ("organisation_id" uuid NOT NULL, "referral_reminder_working_days" smallint NOT NULL DEFAULT '5', "referral_escalation_working_days" smallint NOT NULL DEFAULT '10', "referral_expiry_days" smallint NOT NULL DEFAULT '30', "task_overdue_working_days" smallint NOT NULL DEFAULT '2', "right_no_news_days" smallint NOT NULL DEFAULT '45', "renewal_lead_days" smallint NOT NULL DEFAULT '30', "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1d05cada8540ef7d279601aa94a" PRIMARY KEY ("organisation_id"))`);
    await queryRunner.query(`CREATE TABLE "sweep_status" ("name" character varying(60) NOT NULL, "last_success_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_count" integer NOT NULL DEFAULT '0', "last_duration_ms" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_7d9c9b68bfdbaa40dd2d902113f" PRIMARY KEY ("name"))`);
    await queryRunner.query(`CREATE TYPE "public"."reminder_kind" AS ENUM('referral_unanswered', 'task_due', 'right_no_news', 'right_renewal')`);
    await queryRunner.query(`CREATE TYPE "public"."reminder_state" AS ENUM('pending', 'done', 'skipped')`);
    await queryRunner.query(`CREATE TABLE "reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" "public"."reminder_kind" NOT NULL, "item_id" uuid NOT NULL, "threshold" smallint NOT NULL DEFAULT '0', "organisation_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" "public"."reminder_state" NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "done_at" TIMESTAMP WITH TIME ZONE, "outcome" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9ec029d17cb8dece186b9221ede" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a479d2626d8543c7100e28ce6f" ON "reminder" ("organisation_id") `);
    await queryRunner.query(`CREATE INDEX "reminder_due_idx" ON "reminder" ("due_at") WHERE "state" = 'pending'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "reminder_item_uq" ON "reminder" ("kind", "item_id", "threshold") `);
    await queryRunner.query(`ALTER TABLE "campaign" ADD "due_on" date`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" ADD CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432" FOREIGN KEY ("notification_id") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification_preference" ADD CONSTRAINT "FK_ff040d2d2e35c49b00525783829" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reminder_settings" ADD CONSTRAINT "FK_1d05cada8540ef7d279601aa94a" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Every writer of tasks (API, campaign launches, the worker's follow-up tasks, the seed) gets the
    // due-date reminder in its own transaction: 08:00 Paris on the due date. The overdue threshold needs
    // working days, so the worker adds it when this one fires.
    await queryRunner.query(`CREATE FUNCTION task_reminder_insert() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO reminder (kind, item_id, threshold, organisation_id, due_at)
        SELECT 'task_due', t.id, 0, t.organisation_id, (t.due_on + time '08:00') AT TIME ZONE 'Europe/Paris'
        FROM new_tasks t WHERE t.status IN ('a_faire', 'en_cours')
        ON CONFLICT (kind, item_id, threshold) DO NOTHING;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER task_reminder_insert AFTER INSERT ON "task" REFERENCING NEW TABLE AS new_tasks FOR EACH STATEMENT EXECUTE FUNCTION task_reminder_insert()`);
    await queryRunner.query(`CREATE FUNCTION task_reminder_update() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status IN ('a_faire', 'en_cours') THEN
          IF NEW.due_on IS DISTINCT FROM OLD.due_on OR OLD.status NOT IN ('a_faire', 'en_cours') THEN
            INSERT INTO reminder (kind, item_id, threshold, organisation_id, due_at)
            VALUES ('task_due', NEW.id, 0, NEW.organisation_id, (NEW.due_on + time '08:00') AT TIME ZONE 'Europe/Paris')
            ON CONFLICT (kind, item_id, threshold) DO UPDATE
              SET due_at = EXCLUDED.due_at, state = 'pending', attempts = 0, done_at = NULL, outcome = NULL;
            UPDATE reminder SET state = 'skipped', done_at = now(), outcome = 'échéance modifiée'
            WHERE kind = 'task_due' AND item_id = NEW.id AND threshold > 0 AND state = 'pending';
          END IF;
        ELSE
          UPDATE reminder SET state = 'skipped', done_at = now(), outcome = 'tâche ' || NEW.status
          WHERE kind = 'task_due' AND item_id = NEW.id AND state = 'pending';
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER task_reminder_update AFTER UPDATE OF due_on, status ON "task" FOR EACH ROW
      WHEN (OLD.due_on IS DISTINCT FROM NEW.due_on OR OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION task_reminder_update()`);
    // What was already open keeps its deadlines: tasks due from today, and unanswered referrals' expiry
    // (which the worker's former expiry sweep enforced), 30 days after their last change.
    await queryRunner.query(`INSERT INTO reminder (kind, item_id, threshold, organisation_id, due_at)
      SELECT 'task_due', id, 0, organisation_id, (due_on + time '08:00') AT TIME ZONE 'Europe/Paris' FROM task
      WHERE status IN ('a_faire', 'en_cours') AND due_on >= (now() AT TIME ZONE 'Europe/Paris')::date`);
    await queryRunner.query(`INSERT INTO reminder (kind, item_id, threshold, organisation_id, due_at)
      SELECT 'referral_unanswered', id, 3, recipient_organisation_id,
             (((status_changed_at AT TIME ZONE 'Europe/Paris')::date + 30) + time '08:00') AT TIME ZONE 'Europe/Paris'
      FROM referral WHERE status IN ('envoyee', 'accusee')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER task_reminder_update ON "task"`);
    await queryRunner.query(`DROP FUNCTION task_reminder_update()`);
    await queryRunner.query(`DROP TRIGGER task_reminder_insert ON "task"`);
    await queryRunner.query(`DROP FUNCTION task_reminder_insert()`);
    await queryRunner.query(`ALTER TABLE "reminder_settings" DROP CONSTRAINT "FK_1d05cada8540ef7d279601aa94a"`);
    await queryRunner.query(`ALTER TABLE "notification_preference" DROP CONSTRAINT "FK_ff040d2d2e35c49b00525783829"`);
    await queryRunner.query(`ALTER TABLE "notification_delivery" DROP CONSTRAINT "FK_2e70a64359ce7416b06a4d7a432"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
    await queryRunner.query(`ALTER TABLE "campaign" DROP COLUMN "due_on"`);
    await queryRunner.query(`DROP INDEX "public"."reminder_item_uq"`);
    await queryRunner.query(`DROP INDEX "public"."reminder_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a479d2626d8543c7100e28ce6f"`);
    await queryRunner.query(`DROP TABLE "reminder"`);
    await queryRunner.query(`DROP TYPE "public"."reminder_state"`);
    await queryRunner.query(`DROP TYPE "public"."reminder_kind"`);
    await queryRunner.query(`DROP TABLE "sweep_status"`);
    await queryRunner.query(`DROP TABLE "reminder_settings"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TYPE "public"."notification_mode"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_uq"`);
    await queryRunner.query(`DROP INDEX "public"."notification_delivery_pending_idx"`);
    await queryRunner.query(`DROP TABLE "notification_delivery"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_status"`);
    await queryRunner.query(`DROP TYPE "public"."delivery_channel"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73bfce92922b5fdb3c378fc8b9"`);
    await queryRunner.query(`DROP INDEX "public"."notification_unread_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_reminder_uq"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_item_type"`);
    await queryRunner.query(`DROP TYPE "public"."notification_kind"`);
  }
}
