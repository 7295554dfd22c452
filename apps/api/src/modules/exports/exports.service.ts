import { Injectable } from '@nestjs/common';
import { parisToday, type AuditEntityType } from '@recours/domain';
import type { Readable } from 'node:stream';
import type { Actor } from '../../common/auth/actor';
import type { ExportColumn } from './export-cells';
import { CONTENT_TYPES, exportStream, type ExportFormat } from './export-writer';
import { ExportsRepository, type ExportSelect } from './exports.repository';

export interface ExportRequest<R> {
  format: ExportFormat;
  /** File name without extension and date, e.g. `foyers`. */
  name: string;
  /** Sheet title (XLSX). */
  title: string;
  entityType: AuditEntityType;
  /** Filter names used (audited, never their values). */
  fields: string[];
  select: ExportSelect;
  columns: readonly ExportColumn<R>[];
}

export interface ExportFile {
  contentType: string;
  fileName: string;
  body: Readable;
}

/** Turns a list's SELECT into a streamed, audited CSV or XLSX file. */
@Injectable()
export class ExportsService {
  constructor(private readonly repo: ExportsRepository) {}

  /**
   * Opens the cursor and reads the first batch before answering, so that a database error is an
   * HTTP error rather than a truncated file; the audit event is written by then.
   */
  async file<R>(actor: Actor, req: ExportRequest<R>): Promise<ExportFile> {
    const rows = this.repo.cursor<R>(req.select, { actor, entityType: req.entityType, fields: req.fields });
    const first = await rows.next();
    async function* batches() {
      try {
        if (first.done) return;
        yield first.value;
        for (;;) {
          const next = await rows.next();
          if (next.done) return;
          yield next.value;
        }
      } finally {
        await rows.return(undefined);
      }
    }
    return {
      contentType: CONTENT_TYPES[req.format],
      fileName: `${req.name}-${parisToday()}.${req.format}`,
      body: exportStream(req.format, { title: req.title, columns: req.columns, batches: batches() }),
    };
  }
}
