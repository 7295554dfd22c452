// Partner file imports in integration tests: upload over HTTP, start with a mapping, then the worker's
// own handlers (processImport, detectImport) on the same database; fixture files are read from
// test/fixtures/imports/.
import { currentParisPeriod, rulesetFingerprint } from '@recours/detection';
import { parisToday } from '@recours/domain';
import { detectImport, processImport } from '@recours/imports';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Pool } from 'pg';
import type { Response, TestContext } from './test-app';

export const importFixture = (name: string): Buffer => readFileSync(path.join(__dirname, 'fixtures/imports', name));

export interface ImportHarness {
  pool: Pool;
  upload(bytes: Buffer, cookie: string, fileName?: string): Promise<Response>;
  /** Uploads, starts with the guessed mapping (or the one given), runs the worker; the import's status. */
  importFile(bytes: Buffer, cookie: string, opts?: { mapping?: Record<string, string>; fileName?: string; maxRows?: number }): Promise<ImportStatus>;
  runWorker(id: string, maxRows?: number): Promise<unknown>;
  status(id: string, cookie: string): Promise<ImportStatus>;
  /** The report CSV's lines, BOM and trailing line break removed. */
  report(id: string, cookie: string): Promise<string[]>;
  close(): Promise<void>;
}

/** GET /api/imports/:id as the tests read it. */
export type ImportStatus = Record<string, unknown> & { id: string; status: string; errors: { text: string }[] };

export function importHarness(t: TestContext): ImportHarness {
  const pool = new Pool({ connectionString: t.config.databaseUrl, max: 4 });
  const upload = (bytes: Buffer, cookie: string, fileName = 'locataires.csv') =>
    t.request('POST', `/api/imports?fileName=${encodeURIComponent(fileName)}`, { cookie, body: bytes, headers: { 'content-type': 'application/octet-stream' } });
  const runWorker = async (id: string, maxRows = 1_000_000) => {
    const processed = await processImport(pool, id, { maxRows, today: parisToday() });
    const detected = await detectImport(pool, id, { batchSize: 50, fingerprint: rulesetFingerprint(), period: currentParisPeriod(), today: parisToday() });
    return { processed, detected };
  };
  const status = async (id: string, cookie: string) => {
    const res = await t.request('GET', `/api/imports/${id}`, { cookie });
    if (res.statusCode !== 200) throw new Error(`GET import ${id} → ${res.statusCode}`);
    return res.body as ImportStatus;
  };
  return {
    pool,
    upload,
    runWorker,
    status,
    async importFile(bytes, cookie, opts = {}) {
      const up = await upload(bytes, cookie, opts.fileName);
      if (up.statusCode !== 201) throw new Error(`upload → ${up.statusCode} ${JSON.stringify(up.body)}`);
      const start = await t.request('POST', `/api/imports/${up.body.id}/start`, { cookie, body: { mapping: opts.mapping ?? up.body.suggestedMapping } });
      if (start.statusCode !== 200) throw new Error(`start → ${start.statusCode} ${JSON.stringify(start.body)}`);
      await runWorker(up.body.id, opts.maxRows);
      return status(up.body.id, cookie);
    },
    async report(id, cookie) {
      const res = await t.request('GET', `/api/imports/${id}/report`, { cookie });
      if (res.statusCode !== 200) throw new Error(`report ${id} → ${res.statusCode}`);
      return res.raw.toString('utf8').replace(/^\ufeff/, '').replace(/\r\n$/, '').split('\r\n');
    },
    close: () => pool.end(),
  };
}
