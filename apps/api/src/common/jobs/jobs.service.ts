import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { detectHouseholdJob, JobQueues, launchCampaignJob, type DetectionReason, type JobDefinition, type JobPayload } from '@recours/jobs';
import type { JobsOptions } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../../config/config';

const ENQUEUE_TIMEOUT_MS = 1000;
/** After a failure, skip Redis for this long: each write would otherwise wait for the timeout. */
const BACKOFF_MS = 30_000;

/**
 * Producer side of the job queues, for the API. PostgreSQL holds the truth (the row records that work
 * is due, e.g. `household.detection_requested_at`); Redis only speeds it up. So an enqueue never fails
 * a request: when Redis is down it logs, answers false, and the worker's sweep picks the work up.
 * Call it after the transaction commits, so the worker never reads a row that is not there yet.
 */
@Injectable()
export class JobsService implements OnModuleDestroy {
  private readonly logger = new Logger(JobsService.name);
  private readonly queues: JobQueues;
  private downUntil = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const url = new URL(config.redisUrl);
    this.queues = new JobQueues(
      {
        host: url.hostname,
        port: Number(url.port || 6379),
        username: url.username || undefined,
        password: url.password ? decodeURIComponent(url.password) : undefined,
        db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : undefined,
        tls: url.protocol === 'rediss:' ? {} : undefined,
        // Fail fast instead of queueing commands while Redis is away.
        enableOfflineQueue: false,
        connectTimeout: 1000,
        maxRetriesPerRequest: 1,
        retryStrategy: (times: number) => Math.min(times * 1000, 10_000),
      },
      config.queuePrefix,
      (queue, err) => this.logger.warn({ queue, err: err.message }, 'queue connection error'),
    );
  }

  async enqueue<TJob extends JobDefinition>(job: TJob, payload: JobPayload<TJob>, options: JobsOptions = {}): Promise<boolean> {
    if (Date.now() < this.downUntil) return false;
    let timer: NodeJS.Timeout | undefined;
    try {
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`pas de réponse en ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
      });
      await Promise.race([this.queues.enqueue(job, payload, options), deadline]);
      return true;
    } catch (err) {
      this.downUntil = Date.now() + BACKOFF_MS;
      this.logger.warn(`File ${job.queue} indisponible (${job.name}), reprise par le balayage : ${(err as Error).message}`);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Ids only in Redis; the handler is idempotent, so a duplicate is harmless. */
  detectHousehold(householdId: string, reason: DetectionReason): Promise<boolean> {
    return this.enqueue(detectHouseholdJob, { householdId, reason }, { jobId: `detect-${householdId}-${Date.now()}` });
  }

  launchCampaign(campaignId: string): Promise<boolean> {
    return this.enqueue(launchCampaignJob, { campaignId }, { jobId: `campaign-launch-${campaignId}` });
  }

  async onModuleDestroy(): Promise<void> {
    await this.queues.close().catch(() => undefined);
  }
}
