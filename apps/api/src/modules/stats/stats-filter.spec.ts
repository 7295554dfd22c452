import { periodOf } from './stats-filter';
import { monthsOf } from './stats.service';

describe('period of the indicators', () => {
  it('defaults to the twelve months ending today, from the first of the month', () => {
    expect(periodOf({}, '2026-03-15')).toEqual({ from: '2025-04-01', to: '2026-03-15' });
    expect(periodOf({ to: '2026-12-31' }, '2026-03-15')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(periodOf({ from: '2026-02-10' }, '2026-03-15')).toEqual({ from: '2026-02-10', to: '2026-03-15' });
  });

  it('lists every month of a period, across a year end', () => {
    expect(monthsOf({ from: '2025-11-20', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf({ from: '2026-02-01', to: '2026-02-28' })).toEqual(['2026-02']);
  });
});
