import { z } from 'zod';
import { defineJob } from './define-job';

/** Proves the Redis → worker wiring: the worker stamps the time it last ran it. */
export const heartbeatJob = defineJob({
  queue: 'system',
  name: 'system.heartbeat',
  version: 1,
  payload: z.object({ source: z.enum(['scheduler', 'api', 'cli']) }).strict(),
});

export const ALL_JOBS = [heartbeatJob] as const;
export type AnyJob = (typeof ALL_JOBS)[number];
