import { Test } from '@nestjs/testing';
import IORedis from 'ioredis';
import { QueueEvents } from 'bullmq';
import { heartbeatJob, JobQueues } from '@recours/jobs';
import { cloneTestDatabase, dropDatabase } from '@recours/testing';
import { loadWorkerConfig } from '../config/worker-config';
import { WorkerModule } from '../worker.module';
import { heartbeatKey } from './system.processor';

const prefix = `test-worker-${process.pid}-${Date.now()}`;

describe('worker heartbeat through real Redis', () => {
  const redis = new IORedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('processes a heartbeat enqueued by a producer, and running it twice leaves one stamp', async () => {
    // The worker also opens the database: give it a scratch copy, never the development database.
    const databaseUrl = await cloneTestDatabase();
    const config = loadWorkerConfig({
      QUEUE_PREFIX: prefix, HEARTBEAT_EVERY_MS: '3600000', LOG_LEVEL: 'warn', DATABASE_URL: databaseUrl, SWEEPS_ON_START: 'false',
    });
    const moduleRef = await Test.createTestingModule({ imports: [WorkerModule.register(config)] }).compile();
    const app = await moduleRef.init();

    const producer = new JobQueues(redis, prefix);
    const eventsConnection = redis.duplicate();
    const events = new QueueEvents('system', { connection: eventsConnection, prefix });
    await events.waitUntilReady();
    for (let i = 0; i < 2; i++) {
      const job = await producer.enqueue(heartbeatJob, { source: 'cli' });
      await job.waitUntilFinished(events, 10_000);
    }
    const stamp = await redis.hgetall(heartbeatKey(prefix));
    expect(stamp.source).toBe('cli');
    expect(Date.now() - Date.parse(stamp.at)).toBeLessThan(10_000);

    await events.close();
    eventsConnection.disconnect();
    await producer.close();
    await app.close();
    await dropDatabase(databaseUrl);
  });

  it('refuses to boot with a clear message when REDIS_URL or DATABASE_URL is not a URL', () => {
    expect(() => loadWorkerConfig({ REDIS_URL: 'localhost' })).toThrow(/REDIS_URL: must be a redis:\/\/ URL/);
    expect(() => loadWorkerConfig({ DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL: must start with postgres:\/\//);
    expect(loadWorkerConfig({}).DATABASE_URL).toBe('postgres://root@127.0.0.1:5432/recours');
  });
});
