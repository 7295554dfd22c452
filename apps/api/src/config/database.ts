import { Client } from 'pg';

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL ne précise pas de base de données');
  return name;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Runs `fn` on a connection to the maintenance database `postgres` of the same server. */
export async function withMaintenanceClient<T>(url: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database named in `url` when it does not exist. Returns true when created. */
export async function ensureDatabase(url: string, template?: string): Promise<boolean> {
  const name = databaseName(url);
  return withMaintenanceClient(url, async (c) => {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    const from = template ? ` TEMPLATE ${quoteIdent(template)}` : '';
    await c.query(`CREATE DATABASE ${quoteIdent(name)}${from}`);
    return true;
  });
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  await withMaintenanceClient(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

export function urlForDatabase(url: string, database: string): string {
  return withDatabase(url, database);
}
