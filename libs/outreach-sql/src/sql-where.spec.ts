import { sqlLiterals, SqlWhere } from './sql-where';

describe('SqlWhere', () => {
  it('numbers the parameters in the order they are bound, one per add, every ? of a fragment sharing it', () => {
    const w = new SqlWhere().add('h.organisation_id = ?', 'org').raw("h.status = 'active'").add('(a ILIKE ? OR b ILIKE ?)', '%x%');
    expect(w.sql).toBe("h.organisation_id = $1 AND h.status = 'active' AND (a ILIKE $2 OR b ILIKE $2)");
    expect(w.params).toEqual(['org', '%x%']);
    expect(w.nextPlaceholder()).toBe('$3');
  });

  it('binds a parameter used outside the conditions between two conditions', () => {
    const w = new SqlWhere().add('a = ?', 1);
    expect(w.bind('2026-03-01')).toBe('$2');
    expect(w.add('b = ?', 3).sql).toBe('a = $1 AND b = $3');
    expect(w.params).toEqual([1, '2026-03-01', 3]);
  });

  it('is TRUE without any condition', () => {
    expect(new SqlWhere().sql).toBe('TRUE');
  });
});

describe('sqlLiterals', () => {
  it('quotes enum values for an IN list', () => {
    expect(sqlLiterals(['a_faire', 'en_cours'])).toBe("'a_faire', 'en_cours'");
  });

  it('refuses an empty list and anything that is not an enum value', () => {
    expect(() => sqlLiterals([])).toThrow(/empty/);
    expect(() => sqlLiterals(["x' OR 1=1 --"])).toThrow(/not an enum value/);
  });
});
