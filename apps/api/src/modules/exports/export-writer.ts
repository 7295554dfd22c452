// Streams an exported list as CSV or XLSX while its rows are read (batches from a database cursor):
// the whole list, never a page, with memory bounded by one batch and the writer's buffers.
import ExcelJS from 'exceljs';
import { PassThrough, Readable } from 'node:stream';
import { csvHeader, csvRow, xlsxValue, XLSX_NUMBER_FORMATS, type ExportColumn } from './export-cells';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ExportDocument<R> {
  /** Sheet name (XLSX). */
  title: string;
  columns: readonly ExportColumn<R>[];
  /** Lines written before the header (e.g. the suppression rule of the evaluation export). */
  preamble?: string[];
  batches: AsyncIterable<R[]>;
}

/** `;`-separated, CRLF, UTF-8 with a BOM so that spreadsheets open it in French. */
export function csvStream<R>(doc: ExportDocument<R>): Readable {
  async function* chunks() {
    const head = (doc.preamble ?? []).map((line) => csvRow([{ header: '', value: (l: string) => l }], line)).join('');
    yield '\ufeff' + head + csvHeader(doc.columns as readonly ExportColumn<unknown>[]);
    for await (const batch of doc.batches) {
      let text = '';
      for (const row of batch) text += csvRow(doc.columns, row);
      yield text;
    }
  }
  return Readable.from(chunks());
}

/** Buffered output above which the XLSX writer waits for the client to read. */
const HIGH_WATER = 4 * 1024 * 1024;

/**
 * exceljs's streaming WorkbookWriter: each row is committed (written out) as soon as it is added, so
 * the workbook is never held in memory; shared strings are off for the same reason.
 */
export function xlsxStream<R>(doc: ExportDocument<R>): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(doc.title.slice(0, 31), { views: [{ state: 'frozen', ySplit: (doc.preamble?.length ?? 0) + 1 }] });
  sheet.columns = doc.columns.map((c, i) => ({
    key: String(i),
    width: c.width ?? Math.min(40, Math.max(12, c.header.length + 2)),
    style: XLSX_NUMBER_FORMATS[c.kind ?? 'text'] ? { numFmt: XLSX_NUMBER_FORMATS[c.kind ?? 'text'] } : {},
  }));
  const drained = async () => {
    while (!out.destroyed && out.readableLength + out.writableLength > HIGH_WATER) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  void (async () => {
    const iterator = doc.batches[Symbol.asyncIterator]();
    try {
      for (const line of doc.preamble ?? []) sheet.addRow([line]).commit();
      const header = sheet.addRow(doc.columns.map((c) => c.header));
      header.font = { bold: true };
      header.commit();
      for (;;) {
        if (out.destroyed) break; // the client went away: stop reading (the cursor closes in `return`)
        const next = await iterator.next();
        if (next.done) break;
        for (const row of next.value) sheet.addRow(doc.columns.map((c) => xlsxValue(c.kind ?? 'text', c.value(row)))).commit();
        await drained();
      }
      if (out.destroyed) {
        await iterator.return?.();
        return;
      }
      sheet.commit();
      await workbook.commit();
    } catch (err) {
      await iterator.return?.().catch(() => undefined);
      out.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  })();
  return out;
}

export function exportStream<R>(format: ExportFormat, doc: ExportDocument<R>): Readable {
  return format === 'xlsx' ? xlsxStream(doc) : csvStream(doc);
}
