// SQL of the audit log: the events AuditService writes in the caller's transaction, and the log's list.
import { Injectable } from '@nestjs/common';
import type { AuditAction, AuditEntityType } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import type { SqlWhere } from '@recours/outreach-sql';
import { scopedWhere, type OrgScope } from '../../common/access/org-scope';
import { pageTotal, type ListQuery } from '../../common/http/list-query';
import type { AuditEventDto } from './audit-event.dto';
import type { ExportSelect } from '../exports/exports.repository';
import type { AuditFilter } from './audit-query.service';
import type { AuditEntry } from './audit.service';

export interface AuditEventRow {
  id: string;
  actor_id: string;
  display_name: string;
  organisation_id: string;
  organisation_name: string;
  action: AuditAction;
  entity_type: AuditEntityType;
  entity_id: string | null;
  household_id: string | null;
  fields: string[];
  occurred_at: Date;
  household_reference?: string | null;
}

export function toAuditEventDto(r: AuditEventRow): AuditEventDto {
  return {
    id: r.id,
    actorId: r.actor_id,
    actorDisplayName: r.display_name,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    householdId: r.household_id,
    householdReference: r.household_reference ?? null,
    fields: r.fields,
    occurredAt: r.occurred_at,
  };
}

@Injectable()
export class AuditRepository {
  /** One multi-row INSERT for the entries of one operation, by one actor of one organisation. */
  async insert(em: EntityManager, actor: { userId: string; organisationId: string }, entries: AuditEntry[]): Promise<void> {
    const values: unknown[] = [];
    const rows = entries.map((e, i) => {
      values.push(actor.userId, actor.organisationId, e.action, e.entityType, e.entityId ?? null, e.householdId ?? null, e.fields ?? [], e.householdIds ?? null);
      const b = i * 8;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}::text[], $${b + 8}::uuid[])`;
    });
    await em.query(
      `INSERT INTO audit_event (actor_id, organisation_id, action, entity_type, entity_id, household_id, fields, household_ids) VALUES ${rows.join(', ')}`,
      values,
    );
  }

  /**
   * Runs a list's SELECT and writes its `list` audit event in the same statement (one round trip, no
   * transaction: the read and its trace commit or fail together). The event names the households of
   * `householdColumn` in the rows, plus `otherHouseholdIds` (shown beside them); with no household column
   * (a figure, not households), none: `household_ids` stays null unless `otherHouseholdIds` names some.
   * The rows come back in the SELECT's order (a materialised CTE is read in the order it was written).
   * With `onlyIfRows`, no event when the page is empty (a search the caller retries, whose retry writes it).
   */
  async selectListed<T>(
    em: EntityManager,
    actor: { userId: string; organisationId: string },
    event: { entityType: AuditEntityType; fields: string[]; otherHouseholdIds?: string[]; onlyIfRows?: boolean },
    select: { sql: string; params: unknown[]; householdColumn: string | null },
  ): Promise<T[]> {
    const n = select.params.length;
    const households = select.householdColumn
      ? `ARRAY(SELECT ${select.householdColumn} FROM page WHERE ${select.householdColumn} IS NOT NULL UNION SELECT unnest($${n + 5}::uuid[]))`
      : `NULLIF($${n + 5}::uuid[], '{}')`;
    return em.query(
      `WITH page AS MATERIALIZED (${select.sql}),
       audit AS (
         INSERT INTO audit_event (actor_id, organisation_id, action, entity_type, fields, household_ids)
         SELECT $${n + 1}, $${n + 2}, 'list', $${n + 3}, $${n + 4}::text[], ${households}${event.onlyIfRows ? ' WHERE EXISTS (SELECT 1 FROM page)' : ''})
       SELECT * FROM page`,
      [...select.params, actor.userId, actor.organisationId, event.entityType, [...event.fields].sort(), event.otherHouseholdIds ?? []],
    );
  }

  async list(em: EntityManager, scope: OrgScope, q: ListQuery<AuditFilter>): Promise<{ total: number | null; rows: AuditEventRow[] }> {
    const where = auditWhere(scope, q.filter);
    const rows: AuditEventRow[] = await em.query(
      `SELECT e.id, e.actor_id, u.display_name, e.organisation_id, o.name AS organisation_name, e.action, e.entity_type,
              e.entity_id, e.household_id, e.fields, e.occurred_at, hh.reference AS household_reference
       FROM audit_event e JOIN app_user u ON u.id = e.actor_id JOIN organisation o ON o.id = e.organisation_id
       LEFT JOIN household hh ON hh.id = e.household_id
       WHERE ${where.sql} ORDER BY ${q.sort.sql} ${q.sort.order}, e.id ${q.sort.order}
       LIMIT ${q.limit} OFFSET ${q.offset}`,
      where.params,
    );
    // Exact up to EXACT_TOTAL_LIMIT rows (an organisation's whole history is not counted per page view).
    const total = await pageTotal(q, rows.length, async (n) => {
      const [{ count }]: { count: number }[] = await em.query(`SELECT count(*)::int AS count FROM (SELECT 1 FROM audit_event e WHERE ${where.sql} LIMIT ${n}) c`, where.params);
      return count;
    });
    return { total, rows };
  }

  /** The whole log of `list`, in its order, with the household reference (export). */
  exportSelect(scope: OrgScope, q: ListQuery<AuditFilter>): ExportSelect {
    const where = auditWhere(scope, q.filter);
    return {
      sql: `SELECT e.id, e.actor_id, u.display_name, e.organisation_id, o.name AS organisation_name, e.action, e.entity_type,
                   e.entity_id, e.household_id, e.fields, e.occurred_at, hh.reference AS household_reference
            FROM audit_event e JOIN app_user u ON u.id = e.actor_id JOIN organisation o ON o.id = e.organisation_id
            LEFT JOIN household hh ON hh.id = e.household_id
            WHERE ${where.sql} ORDER BY ${q.sort.sql} ${q.sort.order}, e.id ${q.sort.order}`,
      params: where.params,
      householdColumn: 'household_id',
    };
  }
}

/**
 * The log's WHERE clause. Unless `detailed`, one line per user action: the searches a household page
 * runs for its tabs (rights, contacts, tasks, referrals, history: a `list` filtered on that household
 * alone) are folded into the "Consultation" of the household by the same person shortly before
 * (30 minutes, the tabs' later refreshes included); the events stay in the table and `detailed` shows them.
 */
export function auditWhere(scope: OrgScope, f: AuditFilter): SqlWhere {
  // A household's history: events about it, and list responses that displayed it (GIN index on household_ids).
  const where = scopedWhere(scope, { organisation: 'e.organisation_id', household: '(e.household_id = ? OR e.household_ids @> ARRAY[?]::uuid[])' });
  if (f.id) where.add('e.id = ANY(?::uuid[])', f.id);
  if (f.actorId) where.add('e.actor_id = ?', f.actorId);
  if (f.entityId) where.add('e.entity_id = ?', f.entityId);
  if (f.entityType) where.add('e.entity_type = ?', f.entityType);
  if (f.action) where.add('e.action = ?', f.action);
  if (f.from) where.add(/^\d{4}-\d{2}-\d{2}$/.test(f.from) ? `e.occurred_at >= (?::date)::timestamp AT TIME ZONE 'Europe/Paris'` : 'e.occurred_at >= ?::timestamptz', f.from);
  // A bare date as upper bound means "through the end of that (Paris) day".
  if (f.to) where.add(/^\d{4}-\d{2}-\d{2}$/.test(f.to) ? `e.occurred_at < (?::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'` : 'e.occurred_at <= ?::timestamptz', f.to);
  if (!f.detailed) where.raw(`NOT ${HOUSEHOLD_PAGE_TAB_SQL}`);
  return where;
}

/** A search filtered on one household, run by someone who opened that household's page just before. */
const HOUSEHOLD_PAGE_TAB_SQL = `(e.action = 'list' AND 'householdId' = ANY(e.fields) AND cardinality(coalesce(e.household_ids, '{}')) <= 1
  AND EXISTS (SELECT 1 FROM audit_event r WHERE r.actor_id = e.actor_id AND r.action = 'read' AND r.entity_type = 'household'
              AND r.household_id = coalesce(e.household_ids[1], e.household_id, r.household_id)
              AND r.occurred_at BETWEEN e.occurred_at - interval '30 minutes' AND e.occurred_at + interval '10 seconds'))`;
