// Partner file import and bulk detection at scale, each beside its baseline in the same run.
//   npm run bench:imports -- [--rows 100000,1000000] [--detect-rows 100000] [--keep]
// Creates a scratch database (migrated), then for each size:
//   1. writes a tenant file (`;`, UTF-8 with BOM, French names with accents, ~1.3 % wrong rows; bench/imports-data.ts);
//   2. baseline: the same valid rows, already typed, COPYed into the tables the import fills (household,
//      person, income) in one transaction — no parsing, no checks, no matching;
//   3. empties those tables, then the import as the product runs it, in a child process whose peak RSS is
//      read at the end: the file streamed into a large object (the upload), then processImport (stream,
//      parse, validate, COPY into staging, set-based upsert with matching, references, provenance, audit);
//   4. for the sizes up to --detect-rows: baseline detection (read the snapshots in batches, run the engine,
//      COPY the proposals into detected_right), then the rights are emptied and detectImport runs (the worker's job).
// Prints rows/s of each and the ratios against the issue's targets (import ≥ 0.5× COPY, detection ≥ 0.3×
// baseline, 1M-row import under 1 GiB of RSS). The database is dropped at the end unless --keep.
import {
  currentParisPeriod,
  detect,
  explanationSteps,
  isProposal,
  loadHouseholdSnapshots,
  parameterDatesRecord,
  rulesetFingerprint,
} from '@recours/detection';
import {
  CopyWriter,
  detectImport,
  guessMapping,
  inspectUpload,
  processImport,
  readRecords,
  storeUpload,
  type CopyValue,
} from '@recours/imports';
import { baseDatabaseUrl, createMigratedDatabase, dropDatabase } from '@recours/testing';
import { fork } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client, Pool, type PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { generateRow, writeCsv } from './imports-data';

const TERRITORY = '00000000-0000-4000-8000-000000000001';
const ORG = '00000000-0000-4000-8001-000000000001';
const USER = '00000000-0000-4000-8002-000000000001';
const TODAY = '2026-11-15';
const DETECT_BATCH = 500; // the worker's IMPORT_DETECT_BATCH default

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const perSecond = (n: number, ms: number) => Math.round((n * 1000) / ms).toLocaleString('en-US');
const mib = (kb: number) => Math.round(kb / 1024);

// ---------------------------------------------------------------- BENCH_PROFILE=1: time spent per SQL statement

function profileQueries(): () => string {
  const stats = new Map<string, { n: number; ms: number }>();
  const proto = Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const [config] = args;
    const text = typeof config === 'string' ? config : (config as { text?: string; submit?: unknown } | undefined)?.text;
    if (!text || typeof (config as { submit?: unknown }).submit === 'function' || typeof args[args.length - 1] === 'function') return original.apply(this, args);
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 110);
    const t = performance.now();
    const record = () => {
      const s = stats.get(key) ?? { n: 0, ms: 0 };
      s.n++;
      s.ms += performance.now() - t;
      stats.set(key, s);
    };
    return (original.apply(this, args) as Promise<unknown>).finally(record);
  };
  return () =>
    [...stats.entries()]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 25)
      .map(([k, s]) => `  ${(s.ms / 1000).toFixed(2).padStart(7)} s ${String(s.n).padStart(6)}× ${k}`)
      .join('\n');
}
const profile = process.env.BENCH_PROFILE === '1' ? profileQueries() : undefined;

// ---------------------------------------------------------------- child: the import as the product runs it

interface ChildResult {
  importId: string;
  uploadMs: number;
  processMs: number;
  maxRssKb: number;
  outcome: unknown;
}

