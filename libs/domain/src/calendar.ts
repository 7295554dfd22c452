// One formatter for the process: building one (time zone data, locale resolution) cost 8 % of the API's
// CPU on a campaign preview, which asks for today once per request (bench/lists-at-scale.bench.ts).
const PARIS_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Today's date in Paris as 'YYYY-MM-DD': dates of law, due dates and outreach blocks are French
 * calendar dates, whatever the time zone of the server or the browser. The API, the worker and the
 * back office all take "today" from here.
 */
export function parisToday(now: Date = new Date()): string {
  return PARIS_DATE.format(now);
}
