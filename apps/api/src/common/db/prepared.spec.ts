import { QueryFailedError, type DataSource } from 'typeorm';
import { preparedQuery } from './prepared';

/** A DataSource whose pool records the statements it is given and answers `answer`. */
function fakeDb(answer: (q: { name: string; text: string; values: unknown[] }) => unknown) {
  const seen: { name: string; text: string; values: unknown[] }[] = [];
  const pool = {
    query: async (q: { name: string; text: string; values: unknown[] }) => {
      seen.push(q);
      return answer(q);
    },
  };
  return { db: { driver: { master: pool } } as unknown as DataSource, seen };
}

describe('preparedQuery', () => {
  it('names each text once and never gives two texts the same name', async () => {
    const { db, seen } = fakeDb(() => ({ rows: [{ ok: true }] }));
    expect(await preparedQuery(db, 'SELECT $1::int AS n', [1])).toEqual([{ ok: true }]);
    await preparedQuery(db, 'SELECT $1::int AS n', [2]);
    await preparedQuery(db, 'SELECT $1::text AS n', ['x']);
    expect(seen[0].name).toBe(seen[1].name);
    expect(seen[2].name).not.toBe(seen[0].name);
    expect(seen.map((q) => q.values)).toEqual([[1], [2], ['x']]);
  });

  it('throws a failure as QueryFailedError with its SQLSTATE, as em.query does (the exception filter maps it)', async () => {
    const { db } = fakeDb(() => {
      throw Object.assign(new Error('invalid input syntax for type uuid'), { code: '22P02' });
    });
    const failure = await preparedQuery(db, 'SELECT $1::uuid', ['x']).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(QueryFailedError);
    expect((failure as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('22P02');
  });
});