async function runImportChild(databaseUrl: string, file: string): Promise<ChildResult> {
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  try {
    const t0 = performance.now();
    // The upload (ImportsService.upload): stream into a large object, sniff, read the header.
    const client = await pool.connect();
    let importId: string;
    try {
      await client.query('BEGIN');
      const stored = await storeUpload(client, createReadStream(file), 2 ** 40);
      const source = await inspectUpload(() => createReadStream(file));
      const records = readRecords(() => createReadStream(file), source);
      const first = await records.next();
      await records.return(undefined);
      const header = first.value!.cells!.map((c: string) => c.trim());
      const inserted = await client.query<{ id: string }>(
        `INSERT INTO partner_import (organisation_id, territory_id, created_by, file_name, file_size, file_oid, format, encoding, delimiter, header, mapping, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'en_attente') RETURNING id`,
        [ORG, TERRITORY, USER, path.basename(file), stored.size, stored.oid, source.format, source.encoding, source.delimiter, header, JSON.stringify(guessMapping(header))],
      );
      importId = inserted.rows[0].id;
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const t1 = performance.now();
    const outcome = await processImport(pool, importId, { maxRows: 10_000_000, today: TODAY });
    const t2 = performance.now();
    if (profile) console.log(`  import statements:\n${profile()}`);
    return { importId, uploadMs: t1 - t0, processMs: t2 - t1, maxRssKb: process.resourceUsage().maxRSS, outcome };
  } finally {
    await pool.end();
  }
}

function importInChild(databaseUrl: string, file: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    // BENCH_CPUPROF=<dir>: a V8 CPU profile of the import (open it in Chrome's devtools).
    const execArgv = process.env.BENCH_CPUPROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPUPROF}`] : [];
    const child = fork(path.join(__dirname, '../tools/run-ts.cjs'), [__filename, '--child', databaseUrl, file], { stdio: 'inherit', execArgv });
    let result: ChildResult | undefined;
    child.on('message', (m) => (result = m as ChildResult));
    child.on('error', reject);
    child.on('exit', (code) => (result && code === 0 ? resolve(result) : reject(new Error(`import child exited with ${code}`))));
  });
}

// ---------------------------------------------------------------- baselines

/** Raw COPY of the same valid rows, typed in advance, into household, person and income. */
async function copyBaseline(c: PoolClient, n: number): Promise<number> {
  const hid = (i: number) => `00000000-0000-4000-a000-${i.toString(16).padStart(12, '0')}`;
  const pid = (i: number) => `00000000-0000-4000-b000-${i.toString(16).padStart(12, '0')}`;
  const now = new Date().toISOString();
  const copy = async (sql: string, line: (i: number) => CopyValue[] | null) => {
    const w = new CopyWriter(c.query(copyFrom(sql)));
    for (let i = 1; i <= n; i++) {
      const values = line(i);
      if (values) await w.push(values);
    }
    await w.end();
    return w.count;
  };
  const typed = (i: number) => generateRow(i).typed;
  await c.query('BEGIN');
  const rows = await copy(
    `COPY household (id, reference, organisation_id, territory_id, address, postcode, commune_name, commune_insee, housing_status, housing_type, monthly_rent_cents, housing_aid_zone, detection_requested_at) FROM STDIN`,
    (i) => {
      const r = typed(i);
      return r && [hid(i), `HH-2026-${String(i).padStart(7, '0')}`, ORG, TERRITORY, r.address, r.postcode, r.communeName, r.communeInsee, 'locataire', 'hlm', r.rentCents, r.zone, now];
    },
  );
  await copy(`COPY person (id, household_id, first_name, last_name, relationship, birth_date, phone, email, activity) FROM STDIN`, (i) => {
    const r = typed(i);
    return r && [pid(i), hid(i), r.firstName, r.lastName, 'demandeur', r.birthDate, r.phone, r.email, r.activity];
  });
  await copy(`COPY income (person_id, kind, monthly_amount_cents, start_month) FROM STDIN`, (i) => {
    const r = typed(i);
    return r && [pid(i), r.incomeKind, r.incomeCents, TODAY.slice(0, 7)];
  });
  await c.query('COMMIT');
  return rows;
}

const arrayLiteral = (items: readonly string[]) => `{${items.map((s) => `"${s.replace(/["\\]/g, (ch) => `\\${ch}`)}"`).join(',')}}`;

/** Read (the same snapshot loader, a batch at a time), compute (the engine), COPY the proposals into detected_right. */
async function detectionBaseline(pool: Pool, importId: string): Promise<{ households: number; rights: number }> {
  const reader = await pool.connect();
  const writer = await pool.connect();
  const period = currentParisPeriod(new Date(`${TODAY}T12:00:00Z`));
  let households = 0;
  try {
    const w = new CopyWriter(
      writer.query(
        copyFrom(`COPY detected_right (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, amount_period, received_amount_cents,
                  evaluated_period, explanation, rule_version, parameter_dates, missing_inputs, confidence, source) FROM STDIN`),
      ),
    );
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const { rows } = await reader.query<{ household_id: string }>(
        `SELECT household_id FROM import_household WHERE import_id = $1 AND household_id > $2 ORDER BY household_id LIMIT 5000`,
        [importId, after],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1].household_id;
      const loaded = await loadHouseholdSnapshots(reader, rows.map((r) => r.household_id));
      for (const { snapshot } of loaded.values()) {
        households++;
        for (const a of detect(snapshot, period, { blocked: new Set(), decided: new Set() }).assessments.filter(isProposal)) {
          await w.push([
            snapshot.id, snapshot.organisationId, snapshot.territoryId, a.benefit, 'detecte', a.estimatedAmountCents, a.amountPeriod, a.receivedAmountCents,
            a.period, JSON.stringify(explanationSteps(a)), a.ruleVersion, JSON.stringify(parameterDatesRecord(a)), arrayLiteral(a.missingInputs), a.confidence, 'moteur',
          ]);
        }
      }
    }
    await w.end();
    return { households, rights: w.count };
  } finally {
    reader.release();
    writer.release();
  }
}

// ---------------------------------------------------------------- main

async function emptyHouseholds(pool: Pool) {
  await pool.query(`TRUNCATE household, partner_import CASCADE`);
  await pool.query(`UPDATE territory SET household_seq = 0`);
  await pool.query(`VACUUM ANALYZE household, person, income, detected_right, import_staging`);
}

async function main() {
  const sizes = (arg('rows') ?? '100000,1000000').split(',').map(Number);
  const detectUpTo = Number(arg('detect-rows') ?? 100_000);
  const keep = process.argv.includes('--keep');
  const url = await createMigratedDatabase('recours_bench_imports', baseDatabaseUrl());
  const pool = new Pool({ connectionString: url, max: 4 });
  if (process.env.BENCH_EXPLAIN) {
    // Plans of the statements slower than BENCH_EXPLAIN ms, in the server's log (superuser only).
    pool.on('connect', (c) => void c.query(`LOAD 'auto_explain'; SET auto_explain.log_min_duration = ${Number(process.env.BENCH_EXPLAIN)}; SET auto_explain.log_analyze = on; SET auto_explain.log_nested_statements = on`));
  }
  console.log(`database ${new URL(url).pathname.slice(1)}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const table: string[] = [];
  const failures: string[] = [];
  try {
    await pool.query(
      `INSERT INTO territory (id, code, name) VALUES ($1, 'BANC', 'Département du banc');
       INSERT INTO organisation (id, name, kind, territory_id) VALUES ($2, 'Bailleur du banc', 'ccas', $1);
       INSERT INTO app_user (id, email, display_name, role, organisation_id, password_hash) VALUES ($3, 'banc@recours.test', 'Banc', 'social_worker', $2, 'x');`.replace(/\$1/g, `'${TERRITORY}'`).replace(/\$2/g, `'${ORG}'`).replace(/\$3/g, `'${USER}'`),
    );
    for (const n of sizes) {
      const file = path.join(os.tmpdir(), `recours-bench-import-${process.pid}-${n}.csv`);
      let t = performance.now();
      const written = await writeCsv(file, n);
      console.log(`\n${n.toLocaleString('en-US')} rows: file ${Math.round(written.bytes / 1024 / 1024)} MB written in ${seconds(performance.now() - t)} s, ${written.valid} valid rows`);

      await emptyHouseholds(pool);
      const c = await pool.connect();
      t = performance.now();
      const copied = await copyBaseline(c, n);
      const copyMs = performance.now() - t;
      c.release();
      console.log(`  raw COPY (household, person, income): ${copied} rows in ${seconds(copyMs)} s`);

      await emptyHouseholds(pool);
      const child = await importInChild(url, file);
      const importMs = child.uploadMs + child.processMs;
      const [status] = (await pool.query(`SELECT rows_read, rows_failed, households_created FROM partner_import WHERE id = $1`, [child.importId])).rows;
      console.log(`  import: upload ${seconds(child.uploadMs)} s + process ${seconds(child.processMs)} s, ${JSON.stringify(status)}, peak RSS ${mib(child.maxRssKb)} MiB`);
      if (status.households_created !== written.valid) failures.push(`${n}: ${status.households_created} households created, ${written.valid} valid rows`);
      const importRatio = copyMs / importMs;
      table.push(
        `| import ${n.toLocaleString('en-US')} rows | ${perSecond(written.valid, importMs)} rows/s (${seconds(importMs)} s) | raw COPY ${perSecond(copied, copyMs)} rows/s (${seconds(copyMs)} s) | ${importRatio.toFixed(2)}× (≥ 0.5) | ${mib(child.maxRssKb)} MiB${n >= 1_000_000 ? ' (< 1024)' : ''} |`,
      );
      if (n >= 1_000_000 && child.maxRssKb >= 1024 * 1024) failures.push(`${n}: peak RSS ${mib(child.maxRssKb)} MiB`);

      if (n <= detectUpTo) {
        t = performance.now();
        const base = await detectionBaseline(pool, child.importId);
        const baseMs = performance.now() - t;
        console.log(`  detection baseline (read, compute, COPY): ${base.households} households, ${base.rights} rights in ${seconds(baseMs)} s`);
        await pool.query(`TRUNCATE detected_right CASCADE`);
        t = performance.now();
        const detected = await detectImport(pool, child.importId, { batchSize: DETECT_BATCH, fingerprint: rulesetFingerprint(), period: currentParisPeriod(new Date(`${TODAY}T12:00:00Z`)), today: TODAY });
        const detectMs = performance.now() - t;
        if (profile) console.log(`  statements so far:\n${profile()}`);
        const rights = Number((await pool.query(`SELECT count(*) AS n FROM detected_right`)).rows[0].n);
        console.log(`  detectImport: ${JSON.stringify(detected)}, ${rights} rights in ${seconds(detectMs)} s`);
        if (rights !== base.rights) failures.push(`${n}: detectImport wrote ${rights} rights, the baseline ${base.rights}`);
        table.push(
          `| detection ${base.households.toLocaleString('en-US')} households | ${perSecond(base.households, detectMs)} households/s (${seconds(detectMs)} s) | read-compute-COPY ${perSecond(base.households, baseMs)} households/s (${seconds(baseMs)} s) | ${(baseMs / detectMs).toFixed(2)}× (≥ 0.3) | |`,
        );
      }
      await rm(file, { force: true });
    }
    console.log(`\n| run | product | baseline | ratio (target) | peak RSS |\n|---|---|---|---|---|\n${table.join('\n')}`);
    if (failures.length) {
      console.log(`\nCHECKS FAILED:\n  ${failures.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    await pool.end();
    if (keep) console.log(`kept ${url}`);
    else await dropDatabase(url);
  }
}

if (process.argv[2] === '--child') {
  runImportChild(process.argv[3], process.argv[4]).then(
    (r) => process.send!(r, () => process.exit(0)),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
} else {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
