// One worker per test file: a clone of the migrated template, its own BullMQ prefix, the real
// WorkerModule (NestJS standalone) processing jobs from real Redis.
import { Test } from '@nestjs/testing';
import { JobQueues, type JobDefinition, type JobPayload, type QueueName } from '@recours/jobs';
import { cloneTestDatabase, dropDatabase } from '@recours/testing';
import { QueueEvents, type JobsOptions } from 'bullmq';
import IORedis from 'ioredis';
import { Pool } from 'pg';
import type { INestApplicationContext } from '@nestjs/common';
import type { MailConfig } from '@recours/mail';
import { loadWorkerConfig } from '../src/config/worker-config';
import type { Clock } from '../src/tokens';
import { WorkerModule } from '../src/worker.module';

export interface WorkerHarness {
  pool: Pool;
  queues: JobQueues;
  prefix: string;
  databaseUrl: string;
  redis: IORedis;
  app: INestApplicationContext;
  /** Enqueues a job and waits for its result (rejects with the job's error when it fails). */
  run<TJob extends JobDefinition>(job: TJob, payload: JobPayload<TJob>, options?: JobsOptions): Promise<unknown>;
  events(queue: QueueName): Promise<QueueEvents>;
  close(): Promise<void>;
}

/** `env.DATABASE_URL` / `env.REDIS_URL`: a database or Redis of the test's own (it drops that database itself). */
export async function startWorker(env: Record<string, string> = {}, overrides: { clock?: Clock; mail?: MailConfig } = {}): Promise<WorkerHarness> {
  const ownDatabase = env.DATABASE_URL === undefined;
  const databaseUrl = env.DATABASE_URL ?? (await cloneTestDatabase());
  const prefix = `test-worker-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const redisUrl = env.REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const config = loadWorkerConfig({
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    HEARTBEAT_EVERY_MS: '3600000',
    DETECTION_SWEEP_EVERY_MS: '3600000',
    SWEEPS_ON_START: 'false',
    CAMPAIGN_SWEEP_EVERY_MS: '3600000',
    REMINDER_SWEEP_EVERY_MS: '3600000',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.register(config, { mail: { smtpUrl: undefined, from: 'Recours <test@recours.test>', publicAdminUrl: 'http://admin.test' }, ...overrides })] }).compile();
  const app: INestApplicationContext = await moduleRef.init();
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  const queues = new JobQueues(redis, prefix);
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  // The test's own pool: a connection the server ends while it is idle (the database dropped as the pool
  // closes) must not fail the test file with an unhandled 'error' event.
  pool.on('error', () => undefined);
  const events = new Map<QueueName, { qe: QueueEvents; conn: IORedis }>();
  const eventsOf = async (queue: QueueName) => {
    let e = events.get(queue);
    if (!e) {
      const conn = redis.duplicate();
      e = { qe: new QueueEvents(queue, { connection: conn, prefix }), conn };
      events.set(queue, e);
      await e.qe.waitUntilReady();
    }
    return e.qe;
  };
  return {
    pool,
    queues,
    prefix,
    databaseUrl,
    redis,
    app,
    events: eventsOf,
    async run(job, payload, options) {
      const qe = await eventsOf(job.queue);
      const added = await queues.enqueue(job, payload, options);
      return added.waitUntilFinished(qe, 20_000);
    },
    async close() {
      await app.close();
      for (const { qe, conn } of events.values()) {
        await qe.close();
        conn.disconnect();
      }
      await queues.close();
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      await pool.end();
      if (ownDatabase) await dropDatabase(databaseUrl);
    },
  };
}
