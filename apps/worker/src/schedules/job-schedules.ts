import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import {
  campaignsSweepJob,
  detectionSweepJob,
  heartbeatJob,
  importsSweepJob,
  notificationsDigestJob,
  remindersSweepJob,
  statsRefreshJob,
  type JobDefinition,
  type JobQueues,
} from '@recours/jobs';
import type { RepeatOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { JOB_QUEUES, WORKER_REDIS } from '../tokens';

type Schedule = { job: JobDefinition; repeat: Omit<RepeatOptions, 'key'>; catchUp: boolean };

/**
 * Every periodic job of the worker is a BullMQ job scheduler, and they live in Redis: a Redis that
 * restarts empty or is flushed loses them all. So they are declared at start, again on every Redis
 * `ready` (a reconnection), and whenever the watchdog finds one missing (a flush without
 * disconnection). Upserting is idempotent: redeclaring never doubles a schedule. After a loss, the
 * catch-up sweeps run at once (with SWEEPS_ON_START), so what was edited or launched while Redis was
 * away is picked up without waiting for a full period.
 */
@Injectable()
export class JobSchedules implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobSchedules.name);
  private watchdog?: NodeJS.Timeout;
  private stopped = false;
  private readonly onReady = () => void this.declare('redis ready');

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(WORKER_REDIS) private readonly redis: Redis,
    @Inject(JOB_QUEUES) private readonly queues: JobQueues,
  ) {}

  /** The periodic sweeps start one period from now; the start-up (and catch-up) run is explicit. */
  schedules(now = Date.now()): Schedule[] {
    const c = this.config;
    const sweep = (job: JobDefinition, every: number): Schedule => ({ job, repeat: { every, startDate: now + every }, catchUp: true });
    return [
      { job: heartbeatJob, repeat: { every: c.HEARTBEAT_EVERY_MS }, catchUp: false },
      sweep(detectionSweepJob, c.DETECTION_SWEEP_EVERY_MS),
      sweep(campaignsSweepJob, c.CAMPAIGN_SWEEP_EVERY_MS),
      sweep(importsSweepJob, c.IMPORT_SWEEP_EVERY_MS),
      sweep(statsRefreshJob, c.STATS_REFRESH_EVERY_MS),
      { job: remindersSweepJob, repeat: { every: c.REMINDER_SWEEP_EVERY_MS }, catchUp: false },
      { job: notificationsDigestJob, repeat: { pattern: c.DIGEST_CRON, tz: 'Europe/Paris' }, catchUp: false },
    ];
  }

  async onApplicationBootstrap() {
    await this.declare('start');
    this.redis.on('ready', this.onReady);
    this.watchdog = setInterval(() => void this.check(), this.config.SCHEDULER_WATCHDOG_MS);
  }

  /** Before the worker host closes the queues and the connection: no declaration may reopen a queue then. */
  beforeApplicationShutdown() {
    this.stopped = true;
    clearInterval(this.watchdog);
    this.redis.off('ready', this.onReady);
  }

  async declare(why: 'start' | 'redis ready' | 'scheduler missing'): Promise<boolean> {
    if (this.stopped) return false;
    try {
      const schedules = this.schedules();
      for (const { job, repeat } of schedules) {
        const payload = job === heartbeatJob ? { source: 'scheduler' } : {};
        await this.queues.queue(job.queue).upsertJobScheduler(job.name, repeat, { name: job.name, data: { version: job.version, payload } });
      }
      if (this.config.SWEEPS_ON_START) {
        // Households changed or launches enqueued while the worker (or Redis) was down, or a new ruleset.
        const stamp = Date.now();
        for (const { job } of schedules.filter((s) => s.catchUp)) await this.queues.enqueue(job, {}, { jobId: `${job.name.replace('.', '-')}-${why.replace(' ', '-')}-${stamp}` });
      }
      if (why !== 'start') this.logger.warn({ why }, 'job schedulers re-declared');
      return true;
    } catch (err) {
      this.logger.error({ why, err: err instanceof Error ? err.message : String(err) }, 'job schedulers not declared (the watchdog retries)');
      return false;
    }
  }

  /** The watchdog: any schedule missing → all declared again. */
  async check(): Promise<void> {
    if (this.stopped) return;
    try {
      for (const { job } of this.schedules()) {
        if (!(await this.queues.queue(job.queue).getJobScheduler(job.name))) {
          await this.declare('scheduler missing');
          return;
        }
      }
    } catch (err) {
      this.logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'scheduler watchdog: Redis unreachable');
    }
  }
}
