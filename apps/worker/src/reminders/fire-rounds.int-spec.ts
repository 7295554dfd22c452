// Nothing silently dropped: a reminder whose fire job exhausts its 5 attempts is enqueued again by the
// sweep under a new job id (the failed one keeps its id in BullMQ's failed list), a bounded number of
// rounds, then left `failed`. Failures are real: a trigger on `notification` raises inside the fire's
// transaction while a sequence (outside any transaction, so a rollback does not undo it) is below N.
import { remindersSweepJob } from '@recours/jobs';
import { startSmtpSink, type SmtpSink } from '@recours/testing';
import { randomUUID } from 'node:crypto';
import { createOrganisation, insertHousehold, waitFor, type OrgFixture } from '../../test/fixtures';
import { expectReceived, mailTo } from '../../test/mail';
import { startWorker, type WorkerHarness } from '../../test/worker-harness';
import { reminderJobId } from './reminders.processor';

const ATTEMPTS = 5;
const MAX_ROUNDS = 3;

describe('reminders whose fire job fails every attempt (PostgreSQL, Redis, SMTP)', () => {
  let w: WorkerHarness;
  let sink: SmtpSink;
  let cd: OrgFixture;
  let household: string;
  const now = new Date('2026-05-04T09:30:00Z');

  const sweep = () => w.run(remindersSweepJob, {}, { jobId: `sweep-${randomUUID()}` }) as Promise<{ reminders: number }>;
  const settle = (expected: number) => expectReceived(sink, expected);

  beforeAll(async () => {
    sink = await startSmtpSink();
    w = await startWorker(
      { REMINDER_FIRE_BACKOFF_MS: '5', REMINDER_REQUEUE_AFTER_MS: '0', REMINDER_FIRE_MAX_ROUNDS: String(MAX_ROUNDS) },
      { clock: { now: () => now }, mail: mailTo(sink) },
    );
    cd = await createOrganisation(w.pool, '23');
    household = (await insertHousehold(w.pool, cd)).id;
    await w.pool.query(`CREATE TABLE test_failing_task (task_id uuid PRIMARY KEY, fail_first bigint NOT NULL, calls text NOT NULL)`);
    await w.pool.query(`CREATE FUNCTION test_fail_notification() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE f test_failing_task;
      BEGIN
        SELECT * INTO f FROM test_failing_task WHERE task_id = NEW.item_id;
        IF FOUND AND nextval(f.calls::regclass) <= f.fail_first THEN RAISE EXCEPTION 'panne simulée'; END IF;
        RETURN NEW;
      END $$`);
    await w.pool.query(`CREATE TRIGGER test_fail_notification BEFORE INSERT ON notification FOR EACH ROW EXECUTE FUNCTION test_fail_notification()`);
  });
  afterAll(async () => {
    await w?.close();
    await sink?.close();
  });

  /** A task due now whose reminder's effect fails `failFirst` times; its reminder row. */
  const failingReminder = async (failFirst: number) => {
    const { rows } = await w.pool.query<{ id: string }>(
      `INSERT INTO task (household_id, organisation_id, title, assignee_id, due_on) VALUES ($1, $2, 'Appeler', $3, '2026-05-04') RETURNING id`,
      [household, cd.organisationId, cd.userId],
    );
    const calls = `test_calls_${rows[0].id.replace(/-/g, '')}`;
    await w.pool.query(`CREATE SEQUENCE ${calls}`);
    await w.pool.query(`INSERT INTO test_failing_task VALUES ($1, $2, $3)`, [rows[0].id, failFirst, calls]);
    const reminder = await w.pool.query<{ id: string; due_at: Date }>(`SELECT id, due_at FROM reminder WHERE item_id = $1 AND threshold = 0`, [rows[0].id]);
    return { ...reminder.rows[0], calls };
  };
  const row = async (id: string) =>
    (await w.pool.query<{ state: string; attempts: number; fire_rounds: number; outcome: string | null }>(`SELECT state::text, attempts, fire_rounds, outcome FROM reminder WHERE id = $1`, [id])).rows[0];
  const jobState = (id: string, dueAt: Date, round: number) => w.queues.queue('reminders').getJobState(reminderJobId(id, dueAt, round));
  const untilFailed = (id: string, dueAt: Date, round: number) =>
    waitFor(async () => (await jobState(id, dueAt, round)) === 'failed', 15_000, `round ${round} of ${id} to fail`);

  it('fails all 5 attempts, then 2 more in the next round, then succeeds: delivered once', async () => {
    const r = await failingReminder(ATTEMPTS + 2);
    await expect(sweep()).resolves.toMatchObject({ reminders: 1 });
    await untilFailed(r.id, r.due_at, 0);
    expect(await row(r.id)).toMatchObject({ state: 'pending', attempts: ATTEMPTS, fire_rounds: 0, outcome: 'panne simulée' });
    // Before the fix the next sweep re-added the same job id, which BullMQ ignored: pending forever.
    await expect(sweep()).resolves.toMatchObject({ reminders: 1 });
    await settle(1);
    expect(sink.received[0]).toMatchObject({ to: [`${cd.userId}@test.fr`], subject: 'Recours : Tâche à faire aujourd’hui' });
    expect(await jobState(r.id, r.due_at, 1)).toBe('completed');
    expect(await row(r.id)).toMatchObject({ state: 'done', fire_rounds: 1 });
    // Later sweeps find nothing; one notification, one delivery sent.
    await expect(sweep()).resolves.toMatchObject({ reminders: 0 });
    await settle(1);
    const n = await w.pool.query(
      `SELECT count(*)::int AS notifications, count(*) FILTER (WHERE d.status = 'sent')::int AS sent
       FROM notification n JOIN notification_delivery d ON d.notification_id = n.id WHERE n.reminder_id = $1`,
      [r.id],
    );
    expect(n.rows[0]).toEqual({ notifications: 1, sent: 1 });
    expect((await w.pool.query(`SELECT last_value::int AS v FROM ${r.calls}`)).rows[0].v).toBe(ATTEMPTS + 3);
  });

  it('keeps failing: three rounds of 5 attempts, then left failed, counted once, never enqueued again', async () => {
    const before = sink.received.length;
    const r = await failingReminder(1_000_000);
    await sweep();
    for (let round = 0; round < MAX_ROUNDS; round++) {
      await untilFailed(r.id, r.due_at, round);
      expect(await row(r.id)).toMatchObject({ state: 'pending', fire_rounds: round, attempts: ATTEMPTS * (round + 1) });
      // Two sweeps at once see the same failed job: the round is closed once.
      const [a, b] = await Promise.all([sweep(), sweep()]);
      expect((await row(r.id)).fire_rounds).toBe(round + 1);
      if (round + 1 === MAX_ROUNDS) expect(a.reminders + b.reminders).toBe(0);
    }
    expect(await row(r.id)).toEqual({ state: 'failed', attempts: ATTEMPTS * MAX_ROUNDS, fire_rounds: MAX_ROUNDS, outcome: 'panne simulée' });
    await expect(sweep()).resolves.toMatchObject({ reminders: 0 });
    // Each round's job stays in the failed list with its attempts, visible on the queues page.
    const failed = await w.queues.queue('reminders').getFailed();
    const mine = failed.filter((j) => (j.data as { payload: { reminderId: string } }).payload.reminderId === r.id);
    expect(mine.map((j) => [j.id, j.attemptsMade]).sort()).toEqual(
      [0, 1, 2].map((round) => [reminderJobId(r.id, r.due_at, round), ATTEMPTS]).sort(),
    );
    await settle(before);
  });
});
