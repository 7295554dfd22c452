import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  bindHandler,
  deliverNotificationJob,
  deliverNotificationsJob,
  fireReminderJob,
  fireRemindersJob,
  remindersSweepJob,
  type HandlerBinding,
  type JobQueues,
} from '@recours/jobs';
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { CLOCK, JOB_QUEUES, PG_POOL, type Clock } from '../tokens';
import { recordSweep } from '../schedules/sweep-status.repository';
import { applyReminder, applyReminders } from './reminder-effects';
import {
  claimReminder,
  closeFireRound,
  dueReminders,
  lockDueReminders,
  markFired,
  pendingDeliveries,
  pendingReminders,
  recordFailedAttempt,
  setOutcome,
  withTransaction,
  type DueCursor,
  type DueRow,
} from './reminders.repository';

/** A lateness above this is logged as a warning (the sweep runs every minute). */
const LATE_WARNING_MS = 90_000;

export const SWEEP_NAME = 'reminders' as const;

/**
 * Job ids: a reminder or a delivery attempt already in Redis is never queued twice. A reminder whose
 * job exhausted its attempts gets a new round (`fire_rounds`), hence a new id: BullMQ refuses to add a
 * job whose id is still in its failed list, which kept such a reminder pending forever.
 */
export const reminderJobId = (id: string, dueAt: Date, round = 0) => `reminder-${id}-${dueAt.getTime()}${round ? `-r${round}` : ''}`;
export const deliveryJobId = (id: string, attempts: number) => `delivery-${id}-${attempts}`;

/** A batch's id, from what it carries: the same rows due at the same times make the same job. */
export const batchJobId = (prefix: string, parts: readonly string[]) => `${prefix}-${createHash('sha256').update(parts.join(',')).digest('hex').slice(0, 32)}`;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * reminders.sweep: enqueues what is due (ids only) and records its success for /api/health.
 * reminders.fire-batch: claims the reminders of a batch (rows locked while pending, written `done`)
 * and applies their effects in one transaction, then enqueues their e-mails in batches; if that transaction fails, each row still
 * pending gets its own job.
 * reminders.fire: claims one reminder and applies its effects in one transaction, then enqueues its e-mails.
 */
@Injectable()
export class RemindersProcessor {
  private readonly logger = new Logger(RemindersProcessor.name);

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(JOB_QUEUES) private readonly queues: JobQueues,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  bindings(): HandlerBinding[] {
    return [
      bindHandler(remindersSweepJob, () => this.sweep()),
      bindHandler(fireRemindersJob, ({ reminderIds }) => this.fireBatch(reminderIds)),
      bindHandler(fireReminderJob, ({ reminderId }) => this.fire(reminderId)),
    ];
  }

  async sweep(): Promise<{ reminders: number; deliveries: number }> {
    const started = Date.now();
    const now = this.clock.now();
    const batch = this.config.REMINDER_SWEEP_BATCH;
    let reminders = 0;
    const backoff = { type: 'exponential', delay: this.config.REMINDER_FIRE_BACKOFF_MS };
    for (let after: DueCursor | null = null; ; ) {
      const { rows: due, next }: { rows: DueRow[]; next: DueCursor | null } = await dueReminders(this.pool, now, batch, after);
      // Due lately and never failed: fired in batches. The others (a batch that failed, a job lost
      // with Redis) have a job of their own, whose failed rounds are counted (nextRounds).
      const staleBefore = now.getTime() - this.config.REMINDER_REQUEUE_AFTER_MS;
      const fresh = due.filter((r) => r.fire_rounds === 0 && r.due_at.getTime() > staleBefore);
      const stale = due.filter((r) => r.fire_rounds !== 0 || r.due_at.getTime() <= staleBefore);
      await this.queues.enqueueBulk(
        fireRemindersJob,
        chunks(fresh, this.config.REMINDER_FIRE_BATCH).map((rows) => ({
          payload: { reminderIds: rows.map((r) => r.id) },
          options: { jobId: batchJobId('reminders', rows.map((r) => `${r.id}:${r.due_at.getTime()}`)), backoff },
        })),
      );
      const rounds = await this.nextRounds(stale, now);
      await this.queues.enqueueBulk(
        fireReminderJob,
        rounds.map((r) => ({ payload: { reminderId: r.id }, options: { jobId: reminderJobId(r.id, r.due_at, r.round), backoff } })),
      );
      reminders += fresh.length + rounds.length;
      if (!next) break;
      after = next;
    }
    const pending = await pendingDeliveries(this.pool, now, this.config.DELIVERY_LEASE_SECONDS, batch);
    await this.queues.enqueueBulk(
      deliverNotificationJob,
      pending.map((d) => ({ payload: { deliveryId: d.id }, options: { jobId: deliveryJobId(d.id, d.attempts) } })),
    );
    await recordSweep(this.pool, SWEEP_NAME, now, reminders, Date.now() - started, this.config.REMINDER_SWEEP_EVERY_MS);
    if (reminders || pending.length) this.logger.log({ reminders, deliveries: pending.length }, 'reminders sweep');
    return { reminders, deliveries: pending.length };
  }

