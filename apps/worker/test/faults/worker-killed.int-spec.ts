// Fault test (issue 13): the worker PROCESS killed mid-job (SIGKILL) and started again. The real
// entry point runs as a child process; its e-mails are held at the SMTP server so that it dies in the
// middle of sending them, with reminders still firing and jobs still queued. The new process takes
// the interrupted jobs again (lock expired) and the sweep re-enqueues the e-mails whose lease ran out:
// every reminder reaches its assignee exactly once.
import { cloneTestDatabase, dropDatabase, startSmtpSink, type SmtpSink } from '@recours/testing';
import { Pool } from 'pg';
import { createOrganisation, insertHousehold, waitFor, type OrgFixture } from '../fixtures';
import { startPrivateRedis, type PrivateRedis } from '../redis-server';
import { spawnWorkerProcess, type WorkerProcess } from '../worker-process';
import { deliveredOnce, exactlyOnce, seedDueTasks, settle } from './due-tasks';

jest.setTimeout(60_000);

describe('fault: the worker process killed mid-job (SIGKILL) and restarted', () => {
  let redis: PrivateRedis;
  let sink: SmtpSink;
  let databaseUrl: string;
  let pool: Pool;
  let org: OrgFixture;
  let worker: WorkerProcess | undefined;

  const env = () => ({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: 'killed',
    // Two pooled SMTP connections: of the batch's e-mails, two reach the server at a time.
    SMTP_URL: `${sink.url}?maxConnections=2`,
    PUBLIC_ADMIN_URL: 'http://admin.test',
    LOG_LEVEL: 'warn',
    SWEEPS_ON_START: 'false',
    REMINDER_SWEEP_EVERY_MS: '1000',
    WORKER_CONCURRENCY: '2',
    DELIVERY_LEASE_SECONDS: '2',
    JOB_LOCK_MS: '1500',
    SCHEDULER_WATCHDOG_MS: '500',
  });

  beforeAll(async () => {
    redis = await startPrivateRedis();
    sink = await startSmtpSink();
    databaseUrl = await cloneTestDatabase();
    pool = new Pool({ connectionString: databaseUrl, max: 2 });
    org = await createOrganisation(pool);
    await insertHousehold(pool, org);
  });
  afterAll(async () => {
    sink?.release();
    await worker?.kill();
    await pool?.end();
    if (databaseUrl) await dropDatabase(databaseUrl);
    await sink?.close();
    await redis?.stop();
  });

  it('killed while sending its e-mails, restarted: all delivered, none twice', async () => {
    const due = await seedDueTasks(pool, org, 6, 'kill');
    sink.hold();
    worker = spawnWorkerProcess(env());
    // Two e-mails reach the server and wait for its answer, the other four wait for a connection: the
    // process is mid-job with all six claimed (`sending`).
    await waitFor(async () => sink.held === 2, 30_000, `two e-mails held at the SMTP server (worker output: ${worker.output.slice(-500)})`);
    const sending = async () =>
      (
        await pool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM notification_delivery d JOIN notification n ON n.id = d.notification_id JOIN reminder r ON r.id = n.reminder_id
           WHERE r.item_id = ANY($1) AND d.status = 'sending'`,
          [due.taskIds],
        )
      ).rows[0].n;
    await waitFor(async () => (await sending()) === 6, 10_000, 'the six e-mails claimed');
    expect(sink.held).toBe(2);
    await worker.kill('SIGKILL');
    // The held sessions died with the process: nothing was accepted, nothing received.
    await waitFor(async () => sink.held === 0, 5_000, 'the held sessions to close');
    sink.release();
    expect(sink.received).toHaveLength(0);

    worker = spawnWorkerProcess(env());
    await settle(sink, due.emails, 30_000, 2_500);
    await expect(deliveredOnce(pool, sink, due)).resolves.toEqual(exactlyOnce(due));
    expect(sink.received).toHaveLength(6);
    // The six interrupted e-mails were claimed again after their lease: a second attempt each.
    const attempts = await pool.query<{ attempts: number; n: number }>(
      `SELECT d.attempts, count(*)::int AS n FROM notification_delivery d JOIN notification n ON n.id = d.notification_id JOIN reminder r ON r.id = n.reminder_id
       WHERE r.item_id = ANY($1) GROUP BY 1 ORDER BY 1`,
      [due.taskIds],
    );
    expect(attempts.rows).toEqual([{ attempts: 2, n: 6 }]);
  });
});
