// Calendar helpers on 'YYYY-MM' / 'YYYY-MM-DD' strings: no local-time Date arithmetic.
import { parisToday } from '@recours/domain';

/** The current month in Paris ('YYYY-MM'): detection evaluates the month the caseworker lives in. */
export function currentParisPeriod(now: Date = new Date()): string {
  return parisToday(now).slice(0, 7);
}

/**
 * Age in whole years during `period`, counting a birthday that falls in the month as reached
 * (the engine's convention: ages are "during the month"). Negative when born after the month.
 */
export function ageDuring(birthDate: string, period: string): number {
  const by = Number(birthDate.slice(0, 4));
  const bm = Number(birthDate.slice(5, 7));
  const py = Number(period.slice(0, 4));
  const pm = Number(period.slice(5, 7));
  return py - by - (pm < bm ? 1 : 0);
}

/** Whether a monthly income applies during `period` (start and end months inclusive). */
export function activeIn(income: { startMonth: string; endMonth: string | null }, period: string): boolean {
  return income.startMonth <= period && (income.endMonth === null || income.endMonth >= period);
}
