// SQL of partner imports as the API sees them: every read is scoped to the actor's organisation.
import { Injectable } from '@nestjs/common';
import type { DetectableBenefit, ImportReviewStatus, ImportStatus } from '@recours/domain';
import { formatRowError, type FieldMapping, type RowError } from '@recours/imports';
import type { EntityManager } from 'typeorm';
import type { ListQuery } from '../../common/http/list-query';
import type { ImportDto, ImportPresetDto, ImportReviewDto, ImportSummaryDto } from './dto/import.dto';

export interface ImportRow {
  id: string;
  organisation_id: string;
  territory_id: string;
  created_by: string;
  file_name: string;
  file_size: string;
  file_oid: string | null;
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: ';' | ',' | '\t' | null;
  header: string[];
  mapping: FieldMapping | null;
  status: ImportStatus;
  error: string | null;
  rows_read: number;
  rows_failed: number;
  rows_review: number;
  households_created: number;
  households_updated: number;
  households_to_detect: number;
  households_detected: number;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export type ErrorLine = RowError & { text: string };

export function toImportDto(r: ImportRow, errors: ErrorLine[], suggestedMapping: FieldMapping): ImportDto {
  return {
    id: r.id,
    fileName: r.file_name,
    fileSize: Number(r.file_size),
    format: r.format,
    encoding: r.encoding,
    delimiter: r.delimiter,
    header: r.header,
    mapping: r.mapping as Record<string, string> | null,
    suggestedMapping: suggestedMapping as Record<string, string>,
    status: r.status,
    error: r.error,
    rowsRead: r.rows_read,
    rowsFailed: r.rows_failed,
    rowsReview: r.rows_review,
    householdsCreated: r.households_created,
    householdsUpdated: r.households_updated,
    householdsToDetect: r.households_to_detect,
    householdsDetected: r.households_detected,
    errors,
    createdAt: r.created_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

export const withText = (e: RowError): ErrorLine => ({ ...e, text: formatRowError(e) });

@Injectable()
export class ImportsRepository {
  async insert(
    em: EntityManager,
    row: Pick<ImportRow, 'organisation_id' | 'territory_id' | 'created_by' | 'file_name' | 'file_oid' | 'format' | 'encoding' | 'delimiter' | 'header'> & { file_size: number },
  ): Promise<string> {
    const [r] = await em.query(
      `INSERT INTO partner_import (organisation_id, territory_id, created_by, file_name, file_size, file_oid, format, encoding, delimiter, header)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [row.organisation_id, row.territory_id, row.created_by, row.file_name, row.file_size, row.file_oid, row.format, row.encoding, row.delimiter, row.header],
    );
    return r.id;
  }

  /** The import if it belongs to the organisation, else null (the caller answers 404 either way). */
  async find(em: EntityManager, organisationId: string, id: string): Promise<ImportRow | null> {
    const [r] = await em.query(`SELECT * FROM partner_import WHERE id = $1 AND organisation_id = $2`, [id, organisationId]);
    return r ?? null;
  }

  async list(em: EntityManager, organisationId: string, q: ListQuery<{ id?: string[] }>): Promise<{ rows: ImportRow[]; total: number }> {
    const ids = q.filter.id ?? null;
    // The sort's SQL comes from IMPORT_LIST's allow-list, never from the request.
    const rows: ImportRow[] = await em.query(
      `SELECT * FROM partner_import WHERE organisation_id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
        ORDER BY ${q.sort.sql} ${q.sort.order}, id OFFSET $3 LIMIT $4`,
      [organisationId, ids, q.offset, q.limit],
    );
    const [{ n }] = await em.query(
      `SELECT count(*)::int AS n FROM partner_import WHERE organisation_id = $1 AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [organisationId, ids],
    );
    return { rows, total: n };
  }

  async errors(em: EntityManager, importId: string, afterLine: number, limit: number): Promise<(RowError & { id: string })[]> {
    return em.query(
      `SELECT id, line, field, value, message FROM import_row_error WHERE import_id = $1 AND (line, id) > ($2, 0) ORDER BY line, id LIMIT $3`,
      [importId, afterLine, limit],
    );
  }

  /** Errors by (line, id) keyset, for the report streamed page by page. */
  async errorsAfter(em: EntityManager, importId: string, after: { line: number; id: string }, limit: number): Promise<(RowError & { id: string })[]> {
    return em.query(
      `SELECT id, line, field, value, message FROM import_row_error WHERE import_id = $1 AND (line, id) > ($2, $3::bigint) ORDER BY line, id LIMIT $4`,
      [importId, after.line, after.id, limit],
    );
  }

  /** Moves an uploaded import to the queue with its mapping; null when it is not `televerse` any more. */
  async queue(em: EntityManager, organisationId: string, id: string, mapping: FieldMapping): Promise<ImportRow | null> {
    const [rows] = await em.query(
      `UPDATE partner_import SET mapping = $3, status = 'en_attente', updated_at = now()
        WHERE id = $1 AND organisation_id = $2 AND status = 'televerse' RETURNING *`,
      [id, organisationId, JSON.stringify(mapping)],
    );
    return rows[0] ?? null;
  }

  async presets(em: EntityManager, organisationId: string): Promise<ImportPresetDto[]> {
    return em.query(
      `SELECT id, name, mapping, updated_at AS "updatedAt" FROM import_preset WHERE organisation_id = $1 ORDER BY updated_at DESC, name`,
      [organisationId],
    );
  }

  async savePreset(em: EntityManager, organisationId: string, userId: string, name: string, mapping: FieldMapping): Promise<ImportPresetDto> {
    const [r] = await em.query(
      `INSERT INTO import_preset (organisation_id, name, mapping, created_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organisation_id, name) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()
       RETURNING id, name, mapping, updated_at AS "updatedAt"`,
      [organisationId, name, JSON.stringify(mapping), userId],
    );
    return r;
  }

  async deletePreset(em: EntityManager, organisationId: string, id: string): Promise<boolean> {
    const [, n] = await em.query(`DELETE FROM import_preset WHERE id = $1 AND organisation_id = $2`, [id, organisationId]);
    return n > 0;
  }

  /** Open rights of the import's screened households: probable (confidence haute or moyenne), per benefit, annual cents. */
  async summary(em: EntityManager, importId: string): Promise<ImportSummaryDto> {
    const [totals] = await em.query(
      `SELECT count(*) FILTER (WHERE ih.detected_at IS NOT NULL)::int AS screened,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM detected_right r WHERE r.household_id = ih.household_id
                                               AND r.status IN ('detecte', 'confirme') AND r.confidence IN ('haute', 'moyenne')))::int AS with_right
         FROM import_household ih WHERE ih.import_id = $1`,
      [importId],
    );
    const byBenefit: { benefit: DetectableBenefit; households: number; annual: string }[] = await em.query(
      `SELECT r.benefit, count(DISTINCT r.household_id)::int AS households,
              sum(CASE WHEN r.amount_period = 'annuel' THEN r.estimated_amount_cents ELSE r.estimated_amount_cents * 12 END)::bigint AS annual
         FROM import_household ih JOIN detected_right r ON r.household_id = ih.household_id
        WHERE ih.import_id = $1 AND r.status IN ('detecte', 'confirme') AND r.confidence IN ('haute', 'moyenne')
        GROUP BY r.benefit ORDER BY annual DESC, r.benefit`,
      [importId],
    );
    const rows = byBenefit.map((b) => ({ benefit: b.benefit, households: b.households, annualAmountCents: Number(b.annual) }));
    return {
      householdsScreened: totals.screened,
      householdsWithRight: totals.with_right,
      annualAmountCents: rows.reduce((s, b) => s + b.annualAmountCents, 0),
      byBenefit: rows,
    };
  }

  async reviews(em: EntityManager, importId: string): Promise<ImportReviewDto[]> {
    const rows: {
      id: string; line: number; status: ImportReviewStatus; similarity: number; household_id: string | null;
      s_last: string | null; s_first: string | null; s_birth: string | null; s_ref: string | null; s_address: string | null;
      person_id: string; candidate_household_id: string; reference: string; last_name: string; first_name: string; birth_date: string | null; address: string | null;
    }[] = await em.query(
      `SELECT v.id, v.line, v.status, v.similarity, v.household_id,
              s.last_name AS s_last, s.first_name AS s_first, s.birth_date AS s_birth, s.partner_reference AS s_ref, s.address AS s_address,
              p.id AS person_id, v.candidate_household_id, h.reference, p.last_name, p.first_name, p.birth_date, h.address
         FROM import_review v
         LEFT JOIN import_staging s ON s.import_id = v.import_id AND s.line = v.line
         JOIN person p ON p.id = v.candidate_person_id
         JOIN household h ON h.id = v.candidate_household_id
        WHERE v.import_id = $1 ORDER BY (v.status = 'en_attente') DESC, v.line`,
      [importId],
    );
    return rows.map((r) => ({
      id: r.id,
      line: r.line,
      status: r.status,
      similarity: Math.round(r.similarity * 100) / 100,
      householdId: r.household_id,
      row: r.s_last === null ? null : { lastName: r.s_last, firstName: r.s_first!, birthDate: r.s_birth, partnerReference: r.s_ref, address: r.s_address },
      candidate: {
        personId: r.person_id,
        householdId: r.candidate_household_id,
        householdReference: r.reference,
        lastName: r.last_name,
        firstName: r.first_name,
        birthDate: r.birth_date,
        address: r.address,
      },
    }));
  }
}
