// The row-level report as CSV (`;`-separated, UTF-8 with BOM so that spreadsheets open it in French).
import type { RowError } from './errors';

export const REPORT_HEADER = ['ligne', 'champ', 'valeur lue', 'erreur'] as const;

/**
 * One CSV cell. A value that a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`,
 * tab or carriage return first) is neutralised with a leading apostrophe (OWASP "CSV injection").
 */
export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null)[]): string {
  return cells.map(csvCell).join(';') + '\r\n';
}

export function reportLine(e: RowError): string {
  return csvLine([e.line, e.field ?? '', e.value ?? '', e.message]);
}
