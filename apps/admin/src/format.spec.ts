import {
  ageOn,
  centsToEuros,
  daysBetween,
  eurosToCents,
  formatCents,
  formatEurosRounded,
  formatIsoDate,
  formatIsoMonth,
  formatRightAmount,
  formatTimestamp,
  plural,
} from './format';

// Intl uses narrow no-break spaces in French; normalise them to compare readable strings.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('money', () => {
  it('formats integer cents as French euros', () => {
    expect(plain(formatCents(123456))).toBe('1 234,56 €');
    expect(plain(formatCents(0))).toBe('0,00 €');
    expect(formatCents(null)).toBe('');
  });

  it('parses euros typed with a comma or a point into integer cents', () => {
    expect(eurosToCents('1234,56')).toBe(123456);
    expect(eurosToCents('0.1')).toBe(10);
    expect(eurosToCents(19.99)).toBe(1999);
    expect(eurosToCents('')).toBeNull();
    expect(eurosToCents('abc')).toBeNull();
    expect(centsToEuros(123456)).toBe(1234.56);
    expect(centsToEuros(null)).toBe('');
  });

  it('shows the period of an estimated amount (annual for the chèque énergie)', () => {
    expect(plain(formatRightAmount(31200, 'mensuel'))).toBe('312,00 €/mois');
    expect(plain(formatRightAmount(19400, 'annuel'))).toBe('194,00 €/an');
    expect(formatRightAmount(null, 'mensuel')).toBe('');
    expect(formatRightAmount(0, 'mensuel', 'css')).toBe('sans participation');
    expect(plain(formatRightAmount(2100, 'mensuel', 'css'))).toBe('participation 21,00 €/mois');
    expect(plain(formatEurosRounded(1234567))).toBe('12 346 €');
  });

  it('counts in French: 0 and 1 are singular', () => {
    expect(plural(0, 'foyer')).toBe('0 foyer');
    expect(plural(1, 'foyer')).toBe('1 foyer');
    expect(plain(plural(1200, 'foyer'))).toBe('1 200 foyers');
  });
});

describe('dates', () => {
  it('formats dates of law without a time zone shift', () => {
    expect(formatIsoDate('2024-03-09')).toBe('09/03/2024');
    expect(formatIsoMonth('2024-02')).toBe('févr. 2024');
    expect(formatIsoDate(undefined)).toBe('');
  });

  it('shows instants in Paris time', () => {
    expect(formatTimestamp('2024-07-01T22:30:00Z')).toBe('02/07/2024 à 00:30');
  });

  it('computes an age from a birth date, birthday included', () => {
    expect(ageOn('1990-05-10', '2024-05-09')).toBe(33);
    expect(ageOn('1990-05-10', '2024-05-10')).toBe(34);
    expect(ageOn(null, '2024-05-10')).toBeNull();
  });

  it('counts calendar days across a daylight-saving change', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2025-01-10', '2025-01-08')).toBe(-2);
  });
});
