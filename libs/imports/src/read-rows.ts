// Streams the records of an uploaded file, CSV or XLSX, one at a time (never the whole file in memory).
// CSV goes through iconv-lite (Windows-1252, BOM) and csv-parse; XLSX through exceljs's streaming reader.
import { parse, type CsvError } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { Readable } from 'node:stream';
import { ImportFileError } from './errors';
import { HEAD_BYTES, sniffSource, type SourceInfo } from './source';

/** A record as read: its line in the file (header = 1) and its cells as text, or why it is unreadable. */
export type SourceRecord = { line: number; cells: string[]; unreadable?: undefined } | { line: number; cells?: undefined; unreadable: string };

/** Opens the stored upload from its start; called twice (once to sniff, once to read). */
export type OpenUpload = () => Readable;

export async function readHead(open: OpenUpload, bytes = HEAD_BYTES): Promise<Buffer> {
  const stream = open();
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length >= bytes) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks).subarray(0, bytes);
}

export async function inspectUpload(open: OpenUpload): Promise<SourceInfo> {
  return sniffSource(await readHead(open));
}

/** Every record of the file, the header first. */
export async function* readRecords(open: OpenUpload, source: SourceInfo): AsyncGenerator<SourceRecord> {
  if (source.format === 'xlsx') yield* readXlsx(open);
  else yield* readCsv(open, source);
}

async function* readCsv(open: OpenUpload, source: SourceInfo): AsyncGenerator<SourceRecord> {
  const skipped: SourceRecord[] = [];
  const parser = parse({
    delimiter: source.delimiter ?? ';',
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    max_record_size: 64 * 1024,
    on_skip: (err: CsvError | undefined) => {
      const line = Number((err as { lines?: number } | undefined)?.lines ?? 0);
      skipped.push({ line, unreadable: `ligne illisible (${describeCsvError(err)})` });
      return undefined;
    },
  });
  const input = open();
  input.on('error', (err) => parser.destroy(err));
  const decoder = iconv.decodeStream(source.encoding ?? 'utf-8', { stripBOM: true });
  input.pipe(decoder).pipe(parser);
  try {
    yield* numberedCsvRecords(parser, skipped);
  } finally {
    // Stops reading the stored file when the caller stops early (header only, dry run).
    input.destroy();
  }
}

async function* numberedCsvRecords(parser: AsyncIterable<unknown>, skipped: SourceRecord[]): AsyncGenerator<SourceRecord> {
  // Lines are counted here, as an editor or a spreadsheet numbers them (blank lines and line breaks
  // inside quoted cells included): csv-parse's own count is off after blank lines.
  let line = 1;
  for await (const record of parser as AsyncIterable<string[]>) {
    const start = line;
    line += 1 + record.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
    if (record.every((cell) => cell.trim() === '')) continue;
    yield { line: start, cells: record };
  }
  // Records csv-parse could not read (e.g. an unclosed quote) come last, with csv-parse's line.
  while (skipped.length) yield skipped.shift()!;
}

function describeCsvError(err: CsvError | undefined): string {
  switch (err?.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'guillemet non fermé';
    case 'CSV_MAX_RECORD_SIZE':
      return 'ligne trop longue';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'guillemet mal placé';
    default:
      return err?.code ?? 'erreur de lecture';
  }
}

async function* readXlsx(open: OpenUpload): AsyncGenerator<SourceRecord> {
  const input = open();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      let width: number | undefined;
      for await (const row of sheet) {
        const values = row.values as unknown[];
        // exceljs rows are 1-based: values[0] is always empty.
        const cells = values.slice(1).map(cellText);
        // A sheet stores no empty trailing cell: a row is as wide as its header (the first row) unless
        // it really holds a value past the last header.
        if (width === undefined) width = cells.length;
        else {
          while (cells.length > width && cells[cells.length - 1] === '') cells.pop();
          while (cells.length < width) cells.push('');
        }
        yield { line: row.number, cells };
      }
      return; // the first worksheet only
    }
  } catch (err) {
    if (err instanceof ImportFileError) throw err;
    throw new ImportFileError(`Classeur XLSX illisible : ${(err as Error).message}`);
  } finally {
    input.destroy();
  }
  throw new ImportFileError('Le classeur XLSX ne contient aucune feuille.');
}

/** A cell as text. A formula is never evaluated: its cached result is read, as the spreadsheet showed it. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result);
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.text !== undefined) return cellText(v.text);
    if (v.error) return '';
  }
  return String(value);
}
