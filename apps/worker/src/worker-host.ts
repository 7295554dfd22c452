import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Pool } from 'pg';
import { createJobWorker, type HandlerBinding, type JobQueues, type QueueName } from '@recours/jobs';
import { CampaignLaunchProcessor } from './campaigns/campaign-launch.processor';
import { WORKER_CONFIG, type WorkerConfig } from './config/worker-config';
import { DetectionProcessor } from './detection/detection.processor';
import { ImportsProcessor } from './imports/imports.processor';
import { SystemProcessor } from './processors/system.processor';
import { StatsRefreshProcessor } from './stats/stats-refresh.processor';
import { DeliveryProcessor } from './reminders/delivery.processor';
import { RemindersProcessor } from './reminders/reminders.processor';
import { JOB_QUEUES, PG_POOL, WORKER_REDIS } from './tokens';

/** Starts one BullMQ worker per queue that has handlers (the periodic schedules: `JobSchedules`). */
@Injectable()
export class WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerHost.name);
  private workers: Worker[] = [];

  constructor(
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(WORKER_REDIS) private readonly redis: Redis,
    @Inject(JOB_QUEUES) private readonly queues: JobQueues,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly system: SystemProcessor,
    private readonly detection: DetectionProcessor,
    private readonly campaigns: CampaignLaunchProcessor,
    private readonly reminders: RemindersProcessor,
    private readonly deliveries: DeliveryProcessor,
    private readonly imports: ImportsProcessor,
    private readonly stats: StatsRefreshProcessor,
  ) {}

  async onApplicationBootstrap() {
    const byQueue = new Map<QueueName, HandlerBinding[]>();
    for (const binding of [...this.system.bindings(), ...this.detection.bindings(), ...this.campaigns.bindings(), ...this.reminders.bindings(), ...this.deliveries.bindings(), ...this.imports.bindings(), ...this.stats.bindings()]) {
      byQueue.set(binding.job.queue, [...(byQueue.get(binding.job.queue) ?? []), binding]);
    }
    for (const [queue, bindings] of byQueue) {
      const worker = createJobWorker(queue, bindings, {
        connection: this.redis,
        prefix: this.config.QUEUE_PREFIX,
        concurrency: this.config.WORKER_CONCURRENCY,
        lockDurationMs: this.config.JOB_LOCK_MS,
      });
      worker.on('failed', (job, err) =>
        this.logger.warn({ queue, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'job failed'),
      );
      // Redis errors (a connection lost, a job's keys gone with a flush): logged, the worker carries on.
      worker.on('error', (err) => this.logger.warn({ queue, err: err.message }, 'queue worker error'));
      this.workers.push(worker);
    }
    this.logger.log({ queues: [...byQueue.keys()] }, 'worker started');
  }

  async onApplicationShutdown() {
    await Promise.all(this.workers.map((w) => w.close()));
    await this.queues.close();
    this.redis.disconnect();
    await this.pool.end();
  }
}
