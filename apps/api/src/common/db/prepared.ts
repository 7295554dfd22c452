// Fixed SQL texts run on every request (the session lookup, the household page) as named prepared
// statements: PostgreSQL parses and analyses each once per connection instead of once per request, and
// TypeORM's query runner (a wrapper object, a pool checkout and release) is skipped.
// Only for texts from a fixed set: a name is kept per connection for the connection's life, so a text
// built from request values (a list's filters, its page size) would grow every connection's statement
// cache without bound.
import { createHash } from 'node:crypto';
import type { Pool, QueryResultRow } from 'pg';
import { QueryFailedError, type DataSource } from 'typeorm';

const names = new Map<string, string>();

/** The statement's name: derived from its text, so two texts never share one. */
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `recours_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs `text` (from a fixed set of texts) as a named prepared statement on the DataSource's pool; its rows.
 * A failure is thrown as TypeORM's QueryFailedError, as `em.query` would, so the exception filter maps its
 * SQLSTATE the same way.
 */
export async function preparedQuery<T extends QueryResultRow>(db: DataSource, text: string, values: unknown[]): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  try {
    const { rows } = await pool.query<T>({ name: nameOf(text), text, values });
    return rows;
  } catch (err) {
    throw new QueryFailedError(text, values, err as Error);
  }
}
