// Referrals nobody answered: after the expiry delay they leave the recipient's open work as
// `expiree` (the state machine's `expire` action, taken by the system), with a dated timeline event
// attributed to the sender's organisation. No audit event: no person's data is read or changed.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { bindHandler, referralsExpirySweepJob, type HandlerBinding } from '@recours/jobs';
import type { Pool } from 'pg';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { PG_POOL } from '../tokens';
import { expireStaleReferrals } from './referral-expiry.repository';

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
