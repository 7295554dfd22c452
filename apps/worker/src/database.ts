import { Pool, types } from 'pg';

// DATE columns stay 'YYYY-MM-DD' strings (dates of law), never local-time Date objects.
types.setTypeParser(types.builtins.DATE, (v: string) => v);

/** The worker's PostgreSQL pool: raw parameterised SQL in small repositories, no ORM. */
export function createWorkerPool(url: string, max = 10): Pool {
  return new Pool({ connectionString: url, max, application_name: 'recours-worker' });
}
