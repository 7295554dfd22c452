// The worker's imports.process: claim the import, stage its rows (phase 1), write them in one
// transaction (phase 2), then hand over to bulk detection. Safe to run twice and after a crash: phase 1
// starts again from the stored file, phase 2 is atomic and only runs while the import is `en_cours`.
import { inTransaction } from '@recours/detection';
import type { Pool } from 'pg';
import { ImportFileError } from '../errors';
import type { FieldMapping } from '../fields';
import type { Delimiter, SourceInfo, TextEncoding } from '../source';
import { applyStaging } from './apply-staging';
import { stageRows } from './stage-rows';
import { removeUpload } from './upload-store';

export interface ProcessOptions {
  maxRows: number;
  /** 'YYYY-MM-DD' in Paris. */
  today: string;
}

export type ProcessOutcome = { status: 'skipped' } | { status: 'echec'; error: string } | { status: 'detection' | 'termine'; householdsToDetect: number };

interface ClaimedImport {
  id: string;
  organisation_id: string;
  territory_id: string;
  created_by: string;
  file_oid: string | null;
  format: 'csv' | 'xlsx';
  encoding: TextEncoding | null;
  delimiter: Delimiter | null;
  mapping: FieldMapping | null;
}

export async function processImport(pool: Pool, importId: string, opts: ProcessOptions): Promise<ProcessOutcome> {
  const claimed = await pool.query<ClaimedImport>(
    `UPDATE partner_import SET status = 'en_cours', attempts = attempts + 1, started_at = coalesce(started_at, now()), updated_at = now()
      WHERE id = $1 AND status IN ('en_attente', 'en_cours')
      RETURNING id, organisation_id, territory_id, created_by, file_oid, format, encoding, delimiter, mapping`,
    [importId],
  );
  const imp = claimed.rows[0];
  if (!imp) return { status: 'skipped' };
  try {
    if (!imp.file_oid || !imp.mapping) throw new ImportFileError('Fichier ou correspondance des colonnes manquants.');
    const source: SourceInfo = { format: imp.format, encoding: imp.encoding ?? undefined, delimiter: imp.delimiter ?? undefined };
    const staged = await stageRows(pool, {
      importId,
      fileOid: imp.file_oid,
      source,
      mapping: imp.mapping,
      today: opts.today,
      maxRows: opts.maxRows,
      onProgress: async (rowsRead) => {
        await pool.query(`UPDATE partner_import SET rows_read = $2, updated_at = now() WHERE id = $1`, [importId, rowsRead]);
      },
    });
    return await inTransaction(pool, async (tx) => {
      const still = await tx.query(`SELECT 1 FROM partner_import WHERE id = $1 AND status = 'en_cours' FOR UPDATE`, [importId]);
      if (still.rows.length === 0) return { status: 'skipped' as const };
      const applied = await applyStaging(tx, {
        importId,
        organisationId: imp.organisation_id,
        territoryId: imp.territory_id,
        actorId: imp.created_by,
        month: opts.today.slice(0, 7),
        year: opts.today.slice(0, 4),
      });
      const counted = await tx.query<{ households: number; failed: number }>(
        `SELECT (SELECT count(*)::int FROM import_household WHERE import_id = $1) AS households,
                (SELECT count(DISTINCT line)::int FROM import_row_error WHERE import_id = $1) AS failed`,
        [importId],
      );
      const { households, failed } = counted.rows[0];
      const status = households > 0 ? ('detection' as const) : ('termine' as const);
      await tx.query(
        `UPDATE partner_import SET status = $2::import_status, rows_read = $3, rows_failed = $4, rows_review = $5, households_created = $6,
                households_updated = $7, households_to_detect = $8, file_oid = NULL, updated_at = now(),
                finished_at = CASE WHEN $2::import_status = 'termine' THEN now() END
          WHERE id = $1`,
        [importId, status, staged.rowsRead, failed, applied.rowsReview, applied.householdsCreated, applied.householdsUpdated, households],
      );
      await removeUpload(tx, imp.file_oid!);
      return { status, householdsToDetect: households };
    });
  } catch (err) {
    if (!(err instanceof ImportFileError)) throw err; // transient: the job is retried and starts phase 1 again
    await failImport(pool, importId, imp.file_oid, err.message);
    return { status: 'echec', error: err.message };
  }
}

/** The file cannot be imported: nothing was written to households; the reason is kept for the user. */
export async function failImport(pool: Pool, importId: string, fileOid: string | null, error: string): Promise<void> {
  await inTransaction(pool, async (tx) => {
    await tx.query(`DELETE FROM import_staging WHERE import_id = $1`, [importId]);
    await tx.query(
      `UPDATE partner_import SET status = 'echec', error = $2, file_oid = NULL, finished_at = now(), updated_at = now() WHERE id = $1`,
      [importId, error],
    );
    if (fileOid) await removeUpload(tx, fileOid);
  });
}
