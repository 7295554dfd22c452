import { Inject, Injectable } from '@nestjs/common';
import { bindHandler, launchCampaignJob, type HandlerBinding } from '@recours/jobs';
import type { Job } from 'bullmq';
import type { Pool } from 'pg';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { PG_POOL } from '../tokens';
import { CampaignLauncher } from './campaign-launcher';

/** Whether this run is the job's last attempt (BullMQ counts attemptsMade before the run ends). */
export function isLastAttempt(job: Pick<Job, 'attemptsMade' | 'opts'>): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** campaigns.launch: creates one contact task per cohort household; `echec` after the last failed attempt. */
export function launchBinding(launcher: (job: Job) => CampaignLauncher): HandlerBinding {
  return bindHandler(launchCampaignJob, async ({ campaignId }, job) => {
    try {
      return await launcher(job).launch(campaignId);
    } catch (err) {
      if (isLastAttempt(job)) await launcher(job).markFailed(campaignId, err instanceof Error ? err.message : String(err));
      throw err;
    }
  });
}

@Injectable()
export class CampaignLaunchProcessor {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  bindings(): HandlerBinding[] {
    return [
      launchBinding(
        (job) =>
          new CampaignLauncher(this.pool, {
            chunkSize: this.config.CAMPAIGN_CHUNK_SIZE,
            onProgress: async ({ tasksCreated, target }) => job.updateProgress(target > 0 ? Math.round((100 * tasksCreated) / target) : 100),
          }),
      ),
    ];
  }
}
