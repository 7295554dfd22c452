/** The file as a whole cannot be read (format, encoding, no columns, too many rows): the import stops. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** One problem of one row: the line as a spreadsheet numbers it (header = 1), the field, the reason. */
export interface RowError {
  line: number;
  /** The target field (`date_naissance`), or null for the whole row (column count, duplicate). */
  field: string | null;
  /** The value as read, null when the problem is its absence. */
  value: string | null;
  message: string;
}

/** `ligne 1234, date_naissance : « 31/02/1980 » n'est pas une date` */
export function formatRowError(e: RowError): string {
  const where = e.field ? `ligne ${e.line}, ${e.field}` : `ligne ${e.line}`;
  const what = e.value !== null && e.value !== '' ? `« ${e.value} » ${e.message}` : e.message;
  return `${where} : ${what}`;
}
