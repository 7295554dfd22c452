import { z } from 'zod/v4';
import { defineJob } from './define-job';

/** Proves the Redis → worker wiring: the worker stamps the time it last ran it. */
export const heartbeatJob = defineJob({
  queue: 'system',
  name: 'system.heartbeat',
  version: 1,
  payload: z.object({ source: z.enum(['scheduler', 'api', 'cli']) }).strict(),
});

/** Why a household is (re-)evaluated; kept in the payload for logs and metrics, never personal data. */
export const DETECTION_REASONS = ['created', 'updated', 'manual', 'parameters', 'seed'] as const;
export type DetectionReason = (typeof DETECTION_REASONS)[number];

/**
 * Runs the eligibility engine on one household for the current month and upserts its detected rights
 * (`INSERT … ON CONFLICT (household_id, benefit) WHERE status IN (open statuses) DO UPDATE`).
 *
 * The API enqueues it after the transaction that changed the household commits, with
 * `jobId: detect-${householdId}-${Date.now()}` (BullMQ 5 refuses `:` in custom ids), and first stamps `household.detection_requested_at = now()`.
 * Redis may be down at that moment: the write still succeeds, so the worker must not rely on this job
 * alone — `detectionSweepJob` re-enqueues every household whose
 * `detection_requested_at > detected_at` (or `detected_at IS NULL`). The handler is idempotent and sets
 * `household.detected_at` and `household.detection_fingerprint` when it is done.
 */
export const detectHouseholdJob = defineJob({
  queue: 'detection',
  name: 'detection.household',
  version: 1,
  payload: z.object({ householdId: z.string().uuid(), reason: z.enum(DETECTION_REASONS) }).strict(),
});

/**
 * Periodic catch-up (and after an engine parameter change): enqueues `detection.household` for
 * households whose detection was requested but not done (`detection_requested_at > detected_at`), and
 * for those whose `detection_fingerprint` differs from the engine's current ruleset fingerprint.
 */
export const detectionSweepJob = defineJob({
  queue: 'detection',
  name: 'detection.sweep',
  version: 1,
  payload: z.object({}).strict(),
});

/**
 * Creates the contact tasks of a campaign (status already `en_cours`, set by the API). The cohort is
 * computed with `@recours/outreach-sql` (`campaignCohortQuery`), the same SQL as the API's preview;
 * progress goes to `campaign.tasks_created`, the end to `status = 'terminee' | 'echec'` and `finished_at`.
 */
export const launchCampaignJob = defineJob({
  queue: 'campaigns',
  name: 'campaigns.launch',
  version: 1,
  payload: z.object({ campaignId: z.string().uuid() }).strict(),
});

/**
 * Periodic catch-up for launches whose job was lost (Redis down when the API enqueued it): re-enqueues
 * `campaigns.launch` for every campaign still `en_cours`, with the API's jobId
 * (`campaign-launch-${campaignId}`) so a launch that is queued or running is not doubled.
 */
export const campaignsSweepJob = defineJob({
  queue: 'campaigns',
  name: 'campaigns.sweep',
  version: 1,
  payload: z.object({}).strict(),
});

/**
 * Every minute (a job scheduler, re-declared when Redis comes back empty): enqueues `reminders.fire`
 * for each pending reminder whose `due_at` has passed and `notifications.deliver` for each pending
 * e-mail, with deterministic job ids, so a reminder already queued is not queued twice and one lost
 * with Redis is queued again. Records its success in `sweep_status` (`/api/health`).
 */
export const remindersSweepJob = defineJob({
  queue: 'reminders',
  name: 'reminders.sweep',
  version: 1,
  payload: z.object({}).strict(),
});

/**
 * Fires one reminder: claims its row (`UPDATE reminder SET state = 'done' WHERE id = $1 AND state = 'pending'`)
 * in the transaction of its effects (notifications, delivery rows, a referral expired, a task created),
 * so running it twice has one effect. jobId: `reminder-${id}-${dueAt epoch ms}`.
 */
