// stats.refresh: the dashboard's rollups, refreshed concurrently (the dashboard keeps reading the
// previous rows meanwhile); their freshness goes to sweep_status, read by the indicators and /api/health.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { bindHandler, statsRefreshJob, type HandlerBinding } from '@recours/jobs';
import { refreshStatsRollups } from '@recours/outreach-sql';
import type { Pool } from 'pg';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { PG_POOL } from '../tokens';

@Injectable()
export class StatsRefreshProcessor {
  private readonly logger = new Logger(StatsRefreshProcessor.name);

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  bindings(): HandlerBinding[] {
    return [
      bindHandler(statsRefreshJob, async () => {
        const { refreshedAt, durationMs } = await refreshStatsRollups(this.pool, { everyMs: this.config.STATS_REFRESH_EVERY_MS });
        this.logger.log({ durationMs }, 'dashboard rollups refreshed');
        return { refreshedAt: refreshedAt.toISOString(), durationMs };
      }),
    ];
  }
}
