import { z } from 'zod/v4';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z
    .string()
    .url({ message: 'must be a postgres:// URL, e.g. postgres://root@127.0.0.1:5432/recours' })
    .refine((u) => /^postgres(ql)?:\/\//.test(u), { message: 'must start with postgres://' })
    .default('postgres://root@127.0.0.1:5432/recours'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  REDIS_URL: z.string().url({ message: 'must be a redis:// URL, e.g. redis://127.0.0.1:6379' }).default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z.string().min(1).default('recours'),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /**
   * A job's lock: a worker that dies mid-job (SIGKILL, OOM) holds it this long, then the job is found
   * stalled and run again (BullMQ checks stalled jobs at the same period).
   */
  JOB_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
  HEARTBEAT_EVERY_MS: z.coerce.number().int().min(1_000).default(30_000),
  /** How often the detection sweep looks for stale households (fingerprint or missed requests). */
  DETECTION_SWEEP_EVERY_MS: z.coerce.number().int().min(1_000).default(600_000),
  /** Run the detection, campaign and import sweeps once when the worker starts, and again when Redis lost its schedules (off in tests, which run their own). */
  SWEEPS_ON_START: z.enum(['true', 'false'], { message: 'must be true or false' }).default('true').transform((v) => v === 'true'),
  /** Households read (and jobs enqueued) per sweep batch. */
  DETECTION_SWEEP_BATCH: z.coerce.number().int().min(1).max(10_000).default(500),
  /** How often launches still `en_cours` are re-enqueued (their job may have been lost). */
  CAMPAIGN_SWEEP_EVERY_MS: z.coerce.number().int().min(1_000).default(300_000),
  /** Households per set-based INSERT when a campaign launches. */
  CAMPAIGN_CHUNK_SIZE: z.coerce.number().int().min(1).max(50_000).default(1_000),
  /** How often due reminders and unsent e-mails are enqueued (a BullMQ job scheduler), and how many per query. */
  REMINDER_SWEEP_EVERY_MS: z.coerce.number().int().min(1_000).default(60_000),
  REMINDER_SWEEP_BATCH: z.coerce.number().int().min(1).max(50_000).default(5_000),
  /** First retry delay of a reminder's fire job (exponential backoff over its 5 attempts: 2+4+8+16 s by default). */
  REMINDER_FIRE_BACKOFF_MS: z.coerce.number().int().min(1).default(2_000),
  /**
   * Reminders per `reminders.fire-batch` job (one transaction, one claim) and e-mails per
   * `notifications.deliver-batch` job: one job per row could not fire 10 000 reminders due at the same
   * minute within seconds (bench/reminders.bench.ts: batches of 1 000 fired them all in 0.9–1.2 s,
   * of 250 in 1.9 s, of 100 in 2.4 s, on the shared machine).
   */
  REMINDER_FIRE_BATCH: z.coerce.number().int().min(1).max(5_000).default(1_000),
  DELIVERY_BATCH: z.coerce.number().int().min(1).max(5_000).default(50),
  /** A reminder still pending this long after its due time has its fire job checked: one that exhausted its attempts is enqueued again. */
  REMINDER_REQUEUE_AFTER_MS: z.coerce.number().int().min(0).default(120_000),
  /** Fire jobs that may exhaust their attempts before the reminder is left `failed`. */
  REMINDER_FIRE_MAX_ROUNDS: z.coerce.number().int().min(1).max(100).default(3),
  /** How often the worker checks that its job schedulers (every sweep, the heartbeat, the digest) still exist in Redis (re-declared after a flush). */
  SCHEDULER_WATCHDOG_MS: z.coerce.number().int().min(100).default(30_000),
  /** An e-mail `sending` for longer than this is taken again (its worker died mid-send). */
  DELIVERY_LEASE_SECONDS: z.coerce.number().int().min(1).default(120),
  /** When the daily digest e-mails go (cron, Europe/Paris). */
  DIGEST_CRON: z.string().min(9).default('0 8 * * *'),
  /** Partner imports: rows refused past this count, households per detection batch, catch-up period. */
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(10_000_000).default(1_000_000),
  IMPORT_DETECT_BATCH: z.coerce.number().int().min(1).max(10_000).default(500),
  IMPORT_SWEEP_EVERY_MS: z.coerce.number().int().min(1_000).default(300_000),
  STATS_REFRESH_EVERY_MS: z.coerce.number().int().min(1_000).default(600_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
});

export type WorkerConfig = z.infer<typeof schema>;
export const WORKER_CONFIG = Symbol('WORKER_CONFIG');

/** Validates the environment once at boot; a bad value stops the worker with the variable named. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const result = schema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid worker configuration:\n${lines.join('\n')}`);
  }
  return result.data;
}
