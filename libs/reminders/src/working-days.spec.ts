import { addCalendarDays, addWorkingDays, isAlsaceMoselle, isWorkingDay, parisDate, parisTime, publicHolidays } from './working-days';

const france = { alsaceMoselle: false };
const alsace = { alsaceMoselle: true };

describe('working days', () => {
  it('knows the moving holidays of 2026: Easter Monday, Ascension, Whit Monday', () => {
    const days = publicHolidays(2026, france);
    expect(days.has('2026-04-06')).toBe(true); // Lundi de Pâques
    expect(days.has('2026-05-14')).toBe(true); // Ascension
    expect(days.has('2026-05-25')).toBe(true); // Lundi de Pentecôte
    expect(days.has('2026-04-03')).toBe(false); // Vendredi saint: Alsace-Moselle only
    expect(days.size).toBe(11);
  });

  it('adds Good Friday and St Stephen’s Day in Alsace-Moselle only', () => {
    expect(isWorkingDay('2026-04-03', france)).toBe(true);
    expect(isWorkingDay('2026-04-03', alsace)).toBe(false);
    expect(isWorkingDay('2026-12-26', alsace)).toBe(false); // a Saturday anyway
    expect(isWorkingDay('2025-12-26', france)).toBe(true);
    expect(isWorkingDay('2025-12-26', alsace)).toBe(false);
    expect(['57', '67', '68'].map(isAlsaceMoselle)).toEqual([true, true, true]);
    expect(isAlsaceMoselle('23')).toBe(false);
  });

  it('skips weekends and holidays when counting', () => {
    // Friday before Whit Monday: +1 is Tuesday, +2 Wednesday.
    expect(addWorkingDays('2026-05-22', 1, france)).toBe('2026-05-26');
    expect(addWorkingDays('2026-05-22', 2, france)).toBe('2026-05-27');
    // Ascension Thursday 14 May 2026 and the bridge Friday (a working day).
    expect(addWorkingDays('2026-05-13', 1, france)).toBe('2026-05-15');
    // Maundy Thursday in Strasbourg: Good Friday and Easter Monday are off.
    expect(addWorkingDays('2026-04-02', 1, alsace)).toBe('2026-04-07');
    expect(addWorkingDays('2026-04-02', 1, france)).toBe('2026-04-03');
    // 5 working days from a Monday is the next Monday.
    expect(addWorkingDays('2026-03-02', 5, france)).toBe('2026-03-09');
    // Across the year end: 1 January is off.
    expect(addWorkingDays('2026-12-31', 1, france)).toBe('2027-01-04');
    expect(addWorkingDays('2026-03-02', 0, france)).toBe('2026-03-02');
  });

  it('adds calendar days across months and leap years', () => {
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-01-31', 30)).toBe('2026-03-02');
  });

  it('places a Paris wall-clock hour on the right instant in winter and summer', () => {
    expect(parisTime('2026-01-15', 8).toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(parisTime('2026-07-15', 8).toISOString()).toBe('2026-07-15T06:00:00.000Z');
    expect(parisTime('2026-03-29', 8).toISOString()).toBe('2026-03-29T06:00:00.000Z'); // the day summer time starts
    expect(parisDate(new Date('2026-05-21T22:30:00Z'))).toBe('2026-05-22');
  });
});
