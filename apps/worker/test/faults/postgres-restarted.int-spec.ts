// Fault test (issue 13): PostgreSQL restarted during a sweep. The worker reaches PostgreSQL through a
// TCP proxy of the test's own (the shared server is never touched): cutting the proxy destroys every
// connection of the worker's pool at once and refuses new ones, exactly what a restart looks like from
// the worker. It happens while reminders are firing and two e-mails are held at the SMTP server; when
// the server answers, the worker must record them as sent once PostgreSQL is back (not send them
// again), survive the broken connections (no crash on an idle client's error) and, after the restart,
// deliver every due reminder exactly once.
import { cloneTestDatabase, dropDatabase, startSmtpSink, type SmtpSink } from '@recours/testing';
import { Pool } from 'pg';
import { createOrganisation, insertHousehold, waitFor, type OrgFixture } from '../fixtures';
import { mailTo } from '../mail';
import { startPrivateRedis, type PrivateRedis } from '../redis-server';
import { startTcpProxy, type TcpProxy } from '../tcp-proxy';
import { startWorker, type WorkerHarness } from '../worker-harness';
import { deliveredOnce, exactlyOnce, seedDueTasks, settle } from './due-tasks';

jest.setTimeout(60_000);

const SWEEP_EVERY_MS = 1_000;
const DOWN_MS = 2_500;

describe('fault: PostgreSQL restarted during a sweep', () => {
  let redis: PrivateRedis;
  let sink: SmtpSink;
  let proxy: TcpProxy;
  let databaseUrl: string;
  let direct: Pool;
  let org: OrgFixture;
  let w: WorkerHarness | undefined;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    sink = await startSmtpSink();
    databaseUrl = await cloneTestDatabase();
    const target = new URL(databaseUrl);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    direct = new Pool({ connectionString: databaseUrl, max: 2 });
    org = await createOrganisation(direct);
    await insertHousehold(direct, org);
  });
  afterAll(async () => {
    sink?.release();
    await w?.close();
    await direct?.end();
    await proxy?.close();
    if (databaseUrl) await dropDatabase(databaseUrl);
    await sink?.close();
    await redis?.stop();
  });

  it('every connection cut while reminders fire and e-mails are in flight, restored: all delivered, none twice', async () => {
    const due = await seedDueTasks(direct, org, 10, 'pgcut');
    const viaProxy = new URL(databaseUrl);
    viaProxy.port = String(proxy.port);
    const crashes: unknown[] = [];
    const onCrash = (err: unknown) => crashes.push(err);
    process.on('uncaughtException', onCrash);
    sink.hold();
    w = await startWorker(
      {
        DATABASE_URL: viaProxy.toString(),
        REDIS_URL: redis.url,
        REMINDER_SWEEP_EVERY_MS: String(SWEEP_EVERY_MS),
        SCHEDULER_WATCHDOG_MS: '500',
        WORKER_CONCURRENCY: '2',
        DELIVERY_LEASE_SECONDS: '8',
      },
      // Two pooled SMTP connections: the e-mails of a batch go two at a time, so exactly two are held.
      { mail: { ...mailTo(sink), smtpUrl: `${sink.url}?maxConnections=2` } },
    );
    try {
      // Two e-mails wait for the server's answer, their rows `sending`; other reminders are still firing or queued.
      await waitFor(async () => sink.held === 2, 15_000, 'two e-mails held at the SMTP server');
      expect(proxy.open).toBeGreaterThan(0);
      await proxy.cut(); // PostgreSQL "restarts": every connection of the worker dies, new ones are refused
      sink.release(); // the two e-mails are accepted while the worker cannot record it
      // Read through the direct pool: assignees whose e-mail is not recorded as sent yet (reminders still
      // firing or queued, and at least the two held e-mails).
      const during = await direct.query<{ pending: number }>(
        `SELECT count(*)::int AS pending FROM app_user u
         WHERE u.email = ANY($1) AND NOT EXISTS (
           SELECT 1 FROM notification n JOIN notification_delivery d ON d.notification_id = n.id AND d.channel = 'email'
           WHERE n.user_id = u.id AND d.status = 'sent')`,
        [due.emails],
      );
      await new Promise((r) => setTimeout(r, DOWN_MS)); // sweeps fail meanwhile
      await proxy.restore();
      await settle(sink, due.emails, 30_000, 2_000);
      await expect(deliveredOnce(direct, sink, due)).resolves.toEqual(exactlyOnce(due));
      expect(sink.received).toHaveLength(10);
      // The cut really fell in the middle of the work: e-mails were still to be sent or recorded.
      expect(during.rows[0].pending).toBeGreaterThanOrEqual(2);
      // A sweep succeeded after the restart (health sees the worker again).
      const sweep = await direct.query<{ last_success_at: Date }>(`SELECT last_success_at FROM sweep_status WHERE name = 'reminders'`);
      expect(sweep.rows[0].last_success_at.getTime()).toBeGreaterThan(Date.now() - 10_000);
      expect(crashes).toEqual([]);
    } finally {
      process.off('uncaughtException', onCrash);
    }
  });
});
