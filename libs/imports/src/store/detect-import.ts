// The worker's imports.detect: screens the households an import created or updated with the engine,
// a batch at a time (snapshots loaded in four queries per batch, rights written per household inside
// the batch's transaction), and counts progress in partner_import. A batch is marked done in the same
// transaction as its rights, so a crash resumes at the first household not screened yet.
import {
  activeBlocks,
  applyAssessments,
  decidedSinceLastChange,
  detect,
  inTransaction,
  isProposal,
  loadHouseholdSnapshots,
  type SqlPool,
} from '@recours/detection';

export interface DetectImportOptions {
  batchSize: number;
  fingerprint: string;
  /** 'YYYY-MM' evaluated. */
  period: string;
  /** 'YYYY-MM-DD' for outreach blocks. */
  today: string;
}

export type DetectImportOutcome = { status: 'skipped' } | { status: 'termine'; screened: number };

export async function detectImport(pool: SqlPool, importId: string, opts: DetectImportOptions): Promise<DetectImportOutcome> {
  const running = await pool.query(`SELECT 1 FROM partner_import WHERE id = $1 AND status = 'detection'`, [importId]);
  if (running.rows.length === 0) return { status: 'skipped' };
  let screened = 0;
  for (;;) {
    const done = await inTransaction(pool, async (tx) => {
      const batch = await tx.query<{ household_id: string; outcome: string }>(
        `SELECT ih.household_id, ih.outcome FROM import_household ih JOIN household h ON h.id = ih.household_id
          WHERE ih.import_id = $1 AND ih.detected_at IS NULL
          ORDER BY ih.household_id LIMIT $2 FOR UPDATE OF ih, h SKIP LOCKED`,
        [importId, opts.batchSize],
      );
      if (batch.rows.length === 0) return 0;
      const ids = batch.rows.map((r) => r.household_id);
      const loaded = await loadHouseholdSnapshots(tx, ids);
      for (const { household_id: id, outcome } of batch.rows) {
        const household = loaded.get(id);
        if (!household || household.status !== 'active') continue;
        // A new household has neither outreach blocks nor decided rights: skip those two reads.
        const isNew = outcome === 'cree';
        const blocked = isNew ? new Set<never>() : await activeBlocks(tx, id, opts.today);
        const decided = isNew ? new Set<never>() : await decidedSinceLastChange(tx, id);
        const result = detect(household.snapshot, opts.period, { blocked, decided });
        const proposals = result.assessments.filter(isProposal);
        const others = result.assessments.filter((a) => !isProposal(a) && a.outcome !== 'bloque' && a.outcome !== 'deja_traite');
        await applyAssessments(tx, household.snapshot, proposals, others);
      }
      await tx.query(`UPDATE household SET detected_at = now(), detection_fingerprint = $2 WHERE id = ANY($1::uuid[])`, [ids, opts.fingerprint]);
      await tx.query(`UPDATE import_household SET detected_at = now() WHERE import_id = $1 AND household_id = ANY($2::uuid[])`, [importId, ids]);
      await tx.query(`UPDATE partner_import SET households_detected = households_detected + $2, updated_at = now() WHERE id = $1`, [importId, ids.length]);
      return ids.length;
    });
    if (done === 0) break;
    screened += done;
  }
  await pool.query(
    `UPDATE partner_import SET status = 'termine', finished_at = now(), updated_at = now()
      WHERE id = $1 AND status = 'detection' AND NOT EXISTS (SELECT 1 FROM import_household WHERE import_id = $1 AND detected_at IS NULL)`,
    [importId],
  );
  return { status: 'termine', screened };
}
