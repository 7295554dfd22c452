// SQL of the contacts module. Lists take the actor's organisation scope (org-scope.ts).
import { Injectable } from '@nestjs/common';
import type { ContactChannel, ContactOutcome } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import { scopedWhere, type OrgScope } from '../../common/access/org-scope';
import { pageTotal, type ListQuery } from '../../common/http/list-query';
import type { ExportSelect } from '../exports/exports.repository';
import type { SqlWhere } from '@recours/outreach-sql';
import type { ContactDto } from './contact.dto';
import type { ContactFilter } from './contacts.service';

/** A row of the contacts export. */
export interface ContactExportRow {
  household_id: string;
  household_reference: string;
  app_first: string | null;
  app_last: string | null;
  author_name: string | null;
  channel: ContactChannel;
  outcome: ContactOutcome;
  note: string | null;
  occurred_at: Date;
  next_attempt_on: string | null;
  inbound: boolean;
  /** Benefits of the rights the contact was about, comma-separated codes. */
  benefits: string | null;
}

/** A row of SELECT. */
export interface ContactRow {
  id: string;
  household_id: string;
  organisation_id: string;
  author_id: string | null;
  channel: ContactChannel;
  outcome: ContactOutcome;
  note: string | null;
  occurred_at: Date;
  next_attempt_on: string | null;
  inbound: boolean;
  created_at: Date;
  household_reference: string;
  author_name: string | null;
  right_ids: string[];
  next_task_id: string | null;
}

const SELECT = `c.*, h.reference AS household_reference, u.display_name AS author_name,
    COALESCE((SELECT array_agg(cr.detected_right_id ORDER BY cr.detected_right_id) FROM contact_right cr WHERE cr.contact_id = c.id), '{}') AS right_ids,
    (SELECT t.id FROM task t WHERE t.contact_id = c.id ORDER BY t.created_at LIMIT 1) AS next_task_id
  FROM contact c JOIN household h ON h.id = c.household_id LEFT JOIN app_user u ON u.id = c.author_id`;

export function toContactDto(r: ContactRow): ContactDto {
  return {
    id: r.id,
    householdId: r.household_id,
    householdReference: r.household_reference,
    authorId: r.author_id,
    authorName: r.author_name,
    channel: r.channel,
    outcome: r.outcome,
    note: r.note,
    occurredAt: r.occurred_at,
    nextAttemptOn: r.next_attempt_on,
    inbound: r.inbound,
    rightIds: r.right_ids,
    nextTaskId: r.next_task_id,
    createdAt: r.created_at,
  };
}

export interface NewContactRow {
  householdId: string;
  authorId: string;
  channel: ContactChannel;
  outcome: ContactOutcome;
  note: string | null;
  occurredAt: Date;
  nextAttemptOn: string | null;
  inbound: boolean;
}

function contactListWhere(scope: OrgScope, f: ContactFilter): SqlWhere {
  const where = scopedWhere(scope, { organisation: 'c.organisation_id' });
  if (f.id) where.add('c.id = ANY(?::uuid[])', f.id);
  if (f.householdId) where.add('c.household_id = ?', f.householdId);
  if (f.authorId) where.add('c.author_id = ?', f.authorId);
  if (f.rightId) where.add('EXISTS (SELECT 1 FROM contact_right cr WHERE cr.contact_id = c.id AND cr.detected_right_id = ?)', f.rightId);
  return where;
}

@Injectable()
export class ContactsRepository {
  async list(em: EntityManager, scope: OrgScope, q: ListQuery<ContactFilter>): Promise<{ total: number | null; rows: ContactRow[] }> {
    const where = contactListWhere(scope, q.filter);
    const rows: ContactRow[] = await em.query(
      `SELECT ${SELECT} WHERE ${where.sql} ORDER BY ${q.sort.sql} ${q.sort.order} NULLS LAST, c.id ${q.sort.order} LIMIT ${q.limit} OFFSET ${q.offset}`,
      where.params,
    );
    // Exact up to EXACT_TOTAL_LIMIT rows (an organisation's whole history is not counted per page view).
    const total = await pageTotal(q, rows.length, async (n) => {
      const [{ count }]: { count: number }[] = await em.query(`SELECT count(*)::int AS count FROM (SELECT 1 FROM contact c WHERE ${where.sql} LIMIT ${n}) c`, where.params);
      return count;
    });
    return { total, rows };
  }

  /** Every contact of the list (same filters and order) for an export. */
  exportSelect(scope: OrgScope, q: ListQuery<ContactFilter>): ExportSelect {
    const where = contactListWhere(scope, q.filter);
    return {
      sql: `SELECT c.household_id, c.channel, c.outcome, c.note, c.occurred_at, c.next_attempt_on, c.inbound, h.reference AS household_reference,
                   h.applicant_first_name AS app_first, h.applicant_last_name AS app_last, u.display_name AS author_name,
                   (SELECT string_agg(dr.benefit::text, ',' ORDER BY dr.benefit) FROM contact_right cr JOIN detected_right dr ON dr.id = cr.detected_right_id
                    WHERE cr.contact_id = c.id) AS benefits
            FROM contact c JOIN household h ON h.id = c.household_id LEFT JOIN app_user u ON u.id = c.author_id
            WHERE ${where.sql} ORDER BY ${q.sort.sql} ${q.sort.order} NULLS LAST, c.id ${q.sort.order}`,
      params: where.params,
      householdColumn: 'household_id',
    };
  }

  async find(em: EntityManager, id: string): Promise<ContactRow | undefined> {
    const [row]: ContactRow[] = await em.query(`SELECT ${SELECT} WHERE c.id = $1`, [id]);
    return row;
  }

  /** The ids among `rightIds` that are rights of the household. */
  async rightsOfHousehold(em: EntityManager, rightIds: string[], householdId: string): Promise<string[]> {
    const rows: { id: string }[] = await em.query('SELECT id FROM detected_right WHERE id = ANY($1::uuid[]) AND household_id = $2', [rightIds, householdId]);
    return rows.map((r) => r.id);
  }

  /** The ids among `rightIds` whose right is `confirme`, in id order. */
  async confirmedRights(em: EntityManager, rightIds: string[]): Promise<string[]> {
    const rows: { id: string }[] = await em.query(`SELECT id FROM detected_right WHERE id = ANY($1::uuid[]) AND status = 'confirme' ORDER BY id`, [rightIds]);
    return rows.map((r) => r.id);
  }

  /** Inserts the contact with its household's organisation and its linked rights; its id. */
  async insert(em: EntityManager, c: NewContactRow, rightIds: string[]): Promise<string> {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO contact (household_id, organisation_id, author_id, channel, outcome, note, occurred_at, next_attempt_on, inbound)
       SELECT h.id, h.organisation_id, $2, $3, $4, $5, $6, $7, $8 FROM household h WHERE h.id = $1 RETURNING id`,
      [c.householdId, c.authorId, c.channel, c.outcome, c.note, c.occurredAt, c.nextAttemptOn, c.inbound],
    );
    if (rightIds.length) await em.query('INSERT INTO contact_right (contact_id, detected_right_id) SELECT $1, unnest($2::uuid[])', [row.id, rightIds]);
    return row.id;
  }

  /** The household list shows the last contact date: moves it forward, never back. */
  async touchLastContact(em: EntityManager, householdId: string, on: string): Promise<void> {
    await em.query(`UPDATE household SET last_contact_on = GREATEST(COALESCE(last_contact_on, $2::date), $2::date) WHERE id = $1`, [householdId, on]);
  }
}
