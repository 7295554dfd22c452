import { csvCell, csvText, neutralise, parisDateTime, xlsxValue } from './export-cells';

describe('export cells', () => {
  it('neutralises a text a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+33 6 12', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(text)).toBe(`'${text}`);
    for (const text of ['Martin', '1+1', ' =x', '']) expect(neutralise(text)).toBe(text);
    expect(xlsxValue('text', '=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
  });

  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('text', 'a;b')).toBe('"a;b"');
    expect(csvCell('text', 'dit "oui"')).toBe('"dit ""oui"""');
    expect(csvCell('text', 'l1\nl2')).toBe('"l1\nl2"');
    expect(csvCell('text', '\rcmd')).toBe(`"'\rcmd"`);
  });

  it('writes French formats and Paris local times (summer and winter)', () => {
    expect(csvText('money', 123456)).toBe('1234,56');
    expect(csvText('money', null)).toBe('');
    expect(csvText('date', '2026-03-05')).toBe('05/03/2026');
    expect(csvText('boolean', true)).toBe('Oui');
    expect(parisDateTime(new Date('2026-01-15T23:30:00Z'))).toBe('16/01/2026 00:30');
    expect(parisDateTime(new Date('2026-07-15T22:30:00Z'))).toBe('16/07/2026 00:30');
    expect((xlsxValue('datetime', new Date('2026-07-15T22:30:00Z')) as Date).toISOString()).toBe('2026-07-16T00:30:00.000Z');
    expect(xlsxValue('money', 1050)).toBe(10.5);
  });
});
