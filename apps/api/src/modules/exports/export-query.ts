// `GET /api/<list>/export?format=csv|xlsx&sort=…&filter=…`: the list's own sort and filter (same
// validation, same French messages), and the file format. No range: an export holds every row.
import { ValidationFailedError } from '../../common/errors/domain-errors';
import { parseListQuery, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { EXPORT_FORMATS, type ExportFormat } from './export-writer';

export interface ExportQuery<F> {
  format: ExportFormat;
  q: ListQuery<F>;
}

export function parseExportQuery<F>(query: Record<string, unknown>, spec: ListSpec<F>): ExportQuery<F> {
  const { format = 'csv', range, ...rest } = query ?? {};
  if (range !== undefined) throw new ValidationFailedError([{ field: 'range', message: 'un export contient toutes les lignes : pas de range' }]);
  if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ValidationFailedError([{ field: 'format', message: `doit valoir l'une des valeurs : ${EXPORT_FORMATS.join(', ')}` }]);
  }
  return { format: format as ExportFormat, q: parseListQuery(rest, spec) };
}
