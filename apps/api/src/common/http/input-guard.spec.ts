import { decodeUtf8, findNul, jsonDepthExceeds, parseGuardedJson } from './input-guard';
import { isMoment } from './zod-fields';

describe('input guard', () => {
  it('counts JSON depth outside strings only', () => {
    expect(jsonDepthExceeds('[[[]]]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[[[]]]]', 3)).toBe(true);
    expect(jsonDepthExceeds('{"a":"[[[[[[\\"[["}', 1)).toBe(false);
  });

  it('finds the path of a NUL character in values and keys', () => {
    expect(findNul({ a: [{ b: 'x' }, { b: 'y\u0000' }] })).toBe('a[1].b');
    expect(findNul({ ['k\u0000']: 1 })).toBe('k\\u0000');
    expect(findNul({ a: 'fine', n: 1 })).toBeNull();
  });

  it('parses JSON text with the checks, naming the field', () => {
    expect(parseGuardedJson('{"q":"a\\u0000"}', 'filter')).toEqual({ ok: false, error: { field: 'filter.q', message: 'caractère nul interdit' } });
    expect(parseGuardedJson('[1,', 'range')).toEqual({ ok: false, error: { field: 'range', message: 'doit être du JSON valide' } });
    expect(parseGuardedJson('[0,24]', 'range')).toEqual({ ok: true, value: [0, 24] });
  });

  it('refuses invalid UTF-8', () => {
    expect(decodeUtf8(Buffer.from([0x63, 0xc3, 0x28]))).toBeNull();
    expect(decodeUtf8(Buffer.from('café'))).toBe('café');
  });

  it('accepts only moments that exist, with a zone when a time is given', () => {
    for (const ok of ['2026-03-02', '2026-03-02T10:30:00+01:00', '2026-03-02T10:30Z', '2024-02-29T23:59:59.123Z']) expect({ ok, v: isMoment(ok) }).toEqual({ ok, v: true });
    for (const bad of ['2026-02-30', '2026-02-30T10:00:00Z', '9999-12-31T10:00:00Z', '2026-03-02T25:00:00Z', '2026-03-02T10:00:00', '2026-03-02 10:00']) {
      expect({ bad, v: isMoment(bad) }).toEqual({ bad, v: false });
    }
  });
});
