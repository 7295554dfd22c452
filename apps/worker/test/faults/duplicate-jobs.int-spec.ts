// Fault test (issue 13): the same jobs enqueued twice — two sweeps at once, every reminder job added
// again under its own id and under another id, every e-mail job twice at once. Each reminder reaches
// its assignee once: one e-mail in the SMTP server, one notification, one `sent` delivery row.
import { deliverNotificationJob, deliverNotificationsJob, fireReminderJob, fireRemindersJob, remindersSweepJob } from '@recours/jobs';
import { startSmtpSink, type SmtpSink } from '@recours/testing';
import { createOrganisation, insertHousehold, waitFor, type OrgFixture } from '../fixtures';
import { mailTo } from '../mail';
import { startWorker, type WorkerHarness } from '../worker-harness';
import { deliveredOnce, exactlyOnce, seedDueTasks, settle } from './due-tasks';

describe('fault: the same job enqueued twice', () => {
  let w: WorkerHarness;
  let sink: SmtpSink;
  let org: OrgFixture;

  beforeAll(async () => {
    sink = await startSmtpSink();
    // Eight pooled SMTP connections: the six e-mails can all wait at the server at once.
    w = await startWorker({ WORKER_CONCURRENCY: '8' }, { mail: { ...mailTo(sink), smtpUrl: `${sink.url}?maxConnections=8` } });
    org = await createOrganisation(w.pool);
    await insertHousehold(w.pool, org);
  });
  afterAll(async () => {
    sink?.release(); // a failed test may leave e-mails held: the worker's close waits for them
    await w?.close();
    await sink?.close();
  });

  it('two sweeps, each reminder job twice and each e-mail job twice: every reminder delivered exactly once', async () => {
    const due = await seedDueTasks(w.pool, org, 6, 'dup');
    const reminderIds = (await w.pool.query<{ id: string }>(`SELECT id FROM reminder WHERE item_id = ANY($1) AND threshold = 0`, [due.taskIds])).rows.map((r) => r.id);
    sink.hold(); // the e-mails wait at the SMTP server, so the duplicates below meet the first jobs in flight
    const sweeps = await Promise.all([
      w.run(remindersSweepJob, {}, { jobId: 'sweep-a' }),
      w.run(remindersSweepJob, {}, { jobId: 'sweep-b' }),
    ]);
    // One sweep found the six; the other found those not yet fired by the first one's jobs (its jobs
    // carry the same deterministic ids, so none was added twice).
    const found = sweeps.map((s) => (s as { reminders: number }).reminders).sort((a, b) => b - a);
    expect(found[0]).toBe(6);
    expect(found[1]).toBeLessThanOrEqual(6);
    for (const id of reminderIds) {
      await w.queues.enqueue(fireReminderJob, { reminderId: id }, { jobId: `again-${id}` });
      await w.queues.enqueue(fireReminderJob, { reminderId: id }, { jobId: `again-${id}` });
    }
    // The sweep's batch again, under another id, twice at once.
    await Promise.all(['batch-a', 'batch-b'].map((jobId) => w.queues.enqueue(fireRemindersJob, { reminderIds }, { jobId })));
    await waitFor(async () => (await w.pool.query(`SELECT 1 FROM reminder WHERE id = ANY($1) AND state = 'done'`, [reminderIds])).rowCount === 6, 10_000, 'the reminders to fire');
    const deliveries = (
      await w.pool.query<{ id: string }>(`SELECT d.id FROM notification_delivery d JOIN notification n ON n.id = d.notification_id WHERE n.reminder_id = ANY($1)`, [reminderIds])
    ).rows.map((r) => r.id);
    expect(deliveries).toHaveLength(6);
    // The e-mail jobs again, twice each under new ids, and as batches, while the first ones wait at the SMTP server.
    await Promise.all([
      ...deliveries.flatMap((id) => [
        w.queues.enqueue(deliverNotificationJob, { deliveryId: id }, { jobId: `twice-a-${id}` }),
        w.queues.enqueue(deliverNotificationJob, { deliveryId: id }, { jobId: `twice-b-${id}` }),
      ]),
      ...['deliveries-a', 'deliveries-b'].map((jobId) => w.queues.enqueue(deliverNotificationsJob, { deliveryIds: deliveries }, { jobId })),
    ]);
    await waitFor(async () => sink.held >= 6, 10_000, 'six e-mails at the SMTP server');
    await new Promise((r) => setTimeout(r, 500)); // let a duplicate reach the server too, if one can
    expect(sink.held).toBe(6);
    sink.release();
    await settle(sink, due.emails);
    // And a sweep afterwards has nothing left to do.
    await expect(w.run(remindersSweepJob, {}, { jobId: 'sweep-c' })).resolves.toEqual({ reminders: 0, deliveries: 0 });
    await expect(deliveredOnce(w.pool, sink, due)).resolves.toEqual(exactlyOnce(due));
    expect(sink.received).toHaveLength(6);
  });
});
