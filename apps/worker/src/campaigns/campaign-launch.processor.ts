import { Inject, Injectable } from '@nestjs/common';
import { bindHandler, campaignsSweepJob, type HandlerBinding, type JobQueues } from '@recours/jobs';
import type { Pool } from 'pg';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { JOB_QUEUES, PG_POOL } from '../tokens';
import { recorded } from '../schedules/sweep-status.repository';
import { CampaignLauncher, launchBinding } from './campaign-launcher';
import { sweepCampaigns } from './campaign-sweep';

@Injectable()
export class CampaignLaunchProcessor {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
    @Inject(JOB_QUEUES) private readonly queues: JobQueues,
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
      bindHandler(campaignsSweepJob, async () =>
        recorded(this.pool, 'campaigns', this.config.CAMPAIGN_SWEEP_EVERY_MS, (r) => r.enqueued, () => sweepCampaigns(this.pool, this.queues)),
      ),
    ];
  }
}
