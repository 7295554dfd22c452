// What kind of file was uploaded, decided from its first bytes: an XLSX workbook (a zip archive), or
// a text file in UTF-8 (with or without BOM) or Windows-1252, with `;`, `,` or tab between fields.
import { ImportFileError } from './errors';

export type FileFormat = 'csv' | 'xlsx';
export type TextEncoding = 'utf-8' | 'windows-1252';
export type Delimiter = ';' | ',' | '\t';

export interface SourceInfo {
  format: FileFormat;
  /** CSV only. */
  encoding?: TextEncoding;
  /** CSV only. */
  delimiter?: Delimiter;
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** How many bytes are read to decide; the rest of the file is streamed. */
export const HEAD_BYTES = 64 * 1024;

/** Decides format, encoding and separator from the first bytes (up to HEAD_BYTES) of the file. */
export function sniffSource(head: Buffer): SourceInfo {
  if (head.length === 0) throw new ImportFileError('Le fichier est vide.');
  if (head.subarray(0, 4).equals(ZIP_SIGNATURE)) return { format: 'xlsx' };
  if (looksBinary(head)) throw new ImportFileError("Le fichier n'est ni un CSV ni un classeur XLSX lisible (contenu binaire).");
  const encoding = isUtf8(head) ? 'utf-8' : 'windows-1252';
  const text = decodeHead(head, encoding);
  return { format: 'csv', encoding, delimiter: sniffDelimiter(firstRecord(text)) };
}

function looksBinary(head: Buffer): boolean {
  const sample = head.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  }
  return control > sample.length / 100;
}

/** Valid UTF-8, tolerating a multi-byte character cut at the end of the head. */
function isUtf8(head: Buffer): boolean {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
    try {
      decoder.decode(head.subarray(0, head.length - cut));
      return true;
    } catch {
      // a truncated sequence at the very end: try without its bytes
    }
  }
  return false;
}

function decodeHead(head: Buffer, encoding: TextEncoding): string {
  if (encoding === 'windows-1252') return new TextDecoder('windows-1252').decode(head);
  const body = head.subarray(0, 3).equals(UTF8_BOM) ? head.subarray(3) : head;
  return new TextDecoder('utf-8').decode(body);
}

/** The header record, up to its end of line outside quotes. */
function firstRecord(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) return text.slice(0, i);
  }
  return text;
}

/** The separator that occurs most often outside quotes in the header; `;` wins ties (French exports). */
export function sniffDelimiter(header: string): Delimiter {
  const counts: Record<Delimiter, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const c of header) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === ';' || c === ',' || c === '\t')) counts[c]++;
  }
  const best = (Object.keys(counts) as Delimiter[]).sort((a, b) => counts[b] - counts[a])[0];
  if (counts[best] === 0) {
    throw new ImportFileError("Le fichier n'a qu'une colonne : séparateur non reconnu (attendu « ; », « , » ou une tabulation).");
  }
  return counts[';'] === counts[best] ? ';' : best;
}
