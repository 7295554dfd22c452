// Referrals nobody answered: after the expiry delay they leave the recipient's open work as
// `expiree` (the state machine's `expire` action, taken by the system), with a dated timeline event
// attributed to the sender's organisation. No audit event: no person's data is read or changed.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { bindHandler, referralsExpirySweepJob, type HandlerBinding } from '@recours/jobs';
import { referralActionRule } from '@recours/domain';
import type { Pool } from 'pg';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { PG_POOL } from '../tokens';

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

@Injectable()
export class ReferralExpiryProcessor {
  private readonly logger = new Logger(ReferralExpiryProcessor.name);

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  bindings(): HandlerBinding[] {
    return [
      bindHandler(referralsExpirySweepJob, async () => {
        const result = await expireStaleReferrals(this.pool, this.config.REFERRAL_EXPIRY_DAYS);
        if (result.expired > 0) this.logger.log(result, 'referrals expired');
        return result;
      }),
    ];
  }
}
