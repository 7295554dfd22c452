// The dashboard's rollups (materialised views of migrations 1796730000000-stats-rollups and
// 1796810000000-stats-rollups-referrals-campaigns): refreshed by
// the worker's `stats.refresh` job, by the tests after they build a history, and by the benchmark.
// Their freshness is the `stats` row of sweep_status: the time the refresh started (every row it
// read was written before then), which the indicators return and the dashboard shows.

/**
 * In refresh order: each `stats_territory_*` view adds up the one before it over the organisations,
 * stats_delay_days counts stats_delay per day, stats_referral_month adds up stats_referral per month.
 */
export const STATS_ROLLUPS = [
  'stats_pair', 'stats_funnel', 'stats_territory_funnel', 'stats_opened', 'stats_territory_opened', 'stats_delay', 'stats_delay_days',
  'stats_contact', 'stats_referral', 'stats_referral_month', 'stats_campaign',
] as const;

export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/**
 * REFRESH … CONCURRENTLY: readers keep the previous rows until each view is swapped. Records the
 * refresh (start time, duration, period) as the `stats` sweep, so `/api/health` notices when it stops.
 */
export async function refreshStatsRollups(
  db: SqlRunner,
  { everyMs = null, concurrently = true }: { everyMs?: number | null; concurrently?: boolean } = {},
): Promise<{ refreshedAt: Date; durationMs: number }> {
  const refreshedAt = new Date();
  const started = performance.now();
  // Without CONCURRENTLY (a first fill): faster, but readers wait for the view meanwhile.
  for (const view of STATS_ROLLUPS) await db.query(`REFRESH MATERIALIZED VIEW ${concurrently ? 'CONCURRENTLY ' : ''}${view}`);
  const durationMs = Math.round(performance.now() - started);
  await db.query(
    `INSERT INTO sweep_status (name, last_success_at, last_count, last_duration_ms, every_ms) VALUES ('stats', $1, $2, $3, $4)
     ON CONFLICT (name) DO UPDATE SET last_success_at = EXCLUDED.last_success_at, last_count = EXCLUDED.last_count,
       last_duration_ms = EXCLUDED.last_duration_ms, every_ms = EXCLUDED.every_ms`,
    [refreshedAt, STATS_ROLLUPS.length, durationMs, everyMs],
  );
  return { refreshedAt, durationMs };
}
