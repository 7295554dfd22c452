import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Pool } from 'pg';
import {
  campaignsSweepJob,
  createJobWorker,
  detectionSweepJob,
  heartbeatJob,
  importsSweepJob,
  type HandlerBinding,
  type JobQueues,
  type QueueName,
} from '@recours/jobs';
import { CampaignLaunchProcessor } from './campaigns/campaign-launch.processor';
import { WORKER_CONFIG, type WorkerConfig } from './config/worker-config';
import { DetectionProcessor } from './detection/detection.processor';
import { ImportsProcessor } from './imports/imports.processor';
import { SystemProcessor } from './processors/system.processor';
import { DeliveryProcessor } from './reminders/delivery.processor';
import { RemindersProcessor } from './reminders/reminders.processor';
import { JOB_QUEUES, PG_POOL, WORKER_REDIS } from './tokens';

/** Starts one BullMQ worker per queue that has handlers, and the periodic schedules. */
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
  ) {}

  async onApplicationBootstrap() {
    const byQueue = new Map<QueueName, HandlerBinding[]>();
    for (const binding of [...this.system.bindings(), ...this.detection.bindings(), ...this.campaigns.bindings(), ...this.reminders.bindings(), ...this.deliveries.bindings(), ...this.imports.bindings()]) {
      byQueue.set(binding.job.queue, [...(byQueue.get(binding.job.queue) ?? []), binding]);
    }
    for (const [queue, bindings] of byQueue) {
      const worker = createJobWorker(queue, bindings, {
        connection: this.redis,
        prefix: this.config.QUEUE_PREFIX,
        concurrency: this.config.WORKER_CONCURRENCY,
      });
      worker.on('failed', (job, err) =>
        this.logger.warn({ queue, job: job?.name, jobId: job?.id, attempts: job?.attemptsMade, err: err.message }, 'job failed'),
      );
      this.workers.push(worker);
    }
    await this.queues.queue(heartbeatJob.queue).upsertJobScheduler(
      heartbeatJob.name,
      { every: this.config.HEARTBEAT_EVERY_MS },
      { name: heartbeatJob.name, data: { version: heartbeatJob.version, payload: { source: 'scheduler' } } },
    );
    // Periodic sweeps start one period from now; the start-up run is explicit (SWEEPS_ON_START).
    const sweeps = [
      [detectionSweepJob, this.config.DETECTION_SWEEP_EVERY_MS],
      [campaignsSweepJob, this.config.CAMPAIGN_SWEEP_EVERY_MS],
      [importsSweepJob, this.config.IMPORT_SWEEP_EVERY_MS],
    ] as const;
    for (const [job, every] of sweeps) {
      await this.queues.queue(job.queue).upsertJobScheduler(
        job.name,
        { every, startDate: Date.now() + every },
        { name: job.name, data: { version: job.version, payload: {} } },
      );
    }
    // At start-up: households changed or launches enqueued while the worker (or Redis) was down, or a new ruleset.
    if (this.config.SWEEPS_ON_START) {
      const stamp = Date.now();
      await this.queues.enqueue(detectionSweepJob, {}, { jobId: `detection-sweep-start-${stamp}` });
      await this.queues.enqueue(campaignsSweepJob, {}, { jobId: `campaigns-sweep-start-${stamp}` });
      await this.queues.enqueue(importsSweepJob, {}, { jobId: `imports-sweep-start-${stamp}` });
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
