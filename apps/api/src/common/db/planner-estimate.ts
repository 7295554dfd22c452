// The planner's row estimate of a query: what `EXPLAIN` predicts, without running it (≈ the cost of
// planning). Used to skip counting lists that are certainly large.
import type { EntityManager } from 'typeorm';

interface ExplainRow {
  'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }];
}

export async function plannerEstimate(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const [row]: ExplainRow[] = await em.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  return row['QUERY PLAN'][0].Plan['Plan Rows'];
}
