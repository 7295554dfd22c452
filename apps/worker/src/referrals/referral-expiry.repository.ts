// SQL of the referral expiry sweep: unanswered referrals become `expiree` with a timeline event.
import { referralActionRule } from '@recours/domain';
import type { Pool } from 'pg';

/** One conditional UPDATE per batch, so running it twice expires each referral once. */
export async function expireStaleReferrals(pool: Pool, expiryDays: number): Promise<{ expired: number }> {
  const rule = referralActionRule('expire');
  const { rows } = await pool.query<{ referral_id: string }>(
    `WITH due AS (
       SELECT id, status FROM referral
       WHERE status = ANY($1::referral_status[]) AND status_changed_at < now() - make_interval(days => $2)
       ORDER BY status_changed_at LIMIT 1000 FOR UPDATE SKIP LOCKED
     ), moved AS (
       UPDATE referral r SET status = $3::referral_status, status_changed_at = now(), updated_at = now(), closed_at = now()
       FROM due WHERE r.id = due.id
       RETURNING r.id, due.status AS from_status, r.sender_organisation_id
     )
     INSERT INTO referral_event (referral_id, from_status, to_status, actor_id, actor_organisation_id, comment, payload)
     SELECT id, from_status, $3::referral_status, NULL, sender_organisation_id, $4, jsonb_build_object('expiryDays', $2::int) FROM moved
     RETURNING referral_id`,
    [[...rule.from], expiryDays, rule.to, `Sans réponse depuis ${expiryDays} jours`],
  );
  return { expired: rows.length };
}
