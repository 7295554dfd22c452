/**
 * Today's date in Paris as 'YYYY-MM-DD': dates of law, due dates and outreach blocks are French
 * calendar dates, whatever the time zone of the server or the browser. The API, the worker and the
 * back office all take "today" from here.
 */
export function parisToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
