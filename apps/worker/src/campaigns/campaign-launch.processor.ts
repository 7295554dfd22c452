import { Inject, Injectable } from '@nestjs/common';
import type { HandlerBinding } from '@recours/jobs';
import type { Pool } from 'pg';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { PG_POOL } from '../tokens';
import { CampaignLauncher, launchBinding } from './campaign-launcher';

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
