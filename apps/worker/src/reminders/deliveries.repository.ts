// SQL of the e-mail deliveries: one row per (notification, channel), claimed before sending.
import type { NotificationKind } from '@recours/domain';
import type { Db } from './reminders.repository';

export type ClaimedDelivery = { id: string; email: string; kind: NotificationKind; attempts: number };

/**
 * `pending` → `sending` (or a `sending` whose lease expired: its worker died mid-send). Zero rows:
 * already sent, failed for good, or being sent by another worker right now.
 */
export async function claimDelivery(db: Db, id: string, now: Date, leaseSeconds: number): Promise<ClaimedDelivery | undefined> {
  const { rows } = await db.query<ClaimedDelivery>(
    `UPDATE notification_delivery d SET status = 'sending', attempts = d.attempts + 1, claimed_at = $2
     FROM notification n JOIN app_user u ON u.id = n.user_id
     WHERE d.id = $1 AND n.id = d.notification_id AND d.channel = 'email'
       AND (d.status = 'pending' OR (d.status = 'sending' AND d.claimed_at < $2::timestamptz - make_interval(secs => $3)))
     RETURNING d.id, u.email, n.kind, d.attempts`,
    [id, now, leaseSeconds],
  );
  return rows[0];
}

/** The same claim for a batch, in one statement; the rows another worker is sending are left out. */
export async function claimDeliveries(db: Db, ids: readonly string[], now: Date, leaseSeconds: number): Promise<ClaimedDelivery[]> {
  const { rows } = await db.query<ClaimedDelivery>(
    `UPDATE notification_delivery d SET status = 'sending', attempts = d.attempts + 1, claimed_at = $2
     FROM notification n JOIN app_user u ON u.id = n.user_id
     WHERE d.id = ANY($1::uuid[]) AND n.id = d.notification_id AND d.channel = 'email'
       AND (d.status = 'pending' OR (d.status = 'sending' AND d.claimed_at < $2::timestamptz - make_interval(secs => $3)))
     RETURNING d.id, u.email, n.kind, d.attempts`,
    [[...ids], now, leaseSeconds],
  );
  return rows;
}

export async function markSent(db: Db, ids: readonly string[], now: Date): Promise<void> {
  await db.query(`UPDATE notification_delivery SET status = 'sent', sent_at = $2, last_error = NULL WHERE id = ANY($1::uuid[])`, [[...ids], now]);
}

/** Back to `pending` for the next retry, or `failed` for good (still listed, never silently dropped). */
export async function markFailed(db: Db, ids: readonly string[], error: string, final: boolean): Promise<void> {
  await db.query(`UPDATE notification_delivery SET status = $2::delivery_status, last_error = left($3, 500) WHERE id = ANY($1::uuid[])`, [
    [...ids],
    final ? 'failed' : 'pending',
    error,
  ]);
}

export type DigestBatch = { user_id: string; email: string; ids: string[]; kinds: NotificationKind[] };

/** Claims every digest delivery not sent yet, grouped by user (one e-mail each). */
export async function claimDigests(db: Db, now: Date, leaseSeconds: number): Promise<DigestBatch[]> {
  const { rows } = await db.query<DigestBatch>(
    `WITH claimed AS (
       UPDATE notification_delivery d SET status = 'sending', attempts = d.attempts + 1, claimed_at = $1
       WHERE d.channel = 'digest' AND (d.status = 'pending' OR (d.status = 'sending' AND d.claimed_at < $1::timestamptz - make_interval(secs => $2)))
       RETURNING d.id, d.notification_id
     )
     SELECT n.user_id, u.email, array_agg(c.id) AS ids, array_agg(n.kind::text ORDER BY n.created_at) AS kinds
     FROM claimed c JOIN notification n ON n.id = c.notification_id JOIN app_user u ON u.id = n.user_id
     GROUP BY n.user_id, u.email`,
    [now, leaseSeconds],
  );
  return rows;
}
