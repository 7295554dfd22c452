import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { bindHandler, heartbeatJob, type HandlerBinding } from '@recours/jobs';
import { WORKER_CONFIG, type WorkerConfig } from '../config/worker-config';
import { WORKER_REDIS } from '../tokens';

export const heartbeatKey = (prefix: string) => `${prefix}:worker:heartbeat`;

/** Heartbeat: writes the time it ran, so anyone can check that jobs flow through Redis. */
@Injectable()
export class SystemProcessor {
  constructor(
    @Inject(WORKER_REDIS) private readonly redis: Redis,
    @Inject(WORKER_CONFIG) private readonly config: WorkerConfig,
  ) {}

  bindings(): HandlerBinding[] {
    return [bindHandler(heartbeatJob, async ({ source }) => this.beat(source))];
  }

  private async beat(source: string) {
    const at = new Date().toISOString();
    await this.redis.hset(heartbeatKey(this.config.QUEUE_PREFIX), { at, source });
    return { at };
  }
}
