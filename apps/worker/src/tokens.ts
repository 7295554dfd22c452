export const WORKER_REDIS = Symbol('WORKER_REDIS');
export const JOB_QUEUES = Symbol('JOB_QUEUES');
export const PG_POOL = Symbol('PG_POOL');
