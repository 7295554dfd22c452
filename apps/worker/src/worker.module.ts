import { Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { JobQueues } from '@recours/jobs';
import type { Redis } from 'ioredis';
import { CampaignLaunchProcessor } from './campaigns/campaign-launch.processor';
import { WORKER_CONFIG, type WorkerConfig } from './config/worker-config';
import { createWorkerPool } from './database';
import { DetectionProcessor } from './detection/detection.processor';
import { ImportsProcessor } from './imports/imports.processor';
import { SystemProcessor } from './processors/system.processor';
import { ReferralExpiryProcessor } from './referrals/referral-expiry';
import { createWorkerRedis } from './redis-connection';
import { JOB_QUEUES, PG_POOL, WORKER_REDIS } from './tokens';
import { WorkerHost } from './worker-host';

@Module({})
export class WorkerModule {
  static register(config: WorkerConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL } })],
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        { provide: WORKER_REDIS, useFactory: () => createWorkerRedis(config.REDIS_URL) },
        { provide: PG_POOL, useFactory: () => createWorkerPool(config.DATABASE_URL, config.DATABASE_POOL_SIZE) },
        {
          provide: JOB_QUEUES,
          useFactory: (redis: Redis) => new JobQueues(redis, config.QUEUE_PREFIX),
          inject: [WORKER_REDIS],
        },
        SystemProcessor,
        DetectionProcessor,
        CampaignLaunchProcessor,
        ReferralExpiryProcessor,
        ImportsProcessor,
        WorkerHost,
      ],
    };
  }
}
