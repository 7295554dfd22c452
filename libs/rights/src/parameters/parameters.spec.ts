// Dated parameters: lookups by date, refusal outside the window, and the staleness guard.
import { allParameters, defineParameter, lookup, ParameterPeriodError, valueAt } from './dated';
import { evaluateHousehold } from '../evaluate';
import { adult, household } from '../testing/build';
import '../index';

// The test's notion of "today" is the real clock: a stamp older than 12 months fails the build.
const today = new Date().toISOString().slice(0, 10);

function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

describe('dated parameters', () => {
  const p = defineParameter({
    name: 'test.exemple', description: 'exemple', unit: 'EUR', reference: { text: 'CSS', article: 'L1' },
    values: [{ from: '2024-04-01', value: 10 }, { from: '2025-04-01', value: 11 }], stillValidOn: '2025-12-31',
  });

  it('returns the value in force at a date or month', () => {
    expect(valueAt(p, '2025-03')).toBe(10);
    expect(valueAt(p, '2025-04')).toBe(11);
    expect(lookup(p, '2025-06-15').use).toMatchObject({ from: '2025-04-01', stale: false });
  });

  it('refuses a period before the first value', () => {
    expect(() => valueAt(p, '2024-03')).toThrow(ParameterPeriodError);
  });

  it('flags a period after the stamp and refuses one more than 12 months after', () => {
    expect(lookup(p, '2026-06').use.stale).toBe(true);
    expect(() => valueAt(p, '2027-01')).toThrow(/vérifiée le 2025-12-31/);
  });

  it('rejects unordered dates', () => {
    expect(() => defineParameter({ ...p, name: 'test.desordre', values: [{ from: '2025-01-01', value: 1 }, { from: '2024-01-01', value: 2 }] })).toThrow();
  });

  it('every parameter used by a rule has been checked within the last 12 months', () => {
    // Evaluating a household resolves the parameters of every rule at least once.
    evaluateHousehold(household('2026-06', [adult(40)]));
    const stale = allParameters()
      .filter((x) => !x.name.startsWith('test.'))
      .filter((x) => monthsBetween(x.stillValidOn, today) > 12)
      .map((x) => `${x.name} (${x.stillValidOn})`);
    expect(stale).toEqual([]);
  });
});
