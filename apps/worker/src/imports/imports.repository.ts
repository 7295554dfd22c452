// SQL of the imports processor: the imports the sweep picks up again.
import type { Pool } from 'pg';

export type UnfinishedImport = { id: string; status: 'en_attente' | 'en_cours' | 'detection' };

/** Imports not finished (queued, being processed or being screened), oldest first: a restart resumes them. */
export async function unfinishedImports(pool: Pool, limit: number): Promise<UnfinishedImport[]> {
  const { rows } = await pool.query<UnfinishedImport>(
    `SELECT id, status FROM partner_import WHERE status IN ('en_attente', 'en_cours', 'detection') ORDER BY created_at LIMIT $1`,
    [limit],
  );
  return rows;
}
