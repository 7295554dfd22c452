// Catch-up sweep: PostgreSQL holds the truth (detection_requested_at, detected_at,
// detection_fingerprint); this re-enqueues whatever is due, so losing Redis — or changing the
// engine's parameters — delays a detection but never loses it.
import { detectHouseholdJob, type DetectionReason, type JobQueues } from '@recours/jobs';
import type { Pool } from 'pg';
import { staleHouseholds, type StaleHouseholdRow as StaleRow } from './detection-sweep.repository';

export interface SweepResult {
  enqueued: number;
  batches: number;
}

/**
 * The jobId names the staleness episode (fingerprint, request and last detection stamps), so a sweep
 * that runs again before the job is done adds nothing, and a later episode gets a new job.
 * BullMQ refuses ':' in custom ids, hence the dashes.
 */
export function sweepJobId(row: StaleRow, fingerprint: string): string {
  return `detect-sweep-${row.id}-${fingerprint.slice(0, 12)}-${row.requested_ms ?? 0}-${row.detected_ms ?? 0}`;
}

function reasonOf(row: StaleRow, fingerprint: string): DetectionReason {
  if (row.detected_ms === null) return 'created';
  if (row.requested_ms !== null && Number(row.requested_ms) > Number(row.detected_ms)) return 'updated';
  return row.fingerprint === fingerprint ? 'updated' : 'parameters';
}

/** Active households never detected, changed since their last detection, or detected with another ruleset. */
export async function sweepDetections(pool: Pool, queues: JobQueues, fingerprint: string, batchSize: number): Promise<SweepResult> {
  let after = '00000000-0000-0000-0000-000000000000';
  let enqueued = 0, batches = 0;
  for (;;) {
    const rows = await staleHouseholds(pool, after, fingerprint, batchSize);
    if (rows.length === 0) break;
    batches++;
    await queues.enqueueBulk(
      detectHouseholdJob,
      // Lower priority than the API's jobs: a caseworker's edit is evaluated before a mass re-evaluation.
      rows.map((r) => ({ payload: { householdId: r.id, reason: reasonOf(r, fingerprint) }, options: { jobId: sweepJobId(r, fingerprint), priority: 10 } })),
    );
    enqueued += rows.length;
    after = rows[rows.length - 1].id;
    if (rows.length < batchSize) break;
  }
  return { enqueued, batches };
}
