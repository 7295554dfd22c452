import type { z } from 'zod/v4';
import type { QueueName } from './queues';

/** A job is a name, a version and a payload schema, bound to one queue. */
export interface JobDefinition<TName extends string = string, TPayload extends z.ZodType = z.ZodType> {
  readonly queue: QueueName;
  readonly name: TName;
  readonly version: number;
  readonly payload: TPayload;
}

export type JobPayload<TJob extends JobDefinition> = z.infer<TJob['payload']>;

/** What is stored in Redis: the payload tagged with the definition's version. */
export interface JobEnvelope<TPayload = unknown> {
  version: number;
  payload: TPayload;
}

export function defineJob<TName extends string, TPayload extends z.ZodType>(
  definition: JobDefinition<TName, TPayload>,
): JobDefinition<TName, TPayload> {
  return definition;
}

export class InvalidJobPayloadError extends Error {
  constructor(jobName: string, issues: string) {
    super(`Invalid payload for job ${jobName}: ${issues}`);
    this.name = 'InvalidJobPayloadError';
  }
}

export function parsePayload<TJob extends JobDefinition>(job: TJob, raw: unknown): JobPayload<TJob> {
  const result = job.payload.safeParse(raw) as z.ZodSafeParseResult<JobPayload<TJob>>;
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new InvalidJobPayloadError(job.name, issues);
  }
  return result.data;
}