  /**
   * The round to enqueue for each due row. A row still pending REMINDER_REQUEUE_AFTER_MS after its due
   * time may have a job that exhausted its attempts (kept in the failed list, and blocking its id):
   * that round is closed and the next one enqueued under a new id, until REMINDER_FIRE_MAX_ROUNDS
   * rounds have failed — then the row is `failed` (logged as an error, counted by /api/health).
   */
  private async nextRounds(due: readonly DueRow[], now: Date): Promise<{ id: string; due_at: Date; round: number }[]> {
    const staleBefore = now.getTime() - this.config.REMINDER_REQUEUE_AFTER_MS;
    const queue = this.queues.queue(fireReminderJob.queue);
    const rounds = await Promise.all(
      due.map(async (r) => {
        const current = { id: r.id, due_at: r.due_at, round: r.fire_rounds };
        if (r.due_at.getTime() > staleBefore || (await queue.getJobState(reminderJobId(r.id, r.due_at, r.fire_rounds))) !== 'failed') return current;
        const closed = await closeFireRound(this.pool, r.id, r.fire_rounds, this.config.REMINDER_FIRE_MAX_ROUNDS, now);
        if (!closed) return null; // fired, skipped or counted by another sweep meanwhile
        const log = { reminderId: r.id, rounds: closed.fire_rounds, attempts: closed.attempts, lastError: closed.outcome };
        if (closed.state === 'failed') {
          this.logger.error(log, 'reminder failed: every round of its fire job exhausted its attempts, left failed');
          return null;
        }
        this.logger.warn(log, 'reminder fire job exhausted its attempts: enqueued again');
        return { id: r.id, due_at: r.due_at, round: closed.fire_rounds };
      }),
    );
    return rounds.filter((r) => r !== null);
  }

  async fireBatch(reminderIds: readonly string[]): Promise<{ fired: number; skipped: number; split?: number; maxLatenessMs?: number }> {
    const now = this.clock.now();
    let fired;
    try {
      fired = await withTransaction(this.pool, async (tx) => {
        const claimed = await lockDueReminders(tx, reminderIds, now);
        const effects = await applyReminders(tx, claimed, now);
        await markFired(tx, new Map([...effects].map(([id, e]) => [id, e.outcome])), now);
        return { claimed, effects };
      });
    } catch (err) {
      // One row's effect failed and rolled the batch back: each row still pending goes its own way,
      // with its own retries, backoff and rounds (the claim keeps every effect once).
      const pending = await pendingReminders(this.pool, reminderIds);
      const backoff = { type: 'exponential', delay: this.config.REMINDER_FIRE_BACKOFF_MS };
      await this.queues.enqueueBulk(
        fireReminderJob,
        pending.map((r) => ({ payload: { reminderId: r.id }, options: { jobId: reminderJobId(r.id, r.due_at, r.fire_rounds), backoff } })),
      );
      this.logger.warn({ reminders: reminderIds.length, split: pending.length, err: err instanceof Error ? err.message : String(err) }, 'reminder batch failed: one job per reminder');
      return { fired: 0, skipped: reminderIds.length - pending.length, split: pending.length };
    }
    const { claimed, effects } = fired;
    const maxLatenessMs = Math.max(0, ...claimed.map((r) => now.getTime() - r.due_at.getTime()));
    const log = { reminders: reminderIds.length, fired: claimed.length, kinds: [...new Set(claimed.map((r) => r.kind))], maxLatenessMs };
    if (maxLatenessMs > LATE_WARNING_MS) this.logger.warn(log, 'reminders fired late');
    else if (claimed.length) this.logger.log(log, 'reminders fired');
    const deliveryIds = [...effects.values()].flatMap((e) => e.emailDeliveryIds);
    // After the commit; if Redis is down now, the next sweep enqueues these e-mails.
    await this.queues
      .enqueueBulk(
        deliverNotificationsJob,
        chunks(deliveryIds, this.config.DELIVERY_BATCH).map((ids) => ({ payload: { deliveryIds: ids }, options: { jobId: batchJobId('deliveries', ids) } })),
      )
      .catch((err: Error) => this.logger.warn({ err: err.message }, 'deliveries left to the next sweep'));
    return { fired: claimed.length, skipped: reminderIds.length - claimed.length, maxLatenessMs };
  }

  async fire(reminderId: string): Promise<{ status: 'done' | 'skipped'; outcome?: string; latenessMs?: number }> {
    const now = this.clock.now();
    let fired;
    try {
      fired = await withTransaction(this.pool, async (tx) => {
        const claimed = await claimReminder(tx, reminderId, now);
        if (!claimed) return undefined;
        const effect = await applyReminder(tx, claimed, now);
        await setOutcome(tx, reminderId, effect.outcome);
        return { claimed, effect };
      });
    } catch (err) {
      await recordFailedAttempt(this.pool, reminderId, err instanceof Error ? err.message : String(err)).catch(() => undefined);
      throw err;
    }
    if (!fired) return { status: 'skipped' };
    const { claimed, effect } = fired;
    const latenessMs = now.getTime() - claimed.due_at.getTime();
    const log = { reminderId, kind: claimed.kind, threshold: claimed.threshold, latenessMs, outcome: effect.outcome };
    if (latenessMs > LATE_WARNING_MS) this.logger.warn(log, 'reminder fired late');
    else this.logger.log(log, 'reminder fired');
    // After the commit; if Redis is down now, the next sweep enqueues these e-mails.
    await this.queues
      .enqueueBulk(deliverNotificationJob, effect.emailDeliveryIds.map((id) => ({ payload: { deliveryId: id }, options: { jobId: deliveryJobId(id, 0) } })))
      .catch((err: Error) => this.logger.warn({ err: err.message }, 'deliveries left to the next sweep'));
    return { status: 'done', outcome: effect.outcome, latenessMs };
  }
}
