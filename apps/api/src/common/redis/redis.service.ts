import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/**
 * Redis is not on the path of normal requests (PostgreSQL holds the truth): the client connects
 * lazily, never queues commands while offline, and fails fast, so a Redis outage shows in
 * /api/health without slowing down reads.
 */
@Injectable()
export class RedisService implements OnModuleDestroy {
  private readonly logger = new Logger(RedisService.name);
  readonly client: Redis;
  private lastError = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = new Redis(config.redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false,
      connectTimeout: 1000,
      commandTimeout: 1000,
      maxRetriesPerRequest: 0,
      keyPrefix: config.redisKeyPrefix,
      retryStrategy: (times) => Math.min(times * 500, 5000),
    });
    this.client.on('error', (err: Error) => {
      // One line per 30 s at most while Redis is down.
      if (Date.now() - this.lastError > 30_000) {
        this.lastError = Date.now();
        this.logger.warn(`Redis indisponible : ${err.message}`);
      }
    });
  }

  /** PING with a deadline; connects on first use. */
  async ping(timeoutMs = 500): Promise<void> {
    if (this.client.status === 'wait' || this.client.status === 'end') {
      this.client.connect().catch(() => undefined);
    }
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`pas de réponse en ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      await Promise.race([this.waitReady(timeoutMs).then(() => this.client.ping()), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  private waitReady(timeoutMs: number): Promise<void> {
    if (this.client.status === 'ready') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => cleanup(new Error('connexion impossible')), timeoutMs);
      const onReady = () => cleanup();
      const cleanup = (err?: Error) => {
        clearTimeout(t);
        this.client.off('ready', onReady);
        if (err) reject(err);
        else resolve();
      };
      this.client.once('ready', onReady);
    });
  }

  onModuleDestroy(): void {
    this.client.disconnect();
  }
}
