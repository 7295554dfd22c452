export const WORKER_REDIS = Symbol('WORKER_REDIS');
export const JOB_QUEUES = Symbol('JOB_QUEUES');
export const PG_POOL = Symbol('PG_POOL');
export const CLOCK = Symbol('CLOCK');
export const MAILER = Symbol('MAILER');
export const MAIL_CONFIG = Symbol('MAIL_CONFIG');

/** "Now" for the reminders: the system clock, or a test's controllable one. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
