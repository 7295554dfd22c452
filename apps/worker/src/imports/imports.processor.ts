// Partner imports in the worker: imports.process reads and writes a file's rows, imports.detect
// screens the households it wrote, imports.sweep re-enqueues imports whose job was lost.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { currentParisPeriod, rulesetFingerprint } from '@recours/detection';
import { parisToday } from '@recours/domain';
import { detectImport, processImport } from '@recours/imports';
import { bindHandler, detectImportJob, importsSweepJob, processImportJob, type HandlerBinding, type JobQueues } from '@recours/jobs';
import type { Pool } from 'pg';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { JOB_QUEUES, PG_POOL } from '../tokens';
import { recorded } from '../schedules/sweep-status.repository';
import { unfinishedImports } from './imports.repository';

@Injectable()
export class ImportsProcessor {
  private readonly logger = new Logger(ImportsProcessor.name);
  private readonly fingerprint = rulesetFingerprint();

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(JOB_QUEUES) private readonly queues: JobQueues,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  bindings(): HandlerBinding[] {
    return [
      bindHandler(processImportJob, async ({ importId }) => {
        const outcome = await processImport(this.pool, importId, { maxRows: this.config.IMPORT_MAX_ROWS, today: parisToday() });
        this.logger.log({ importId, status: outcome.status }, 'import processed');
        if (outcome.status === 'detection') await this.enqueueDetection(importId);
        return outcome.status === 'echec' ? { status: outcome.status } : outcome;
      }),
      bindHandler(detectImportJob, async ({ importId }) => {
        const outcome = await detectImport(this.pool, importId, {
          batchSize: this.config.IMPORT_DETECT_BATCH,
          fingerprint: this.fingerprint,
          period: currentParisPeriod(),
          today: parisToday(),
        });
        this.logger.log({ importId, ...outcome }, 'import screened');
        return outcome;
      }),
      bindHandler(importsSweepJob, async () =>
        recorded(this.pool, 'imports', this.config.IMPORT_SWEEP_EVERY_MS, (r) => r.enqueued, async () => {
          const due = await unfinishedImports(this.pool, 100);
          for (const { id, status } of due) {
            if (status === 'detection') await this.enqueueDetection(id);
            else await this.queues.enqueue(processImportJob, { importId: id }, { jobId: `import-process-${id}` });
          }
          return { enqueued: due.length };
        }),
      ),
    ];
  }

  private enqueueDetection(importId: string) {
    return this.queues.enqueue(detectImportJob, { importId }, { jobId: `import-detect-${importId}` });
  }
}
