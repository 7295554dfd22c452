// What the fault tests count: tasks whose reminder is due now, one assignee (one e-mail address)
// each, and whether each of those reminders reached its assignee exactly once — in the SMTP server
// and in the delivery rows.
import { randomUUID } from 'node:crypto';
import { parisDate } from '@recours/reminders';
import type { SmtpSink } from '@recours/testing';
import type { Pool } from 'pg';
import type { OrgFixture } from '../fixtures';

export type DueTasks = { taskIds: string[]; emails: string[] };

/** `n` tasks due today, each for its own social worker; their 08:00 reminder moved to a minute ago. */
export async function seedDueTasks(pool: Pool, org: OrgFixture, n: number, label = 'f'): Promise<DueTasks> {
  const taskIds: string[] = [], emails: string[] = [];
  for (let i = 0; i < n; i++) {
    const userId = randomUUID();
    const email = `${label}-${i}-${userId.slice(0, 6)}@fault.test`;
    await pool.query(`INSERT INTO app_user (id, email, display_name, role, organisation_id, password_hash) VALUES ($1, $2, 'Agent', 'social_worker', $3, 'x')`, [
      userId,
      email,
      org.organisationId,
    ]);
    const { id: householdId } = (await pool.query<{ id: string }>(`SELECT id FROM household WHERE organisation_id = $1 LIMIT 1`, [org.organisationId])).rows[0];
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO task (household_id, organisation_id, title, assignee_id, due_on) VALUES ($1, $2, $3, $4, $5::date) RETURNING id`,
      [householdId, org.organisationId, `Rappeler le foyer ${i}`, userId, parisDate(new Date())],
    );
    taskIds.push(rows[0].id);
    emails.push(email);
  }
  const moved = await pool.query(`UPDATE reminder SET due_at = now() - interval '1 minute' WHERE item_id = ANY($1) AND threshold = 0 AND state = 'pending'`, [taskIds]);
  if (moved.rowCount !== n) throw new Error(`${n} task reminders expected, ${moved.rowCount} found`);
  return { taskIds, emails };
}

/** Waits for `emails.length` e-mails to these addresses, then that nothing more arrives for `quietMs`. */
export async function settle(sink: SmtpSink, emails: readonly string[], timeoutMs = 15_000, quietMs = 1_000): Promise<void> {
  const mine = () => sink.received.filter((m) => emails.includes(m.to[0])).length;
  const deadline = Date.now() + timeoutMs;
  while (mine() < emails.length) {
    if (Date.now() > deadline) throw new Error(`SMTP sink: ${mine()} of ${emails.length} e-mails received`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, quietMs));
}

/** Every address received exactly one e-mail, and has exactly one notification and one `sent` e-mail delivery row. */
export async function deliveredOnce(pool: Pool, sink: SmtpSink, due: DueTasks) {
  const received = sink.received.filter((m) => due.emails.includes(m.to[0])).map((m) => m.to[0]);
  const { rows } = await pool.query<{ email: string; notifications: number; deliveries: string[] }>(
    `SELECT u.email, count(DISTINCT n.id)::int AS notifications, array_agg(d.status::text ORDER BY d.id) FILTER (WHERE d.id IS NOT NULL) AS deliveries
     FROM app_user u LEFT JOIN notification n ON n.user_id = u.id LEFT JOIN notification_delivery d ON d.notification_id = n.id AND d.channel = 'email'
     WHERE u.email = ANY($1) GROUP BY u.email`,
    [due.emails],
  );
  const reminders = await pool.query<{ state: string; n: number }>(
    `SELECT state::text, count(*)::int AS n FROM reminder WHERE item_id = ANY($1) AND threshold = 0 GROUP BY state`,
    [due.taskIds],
  );
  return {
    smtp: [...received].sort(),
    rows: rows.map((r) => ({ email: r.email, notifications: r.notifications, deliveries: r.deliveries ?? [] })).sort((a, b) => (a.email < b.email ? -1 : 1)),
    reminders: reminders.rows,
  };
}

/** What `deliveredOnce` returns when every reminder reached its assignee exactly once. */
export const exactlyOnce = (due: DueTasks) => ({
  smtp: [...due.emails].sort(),
  rows: [...due.emails].sort().map((email) => ({ email, notifications: 1, deliveries: ['sent'] })),
  reminders: [{ state: 'done', n: due.emails.length }],
});
