// The queue dashboard (bull-board) under /api/admin/queues: admins only, on the API's real Redis with
// this test's own queue prefix — a failed job shows in the failed list, is retried, then removed.
import { JobQueues, heartbeatJob } from '@recours/jobs';
import { Worker } from 'bullmq';
import IORedis from 'ioredis';
import { startTestApp, type TestContext } from '../../../test/test-app';

describe('queue dashboard /api/admin/queues', () => {
  let t: TestContext;
  let redis: IORedis;
  let queues: JobQueues;

  beforeAll(async () => {
    t = await startTestApp();
    redis = new IORedis(t.config.redisUrl, { maxRetriesPerRequest: null });
    queues = new JobQueues(redis, t.config.queuePrefix);
  });
  afterAll(async () => {
    await queues.close();
    const keys = await redis.keys(`${t.config.queuePrefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await t.close();
  });

  it('answers 401 without a session and 403 to anyone but an admin, page and API alike', async () => {
    expect((await t.request('GET', '/api/admin/queues')).statusCode).toBe(401);
    expect((await t.request('GET', '/api/admin/queues/api/queues')).statusCode).toBe(401);
    for (const who of ['manager', 'sw', 'partner'] as const) {
      const cookie = await t.login(t.fx.users[who].email);
      expect((await t.request('GET', '/api/admin/queues', { cookie })).statusCode).toBe(403);
      expect((await t.request('GET', '/api/admin/queues/api/queues', { cookie })).statusCode).toBe(403);
      expect((await t.request('PUT', '/api/admin/queues/api/queues/system/retry/failed', { cookie })).statusCode).toBe(403);
    }
  });

  it('shows an admin every queue and its failed job, which the admin retries then removes', async () => {
    const cookie = await t.login(t.fx.users.admin.email);
    const page = await t.request('GET', '/api/admin/queues', { cookie });
    expect(page.statusCode).toBe(200);
    expect(page.raw.toString()).toContain('Recours — files de traitement');

    // No worker runs in this test: take the job and fail it the way a worker whose e-mail failed would.
    await queues.enqueue(heartbeatJob, { source: 'cli' }, { jobId: 'dashboard-test', attempts: 1 });
    const q = queues.queue('system');
    const worker = new Worker('system', null, { connection: redis, prefix: t.config.queuePrefix, autorun: false });
    const taken = await worker.getNextJob('test-token');
    await taken?.moveToFailed(new Error('SMTP indisponible'), 'test-token', false);
    await worker.close();
    expect(await q.getJobState('dashboard-test')).toBe('failed');

    const list = await t.request('GET', '/api/admin/queues/api/queues?activeQueue=system&status=failed&page=1', { cookie });
    expect(list.statusCode).toBe(200);
    expect(list.body.queues.map((x: { name: string }) => x.name).sort()).toEqual(['campaigns', 'detection', 'imports', 'notifications', 'reminders', 'system']);
    const system = list.body.queues.find((x: { name: string }) => x.name === 'system');
    expect(system.counts.failed).toBe(1);
    expect(system.jobs.map((j: { id: string; failedReason: string }) => [j.id, j.failedReason])).toEqual([['dashboard-test', 'SMTP indisponible']]);

    // The dashboard's own writes are bodyless (no Content-Type): accepted for the admin.
    const retried = await t.app.inject({ method: 'PUT', url: '/api/admin/queues/api/queues/system/dashboard-test/retry', headers: { cookie } });
    expect(retried.statusCode).toBe(204);
    expect(await q.getJobState('dashboard-test')).toBe('waiting');

    const removed = await t.app.inject({ method: 'PUT', url: '/api/admin/queues/api/queues/system/dashboard-test/clean', headers: { cookie } });
    expect(removed.statusCode).toBe(204);
    expect(await q.getJob('dashboard-test')).toBeUndefined();
  });
});
