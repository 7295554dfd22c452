import IORedis, { type Redis } from 'ioredis';

/**
 * BullMQ workers need blocking commands without a per-request retry limit. Reconnection attempts are
 * at most a second apart (ioredis's default grows to 2 s): when Redis comes back, the worker is
 * connected again within a second and re-declares its schedules on `ready`.
 */
export function createWorkerRedis(url: string): Redis {
  return new IORedis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, retryStrategy: (times) => Math.min(times * 100, 1_000) });
}
