// How one value of an exported list is written: French labels and formats, Paris local times, and
// no cell a spreadsheet would run as a formula. Pure functions, shared by the CSV and XLSX writers.

/** What a column holds; it decides the CSV text and the XLSX cell type and number format. */
export type CellKind = 'text' | 'integer' | 'money' | 'date' | 'datetime' | 'boolean';
export type CellValue = string | number | boolean | Date | null | undefined;

export interface ExportColumn<R> {
  /** French header, as the evaluator or the manager reads it. */
  header: string;
  kind?: CellKind;
  value: (row: R) => CellValue;
  /** XLSX column width, in characters. */
  width?: number;
}

/**
 * A text a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, tab or carriage return
 * first) gets a leading apostrophe (OWASP "CSV injection"); it is then shown as typed.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

const PARIS_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time of a moment in Paris, as numbers. */
export function parisWallClock(moment: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts = Object.fromEntries(PARIS_PARTS.formatToParts(moment).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** '2026-03-01' → '01/03/2026' (a date of law is a calendar date: no time zone). */
export function frenchDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/** A moment as Paris local time, '01/03/2026 14:05'. */
export function parisDateTime(moment: Date): string {
  const t = parisWallClock(moment);
  return `${pad(t.day)}/${pad(t.month)}/${t.year} ${pad(t.hour)}:${pad(t.minute)}`;
}

const asDate = (v: CellValue): Date => (v instanceof Date ? v : new Date(String(v)));

/** The CSV text of a cell (French decimal comma; the CSV separator is `;`). */
export function csvText(kind: CellKind, value: CellValue): string {
  if (value === null || value === undefined || value === '') return '';
  switch (kind) {
    case 'integer':
      return String(value);
    case 'money':
      return (Number(value) / 100).toFixed(2).replace('.', ',');
    case 'date':
      return frenchDate(value instanceof Date ? value.toISOString() : String(value));
    case 'datetime':
      return parisDateTime(asDate(value));
    case 'boolean':
      return value ? 'Oui' : 'Non';
    case 'text':
      return neutralise(String(value));
  }
}

/** One CSV cell, quoted when it holds the separator, a quote or a line break. */
export function csvCell(kind: CellKind, value: CellValue): string {
  const text = csvText(kind, value);
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow<R>(columns: readonly ExportColumn<R>[], row: R): string {
  return columns.map((c) => csvCell(c.kind ?? 'text', c.value(row))).join(';') + '\r\n';
}

export function csvHeader(columns: readonly ExportColumn<unknown>[]): string {
  return columns.map((c) => csvCell('text', c.header)).join(';') + '\r\n';
}

/** The XLSX value of a cell: numbers stay numbers, times are Paris wall-clock dates (Excel has no zone). */
export function xlsxValue(kind: CellKind, value: CellValue): string | number | Date | null {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'integer':
      return Number(value);
    case 'money':
      return Number(value) / 100;
    case 'date': {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value instanceof Date ? value.toISOString() : String(value));
      return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : neutralise(String(value));
    }
    case 'datetime': {
      const t = parisWallClock(asDate(value));
      return new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second));
    }
    case 'boolean':
      return value ? 'Oui' : 'Non';
    case 'text':
      return neutralise(String(value));
  }
}

export const XLSX_NUMBER_FORMATS: Partial<Record<CellKind, string>> = {
  money: '#,##0.00 "€"',
  date: 'dd/mm/yyyy',
  datetime: 'dd/mm/yyyy hh:mm',
};

/** A label from a French label table; an unknown code is shown as is. */
export function labelOf(labels: Readonly<Record<string, string>>, code: string | number | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  return labels[String(code)] ?? String(code);
}
