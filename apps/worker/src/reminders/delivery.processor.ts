import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { bindHandler, deliverNotificationJob, deliverNotificationsJob, notificationsDigestJob, type HandlerBinding } from '@recours/jobs';
import type { MailConfig, Mailer } from '@recours/mail';
import type { Job } from 'bullmq';
import type { Pool } from 'pg';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { untilWritten } from '../database';
import { CLOCK, MAIL_CONFIG, MAILER, PG_POOL, type Clock } from '../tokens';
import { recordSweep } from '../schedules/sweep-status.repository';
import { claimDeliveries, claimDelivery, claimDigests, markFailed, markSent } from './deliveries.repository';
import { digestMail, notificationMail } from './notification-mail';

/** The digest's period (a daily cron), for /api/health. */
const DAY_MS = 86_400_000;

const isLastAttempt = (job: Job) => job.attemptsMade + 1 >= (job.opts.attempts ?? 1);

/**
 * notifications.deliver: one e-mail per delivery row, claimed first, so a job run twice sends once.
 * notifications.deliver-batch: the same for many rows, claimed in one UPDATE, sent side by side
 * through the pooled transport.
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
      bindHandler(deliverNotificationsJob, ({ deliveryIds }, job) => this.deliverBatch(deliveryIds, job)),
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

  /**
   * Each claimed e-mail is sent; the sent ones are recorded `sent` in one write, the refused ones go
   * back to `pending` (`failed` at the last attempt) and the job throws, so its retry sends only those.
   */
  async deliverBatch(deliveryIds: readonly string[], job?: Job): Promise<{ sent: number; skipped: number }> {
    const claimed = await claimDeliveries(this.pool, deliveryIds, this.clock.now(), this.config.DELIVERY_LEASE_SECONDS);
    const leaseEnds = this.leaseEnds();
    const results = await Promise.allSettled(claimed.map((d) => this.mailer.send(notificationMail(d.email, d.kind, this.mail.publicAdminUrl))));
    const sent = claimed.filter((_, i) => results[i].status === 'fulfilled').map((d) => d.id);
    if (sent.length) await untilWritten(() => markSent(this.pool, sent, this.clock.now()), leaseEnds);
    const refused = new Map<string, string[]>();
    results.forEach((r, i) => {
      if (r.status === 'fulfilled') return;
      const message = r.reason instanceof Error ? r.reason.message : String(r.reason);
      refused.set(message, [...(refused.get(message) ?? []), claimed[i].id]);
    });
    for (const [message, ids] of refused) await markFailed(this.pool, ids, message, job ? isLastAttempt(job) : false);
    if (refused.size) throw new Error(`${claimed.length - sent.length} of ${claimed.length} e-mails refused: ${[...refused.keys()].join('; ')}`);
    return { sent: sent.length, skipped: deliveryIds.length - claimed.length };
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
