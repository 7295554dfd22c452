import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { notificationsDigestJob, remindersSweepJob, type JobQueues } from '@recours/jobs';
import type { Redis } from 'ioredis';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { JOB_QUEUES, WORKER_REDIS } from '../tokens';

/**
 * Declares the reminder sweep (every minute) and the daily digest (8:00 Paris) as BullMQ job
 * schedulers, and keeps them declared: again on every Redis `ready` (a restart), and whenever the
 * watchdog finds one missing (a flush). Upserting is idempotent, so redeclaring never doubles them.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderScheduler.name);
  private watchdog?: NodeJS.Timeout;
  private readonly onReady = () => void this.declare('redis ready');

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(WORKER_REDIS) private readonly redis: Redis,
    @Inject(JOB_QUEUES) private readonly queues: JobQueues,
  ) {}

  async onApplicationBootstrap() {
    await this.declare('start');
    this.redis.on('ready', this.onReady);
    this.watchdog = setInterval(() => void this.check(), this.config.SCHEDULER_WATCHDOG_MS);
  }

  onApplicationShutdown() {
    clearInterval(this.watchdog);
    this.redis.off('ready', this.onReady);
  }

  async declare(why: string): Promise<void> {
    try {
      await this.queues.queue(remindersSweepJob.queue).upsertJobScheduler(
        remindersSweepJob.name,
        { every: this.config.REMINDER_SWEEP_EVERY_MS },
        { name: remindersSweepJob.name, data: { version: remindersSweepJob.version, payload: {} } },
      );
      await this.queues.queue(notificationsDigestJob.queue).upsertJobScheduler(
        notificationsDigestJob.name,
        { pattern: this.config.DIGEST_CRON, tz: 'Europe/Paris' },
        { name: notificationsDigestJob.name, data: { version: notificationsDigestJob.version, payload: {} } },
      );
      if (why !== 'start') this.logger.warn({ why }, 'reminder schedulers re-declared');
    } catch (err) {
      this.logger.error({ why, err: err instanceof Error ? err.message : String(err) }, 'reminder schedulers not declared (next check retries)');
    }
  }

  async check(): Promise<void> {
    try {
      const sweep = await this.queues.queue(remindersSweepJob.queue).getJobScheduler(remindersSweepJob.name);
      const digest = await this.queues.queue(notificationsDigestJob.queue).getJobScheduler(notificationsDigestJob.name);
      if (!sweep || !digest) await this.declare('scheduler missing');
    } catch (err) {
      this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'scheduler watchdog: Redis unreachable');
    }
  }
}
