// Quarterly declarations of a granted RSA / prime d'activité, and the Alsace-Moselle calendar, on real
// PostgreSQL, Redis and SMTP with a clock the test moves.
import { fireReminderJob, remindersSweepJob } from '@recours/jobs';
import {
  DECLARATION_RIGHTS_SQL,
  declarationRightsParams,
  nextDeclarationReminder,
  UPSERT_REARM_REMINDERS_SQL,
  upsertRemindersParams,
  type DeclarationRightRow,
} from '@recours/reminders';
import { startSmtpSink, type SmtpSink } from '@recours/testing';
import { randomUUID } from 'node:crypto';
import { createOrganisation, insertHousehold, waitFor, type OrgFixture } from '../../test/fixtures';
import { expectReceived, mailTo } from '../../test/mail';
import { startWorker, type WorkerHarness } from '../../test/worker-harness';

describe('quarterly declaration reminders and Alsace-Moselle working days (PostgreSQL, Redis, SMTP, controllable clock)', () => {
  let w: WorkerHarness;
  let sink: SmtpSink;
  let now = new Date('2026-01-20T10:00:00Z');
  let cd: OrgFixture;

  const sweep = () => w.run(remindersSweepJob, {}, { jobId: `sweep-${randomUUID()}` });
  const settle = (expected: number) => expectReceived(sink, expected);

  beforeAll(async () => {
    sink = await startSmtpSink();
    w = await startWorker({}, { clock: { now: () => now }, mail: mailTo(sink) });
    cd = await createOrganisation(w.pool, '23');
  });
  afterAll(async () => {
    await w?.close();
    await sink?.close();
  });

  /** What the API writes when the right is granted or help is asked (same SQL, same rule). */
  const writeDeclarations = async (householdId: string, today: string) => {
    const { rows } = await w.pool.query<DeclarationRightRow>(DECLARATION_RIGHTS_SQL, declarationRightsParams({ householdId }));
    const due = rows.flatMap((r) => {
      const d = nextDeclarationReminder(r.benefit, r.granted_from, today);
      return d ? [{ ...d, itemId: r.id, organisationId: r.organisation_id }] : [];
    });
    if (due.length) await w.pool.query(UPSERT_REARM_REMINDERS_SQL, upsertRemindersParams(due));
    return due.length;
  };
  const addRight = async (householdId: string, benefit: string, grantedFrom: string) =>
    (
      await w.pool.query<{ id: string }>(
        `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, granted_from)
         VALUES ($1, $2, $3, $4, 'accorde', 50000, $5) RETURNING id`,
        [householdId, cd.organisationId, cd.territoryId, benefit, grantedFrom],
      )
    ).rows[0].id;
  const reminders = async (rightId: string) =>
    (
      await w.pool.query<{ threshold: number; due_at: Date; state: string }>(
        `SELECT threshold, due_at, state::text FROM reminder WHERE kind = 'right_declaration' AND item_id = $1 ORDER BY threshold`,
        [rightId],
      )
    ).rows;
  const tasks = async (rightId: string) =>
    (await w.pool.query<{ title: string; due_on: string; assignee_id: string }>(`SELECT title, due_on, assignee_id FROM task WHERE detected_right_id = $1 ORDER BY due_on`, [rightId]))
      .rows;

  it('an RSA granted in January to a household that asked for help: a task for the referent a week before 1 April, once, and the July declaration written when it fires', async () => {
    const helped = (await insertHousehold(w.pool, cd)).id;
    const alone = (await insertHousehold(w.pool, cd)).id;
    await w.pool.query(`UPDATE household SET declaration_help_requested = true WHERE id = $1`, [helped]);
    const rsa = await addRight(helped, 'rsa', '2026-01-01');
    const css = await addRight(helped, 'css', '2026-01-01');
    const notHelped = await addRight(alone, 'prime_activite', '2026-01-01');
    expect(await writeDeclarations(helped, '2026-01-20')).toBe(1); // the RSA only: a CSS has no quarterly declaration
    expect(await writeDeclarations(alone, '2026-01-20')).toBe(0); // no help asked
    expect(await reminders(rsa)).toEqual([{ threshold: 1, due_at: new Date('2026-03-25T07:00:00Z'), state: 'pending' }]);
    expect(await reminders(css)).toEqual([]);
    expect(await reminders(notHelped)).toEqual([]);

    now = new Date('2026-03-25T06:59:00Z'); // a minute before 08:00 Paris
    await expect(sweep()).resolves.toMatchObject({ reminders: 0 });
    now = new Date('2026-03-25T07:00:30Z');
    // The sweep twice (the next minute finds it done) and the same reminder fired again by hand.
    await expect(sweep()).resolves.toMatchObject({ reminders: 1 });
    await settle(1);
    await sweep();
    const reminderId = (await w.pool.query<{ id: string }>(`SELECT id FROM reminder WHERE kind = 'right_declaration' AND item_id = $1 AND threshold = 1`, [rsa])).rows[0].id;
    await expect(w.run(fireReminderJob, { reminderId }, { jobId: `again-${reminderId}` })).resolves.toEqual({ status: 'skipped' });
    await settle(1);
    expect(sink.received[0]).toMatchObject({ to: [`${cd.userId}@test.fr`], subject: 'Recours : Déclaration trimestrielle à préparer avec le foyer' });

    expect(await tasks(rsa)).toEqual([
      { title: 'Déclaration trimestrielle RSA à faire avec le foyer (à partir du 01/04/2026)', due_on: '2026-04-01', assignee_id: cd.userId },
    ]);
    // The next quarter's reminder, written by the fire: 24 June 08:00 Paris (summer time) for 1 July.
    expect(await reminders(rsa)).toEqual([
      { threshold: 1, due_at: new Date('2026-03-25T07:00:00Z'), state: 'done' },
      { threshold: 2, due_at: new Date('2026-06-24T06:00:00Z'), state: 'pending' },
    ]);
  });

  it('help withdrawn, the right no longer granted or the household closed before the date: the reminder fires without a task', async () => {
    await w.pool.query(`UPDATE reminder SET state = 'skipped' WHERE state = 'pending'`); // the first test's task and next declaration
    const household = (await insertHousehold(w.pool, cd)).id;
    await w.pool.query(`UPDATE household SET declaration_help_requested = true WHERE id = $1`, [household]);
    const ppa = await addRight(household, 'prime_activite', '2026-02-10');
    const rsa = await addRight(household, 'rsa', '2026-02-10');
    now = new Date('2026-03-01T10:00:00Z');
    expect(await writeDeclarations(household, '2026-03-01')).toBe(2);
    const closedHousehold = (await insertHousehold(w.pool, cd)).id;
    await w.pool.query(`UPDATE household SET declaration_help_requested = true WHERE id = $1`, [closedHousehold]);
    const closedRsa = await addRight(closedHousehold, 'rsa', '2026-02-10');
    expect(await writeDeclarations(closedHousehold, '2026-03-01')).toBe(1);
    // Missed by the API (the worker is the last check): the household withdrew, the RSA was closed by
    // hand, the other household was closed.
    await w.pool.query(`UPDATE household SET declaration_help_requested = false WHERE id = $1`, [household]);
    await w.pool.query(`UPDATE detected_right SET status = 'abandonne' WHERE id = $1`, [rsa]);
    await w.pool.query(`UPDATE household SET status = 'closed' WHERE id = $1`, [closedHousehold]);
    const before = sink.received.length;
    now = new Date('2026-04-24T06:00:30Z'); // 7 days before 1 May
    const rights = [ppa, rsa, closedRsa];
    await expect(sweep()).resolves.toMatchObject({ reminders: 3 });
    await waitFor(async () => (await w.pool.query(`SELECT 1 FROM reminder WHERE kind = 'right_declaration' AND item_id = ANY($1) AND state = 'done'`, [rights])).rowCount === 3);
    await settle(before);
    const outcomes = await w.pool.query<{ outcome: string }>(`SELECT outcome FROM reminder WHERE kind = 'right_declaration' AND item_id = ANY($1) ORDER BY outcome`, [rights]);
    expect(outcomes.rows.map((r) => r.outcome)).toEqual(['sans objet : aide aux déclarations retirée', 'sans objet : droit abandonne', 'sans objet : foyer clos']);
    expect([...(await tasks(ppa)), ...(await tasks(rsa)), ...(await tasks(closedRsa))]).toEqual([]);
    expect((await reminders(ppa)).map((r) => r.threshold)).toEqual([1]); // the chain stops
  });

  it('working-day thresholds skip Good Friday and St Stephen’s Day for organisations in Moselle, Bas-Rhin and Haut-Rhin only', async () => {
    // A task due the day before: its overdue threshold (+2 working days) is computed when the due one
    // fires, on the calendar of the organisation's département (its territory).
    const overdueOn = async (org: OrgFixture, dueOn: string) => {
      const household = (await insertHousehold(w.pool, org)).id;
      const { rows } = await w.pool.query<{ id: string }>(
        `INSERT INTO task (household_id, organisation_id, title, assignee_id, due_on) VALUES ($1, $2, 'Appeler', $3, $4) RETURNING id`,
        [household, org.organisationId, org.userId, dueOn],
      );
      return rows[0].id;
    };
    await w.pool.query(`UPDATE reminder SET state = 'skipped' WHERE state = 'pending'`); // the earlier tests' tasks and declarations
    const orgs = { moselle: await createOrganisation(w.pool, '57'), basRhin: await createOrganisation(w.pool, '67'), hautRhin: await createOrganisation(w.pool, '68'), creuse: cd };
    const tasksOf: Record<string, { stephen: string; friday: string }> = {};
    for (const [name, org] of Object.entries(orgs)) tasksOf[name] = { stephen: await overdueOn(org, '2025-12-24'), friday: await overdueOn(org, '2026-04-02') };
    const before = sink.received.length;
    now = new Date('2025-12-24T07:00:30Z');
    await sweep();
    now = new Date('2026-04-02T06:00:30Z');
    await sweep();
    await settle(before + 8);
    const overdue = async (taskId: string) => {
      const { rows } = await w.pool.query<{ due_at: Date }>(`SELECT due_at FROM reminder WHERE kind = 'task_due' AND item_id = $1 AND threshold = 1`, [taskId]);
      return rows[0]?.due_at.toISOString();
    };
    const got = Object.fromEntries(await Promise.all(Object.entries(tasksOf).map(async ([name, t]) => [name, [await overdue(t.stephen), await overdue(t.friday)]])));
    // Creuse: Friday 26 December 2025 and Good Friday 3 April 2026 are working days (Easter Monday is not).
    // Alsace-Moselle: both are off, one working day later each.
    const alsace = ['2025-12-30T07:00:00.000Z', '2026-04-08T06:00:00.000Z'];
    expect(got).toEqual({ moselle: alsace, basRhin: alsace, hautRhin: alsace, creuse: ['2025-12-29T07:00:00.000Z', '2026-04-07T06:00:00.000Z'] });
  });
});
