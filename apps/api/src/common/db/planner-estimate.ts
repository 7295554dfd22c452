// The planner's row estimate of a query: what `EXPLAIN` predicts, without running it (≈ the cost of
// planning). Used to skip counting lists that are certainly large. An estimate is kept 30 s per query
// and parameters: it only decides whether to count, and statistics move slower than that.
import type { EntityManager } from 'typeorm';

interface ExplainRow {
  'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }];
}

const TTL_MS = 30_000;
const MAX_ENTRIES = 1_000;
const cache = new Map<string, { rows: number; until: number }>();

export async function plannerEstimate(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const key = JSON.stringify([sql, params]);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.until > now) return hit.rows;
  const [row]: ExplainRow[] = await em.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  const rows = row['QUERY PLAN'][0].Plan['Plan Rows'];
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, { rows, until: now + TTL_MS });
  return rows;
}
