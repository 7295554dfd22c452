// Fault test (issue 13): Redis flushed between two sweeps, on a redis-server of the test's own. The
// first sweep's jobs are gone — the reminders not fired yet and the e-mails not sent yet — and so are
// the schedules; the watchdog declares them again, the next sweep finds what PostgreSQL still holds as
// due, and every reminder reaches its assignee exactly once.
import { remindersSweepJob } from '@recours/jobs';
import { startSmtpSink, type SmtpSink } from '@recours/testing';
import { createOrganisation, insertHousehold, waitFor, type OrgFixture } from '../fixtures';
import { mailTo } from '../mail';
import { startPrivateRedis, type PrivateRedis } from '../redis-server';
import { startWorker, type WorkerHarness } from '../worker-harness';
import { deliveredOnce, exactlyOnce, seedDueTasks, settle } from './due-tasks';

const SWEEP_EVERY_MS = 1_000;

describe('fault: Redis flushed between two sweeps', () => {
  let redis: PrivateRedis;
  let w: WorkerHarness;
  let sink: SmtpSink;
  let org: OrgFixture;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    sink = await startSmtpSink();
    // Small batches (3 reminders, 1 e-mail per job) on two workers: jobs are still queued when Redis goes.
    w = await startWorker(
      {
        REDIS_URL: redis.url,
        REMINDER_SWEEP_EVERY_MS: String(SWEEP_EVERY_MS),
        SCHEDULER_WATCHDOG_MS: '200',
        WORKER_CONCURRENCY: '2',
        REMINDER_FIRE_BATCH: '3',
        DELIVERY_BATCH: '1',
      },
      { mail: mailTo(sink) },
    );
    org = await createOrganisation(w.pool);
    await insertHousehold(w.pool, org);
  });
  afterAll(async () => {
    sink?.release();
    await w?.close();
    await sink?.close();
    await redis?.stop();
  });

  it('some reminders fired, some e-mails held at the SMTP server, the rest queued: flushed, then all delivered once', async () => {
    const queue = w.queues.queue(remindersSweepJob.queue);
    expect(await queue.getJobScheduler(remindersSweepJob.name)).toBeDefined();
    sink.hold();
    const due = await seedDueTasks(w.pool, org, 8, 'flush');
    // The scheduled sweep (every second) enqueues the eight; two e-mails at a time reach the server and wait there.
    await waitFor(async () => sink.held === 2, 10_000, 'two e-mails held at the SMTP server');
    const before = await w.pool.query<{ fired: number; queued: number }>(
      `SELECT count(*) FILTER (WHERE r.state = 'done')::int AS fired,
              (SELECT count(*) FROM notification_delivery d JOIN notification n ON n.id = d.notification_id WHERE n.reminder_id = ANY(array_agg(r.id)) AND d.status = 'pending')::int AS queued
       FROM reminder r WHERE r.item_id = ANY($1) AND r.threshold = 0`,
      [due.taskIds],
    );
    await redis.flush(); // FLUSHALL on the private server (the watchdog may re-declare within milliseconds)
    const flushedAt = Date.now();
    // The sweep's schedule is declared again by the watchdog, within one sweep period.
    await waitFor(async () => (await queue.getJobScheduler(remindersSweepJob.name)) !== undefined, SWEEP_EVERY_MS, 'the sweep to be declared again');
    expect(Date.now() - flushedAt).toBeLessThan(SWEEP_EVERY_MS);
    sink.release(); // the two sends in flight complete; their jobs' keys are gone, their rows say `sent`
    await settle(sink, due.emails, 15_000, 1_500);
    await expect(deliveredOnce(w.pool, sink, due)).resolves.toEqual(exactlyOnce(due));
    expect(sink.received).toHaveLength(8);
    // Something really was lost with Redis: not every reminder had fired, or e-mails were still queued.
    expect(before.rows[0].fired < 8 || before.rows[0].queued > 0).toBe(true);
  });
});
