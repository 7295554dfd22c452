import IORedis from 'ioredis';
import { QueueEvents, type Job } from 'bullmq';
import { z } from 'zod/v4';
import { bindHandler, createJobWorker, defineJob, JobQueues } from './index';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `test-jobs-${process.pid}-${Date.now()}`;
const flaky = defineJob({ queue: 'system', name: 'test.flaky', version: 1, payload: z.object({ id: z.string() }) });

describe('typed jobs on real Redis', () => {
  const redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  const queues = new JobQueues(redis, prefix);
  const eventsConnection = redis.duplicate();
  const events = new QueueEvents('system', { connection: eventsConnection, prefix });

  afterAll(async () => {
    await queues.close();
    await events.close();
    eventsConnection.disconnect();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('rejects an invalid payload before it reaches Redis', async () => {
    await expect(queues.enqueue(flaky, { id: 42 } as never)).rejects.toThrow(/id: Invalid input: expected string/);
  });

  it('retries a failing job with backoff until it succeeds', async () => {
    const calls: number[] = [];
    const worker = createJobWorker(
      'system',
      [bindHandler(flaky, async (_payload, job: Job) => {
        calls.push(job.attemptsMade);
        if (calls.length < 3) throw new Error('transient');
        return 'ok';
      })],
      { connection: redis, prefix },
    );
    await events.waitUntilReady();
    const job = await queues.enqueue(flaky, { id: 'a' }, { attempts: 5, backoff: { type: 'fixed', delay: 20 } });
    await expect(job.waitUntilFinished(events, 10_000)).resolves.toBe('ok');
    expect(calls).toEqual([0, 1, 2]);
    await worker.close();
  });

  it('keeps a job with no handler in the failed list instead of dropping it', async () => {
    const worker = createJobWorker('system', [], { connection: redis, prefix });
    const job = await queues.enqueue(flaky, { id: 'b' }, { attempts: 2, backoff: { type: 'fixed', delay: 10 } });
    await expect(job.waitUntilFinished(events, 10_000)).rejects.toThrow(/No handler for job test.flaky v1/);
    const failed = await queues.queue('system').getFailed();
    expect(failed.map((j) => j.id)).toContain(job.id);
    expect(failed.find((j) => j.id === job.id)?.attemptsMade).toBe(2);
    await worker.close();
  });
});
