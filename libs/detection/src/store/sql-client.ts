// The slice of node-postgres the detection store needs, declared structurally so this library does
// not depend on a driver: a `pg` Pool / PoolClient fits as is (worker, seed, tests).

export interface SqlResult<R> {
  rows: R[];
  rowCount: number | null;
}

export interface SqlClient {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query<R extends Record<string, any> = Record<string, any>>(text: string, values?: unknown[]): Promise<SqlResult<R>>;
}

export interface SqlPool extends SqlClient {
  connect(): Promise<SqlClient & { release(err?: Error | boolean): void }>;
}

/** Runs `fn` in a transaction on one pooled connection (rolled back when it throws). */
export async function inTransaction<T>(pool: SqlPool, fn: (tx: SqlClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    client.release();
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    client.release(err instanceof Error ? err : true);
    throw err;
  }
}
