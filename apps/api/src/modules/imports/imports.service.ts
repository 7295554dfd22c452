import { Inject, Injectable } from '@nestjs/common';
import { parisToday } from '@recours/domain';
import {
  applyStaging,
  FIELD_INFO,
  guessMapping,
  IMPORT_FIELDS,
  ImportFileError,
  readHead,
  readRecords,
  readUpload,
  resolveMapping,
  sniffSource,
  storeUpload,
  validateRecord,
  type FieldMapping,
  type SourceRecord,
} from '@recours/imports';
import { processImportJob } from '@recours/jobs';
import { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { caseworkScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { ConflictError, NotFoundError, UnprocessableError } from '../../common/errors/domain-errors';
import { ListResult, zIdOrIds, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { z } from 'zod/v4';
import { JobsService } from '../../common/jobs/jobs.service';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import type { ImportDto, ImportFieldDto, ImportPresetDto, ImportPreviewDto, ImportReviewDto, ImportSummaryDto } from './dto/import.dto';
import { ImportReviewsRepository } from './import-reviews.repository';
import { ImportsRepository, toImportDto, withText, type ImportRow } from './imports.repository';
import { UploadTooLargeError } from './upload';

const importFilter = z.strictObject({ id: zIdOrIds.optional() });
export type ImportFilter = z.infer<typeof importFilter>;
/** The imports of the organisation, newest first by default; `id` for react-admin's getMany. */
export const IMPORT_LIST: ListSpec<ImportFilter> = {
  sortable: { createdAt: 'created_at' },
  defaultSort: ['createdAt', 'DESC'],
  filter: importFilter,
};

@Injectable()
export class ImportsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly repo: ImportsRepository,
    private readonly reviewsRepo: ImportReviewsRepository,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  fields(): ImportFieldDto[] {
    return IMPORT_FIELDS.map((field) => ({ field, label: FIELD_INFO[field].label, group: FIELD_INFO[field].group, required: FIELD_INFO[field].required }));
  }

  /** Stores the file (large object), reads its format and header, and records the import as `televerse`. */
  async upload(actor: Actor, fileName: string, body: AsyncIterable<Buffer>): Promise<ImportDto> {
    const scope = caseworkScope(actor);
    const id = await this.rawTransaction(async (client, em) => {
      const stored = await storeUpload(client, body, this.config.importMaxBytes).catch((err: unknown) => {
        if (err instanceof ImportFileError && /trop volumineux/.test(err.message)) throw new UploadTooLargeError(err.message);
        throw err;
      });
      // The header is read from the first bytes only (the whole file is read by the worker).
      const head = await readHead(() => readUpload(client, stored.oid));
      const source = sniffSource(head);
      // (an XLSX archive cannot be read from its first bytes: its header is streamed from the stored file).
      const open = source.format === 'xlsx' ? () => readUpload(client, stored.oid) : () => Readable.from([head]);
      const header = await readHeader(readRecords(open, source));
      const importId = await this.repo.insert(em, {
        organisation_id: scope.organisationId,
        territory_id: actor.territoryId,
        created_by: actor.userId,
        file_name: fileName.slice(0, 255),
        file_size: stored.size,
        file_oid: stored.oid,
        format: source.format,
        encoding: source.encoding ?? null,
        delimiter: source.delimiter ?? null,
        header,
      });
      await this.audit.record(em, actor, [{ action: 'create', entityType: 'import', entityId: importId }]);
      return importId;
    });
    return this.get(actor, id);
  }

  async list(actor: Actor, q: ListQuery<ImportFilter>): Promise<ListResult<ImportDto>> {
    const scope = caseworkScope(actor);
    const { offset } = q;
    return this.db.transaction(async (em) => {
      const { rows, total } = await this.repo.list(em, scope.organisationId, q);
      await this.audit.record(em, actor, [{ action: 'list', entityType: 'import' }]);
      return new ListResult('imports', rows.map((r) => toImportDto(r, [], r.mapping ?? {})), offset, total);
    });
  }

  async get(actor: Actor, id: string): Promise<ImportDto> {
    return this.db.transaction(async (em) => {
      const row = await this.load(em, actor, id);
      const errors = await this.repo.errors(em, id, 0, 100);
      const suggested = row.mapping ?? (await this.suggestMapping(em, actor, row.header));
      await this.audit.record(em, actor, [{ action: 'read', entityType: 'import', entityId: id }]);
      return toImportDto(row, errors.map(({ id: _id, ...e }) => withText(e)), suggested);
    });
  }

  /** Dry run: the first rows as they will be read, and the errors of the first rows checked; writes nothing. */
  async preview(actor: Actor, id: string, mapping: FieldMapping): Promise<ImportPreviewDto> {
    return this.rawTransaction(async (client, em) => {
      const row = await this.load(em, actor, id);
      if (!row.file_oid) throw new ConflictError('Le fichier de cet import a déjà été lu', [], { currentStatus: row.status });
      const columns = asUnprocessable(() => resolveMapping(row.header, mapping));
      const source = { format: row.format, encoding: row.encoding ?? undefined, delimiter: row.delimiter ?? undefined };
      const out: ImportPreviewDto = { rows: [], rowsChecked: 0, rowsValid: 0, errors: [], errorCount: 0, complete: true };
      const today = parisToday();
      let first = true;
      for await (const record of readRecords(() => readUpload(client, row.file_oid!), source)) {
        if (first) {
          first = false;
          continue;
        }
        if (out.rowsChecked >= this.config.importPreviewCheckRows) {
          out.complete = false;
          break;
        }
        out.rowsChecked++;
        const result = validateRecord(record, row.header, columns, today);
        const errors = (result.errors ?? []).map(withText);
        if (result.row) out.rowsValid++;
        out.errorCount += errors.length;
        if (out.errors.length < 200) out.errors.push(...errors.slice(0, 200 - out.errors.length));
        if (out.rows.length < this.config.importPreviewRows) out.rows.push({ line: record.line, values: cellsByField(record, columns), errors });
      }
      await this.audit.record(em, actor, [{ action: 'read', entityType: 'import', entityId: id, fields: ['apercu'] }]);
      return out;
    });
  }

  /** Confirms the mapping (and saves it as a preset when named) and queues the import for the worker. */
  async start(actor: Actor, id: string, mapping: FieldMapping, presetName?: string): Promise<ImportDto> {
    await this.db.transaction(async (em) => {
      const row = await this.load(em, actor, id);
      asUnprocessable(() => resolveMapping(row.header, mapping));
      const queued = await this.repo.queue(em, actor.organisationId, id, mapping);
      if (!queued) throw new ConflictError('Cet import a déjà été lancé', [{ field: 'status', message: 'import déjà lancé' }], { currentStatus: row.status });
      if (presetName) await this.repo.savePreset(em, actor.organisationId, actor.userId, presetName, mapping);
      await this.audit.record(em, actor, [{ action: 'update', entityType: 'import', entityId: id, fields: ['mapping', 'status'] }]);
    });
    // After commit; when Redis is down the worker's imports sweep picks it up.
    await this.jobs.enqueue(processImportJob, { importId: id }, { jobId: `import-process-${id}` });
    return this.get(actor, id);
  }

  /** The row-level report, page by page (never all errors in memory). */
  async *report(actor: Actor, id: string): AsyncGenerator<{ line: number; field: string | null; value: string | null; message: string }[]> {
    await this.db.transaction(async (em) => {
      await this.load(em, actor, id);
      await this.audit.record(em, actor, [{ action: 'read', entityType: 'import', entityId: id, fields: ['rapport'] }]);
    });
    let after = { line: 0, id: '0' };
    for (;;) {
      const page = await this.repo.errorsAfter(this.db.manager, id, after, 5000);
      if (page.length === 0) return;
      yield page;
      const last = page[page.length - 1];
      after = { line: last.line, id: last.id };
    }
  }

  async summary(actor: Actor, id: string): Promise<ImportSummaryDto> {
    return this.db.transaction(async (em) => {
      await this.load(em, actor, id);
      const summary = await this.repo.summary(em, id);
      await this.audit.record(em, actor, [{ action: 'read', entityType: 'import', entityId: id, fields: ['synthese'] }]);
      return summary;
    });
  }

  async reviews(actor: Actor, id: string): Promise<ImportReviewDto[]> {
    return this.db.transaction(async (em) => {
      await this.load(em, actor, id);
      const reviews = await this.repo.reviews(em, id);
      await this.audit.record(em, actor, [
        { action: 'read', entityType: 'import', entityId: id, fields: ['revue'] },
        ...[...new Set(reviews.map((r) => r.candidate.householdId))].map((h) => ({ action: 'read' as const, entityType: 'household' as const, entityId: h, householdId: h, fields: ['members'] })),
      ]);
      return reviews;
    });
  }

  /** Merge the row into the proposed person's household, or create a new household from it. */
  async decide(actor: Actor, importId: string, reviewId: string, decision: 'fusion' | 'nouveau'): Promise<ImportReviewDto> {
    const householdId = await this.rawTransaction(async (client, em) => {
      const claimed = await this.reviewsRepo.claim(client, actor.organisationId, importId, reviewId, decision === 'fusion' ? 'fusionne' : 'nouveau', actor.userId);
      if (!claimed) {
        const current = await this.reviewsRepo.currentStatus(client, actor.organisationId, importId, reviewId);
        if (current === null) throw new NotFoundError();
        throw new ConflictError('Cette ligne a déjà été traitée', [{ field: 'decision', message: 'déjà décidée' }], { currentStatus: current });
      }
      const today = parisToday();
      const target = decision === 'fusion' ? { householdId: claimed.candidate_household_id, personId: claimed.candidate_person_id } : null;
      await applyStaging(
        client,
        { importId, organisationId: actor.organisationId, territoryId: claimed.territory_id, actorId: actor.userId, month: today.slice(0, 7), year: today.slice(0, 4) },
        { line: claimed.line, target },
      );
      const household = await this.reviewsRepo.settle(client, importId, reviewId, claimed.line, target?.householdId ?? null);
      await this.audit.record(em, actor, [{ action: 'update', entityType: 'import', entityId: importId, householdId: household, fields: ['revue', decision] }]);
      return household;
    });
    await this.jobs.detectHousehold(householdId, decision === 'fusion' ? 'updated' : 'created');
    const reviews = await this.reviews(actor, importId);
    return reviews.find((r) => r.id === reviewId)!;
  }

  async presets(actor: Actor): Promise<ImportPresetDto[]> {
    return this.repo.presets(this.db.manager, caseworkScope(actor).organisationId);
  }

  async savePreset(actor: Actor, name: string, mapping: FieldMapping): Promise<ImportPresetDto> {
    return this.repo.savePreset(this.db.manager, caseworkScope(actor).organisationId, actor.userId, name, mapping);
  }

  async deletePreset(actor: Actor, id: string): Promise<void> {
    if (!(await this.repo.deletePreset(this.db.manager, caseworkScope(actor).organisationId, id))) throw new NotFoundError();
  }

  private async load(em: EntityManager, actor: Actor, id: string): Promise<ImportRow> {
    const row = await this.repo.find(em, caseworkScope(actor).organisationId, id);
    if (!row) throw new NotFoundError();
    return row;
  }

  /** The organisation's latest preset whose columns all exist in this header, else a guess from the header names. */
  private async suggestMapping(em: EntityManager, actor: Actor, header: string[]): Promise<FieldMapping> {
    const presets = await this.repo.presets(em, actor.organisationId);
    const fitting = presets.find((p) => Object.values(p.mapping).every((column) => header.includes(column)));
    return (fitting?.mapping as FieldMapping | undefined) ?? guessMapping(header);
  }

  /** A transaction giving both the raw pg client (large objects, the import SQL) and TypeORM's manager (audit). */
  private async rawTransaction<T>(fn: (client: PoolClient, em: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    await runner.startTransaction();
    try {
      const result = await fn(client, runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (err) {
      await runner.rollbackTransaction();
      if (err instanceof ImportFileError) throw new UnprocessableError(err.message, [{ field: 'file', message: err.message }]);
      throw err;
    } finally {
      await runner.release();
    }
  }
}

async function readHeader(records: AsyncGenerator<SourceRecord>): Promise<string[]> {
  const first = await records.next();
  await records.return(undefined);
  if (first.done || !first.value.cells) throw new ImportFileError("Ligne d'en-tête absente ou illisible.");
  const header = first.value.cells.map((c) => c.trim());
  if (header.length < 2) throw new ImportFileError("Le fichier n'a qu'une colonne : séparateur non reconnu (attendu « ; », « , » ou une tabulation).");
  const seen = new Set<string>();
  for (const column of header) {
    if (column !== '' && seen.has(column)) throw new ImportFileError(`La colonne « ${column} » figure deux fois dans l'en-tête.`);
    seen.add(column);
  }
  return header;
}

function asUnprocessable<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    if (err instanceof ImportFileError) throw new UnprocessableError(err.message, [{ field: 'mapping', message: err.message }]);
    throw err;
  }
}

function cellsByField(record: SourceRecord, columns: Partial<Record<string, number>>): Record<string, string | null> {
  const values: Record<string, string | null> = {};
  for (const [field, at] of Object.entries(columns)) values[field] = record.cells && at !== undefined ? (record.cells[at] ?? null) : null;
  return values;
}
