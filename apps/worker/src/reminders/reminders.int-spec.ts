// Reminders on real PostgreSQL, Redis and SMTP (an in-process server), with a clock the test moves:
// referral thresholds, a task around Whit Monday, a job run twice, Redis flushed between two sweeps.
import { DEFAULT_REMINDER_SETTINGS } from '@recours/domain';
import { deliverNotificationJob, fireReminderJob, remindersSweepJob } from '@recours/jobs';
import { referralReminders, renewalReminder, rightNoNewsReminder, UPSERT_REMINDERS_SQL, upsertRemindersParams } from '@recours/reminders';
import { startSmtpSink, type SmtpSink } from '@recours/testing';
import { randomUUID } from 'node:crypto';
import { createOrganisation, insertHousehold, waitFor, type OrgFixture } from '../../test/fixtures';
import { expectReceived, mailTo } from '../../test/mail';
import { startWorker, type WorkerHarness } from '../../test/worker-harness';
import { RemindersProcessor } from './reminders.processor';

describe('reminders (PostgreSQL, Redis, SMTP, controllable clock)', () => {
  let w: WorkerHarness;
  let sink: SmtpSink;
  let now = new Date('2026-05-04T09:30:00Z');
  let cd: OrgFixture;
  let caf: { organisationId: string; agent: string; manager: string };
  let cdManager: string;
  let household: string;

  const addUser = async (organisationId: string, role: string) => {
    const id = randomUUID();
    await w.pool.query(`INSERT INTO app_user (id, email, display_name, role, organisation_id, password_hash) VALUES ($1, $2, 'X', $3, $4, 'x')`, [
      id,
      `${role}-${id.slice(0, 8)}@test.fr`,
      role,
      organisationId,
    ]);
    return `${role}-${id.slice(0, 8)}@test.fr`;
  };
  const sweep = () => w.run(remindersSweepJob, {}, { jobId: `sweep-${randomUUID()}` });
  const settle = (expected: number) => expectReceived(sink, expected);
  const sentDeliveries = async () =>
    (await w.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification_delivery WHERE status = 'sent'`)).rows[0].n;

  beforeAll(async () => {
    sink = await startSmtpSink();
    w = await startWorker(
      { SCHEDULER_WATCHDOG_MS: '300' },
      { clock: { now: () => now }, mail: mailTo(sink) },
    );
    cd = await createOrganisation(w.pool, '23');
    await w.pool.query(`UPDATE app_user SET email = 'sender@cd.test' WHERE id = $1`, [cd.userId]);
    cdManager = await addUser(cd.organisationId, 'manager');
    const { rows } = await w.pool.query<{ id: string }>(`INSERT INTO organisation (name, kind, territory_id) VALUES ('CAF', 'caf', $1) RETURNING id`, [cd.territoryId]);
    caf = { organisationId: rows[0].id, agent: '', manager: '' };
    caf.agent = await addUser(caf.organisationId, 'partner_agent');
    caf.manager = await addUser(caf.organisationId, 'manager');
    household = (await insertHousehold(w.pool, cd)).id;
  });
  afterAll(async () => {
    await w?.close();
    await sink?.close();
  });

  const sendReferral = async (sentAt: Date) => {
    const { rows } = await w.pool.query<{ id: string }>(
      `INSERT INTO referral (household_id, territory_id, sender_organisation_id, sender_user_id, recipient_organisation_id, status, created_at, status_changed_at)
       VALUES ($1, $2, $3, $4, $5, 'envoyee', $6, $6) RETURNING id`,
      [household, cd.territoryId, cd.organisationId, cd.userId, caf.organisationId, sentAt],
    );
    // The rows the API writes in the sending transaction (same rules, same SQL).
    const due = referralReminders(sentAt, DEFAULT_REMINDER_SETTINGS, { alsaceMoselle: false });
    await w.pool.query(UPSERT_REMINDERS_SQL, upsertRemindersParams(due.map((d) => ({ ...d, itemId: rows[0].id, organisationId: caf.organisationId }))));
    return rows[0].id;
  };

  it('a referral left unacknowledged: one reminder e-mail at 5 working days, the escalation at 10, the expiry and a task at 30 days', async () => {
    const referral = await sendReferral(now);

    now = new Date('2026-05-12T05:59:00Z'); // 5 working days (8 May is a holiday) is 12 May, 08:00 Paris
    await expect(sweep()).resolves.toEqual({ reminders: 0, deliveries: 0 });

    now = new Date('2026-05-12T06:00:05Z');
    await expect(sweep()).resolves.toEqual({ reminders: 1, deliveries: 0 });
    await settle(1);
    expect(sink.received[0]).toMatchObject({ to: [caf.agent], subject: 'Recours : Orientation sans accusé de réception' });
    expect(sink.received[0].text).toContain('http://admin.test/#/notifications');
    // Nothing about the household in the e-mail.
    expect(sink.received[0].raw).not.toMatch(/HH-T-/);
    await sweep(); // the next minute's sweep finds nothing new
    await settle(1);

    now = new Date('2026-05-20T06:00:05Z'); // 10 working days (8 and 14 May are holidays)
    await sweep();
    await settle(3);
    expect(sink.received.slice(1).map((m) => [m.to[0], m.subject]).sort()).toEqual(
      [
        [caf.manager, 'Recours : Orientation sans réponse : relance au responsable'],
        ['sender@cd.test', 'Recours : Votre orientation reste sans réponse'],
      ].sort(),
    );

    now = new Date('2026-06-03T06:00:05Z'); // 30 calendar days
    await sweep();
    await settle(4);
    expect(sink.received[3]).toMatchObject({ to: ['sender@cd.test'], subject: 'Recours : Orientation expirée sans réponse' });
    const ref = await w.pool.query(`SELECT status, closed_at FROM referral WHERE id = $1`, [referral]);
    expect(ref.rows[0].status).toBe('expiree');
    const events = await w.pool.query(`SELECT from_status, to_status, comment FROM referral_event WHERE referral_id = $1`, [referral]);
    expect(events.rows).toEqual([{ from_status: 'envoyee', to_status: 'expiree', comment: 'Sans réponse depuis 30 jours' }]);
    const tasks = await w.pool.query(`SELECT organisation_id, assignee_id, due_on, title FROM task WHERE household_id = $1`, [household]);
    expect(tasks.rows).toEqual([
      { organisation_id: cd.organisationId, assignee_id: cd.userId, due_on: '2026-06-03', title: 'Orientation expirée sans réponse : proposer une autre solution au foyer' },
    ]);
    const notifications = await w.pool.query(`SELECT kind, count(*)::int AS n FROM notification GROUP BY kind`);
    expect(notifications.rows.sort((a, b) => (a.kind < b.kind ? -1 : 1))).toEqual([
      { kind: 'referral_reminder', n: 1 },
      { kind: 'referral_escalation', n: 1 },
      { kind: 'referral_no_answer', n: 1 },
      { kind: 'referral_expired', n: 1 },
    ].sort((a, b) => (a.kind < b.kind ? -1 : 1)));
    expect(await sentDeliveries()).toBe(4);
    await w.pool.query(`UPDATE task SET status = 'faite' WHERE household_id = $1`, [household]); // keeps the next tests' counts simple
  });

  it('an acknowledged referral gets no reminder', async () => {
    now = new Date('2026-07-01T08:00:00Z');
    const referral = await sendReferral(now);
    await w.pool.query(`UPDATE referral SET status = 'accusee' WHERE id = $1`, [referral]);
    const before = sink.received.length;
    now = new Date('2026-07-20T08:00:00Z'); // past both thresholds (14 July is a holiday)
    await sweep();
    await waitFor(async () => (await w.pool.query(`SELECT 1 FROM reminder WHERE item_id = $1 AND state = 'done'`, [referral])).rowCount === 2);
    await settle(before);
    const rows = await w.pool.query(`SELECT threshold, outcome FROM reminder WHERE item_id = $1 ORDER BY threshold`, [referral]);
    expect(rows.rows.slice(0, 2).map((r) => r.outcome)).toEqual(['sans objet : orientation accusee', 'sans objet : orientation accusee']);
  });

  it('a task due on the Friday before Whit Monday: reminded that Friday, overdue to the manager on Wednesday, not Tuesday', async () => {
    const before = sink.received.length;
    const { rows } = await w.pool.query<{ id: string }>(
      `INSERT INTO task (household_id, organisation_id, title, assignee_id, due_on) VALUES ($1, $2, 'Appeler le foyer', $3, '2026-05-22') RETURNING id`,
      [household, cd.organisationId, cd.userId],
    );
    const task = rows[0].id;
    const due = await w.pool.query(`SELECT threshold, due_at FROM reminder WHERE item_id = $1`, [task]);
    expect(due.rows).toEqual([{ threshold: 0, due_at: new Date('2026-05-22T06:00:00Z') }]);

    now = new Date('2026-05-22T06:00:30Z');
    await sweep();
    await settle(before + 1);
    expect(sink.received[before]).toMatchObject({ to: ['sender@cd.test'], subject: 'Recours : Tâche à faire aujourd’hui' });
    const overdue = await w.pool.query(`SELECT due_at FROM reminder WHERE item_id = $1 AND threshold = 1`, [task]);
    expect(overdue.rows[0].due_at).toEqual(new Date('2026-05-27T06:00:00Z'));

    now = new Date('2026-05-26T15:00:00Z'); // Tuesday: only one working day after (Whit Monday is off)
    await expect(sweep()).resolves.toMatchObject({ reminders: 0 });
    now = new Date('2026-05-27T06:00:30Z');
    await sweep();
    await settle(before + 2);
    expect(sink.received[before + 1]).toMatchObject({ to: [cdManager], subject: 'Recours : Tâche en retard' });
  });

  it('a claim filed 45 days ago with no news: a task « relancer l’organisme » for the referent; a CSS granted a year ago: a renewal task 30 days before', async () => {
    const before = sink.received.length;
    await w.pool.query(`UPDATE household SET referent_id = $2 WHERE id = $1`, [household, cd.userId]);
    const addRight = async (benefit: string, status: string) =>
      (
        await w.pool.query<{ id: string }>(
          `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, granted_from)
           VALUES ($1, $2, $3, $4, $5, 10000, $6) RETURNING id`,
          [household, cd.organisationId, cd.territoryId, benefit, status, status === 'accorde' ? '2025-07-01' : null],
        )
      ).rows[0].id;
    const filed = await addRight('prime_activite', 'demande_deposee');
    const granted = await addRight('css', 'accorde');
    const noNews = rightNoNewsReminder('2026-04-20', DEFAULT_REMINDER_SETTINGS);
    const renewal = renewalReminder('css', '2025-07-01', DEFAULT_REMINDER_SETTINGS)!;
    expect(noNews.dueAt).toEqual(new Date('2026-06-04T06:00:00Z')); // 45 calendar days after 20 April, 08:00 Paris
    expect(renewal.renewalOn).toBe('2026-07-01');
    expect(renewal.dueAt).toEqual(new Date('2026-06-01T06:00:00Z')); // 30 days before
    const rows = [
      { ...noNews, itemId: filed, organisationId: cd.organisationId },
      { ...renewal, itemId: granted, organisationId: cd.organisationId },
    ];
    await w.pool.query(UPSERT_REMINDERS_SQL, upsertRemindersParams(rows));

    now = new Date('2026-05-31T12:00:00Z'); // neither is due yet
    await expect(sweep()).resolves.toMatchObject({ reminders: 0 });
    now = new Date('2026-06-04T06:01:00Z');
    await sweep();
    await settle(before + 2);
    const tasks = await w.pool.query<{ title: string; assignee_id: string; due_on: string; detected_right_id: string }>(
      `SELECT title, assignee_id, due_on, detected_right_id FROM task WHERE detected_right_id = ANY($1) ORDER BY title DESC`,
      [[filed, granted]],
    );
    expect(tasks.rows).toEqual([
      { title: "Relancer l’organisme : demande de Prime d'activité déposée, sans nouvelles", assignee_id: cd.userId, due_on: '2026-06-04', detected_right_id: filed },
      { title: 'Préparer le renouvellement : Complémentaire santé solidaire', assignee_id: cd.userId, due_on: '2026-06-04', detected_right_id: granted },
    ]);
    expect(sink.received.slice(before).map((m) => m.to[0])).toEqual(['sender@cd.test', 'sender@cd.test']);
    // Fired once: the next sweep only reminds the two new tasks (due today) and creates no other task.
    now = new Date('2026-06-04T07:00:00Z');
    await expect(sweep()).resolves.toMatchObject({ reminders: 2 });
    await settle(before + 4);
    const again = await w.pool.query(`SELECT count(*)::int AS n FROM task WHERE detected_right_id = ANY($1)`, [[filed, granted]]);
    expect(again.rows[0].n).toBe(2);
    const states = await w.pool.query(`SELECT state::text FROM reminder WHERE item_id = ANY($1)`, [[filed, granted]]);
    expect(states.rows).toEqual([{ state: 'done' }, { state: 'done' }]);
  });

  it('exactly once: the same reminder job run twice, enqueued twice, and a delivery run twice', async () => {
    const before = sink.received.length;
    const { rows } = await w.pool.query<{ id: string }>(
      `INSERT INTO task (household_id, organisation_id, title, assignee_id, due_on) VALUES ($1, $2, 'Relancer', $3, '2026-05-29') RETURNING id`,
      [household, cd.organisationId, cd.userId],
    );
    const reminder = (await w.pool.query<{ id: string }>(`SELECT id FROM reminder WHERE item_id = $1`, [rows[0].id])).rows[0].id;
    now = new Date('2026-05-29T07:00:00Z');
    // Two jobs with different ids (as if Redis lost the first one's id) and the same id enqueued twice.
    const results = await Promise.all([
      w.run(fireReminderJob, { reminderId: reminder }, { jobId: `dup-a-${reminder}` }),
      w.run(fireReminderJob, { reminderId: reminder }, { jobId: `dup-b-${reminder}` }),
    ]);
    expect(results.map((r) => (r as { status: string }).status).sort()).toEqual(['done', 'skipped']);
    const same = `same-${reminder}`;
    await w.queues.enqueue(fireReminderJob, { reminderId: reminder }, { jobId: same });
    await w.queues.enqueue(fireReminderJob, { reminderId: reminder }, { jobId: same });
    expect(await w.queues.queue('reminders').getJobCountByTypes('waiting', 'active', 'completed', 'delayed')).toBeGreaterThan(0);
    await settle(before + 1);
    const delivery = (
      await w.pool.query<{ id: string }>(
        `SELECT d.id FROM notification_delivery d JOIN notification n ON n.id = d.notification_id WHERE n.reminder_id = $1`,
        [reminder],
      )
    ).rows;
    expect(delivery).toHaveLength(1);
    await expect(w.run(deliverNotificationJob, { deliveryId: delivery[0].id }, { jobId: `again-${delivery[0].id}` })).resolves.toEqual({ status: 'skipped' });
    await settle(before + 1);
    expect((await w.pool.query(`SELECT count(*)::int AS n FROM notification WHERE reminder_id = $1`, [reminder])).rows[0].n).toBe(1);
  });

  it('Redis flushed between two sweeps: the reminders are late, none is lost, none is sent twice', async () => {
    await w.pool.query(`UPDATE reminder SET state = 'skipped' WHERE state = 'pending'`); // earlier tests' leftovers
    const before = sink.received.length;
    const sent = await sentDeliveries();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { rows } = await w.pool.query<{ id: string }>(
        `INSERT INTO task (household_id, organisation_id, title, assignee_id, due_on) VALUES ($1, $2, $3, $4, '2026-06-10') RETURNING id`,
        [household, cd.organisationId, `Tâche ${i}`, cd.userId],
      );
      ids.push(rows[0].id);
    }
    now = new Date('2026-06-10T06:01:00Z');
    const processor = w.app.get(RemindersProcessor);
    const queue = w.queues.queue('reminders');
    await queue.pause();
    await expect(processor.sweep()).resolves.toMatchObject({ reminders: 5 });
    // Due a minute ago: one batch job carrying the five ids.
    const waiting = await queue.getWaiting();
    expect(waiting.map((j) => j.name)).toEqual(['reminders.fire-batch']);
    expect([...(waiting[0].data as { payload: { reminderIds: string[] } }).payload.reminderIds].sort()).toEqual(
      (await w.pool.query<{ id: string }>(`SELECT id FROM reminder WHERE item_id = ANY($1) AND threshold = 0 ORDER BY id`, [ids])).rows.map((r) => r.id),
    );
    // Everything under this test's prefix goes, schedulers included (FLUSHDB limited to our keys).
    const keys = await w.redis.keys(`${w.prefix}:*`);
    await w.redis.del(...keys);
    expect(sink.received).toHaveLength(before);
    expect(await queue.getJobScheduler('reminders.sweep')).toBeUndefined();
    // The re-declared sweep may run (and fire the five) before ours: either way each is sent once.
    await waitFor(async () => (await queue.getJobScheduler('reminders.sweep')) !== undefined, 5_000, 'the watchdog to re-declare the sweep');
    await sweep();
    await settle(before + 5);
    expect(new Set(sink.received.slice(before).map((m) => m.to[0]))).toEqual(new Set(['sender@cd.test']));
    expect(await sentDeliveries()).toBe(sent + 5);
    const states = await w.pool.query(`SELECT state, count(*)::int AS n FROM reminder WHERE item_id = ANY($1) AND threshold = 0 GROUP BY state`, [ids]);
    expect(states.rows).toEqual([{ state: 'done', n: 5 }]);
  });
});
