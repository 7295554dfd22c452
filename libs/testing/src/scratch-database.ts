// Throw-away PostgreSQL databases for integration tests and benchmarks, without NestJS or the API:
// a template migrated once (the repository's migrations), cloned per test file, dropped at the end.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

export const DEFAULT_DATABASE_URL = 'postgres://root@127.0.0.1:5432/recours';
const MIGRATIONS_GLOB = path.resolve(__dirname, '../../../migrations/*.ts');

export function baseDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

export function urlForDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const nameOf = (url: string) => decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));

async function withMaintenance<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: urlForDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database of `url` (optionally as a copy of `template`). */
export async function createDatabase(url: string, template?: string): Promise<void> {
  await withMaintenance(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(nameOf(url))}${template ? ` TEMPLATE ${quoteIdent(template)}` : ''}`));
}

export async function dropDatabase(url: string): Promise<void> {
  await withMaintenance(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(nameOf(url))} WITH (FORCE)`));
}

/** Runs every migration of `migrations/` on the database of `url`. */
export async function migrateDatabase(url: string): Promise<void> {
  const ds = new DataSource({
    type: 'postgres',
    url,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    logging: ['error'],
  });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
  } finally {
    await ds.destroy();
  }
}

/** A new migrated database named `<prefix>_<random>`; returns its URL. */
export async function createMigratedDatabase(prefix: string, base = baseDatabaseUrl()): Promise<string> {
  const url = urlForDatabase(base, `${prefix}_${randomBytes(4).toString('hex')}`);
  await createDatabase(url);
  try {
    await migrateDatabase(url);
  } catch (err) {
    await dropDatabase(url);
    throw err;
  }
  return url;
}

/** A copy of the migrated template named in RECOURS_WORKER_TEST_TEMPLATE (jest global setup). */
export async function cloneTestDatabase(prefix = 'recours_wtest'): Promise<string> {
  const template = process.env.RECOURS_WORKER_TEST_TEMPLATE;
  if (!template) throw new Error('Run with apps/worker/jest.int.config.js (its global setup migrates the template)');
  const url = urlForDatabase(baseDatabaseUrl(), `${prefix}_${randomBytes(5).toString('hex')}`);
  await createDatabase(url, template);
  return url;
}
