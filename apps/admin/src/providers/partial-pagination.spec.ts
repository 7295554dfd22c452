import { withPartialPagination } from './partial-pagination';

describe('withPartialPagination', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i }));

  it('keeps an exact total as it is', () => {
    const page = { data: rows(25), total: 319 };
    expect(withPartialPagination(page, { page: 1, perPage: 25 })).toBe(page);
  });

  it('turns an unknown total (Content-Range …/*, read as NaN) into pageInfo', () => {
    expect(withPartialPagination({ data: rows(25), total: NaN }, { page: 1, perPage: 25 })).toEqual({
      data: rows(25),
      total: undefined,
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
    });
    const last: { data: unknown[]; total?: number; pageInfo?: object } = { data: rows(3), total: NaN };
    expect(withPartialPagination(last, { page: 401, perPage: 25 }).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
  });
});
