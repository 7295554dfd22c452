import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { bindHandler, deliverNotificationJob, notificationsDigestJob, type HandlerBinding } from '@recours/jobs';
import type { MailConfig, Mailer } from '@recours/mail';
import type { Job } from 'bullmq';
import type { Pool } from 'pg';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { untilWritten } from '../database';
import { CLOCK, MAIL_CONFIG, MAILER, PG_POOL, type Clock } from '../tokens';
import { recordSweep } from '../schedules/sweep-status.repository';
import { claimDelivery, claimDigests, markFailed, markSent } from './deliveries.repository';
import { digestMail, notificationMail } from './notification-mail';

/** The digest's period (a daily cron), for /api/health. */
const DAY_MS = 86_400_000;

const isLastAttempt = (job: Job) => job.attemptsMade + 1 >= (job.opts.attempts ?? 1);

/**
 * notifications.deliver: one e-mail per delivery row, claimed first, so a job run twice sends once.
 * notifications.digest: at 8:00 (Paris) one e-mail per user gathering their digest deliveries.
 */
@Injectable()
export class DeliveryProcessor implements OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryProcessor.name);

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(MAILER) private readonly mailer: Mailer,
    @Inject(MAIL_CONFIG) private readonly mail: MailConfig,
  ) {}

  onApplicationShutdown() {
    this.mailer.close();
  }

  bindings(): HandlerBinding[] {
    return [
      bindHandler(deliverNotificationJob, ({ deliveryId }, job) => this.deliver(deliveryId, job)),
      bindHandler(notificationsDigestJob, (_payload, job) => this.digest(job)),
    ];
  }

  async deliver(deliveryId: string, job?: Job): Promise<{ status: 'sent' | 'skipped' }> {
    const claimed = await claimDelivery(this.pool, deliveryId, this.clock.now(), this.config.DELIVERY_LEASE_SECONDS);
    if (!claimed) return { status: 'skipped' };
    const leaseEnds = this.leaseEnds();
    try {
      await this.mailer.send(notificationMail(claimed.email, claimed.kind, this.mail.publicAdminUrl));
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await markFailed(this.pool, [deliveryId], message, job ? isLastAttempt(job) : false);
      throw err;
    }
    // Sent: record it even if PostgreSQL is restarting right now, before the lease would let it be sent again.
    await untilWritten(() => markSent(this.pool, [deliveryId], this.clock.now()), leaseEnds);
    return { status: 'sent' };
  }

  /** A little before another worker may claim these rows again (the lease counts from the claim). */
  private leaseEnds(): number {
    return Date.now() + this.config.DELIVERY_LEASE_SECONDS * 1_000 - 1_000;
  }

  async digest(job?: Job): Promise<{ users: number; notifications: number }> {
    const batches = await claimDigests(this.pool, this.clock.now(), this.config.DELIVERY_LEASE_SECONDS);
    const leaseEnds = this.leaseEnds();
    let failure: unknown;
    for (const b of batches) {
      try {
        await this.mailer.send(digestMail(b.email, b.kinds, this.mail.publicAdminUrl));
      } catch (err) {
        failure = err;
        await markFailed(this.pool, b.ids, err instanceof Error ? err.message : String(err), job ? isLastAttempt(job) : false);
        continue;
      }
      await untilWritten(() => markSent(this.pool, b.ids, this.clock.now()), leaseEnds);
    }
    await recordSweep(this.pool, 'digest', this.clock.now(), batches.length, 0, DAY_MS);
    this.logger.log({ users: batches.length }, 'daily digest');
    if (failure) throw failure;
    return { users: batches.length, notifications: batches.reduce((n, b) => n + b.ids.length, 0) };
  }
}
