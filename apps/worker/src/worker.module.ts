import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { JobQueues } from '@recours/jobs';
import { createMailer, loadMailConfig, type MailConfig } from '@recours/mail';
import type { Redis } from 'ioredis';
import { CampaignLaunchProcessor } from './campaigns/campaign-launch.processor';
import { WORKER_CONFIG, type WorkerConfig } from './config/worker-config';
import { createWorkerPool } from './database';
import { DetectionProcessor } from './detection/detection.processor';
import { ImportsProcessor } from './imports/imports.processor';
import { SystemProcessor } from './processors/system.processor';
import { createWorkerRedis } from './redis-connection';
import { DeliveryProcessor } from './reminders/delivery.processor';
import { RemindersProcessor } from './reminders/reminders.processor';
import { JobSchedules } from './schedules/job-schedules';
import { StatsRefreshProcessor } from './stats/stats-refresh.processor';
import { CLOCK, JOB_QUEUES, MAIL_CONFIG, MAILER, PG_POOL, systemClock, WORKER_REDIS, type Clock } from './tokens';
import { WorkerHost } from './worker-host';

const queuesLogger = new Logger('JobQueues');

@Module({})
export class WorkerModule {
  /** `overrides`: a test's controllable clock and its in-process SMTP server. */
  static register(config: WorkerConfig, overrides: { clock?: Clock; mail?: MailConfig } = {}): DynamicModule {
    const mail = overrides.mail ?? loadMailConfig();
    return {
      module: WorkerModule,
      imports: [LoggerModule.forRoot({ pinoHttp: { level: config.LOG_LEVEL } })],
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        { provide: WORKER_REDIS, useFactory: () => createWorkerRedis(config.REDIS_URL) },
        { provide: PG_POOL, useFactory: () => createWorkerPool(config.DATABASE_URL, config.DATABASE_POOL_SIZE) },
        {
          provide: JOB_QUEUES,
          useFactory: (redis: Redis) =>
            new JobQueues(redis, config.QUEUE_PREFIX, (queue, err) => queuesLogger.warn({ queue, err: err.message }, 'queue connection error')),
          inject: [WORKER_REDIS],
        },
        SystemProcessor,
        DetectionProcessor,
        CampaignLaunchProcessor,
        { provide: CLOCK, useValue: overrides.clock ?? systemClock },
        { provide: MAIL_CONFIG, useValue: mail },
        { provide: MAILER, useFactory: () => createMailer(mail) },
        RemindersProcessor,
        DeliveryProcessor,
        JobSchedules,
        ImportsProcessor,
        StatsRefreshProcessor,
        WorkerHost,
      ],
    };
  }
}
