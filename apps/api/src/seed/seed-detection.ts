// Runs detection on every active demo household right after the seed, directly (no Redis, no
// worker): `npm run demo` then opens on a caseload that already has detected rights, with amounts
// and explanations. Same code path as the worker's detection.household job.
import { DetectionService } from '@recours/detection';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';

export async function detectSeededHouseholds(ds: DataSource, log: (m: string) => void = console.log): Promise<void> {
  const url = (ds.options as { url?: string }).url;
  if (!url) throw new Error('seed-detection: la source de données doit être configurée par URL');
  // One transaction per household: demo data does not need to wait for each commit's fsync.
  const pool = new Pool({ connectionString: url, max: 8, application_name: 'recours-seed', options: '-c synchronous_commit=off' });
  try {
    const { rows } = await pool.query<{ id: string }>(`SELECT id FROM household WHERE status = 'active' ORDER BY id`);
    const started = Date.now();
    const r = await new DetectionService(pool).detectMany(rows.map((h) => h.id), 8);
    log(`Détection : ${r.created} droits détectés pour ${r.households} foyers actifs (${((Date.now() - started) / 1000).toFixed(1)} s).`);
    if (r.failed.length > 0) {
      log(`Détection impossible pour ${r.failed.length} foyer(s), repris par le worker : ${r.failed[0].householdId} — ${r.failed[0].error}`);
    }
  } finally {
    await pool.end();
  }
}
