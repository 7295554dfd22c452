// Reminders due together are fired in batches: one job claims many rows in one conditional UPDATE and
// applies their effects set-based. What must hold: the same effect as one job per row (notification,
// e-mail, the overdue threshold written), once per reminder whatever runs twice, and a batch whose
// transaction fails (one row's effect raises) leaves no row behind: each goes its own job, with its
// retries, and the healthy ones are still delivered once.
import { fireRemindersJob, remindersSweepJob } from '@recours/jobs';
import { startSmtpSink, type SmtpSink } from '@recours/testing';
import { randomUUID } from 'node:crypto';
import { createOrganisation, insertHousehold, waitFor, type OrgFixture } from '../../test/fixtures';
import { deliveredOnce, exactlyOnce, seedDueTasks, settle } from '../../test/faults/due-tasks';
import { mailTo } from '../../test/mail';
import { startWorker, type WorkerHarness } from '../../test/worker-harness';
import { reminderJobId } from './reminders.processor';

describe('reminders fired in batches (PostgreSQL, Redis, SMTP)', () => {
  let w: WorkerHarness;
  let sink: SmtpSink;
  let org: OrgFixture;

  beforeAll(async () => {
    sink = await startSmtpSink();
    w = await startWorker(
      { WORKER_CONCURRENCY: '4', REMINDER_SWEEP_BATCH: '10', REMINDER_FIRE_BATCH: '7', DELIVERY_BATCH: '3', REMINDER_FIRE_BACKOFF_MS: '5' },
      { mail: mailTo(sink) },
    );
    org = await createOrganisation(w.pool);
    await insertHousehold(w.pool, org);
  });
  afterAll(async () => {
    await w?.close();
    await sink?.close();
  });

  const reminderIds = async (taskIds: readonly string[]) =>
    (await w.pool.query<{ id: string }>(`SELECT id FROM reminder WHERE item_id = ANY($1) AND threshold = 0 ORDER BY id`, [taskIds])).rows.map((r) => r.id);

  it('20 due (read in pages of 10, due to the microsecond): batches of at most 7, each reminder e-mailed once with its notification and its overdue threshold; a batch run again does nothing', async () => {
    const due = await seedDueTasks(w.pool, org, 20, 'batch');
    // Each page read once: the cursor keeps due_at's microseconds (a millisecond cursor read page 1 again and again).
    await expect(w.run(remindersSweepJob, {}, { jobId: `sweep-${randomUUID()}` })).resolves.toMatchObject({ reminders: 20 });
    await settle(sink, due.emails);
    expect(await deliveredOnce(w.pool, sink, due)).toEqual(exactlyOnce(due));
    const fired = await w.pool.query(`SELECT outcome, count(*)::int AS n FROM reminder WHERE item_id = ANY($1) AND threshold = 0 GROUP BY outcome`, [due.taskIds]);
    expect(fired.rows).toEqual([{ outcome: 'échéance (1 notification)', n: 20 }]);
    const overdue = await w.pool.query(`SELECT state::text, count(*)::int AS n FROM reminder WHERE item_id = ANY($1) AND threshold = 1 GROUP BY state`, [due.taskIds]);
    expect(overdue.rows).toEqual([{ state: 'pending', n: 20 }]);
    const completed = await w.queues.queue('reminders').getCompleted();
    expect(completed.filter((j) => j.name === 'reminders.fire-batch').map((j) => (j.returnvalue as { fired: number }).fired).sort()).toEqual([3, 3, 7, 7]);

    // The same batch again (another id, as a duplicate job would be): nothing claimed, nothing sent.
    const ids = await reminderIds(due.taskIds);
    await expect(w.run(fireRemindersJob, { reminderIds: ids }, { jobId: `again-${randomUUID()}` })).resolves.toEqual({ fired: 0, skipped: 20, maxLatenessMs: 0 });
    await settle(sink, due.emails);
    expect(await deliveredOnce(w.pool, sink, due)).toEqual(exactlyOnce(due));
  });

  it('one reminder whose effect fails: the batch splits, the others are delivered once, the failing one by its own job when it recovers', async () => {
    const due = await seedDueTasks(w.pool, org, 5, 'split');
    const [poisoned] = due.taskIds;
    // A real failure inside the transaction: the first 3 notifications of that task raise.
    await w.pool.query(`CREATE SEQUENCE test_split_calls`);
    await w.pool.query(`CREATE FUNCTION test_split_fail() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.item_id = '${poisoned}'::uuid AND nextval('test_split_calls') <= 3 THEN RAISE EXCEPTION 'panne simulée'; END IF;
        RETURN NEW;
      END $$`);
    await w.pool.query(`CREATE TRIGGER test_split_fail BEFORE INSERT ON notification FOR EACH ROW EXECUTE FUNCTION test_split_fail()`);
    try {
      const ids = await reminderIds(due.taskIds);
      await expect(w.run(fireRemindersJob, { reminderIds: ids }, { jobId: `split-${randomUUID()}` })).resolves.toEqual({ fired: 0, skipped: 0, split: 5 });
      await settle(sink, due.emails);
      expect(await deliveredOnce(w.pool, sink, due)).toEqual(exactlyOnce(due));
      // The failing one went through its own job: two failed attempts (counted on its row), then fired.
      const { rows } = await w.pool.query<{ id: string; due_at: Date; attempts: number }>(
        `SELECT id, due_at, attempts FROM reminder WHERE item_id = $1 AND threshold = 0`,
        [poisoned],
      );
      expect(rows[0].attempts).toBe(3);
      const queue = w.queues.queue('reminders');
      await waitFor(async () => (await queue.getJobState(reminderJobId(rows[0].id, rows[0].due_at, 0))) === 'completed', 5_000, 'its own job to complete');
    } finally {
      await w.pool.query(`DROP TRIGGER test_split_fail ON notification`);
    }
  });
});
