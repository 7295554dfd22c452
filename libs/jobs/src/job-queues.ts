import { Queue, type ConnectionOptions, type JobsOptions } from 'bullmq';
import { parsePayload, type JobDefinition, type JobEnvelope, type JobPayload } from './define-job';
import { DEFAULT_JOB_OPTIONS, type QueueName } from './queues';

/** Typed producer side: validates the payload against the job's schema before it reaches Redis. */
export class JobQueues {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly connection: ConnectionOptions,
    private readonly prefix = 'recours',
    /** A lost Redis connection, reported by every queue on it (without a listener BullMQ prints each one). */
    private readonly onError: (queue: QueueName, err: Error) => void = () => undefined,
  ) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
      queue.on('error', (err) => this.onError(name, err));
      this.queues.set(name, queue);
    }
    return queue;
  }

  async enqueue<TJob extends JobDefinition>(job: TJob, payload: JobPayload<TJob>, options: JobsOptions = {}) {
    const envelope: JobEnvelope = { version: job.version, payload: parsePayload(job, payload) };
    return this.queue(job.queue).add(job.name, envelope, options);
  }

  /** Many jobs of one definition in one round trip (sweeps); each payload is validated first. */
  async enqueueBulk<TJob extends JobDefinition>(job: TJob, items: { payload: JobPayload<TJob>; options?: JobsOptions }[]) {
    if (items.length === 0) return [];
    const jobs = items.map(({ payload, options }) => ({
      name: job.name,
      data: { version: job.version, payload: parsePayload(job, payload) } satisfies JobEnvelope,
      opts: options ?? {},
    }));
    return this.queue(job.queue).addBulk(jobs);
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.queues.clear();
  }
}
