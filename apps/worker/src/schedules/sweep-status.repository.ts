// SQL of sweep_status: each periodic sweep records its last success and its period, which
// `/api/health` compares with the age of that success (503 when one is overdue).
import type { Pool, PoolClient } from 'pg';

export type SweepName = 'reminders' | 'digest' | 'detection' | 'campaigns' | 'imports';

export async function recordSweep(db: Pool | PoolClient, name: SweepName, at: Date, count: number, durationMs: number, everyMs: number): Promise<void> {
  await db.query(
    `INSERT INTO sweep_status (name, last_success_at, last_count, last_duration_ms, every_ms) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (name) DO UPDATE SET last_success_at = EXCLUDED.last_success_at, last_count = EXCLUDED.last_count,
       last_duration_ms = EXCLUDED.last_duration_ms, every_ms = EXCLUDED.every_ms`,
    [name, at, count, Math.round(durationMs), everyMs],
  );
}

/** Runs a sweep and records its success (a failure records nothing: its age grows, health turns 503). */
export async function recorded<T extends object>(pool: Pool, name: SweepName, everyMs: number, count: (r: T) => number, sweep: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await sweep();
  await recordSweep(pool, name, new Date(), count(result), Date.now() - started, everyMs);
  return result;
}
