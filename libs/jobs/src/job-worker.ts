import { Worker, type ConnectionOptions, type Job } from 'bullmq';
import { parsePayload, type JobDefinition, type JobEnvelope, type JobPayload } from './define-job';
import type { QueueName } from './queues';

export type JobHandler<TJob extends JobDefinition> = (payload: JobPayload<TJob>, job: Job<JobEnvelope>) => Promise<unknown>;

export interface HandlerBinding {
  job: JobDefinition;
  handle: (payload: unknown, job: Job<JobEnvelope>) => Promise<unknown>;
}

export function bindHandler<TJob extends JobDefinition>(job: TJob, handle: JobHandler<TJob>): HandlerBinding {
  return { job, handle: handle as HandlerBinding['handle'] };
}

export class UnknownJobError extends Error {
  constructor(queue: string, name: string, version: number) {
    super(`No handler for job ${name} v${version} on queue ${queue}`);
    this.name = 'UnknownJobError';
  }
}

/**
 * Consumer side: one BullMQ worker per queue dispatching on the job's name and version.
 * An unknown job or an invalid payload fails the job (kept in the failed list), it is never skipped.
 */
export function createJobWorker(
  queue: QueueName,
  bindings: HandlerBinding[],
  options: { connection: ConnectionOptions; prefix?: string; concurrency?: number; autorun?: boolean; lockDurationMs?: number },
): Worker<JobEnvelope> {
  const byKey = new Map(bindings.map((b) => [`${b.job.name}@${b.job.version}`, b]));
  return new Worker<JobEnvelope>(
    queue,
    async (job) => {
      const binding = byKey.get(`${job.name}@${job.data.version}`);
      if (!binding) throw new UnknownJobError(queue, job.name, job.data.version);
      return binding.handle(parsePayload(binding.job, job.data.payload), job);
    },
    {
      connection: options.connection,
      prefix: options.prefix ?? 'recours',
      concurrency: options.concurrency ?? 4,
      autorun: options.autorun ?? true,
      // A job whose worker died keeps its lock this long, then the stalled-job check (same period) runs it again.
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.lockDurationMs ?? 30_000,
    },
  );
}
