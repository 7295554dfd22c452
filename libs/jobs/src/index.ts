export * from './queues';
export * from './define-job';
export * from './jobs';
export * from './job-queues';
export * from './job-worker';
export * from './sweep-health';
