import { Logger } from '@nestjs/common';
import { Pool, types } from 'pg';

// DATE columns stay 'YYYY-MM-DD' strings (dates of law), never local-time Date objects.
types.setTypeParser(types.builtins.DATE, (v: string) => v);

const logger = new Logger('PgPool');

/**
 * The worker's PostgreSQL pool: raw parameterised SQL in small repositories, no ORM. An idle client
 * whose connection dies (PostgreSQL restarted, a proxy cut) makes the pool emit 'error': without a
 * listener that is an uncaught exception and the whole worker exits. The pool drops that client and
 * opens a new connection on the next query; the jobs that were using it fail and are retried. A
 * checked-out client between two queries of a transaction emits it on itself: same listener, its next
 * query fails, the transaction's job is retried and the broken client is dropped when released.
 */
export function createWorkerPool(url: string, max = 10): Pool {
  const pool = new Pool({ connectionString: url, max, application_name: 'recours-worker', connectionTimeoutMillis: 10_000 });
  pool.on('error', (err) => logger.warn({ err: err.message }, 'idle PostgreSQL connection lost'));
  pool.on('connect', (client) => client.on('error', (err) => logger.warn({ err: err.message }, 'PostgreSQL connection lost')));
  return pool;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `write` until it succeeds or `deadline` (epoch ms) passes, waiting 100 ms, 200 ms… up to 1 s
 * between tries. For the write that records something already done outside PostgreSQL (an e-mail
 * the SMTP server accepted): giving up at once would leave the row claimed and the e-mail sent again
 * after the lease; retried while PostgreSQL restarts, it is recorded once it is back.
 */
export async function untilWritten<T>(write: () => Promise<T>, deadline: number): Promise<T> {
  for (let wait = 100; ; wait = Math.min(wait * 2, 1_000)) {
    try {
      return await write();
    } catch (err) {
      if (Date.now() + wait >= deadline) throw err;
      logger.warn({ err: err instanceof Error ? err.message : String(err), retryInMs: wait }, 'PostgreSQL write failed, retrying');
      await sleep(wait);
    }
  }
}
