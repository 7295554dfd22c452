import IORedis, { type Redis } from 'ioredis';

/** BullMQ workers need blocking commands without a per-request retry limit. */
export function createWorkerRedis(url: string): Redis {
  return new IORedis(url, { maxRetriesPerRequest: null, enableReadyCheck: true });
}
