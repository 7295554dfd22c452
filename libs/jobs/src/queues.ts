/**
 * Every BullMQ queue of the platform, each with at least one job in `jobs.ts` (add a queue with its
 * first job). Redis carries ids only, never personal data.
 */
export const QUEUE_NAMES = ['system', 'detection', 'campaigns', 'reminders', 'notifications', 'imports'] as const;

export type QueueName = (typeof QUEUE_NAMES)[number];

/** Retries with exponential backoff; failed jobs are kept so they stay visible, never dropped. */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { count: 1_000 },
  removeOnFail: false,
} as const;
