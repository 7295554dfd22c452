import { z } from 'zod/v4';
import { ValidationFailedError } from '../errors/domain-errors';
import { EXACT_TOTAL_LIMIT, ListResult, pageTotal, parseListQuery, searchTerms, type ListSpec } from './list-query';

const spec: ListSpec<{ status?: 'a' | 'b' }> = {
  sortable: { name: 't.name', createdAt: 't.created_at' },
  defaultSort: ['name', 'ASC'],
  nullable: ['createdAt'],
  filter: z.object({ status: z.enum(['a', 'b']).optional() }).strict(),
};

const fields = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ValidationFailedError) return e.errors.map((x) => x.field);
    throw e;
  }
  return [];
};

describe('parseListQuery', () => {
  it('applies defaults', () => {
    expect(parseListQuery({}, spec)).toEqual({ sort: { field: 'name', sql: 't.name', order: 'ASC', nullable: false }, offset: 0, limit: 25, filter: {} });
  });

  it('reads react-admin sort/range/filter and caps the page at 100', () => {
    const q = parseListQuery({ sort: '["createdAt","desc"]', range: '[200,999]', filter: '{"status":"b"}' }, spec);
    expect(q).toEqual({ sort: { field: 'createdAt', sql: 't.created_at', order: 'DESC', nullable: true }, offset: 200, limit: 100, filter: { status: 'b' } });
  });

  it('never lets a sort field outside the allow-list reach SQL', () => {
    expect(fields(() => parseListQuery({ sort: '["name; DROP TABLE x","ASC"]' }, spec))).toEqual(['sort']);
    expect(fields(() => parseListQuery({ sort: '["toString","ASC"]' }, spec))).toEqual(['sort']);
  });

  it('reports every bad parameter with its field', () => {
    expect(fields(() => parseListQuery({ sort: '[1]', range: '[5,1]', filter: '{"status":"c","x":1}', page: '2' }, spec))).toEqual([
      'page',
      'sort',
      'range',
      'filter.status',
      'filter.x',
    ]);
    expect(fields(() => parseListQuery({ filter: '[]' }, spec))).toEqual(['filter']);
    expect(fields(() => parseListQuery({ range: ['[0,1]', '[2,3]'] }, spec))).toEqual(['range']);
  });
});

describe('ListResult.contentRange', () => {
  it('formats the ra-data-simple-rest header', () => {
    expect(new ListResult('households', [1, 2, 3], 10, 319).contentRange()).toBe('households 10-12/319');
    expect(new ListResult('households', [], 400, 319).contentRange()).toBe('households */319');
  });

  it('says `*` for a total above the threshold', () => {
    expect(new ListResult('households', [1, 2], 25, null).contentRange()).toBe('households 25-26/*');
  });
});

describe('pageTotal', () => {
  const counter = (rows: number) => {
    const asked: number[] = [];
    return { asked, count: async (n: number) => (asked.push(n), Math.min(rows, n)) };
  };

  it('needs no count when the page is not full', async () => {
    const c = counter(0);
    expect(await pageTotal({ offset: 50, limit: 25 }, 7, c.count)).toBe(57);
    expect(await pageTotal({ offset: 0, limit: 25 }, 0, c.count)).toBe(0);
    expect(c.asked).toEqual([]);
  });

  it('counts exactly up to the threshold, and gives up (null) above it', async () => {
    const small = counter(4_321);
    expect(await pageTotal({ offset: 0, limit: 25 }, 25, small.count)).toBe(4_321);
    expect(small.asked).toEqual([EXACT_TOTAL_LIMIT + 1]);
    expect(await pageTotal({ offset: 0, limit: 25 }, 25, counter(EXACT_TOTAL_LIMIT).count)).toBe(EXACT_TOTAL_LIMIT);
    expect(await pageTotal({ offset: 0, limit: 25 }, 25, counter(2_000_000).count)).toBeNull();
  });

  it('trusts a planner estimate far above the threshold, and counts below it', async () => {
    const big = counter(2_000_000);
    expect(await pageTotal({ offset: 0, limit: 25 }, 25, big.count, async () => 100_000)).toBeNull();
    expect(big.asked).toEqual([]);
    const near = counter(9_000);
    expect(await pageTotal({ offset: 0, limit: 25 }, 25, near.count, async () => 20_000)).toBe(9_000);
  });
});

describe('searchTerms', () => {
  it('splits words and escapes LIKE wildcards', () => {
    expect(searchTerms('  Hélène  100%_x ')).toEqual(['%Hélène%', '%100\\%\\_x%']);
    expect(searchTerms(undefined)).toEqual([]);
  });
});
