// Working days of the French administration: Monday to Friday except public holidays, taken from
// @socialgouv/jours-feries (maintained by the French social ministries) rather than a table of our own.
// Dates are 'YYYY-MM-DD' calendar dates; arithmetic is done in UTC so the server's time zone never matters.
// The package ships no types: its one function (local-midnight Dates by French name; `alsace` adds
// Good Friday and St Stephen's Day), typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const joursFeries = require('@socialgouv/jours-feries') as (year: number, options?: { alsace?: boolean }) => Record<string, Date>;

/** Organisations in Moselle (57), Bas-Rhin (67) and Haut-Rhin (68) also rest on Good Friday and St Stephen's Day. */
export const ALSACE_MOSELLE_DEPARTEMENTS = ['57', '67', '68'] as const;

export function isAlsaceMoselle(departementCode: string | null | undefined): boolean {
  return (ALSACE_MOSELLE_DEPARTEMENTS as readonly string[]).includes(departementCode ?? '');
}

export type CalendarOptions = Readonly<{ alsaceMoselle: boolean }>;

const cache = new Map<string, ReadonlySet<string>>();

/** The public holidays of a year as 'YYYY-MM-DD'. */
export function publicHolidays(year: number, options: CalendarOptions): ReadonlySet<string> {
  const key = `${year}-${options.alsaceMoselle}`;
  let days = cache.get(key);
  if (!days) {
    // The library builds local-midnight Dates: read them back with the local getters.
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    days = new Set(Object.values(joursFeries(year, { alsace: options.alsaceMoselle })).map(iso));
    cache.set(key, days);
  }
  return days;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(date: string): Date {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

export function addCalendarDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isWorkingDay(date: string, options: CalendarOptions): boolean {
  const d = toUtc(date);
  const weekday = d.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !publicHolidays(d.getUTCFullYear(), options).has(date);
}

/** The n-th working day after `date` (n ≥ 1); `date` itself never counts, whatever day it is. */
export function addWorkingDays(date: string, n: number, options: CalendarOptions): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer: ${n}`);
  let current = date;
  for (let left = n; left > 0; ) {
    current = addCalendarDays(current, 1);
    if (isWorkingDay(current, options)) left -= 1;
  }
  return current;
}

// Built once: constructing an Intl.DateTimeFormat costs ~0.1 ms, and a batch of 10 000 task
// reminders asked for tens of thousands of them (2.6 s of CPU).
const PARIS_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const PARIS_OFFSET = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' });

/** The calendar date in Paris of an instant. */
export function parisDate(instant: Date): string {
  return PARIS_DATE.format(instant);
}

/** The instant of `hh:00` in Paris on a calendar date (winter and summer time alike). */
export function parisTime(date: string, hour: number): Date {
  const guess = new Date(toUtc(date).getTime() + hour * 3_600_000);
  const offset = PARIS_OFFSET.formatToParts(guess)
    .find((p) => p.type === 'timeZoneName')?.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(offset ?? '');
  const minutes = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  return new Date(guess.getTime() - minutes * 60_000);
}
