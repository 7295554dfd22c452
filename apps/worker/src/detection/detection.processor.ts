import { Inject, Injectable, Logger } from '@nestjs/common';
import { DetectionService } from '@recours/detection';
import { bindHandler, detectHouseholdJob, detectionSweepJob, type HandlerBinding, type JobQueues } from '@recours/jobs';
import type { Pool } from 'pg';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { JOB_QUEUES, PG_POOL } from '../tokens';
import { recorded } from '../schedules/sweep-status.repository';
import { sweepDetections } from './detection-sweep';

/**
 * detection.household: runs the engine on one household and upserts its detected rights (the
 * service locks the household row, so two jobs for one household queue up; running it twice
 * leaves one open right per benefit). detection.sweep: re-enqueues stale households.
 */
@Injectable()
export class DetectionProcessor {
  private readonly logger = new Logger(DetectionProcessor.name);
  readonly service: DetectionService;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(JOB_QUEUES) private readonly queues: JobQueues,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {
    this.service = new DetectionService(pool);
  }

  bindings(): HandlerBinding[] {
    return [
      bindHandler(detectHouseholdJob, async ({ householdId }) => {
        const r = await this.service.detectHousehold(householdId);
        // Ids and counts only: the return value is kept in Redis.
        return r.status === 'done'
          ? { status: r.status, period: r.period, created: r.created.length, refreshed: r.refreshed, proposals: r.proposals }
          : { status: r.status };
      }),
      bindHandler(detectionSweepJob, async () => {
        const r = await recorded(this.pool, 'detection', this.config.DETECTION_SWEEP_EVERY_MS, (x) => x.enqueued, () =>
          sweepDetections(this.pool, this.queues, this.service.fingerprint, this.config.DETECTION_SWEEP_BATCH),
        );
        if (r.enqueued > 0) this.logger.log({ enqueued: r.enqueued, fingerprint: this.service.fingerprint.slice(0, 12) }, 'detection sweep');
        return r;
      }),
    ];
  }
}
