import { parisToday } from './calendar';

describe('parisToday', () => {
  it('uses the French calendar day, not UTC nor the local time zone', () => {
    expect(parisToday(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01'); // winter: UTC+1
    expect(parisToday(new Date('2026-07-14T21:59:00Z'))).toBe('2026-07-14'); // summer: UTC+2
    expect(parisToday(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
  });
});
