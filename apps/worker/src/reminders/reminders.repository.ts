// SQL of the reminder sweep and of the effects of each reminder. Every effect runs on the client of
// the transaction that claims the reminder row, so a job run twice (or retried after a crash) acts once.
import { referralActionRule, type ReminderKind } from '@recours/domain';
import {
  NOTIFY_MANY_SQL,
  NOTIFY_SQL,
  notifyManyParams,
  notifyParams,
  ORGANISATION_CALENDAR_SQL,
  organisationCalendarFromRow,
  UPSERT_REARM_REMINDERS_SQL,
  UPSERT_REMINDERS_SQL,
  upsertRemindersParams,
  type NotifyManyRow,
  type NotifyManyTarget,
  type NotifyResult,
  type NotifyTarget,
  type OrganisationCalendar,
  type ReminderRow,
} from '@recours/reminders';
import type { Pool, PoolClient } from 'pg';

export type Db = Pool | PoolClient;

/** Runs `fn` in a transaction on one pooled connection (rolled back when it throws). */
export async function withTransaction<T>(pool: Pool, fn: (tx: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

export type ClaimedReminder = { id: string; kind: ReminderKind; item_id: string; threshold: number; organisation_id: string; due_at: Date };

export type DueRow = { id: string; due_at: Date; fire_rounds: number };

/**
 * Where the next page starts: `due_at` as PostgreSQL's text, to the microsecond. A JavaScript Date
 * keeps milliseconds: with it every row due within the same millisecond but later in microseconds
 * (`now() - interval …`) compared greater than the cursor, and the sweep read its first page again
 * and again (10 000 rows due together: 79 250 rows enqueued in one sweep).
 */
export type DueCursor = { dueAt: string; id: string };

/** Pending reminders due at `now`, oldest first, one page after `after` (served by the partial index on due_at). */
export async function dueReminders(db: Db, now: Date, limit: number, after: DueCursor | null): Promise<{ rows: DueRow[]; next: DueCursor | null }> {
  const { rows } = await db.query<DueRow & { cursor: string }>(
    `SELECT id, due_at, fire_rounds, due_at::text AS cursor FROM reminder
     WHERE state = 'pending' AND due_at <= $1 AND ($3::timestamptz IS NULL OR (due_at, id) > ($3::timestamptz, $4::uuid))
     ORDER BY due_at, id LIMIT $2`,
    [now, limit, after?.dueAt ?? null, after?.id ?? null],
  );
  const last = rows[rows.length - 1];
  return { rows: rows.map(({ cursor: _, ...r }) => r), next: rows.length < limit ? null : { dueAt: last.cursor, id: last.id } };
}

/**
 * E-mails still to send: never tried, or last claimed longer than the lease ago (a worker died
 * mid-send, or its job gave up). Recent attempts are left to BullMQ's own retries.
 */
export async function pendingDeliveries(db: Db, now: Date, leaseSeconds: number, limit: number): Promise<{ id: string; attempts: number }[]> {
  const { rows } = await db.query<{ id: string; attempts: number }>(
    `SELECT id, attempts FROM notification_delivery
     WHERE channel = 'email' AND status IN ('pending', 'sending')
       AND (claimed_at IS NULL OR claimed_at < $1::timestamptz - make_interval(secs => $2))
     ORDER BY created_at LIMIT $3`,
    [now, leaseSeconds, limit],
  );
  return rows;
}

/** The conditional UPDATE that makes a reminder fire once: zero rows means done already (or not due). */
export async function claimReminder(db: Db, id: string, now: Date): Promise<ClaimedReminder | undefined> {
  const { rows } = await db.query<ClaimedReminder>(
    `UPDATE reminder SET state = 'done', attempts = attempts + 1, done_at = $2
     WHERE id = $1 AND state = 'pending' AND due_at <= $2
     RETURNING id, kind, item_id, threshold, organisation_id, due_at`,
    [id, now],
  );
  return rows[0];
}

/**
 * The claim of a batch: its rows still pending and due, locked in id order (two batches that share
 * rows wait for each other instead of deadlocking). A second claimer waits for this transaction and,
 * once it committed, finds the rows `done` (PostgreSQL re-checks the condition on the new version):
 * claimed once, as by the UPDATE of one row. The rows are written once, by `markFired`, with their outcome.
 */
export async function lockDueReminders(db: Db, ids: readonly string[], now: Date): Promise<ClaimedReminder[]> {
  const { rows } = await db.query<ClaimedReminder>(
    `SELECT id, kind, item_id, threshold, organisation_id, due_at FROM reminder
     WHERE id = ANY($1::uuid[]) AND state = 'pending' AND due_at <= $2
     ORDER BY id FOR UPDATE`,
    [[...ids], now],
  );
  return rows;
}

/** The locked rows `done`, each with its outcome, in one statement. */
export async function markFired(db: Db, outcomes: ReadonlyMap<string, string>, now: Date): Promise<void> {
  if (outcomes.size === 0) return;
  await db.query(
    `UPDATE reminder r SET state = 'done', attempts = r.attempts + 1, done_at = $3, outcome = x.outcome
     FROM unnest($1::uuid[], $2::text[]) AS x(id, outcome) WHERE r.id = x.id AND r.state = 'pending'`,
    [[...outcomes.keys()], [...outcomes.values()], now],
  );
}

/** Of these reminders, those still pending, with what names their own fire job. */
export async function pendingReminders(db: Db, ids: readonly string[]): Promise<DueRow[]> {
  const { rows } = await db.query<DueRow>(`SELECT id, due_at, fire_rounds FROM reminder WHERE id = ANY($1::uuid[]) AND state = 'pending' ORDER BY due_at, id`, [[...ids]]);
  return rows;
}

export async function notifyMany(db: Db, targets: readonly NotifyManyTarget[]): Promise<Map<string, NotifyManyRow>> {
  if (targets.length === 0) return new Map();
  const { rows } = await db.query<NotifyManyRow>(NOTIFY_MANY_SQL, notifyManyParams(targets));
  return new Map(rows.map((r) => [r.reminder_id, r]));
}

export async function recordFailedAttempt(db: Db, id: string, error: string): Promise<void> {
  await db.query(`UPDATE reminder SET attempts = attempts + 1, outcome = left($2, 500) WHERE id = $1 AND state = 'pending'`, [id, error]);
}

export type ClosedRound = { fire_rounds: number; state: string; attempts: number; outcome: string | null };

/**
 * A fire job of round `round` exhausted its attempts: the next round, or `failed` once `maxRounds`
 * jobs have failed. Conditional on the round, so two sweeps that both saw the failed job count it once.
 */
export async function closeFireRound(
  db: Db,
  id: string,
  round: number,
  maxRounds: number,
  now: Date,
): Promise<ClosedRound | undefined> {
  const { rows } = await db.query<ClosedRound>(
    `UPDATE reminder SET fire_rounds = fire_rounds + 1,
       state = CASE WHEN fire_rounds + 1 >= $3 THEN 'failed'::reminder_state ELSE state END,
       done_at = CASE WHEN fire_rounds + 1 >= $3 THEN $4 ELSE done_at END
     WHERE id = $1 AND fire_rounds = $2 AND state = 'pending'
     RETURNING fire_rounds, state, attempts, outcome`,
    [id, round, maxRounds, now],
  );
  return rows[0];
}

export async function setOutcome(db: Db, id: string, outcome: string): Promise<void> {
  await db.query(`UPDATE reminder SET outcome = $2 WHERE id = $1`, [id, outcome]);
}

export async function notify(db: Db, target: NotifyTarget): Promise<NotifyResult> {
  const { rows } = await db.query<NotifyResult>(NOTIFY_SQL, notifyParams(target));
  return rows[0];
}

export async function upsertReminders(db: Db, rows: readonly ReminderRow[]): Promise<void> {
  if (rows.length) await db.query(UPSERT_REMINDERS_SQL, upsertRemindersParams(rows));
}

/** Upsert that also re-arms a skipped row on the same date (see UPSERT_REARM_REMINDERS_SQL). */
export async function upsertRearmReminders(db: Db, rows: readonly ReminderRow[]): Promise<void> {
  if (rows.length) await db.query(UPSERT_REARM_REMINDERS_SQL, upsertRemindersParams(rows));
}

export async function organisationCalendar(db: Db, organisationId: string): Promise<OrganisationCalendar> {
  const { rows } = await db.query(ORGANISATION_CALENDAR_SQL, [organisationId]);
  return organisationCalendarFromRow(rows[0]);
}

export type ReferralState = { status: string; household_id: string; sender_organisation_id: string; sender_user_id: string | null; recipient_organisation_id: string };

export async function lockReferral(db: Db, id: string): Promise<ReferralState | undefined> {
  const { rows } = await db.query<ReferralState>(
    `SELECT status, household_id, sender_organisation_id, sender_user_id, recipient_organisation_id FROM referral WHERE id = $1 FOR UPDATE`,
    [id],
  );
  return rows[0];
}

/** The state machine's `expire` action, taken by the system, with its timeline event. */
export async function expireReferral(db: Db, id: string, days: number, now: Date): Promise<boolean> {
  const rule = referralActionRule('expire');
  const { rows } = await db.query(
    `WITH moved AS (
       UPDATE referral r SET status = $2::referral_status, status_changed_at = $4, updated_at = $4, closed_at = $4
       FROM (SELECT id, status FROM referral WHERE id = $1) old
       WHERE r.id = old.id AND old.status = ANY($3::referral_status[])
       RETURNING r.id, old.status AS from_status, r.sender_organisation_id
     )
     INSERT INTO referral_event (referral_id, from_status, to_status, actor_id, actor_organisation_id, comment, payload)
     SELECT id, from_status, $2::referral_status, NULL, sender_organisation_id, $5, jsonb_build_object('expiryDays', $6::int) FROM moved
     RETURNING referral_id`,
    [id, rule.to, [...rule.from], now, `Sans réponse depuis ${days} jours`, days],
  );
  return rows.length > 0;
}

export type TaskState = { status: string; due_on: string; assignee_id: string | null; organisation_id: string };

/** The tasks of a batch of reminders, by id (a deleted task is absent). */
export async function taskStates(db: Db, ids: readonly string[]): Promise<Map<string, TaskState>> {
  const { rows } = await db.query<TaskState & { id: string }>(`SELECT id, status, due_on, assignee_id, organisation_id FROM task WHERE id = ANY($1::uuid[])`, [[...ids]]);
  return new Map(rows.map(({ id, ...t }) => [id, t]));
}

export type RightState = {
  status: string;
  benefit: string;
  household_id: string;
  organisation_id: string;
  referent_id: string | null;
  granted_from: string | null;
  declaration_help_requested: boolean;
  household_status: string;
};

export async function rightState(db: Db, id: string): Promise<RightState | undefined> {
  const { rows } = await db.query<RightState>(
    `SELECT r.status, r.benefit, r.household_id, r.organisation_id, h.referent_id, r.granted_from, h.declaration_help_requested, h.status AS household_status
     FROM detected_right r JOIN household h ON h.id = r.household_id WHERE r.id = $1`,
    [id],
  );
  return rows[0];
}

/** A task the system creates (follow-up of an expired referral, a claim to chase, a renewal); its reminders come from the task trigger. */
export async function insertTask(
  db: Db,
  t: { householdId: string; organisationId: string; title: string; detectedRightId: string | null; assigneeId: string | null; dueOn: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO task (household_id, organisation_id, title, detected_right_id, assignee_id, due_on, priority)
     VALUES ($1, $2, $3, $4, $5, $6::date, 'haute') RETURNING id`,
    [t.householdId, t.organisationId, t.title, t.detectedRightId, t.assigneeId, t.dueOn],
  );
  return rows[0].id;
}
