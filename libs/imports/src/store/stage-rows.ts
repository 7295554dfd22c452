// Phase 1 of an import: stream the stored file, validate each record and COPY the valid rows into
// import_staging and the errors into import_row_error (two COPY streams on two connections). Nothing
// the users see is written here; a re-run first wipes what an interrupted run left.
import type { Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ImportFileError, type RowError } from '../errors';
import type { FieldMapping } from '../fields';
import { readRecords } from '../read-rows';
import type { SourceInfo } from '../source';
import { resolveMapping, validateRecord, type ImportedRow } from '../validate-row';
import { CopyWriter } from './copy-text';
import { readUpload } from './upload-store';

export const STAGING_COLUMNS = [
  'import_id', 'line', 'partner_reference', 'last_name', 'first_name', 'birth_date', 'phone', 'email', 'activity', 'address', 'postcode',
  'commune_name', 'commune_insee', 'housing_status', 'housing_type', 'monthly_rent_cents', 'housing_aid_zone', 'monthly_income_cents', 'income_kind',
] as const;

export function stagingValues(importId: string, r: ImportedRow) {
  return [
    importId, r.line, r.partnerReference, r.lastName, r.firstName, r.birthDate, r.phone, r.email, r.activity, r.address, r.postcode,
    r.communeName, r.communeInsee, r.housingStatus, r.housingType, r.monthlyRentCents, r.housingAidZone, r.monthlyIncomeCents, r.incomeKind,
  ];
}

export interface StageInput {
  importId: string;
  fileOid: string;
  source: SourceInfo;
  mapping: FieldMapping;
  /** 'YYYY-MM-DD', bounds birth dates. */
  today: string;
  maxRows: number;
  /** Called every `progressEvery` rows with the rows read so far. */
  onProgress?: (rowsRead: number) => Promise<void>;
  progressEvery?: number;
}

export interface StageResult {
  rowsRead: number;
  rowsStaged: number;
  rowsFailed: number;
}

export async function stageRows(pool: Pool, input: StageInput): Promise<StageResult> {
  await pool.query(`DELETE FROM import_staging WHERE import_id = $1`, [input.importId]);
  await pool.query(`DELETE FROM import_row_error WHERE import_id = $1`, [input.importId]);
  const stagingClient = await pool.connect();
  const errorClient = await pool.connect();
  let failed: Error | undefined;
  try {
    const staging = new CopyWriter(stagingClient.query(copyFrom(`COPY import_staging (${STAGING_COLUMNS.join(', ')}) FROM STDIN`)));
    const errors = new CopyWriter(errorClient.query(copyFrom(`COPY import_row_error (import_id, line, field, value, message) FROM STDIN`)));
    const failedLines = new Set<number>();
    const pushError = async (e: RowError) => {
      failedLines.add(e.line);
      await errors.push([input.importId, e.line, e.field, e.value === null ? null : e.value.slice(0, 500), e.message]);
    };
    let header: string[] | null = null;
    let columns: ReturnType<typeof resolveMapping> = {};
    let rowsRead = 0;
    const every = input.progressEvery ?? 5000;
    try {
      for await (const record of readRecords(() => readUpload(pool, input.fileOid), input.source)) {
        if (header === null) {
          if (!record.cells) throw new ImportFileError(`Ligne d'en-tête illisible : ${record.unreadable}`);
          header = record.cells.map((c) => c.trim());
          columns = resolveMapping(header, input.mapping);
          continue;
        }
        rowsRead++;
        if (rowsRead > input.maxRows) throw new ImportFileError(`Le fichier dépasse ${input.maxRows.toLocaleString('fr-FR')} lignes.`);
        const result = validateRecord(record, header, columns, input.today);
        if (result.row) await staging.push(stagingValues(input.importId, result.row));
        else for (const e of result.errors) await pushError(e);
        if (input.onProgress && rowsRead % every === 0) await input.onProgress(rowsRead);
      }
      if (header === null) throw new ImportFileError('Le fichier ne contient aucune ligne.');
    } finally {
      // Always end both COPY streams so that the connections come back usable.
      await staging.end();
      await errors.end();
    }
    return { rowsRead, rowsStaged: staging.count, rowsFailed: failedLines.size };
  } catch (err) {
    failed = err as Error;
    throw err;
  } finally {
    release(stagingClient, failed);
    release(errorClient, failed);
  }
}

function release(client: PoolClient, err: Error | undefined) {
  client.release(err && !(err instanceof ImportFileError) ? err : undefined);
}