export const fireReminderJob = defineJob({
  queue: 'reminders',
  name: 'reminders.fire',
  version: 1,
  payload: z.object({ reminderId: z.string().uuid() }).strict(),
});

/**
 * Fires a batch of reminders found due by one sweep: claims them in one statement
 * (`SELECT … WHERE id = ANY($1) AND state = 'pending' … FOR UPDATE`, written `done` with their outcomes
 * at the end) in the transaction of their effects, applied
 * set-based where the kind allows (tasks); when that transaction fails, each row still pending gets its
 * own `reminders.fire` job (retries, rounds). jobId: `reminders-<hash of the ids and due times>`.
 */
export const fireRemindersJob = defineJob({
  queue: 'reminders',
  name: 'reminders.fire-batch',
  version: 1,
  payload: z.object({ reminderIds: z.array(z.string().uuid()).min(1).max(5_000) }).strict(),
});

/**
 * Sends a batch of e-mail deliveries: claims them in one UPDATE, sends each (through the pooled
 * transport), marks the sent ones `sent` and the refused ones back to `pending` (the job is retried for
 * those), `failed` at the last attempt. jobId: `deliveries-<hash of the ids>`.
 */
export const deliverNotificationsJob = defineJob({
  queue: 'notifications',
  name: 'notifications.deliver-batch',
  version: 1,
  payload: z.object({ deliveryIds: z.array(z.string().uuid()).min(1).max(5_000) }).strict(),
});

/**
 * Sends one e-mail delivery: claims the `notification_delivery` row (`pending` → `sending`), sends,
 * marks it `sent`; a row already sent sends nothing. jobId: `delivery-${id}`.
 */
export const deliverNotificationJob = defineJob({
  queue: 'notifications',
  name: 'notifications.deliver',
  version: 1,
  payload: z.object({ deliveryId: z.string().uuid() }).strict(),
});

/** Every day at 8:00 Paris time: one e-mail per user gathering their `digest` deliveries. */
export const notificationsDigestJob = defineJob({
  queue: 'notifications',
  name: 'notifications.digest',
  version: 1,
  payload: z.object({}).strict(),
});

/**
 * Reads an uploaded partner file (stored in a large object), validates its rows, COPYs them into
 * import_staging and writes households, persons and incomes set-based in one transaction; then
 * enqueues `imports.detect`. Claims the import with `status IN ('en_attente', 'en_cours')`, so a
 * retry after a crash starts the reading again and a finished import is left alone.
 * jobId: `import-process-${importId}`.
 */
export const processImportJob = defineJob({
  queue: 'imports',
  name: 'imports.process',
  version: 1,
  payload: z.object({ importId: z.string().uuid() }).strict(),
});

/**
 * Screens an import's households with the engine in batches (import_household.detected_at marks each
 * batch done), then sets the import `termine`. jobId: `import-detect-${importId}`.
 */
export const detectImportJob = defineJob({
  queue: 'imports',
  name: 'imports.detect',
  version: 1,
  payload: z.object({ importId: z.string().uuid() }).strict(),
});

/** Periodic and at start-up: re-enqueues imports left `en_attente`, `en_cours` or `detection` (Redis or the worker was down). */
export const importsSweepJob = defineJob({
  queue: 'imports',
  name: 'imports.sweep',
  version: 1,
  payload: z.object({}).strict(),
});

/**
 * Periodic (STATS_REFRESH_EVERY_MS) and at start-up: refreshes the dashboard's rollups
 * (REFRESH MATERIALIZED VIEW CONCURRENTLY) and records their freshness. Safe to run twice.
 */
export const statsRefreshJob = defineJob({
  queue: 'system',
  name: 'stats.refresh',
  version: 1,
  payload: z.object({}).strict(),
});

export const ALL_JOBS = [heartbeatJob, detectHouseholdJob, detectionSweepJob, launchCampaignJob, campaignsSweepJob, remindersSweepJob, fireReminderJob, fireRemindersJob, deliverNotificationJob, deliverNotificationsJob, notificationsDigestJob, processImportJob, detectImportJob, importsSweepJob, statsRefreshJob] as const;
export type AnyJob = (typeof ALL_JOBS)[number];
