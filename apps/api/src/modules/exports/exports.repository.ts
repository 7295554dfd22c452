// SQL of the exports: a list's full SELECT read through a server-side cursor in batches, with the
// export's audit event written in the same snapshot.
import { Injectable } from '@nestjs/common';
import type { AuditEntityType } from '@recours/domain';
import { DataSource } from 'typeorm';

/** A list's SELECT, ordered, without LIMIT: what the export streams. */
export interface ExportSelect {
  sql: string;
  params: unknown[];
  /** The output column naming each row's household (the audit event names them); null: none. */
  householdColumn: string | null;
}

export interface ExportAudit {
  actor: { userId: string; organisationId: string };
  entityType: AuditEntityType;
  /** Filter names (never their values), and the format. */
  fields: string[];
}

export const EXPORT_BATCH_SIZE = 1000;

@Injectable()
export class ExportsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Yields the rows `EXPORT_BATCH_SIZE` at a time from a cursor, in one REPEATABLE READ transaction.
   * The cursor's snapshot is taken first; then the `export` audit event is inserted, naming every
   * household of the rows (computed in the same snapshot), before any row is yielded. When the
   * consumer stops early (the client went away) the transaction still commits: what left is traced.
   */
  async *cursor<T>(select: ExportSelect, audit: ExportAudit, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<T[]> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    let open = false;
    try {
      await runner.startTransaction('REPEATABLE READ');
      open = true;
      await runner.query(`DECLARE recours_export NO SCROLL CURSOR FOR ${select.sql}`, select.params);
      // Without a household column the SELECT is not repeated, nor are its parameters sent.
      const inner = select.householdColumn ? select.params : [];
      const n = inner.length;
      const households = select.householdColumn
        ? `ARRAY(SELECT DISTINCT x.${select.householdColumn} FROM (${select.sql}) x WHERE x.${select.householdColumn} IS NOT NULL)`
        : 'NULL';
      await runner.query(
        `INSERT INTO audit_event (actor_id, organisation_id, action, entity_type, fields, household_ids)
         SELECT $${n + 1}, $${n + 2}, 'export', $${n + 3}, $${n + 4}::text[], ${households}`,
        [...inner, audit.actor.userId, audit.actor.organisationId, audit.entityType, [...audit.fields].sort()],
      );
      for (;;) {
        const rows: T[] = await runner.query(`FETCH ${batchSize} FROM recours_export`);
        if (rows.length === 0) break;
        yield rows;
        if (rows.length < batchSize) break;
      }
      await runner.query('CLOSE recours_export');
      await runner.commitTransaction();
      open = false;
    } catch (err) {
      if (open) await runner.rollbackTransaction();
      open = false;
      throw err;
    } finally {
      // Stopped early by the consumer (generator `return`): keep the audit event of what was sent.
      if (open) await runner.commitTransaction();
      await runner.release();
    }
  }
}
