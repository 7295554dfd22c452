// SQL of the tasks module. Lists take the actor's organisation scope (org-scope.ts); reads by id run
// after AccessService has checked the id.
import { Injectable } from '@nestjs/common';
import { OPEN_TASK_STATUSES, TASK_PRIORITIES, type TaskPriority, type TaskStatus } from '@recours/domain';
import { sqlLiterals, type SqlWhere } from '@recours/outreach-sql';
import type { EntityManager } from 'typeorm';
import { scopedWhere, type OrgScope } from '../../common/access/org-scope';
import { pageTotal, type ListQuery } from '../../common/http/list-query';
import { applicantName } from '../rights/right-rows';
import type { ExportSelect } from '../exports/exports.repository';
import type { TaskDto } from './task.dto';
import type { TaskFilter } from './tasks.service';

/** Sort expression: urgent first. */
export const TASK_PRIORITY_RANK = `array_position(ARRAY[${sqlLiterals([...TASK_PRIORITIES].reverse())}]::task_priority[], t.priority)`;
export const OPEN_TASK_SQL = `t.status IN (${sqlLiterals(OPEN_TASK_STATUSES)})`;

/** A row of TASK_SELECT. */
export interface TaskRow {
  id: string;
  household_id: string;
  organisation_id: string;
  title: string;
  detected_right_id: string | null;
  contact_id: string | null;
  campaign_id: string | null;
  assignee_id: string | null;
  due_on: string;
  priority: TaskPriority;
  status: TaskStatus;
  created_by: string | null;
  completed_at: Date | null;
  created_at: Date;
  updated_at: Date;
  household_reference: string;
  assignee_name: string | null;
  app_first: string | null;
  app_last: string | null;
}

/** Columns of TaskRow, from `source` (the task table or a subquery of it) as `t`, with its household (`h`), assignee and applicant. */
const taskSelectFrom = (source: string) => `t.*, h.reference AS household_reference, u.display_name AS assignee_name,
    h.applicant_first_name AS app_first, h.applicant_last_name AS app_last
  FROM ${source} t
  JOIN household h ON h.id = t.household_id
  LEFT JOIN app_user u ON u.id = t.assignee_id`;

/** Columns of TaskRow, from `task t` with its household (`h`), assignee and applicant. */
export const TASK_SELECT = taskSelectFrom('task');

export function toTaskDto(r: TaskRow): TaskDto {
  return {
    id: r.id,
    householdId: r.household_id,
    householdReference: r.household_reference,
    applicantName: applicantName(r.app_first, r.app_last),
    title: r.title,
    detectedRightId: r.detected_right_id,
    contactId: r.contact_id,
    campaignId: r.campaign_id,
    assigneeId: r.assignee_id,
    assigneeName: r.assignee_name,
    dueOn: r.due_on,
    priority: r.priority,
    status: r.status,
    createdBy: r.created_by,
    completedAt: r.completed_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface NewTaskRow {
  householdId: string;
  title: string;
  detectedRightId: string | null;
  contactId: string | null;
  campaignId: string | null;
  assigneeId: string | null;
  dueOn: string;
  priority: TaskPriority;
  createdBy: string;
}

/** Columns a PUT may change, by column name. */
export interface TaskChanges {
  title?: string;
  assignee_id?: string | null;
  due_on?: string;
  priority?: TaskPriority;
  status?: TaskStatus;
}

const DUE_COMPARISON = { overdue: '<', today: '=', overdue_or_today: '<=' } as const;

function taskListWhere(scope: OrgScope, f: TaskFilter, today: string): SqlWhere {
  const where = scopedWhere(scope, { organisation: 't.organisation_id' });
  if (f.id) where.add('t.id = ANY(?::uuid[])', f.id);
  if (f.assigneeId) where.add('t.assignee_id = ?', f.assigneeId);
  if (f.householdId) where.add('t.household_id = ?', f.householdId);
  if (f.campaignId) where.add('t.campaign_id = ?', f.campaignId);
  if (f.detectedRightId) where.add('t.detected_right_id = ?', f.detectedRightId);
  if (f.status) where.add('t.status = ANY(?::task_status[])', f.status);
  if (f.due) where.add(`${OPEN_TASK_SQL} AND t.due_on ${DUE_COMPARISON[f.due]} ?::date`, today);
  return where;
}

@Injectable()
export class TasksRepository {
  async list(em: EntityManager, scope: OrgScope, q: ListQuery<TaskFilter>, today: string): Promise<{ total: number | null; rows: TaskRow[] }> {
    const where = taskListWhere(scope, q.filter, today);
    const rows: TaskRow[] = await em.query(
      `SELECT ${TASK_SELECT} WHERE ${where.sql} ORDER BY ${q.sort.sql} ${q.sort.order} NULLS LAST, t.id ${q.sort.order} LIMIT ${q.limit} OFFSET ${q.offset}`,
      where.params,
    );
    // Exact up to EXACT_TOTAL_LIMIT rows (an organisation's whole history is not counted per page view).
    const total = await pageTotal(q, rows.length, async (n) => {
      const [{ count }]: { count: number }[] = await em.query(`SELECT count(*)::int AS count FROM (SELECT 1 FROM task t WHERE ${where.sql} LIMIT ${n}) c`, where.params);
      return count;
    });
    return { total, rows };
  }

  /** Every task of the list (same filters and order) for an export. */
  exportSelect(scope: OrgScope, q: ListQuery<TaskFilter>, today: string): ExportSelect {
    const where = taskListWhere(scope, q.filter, today);
    return { sql: `SELECT ${TASK_SELECT} WHERE ${where.sql} ORDER BY ${q.sort.sql} ${q.sort.order} NULLS LAST, t.id ${q.sort.order}`, params: where.params, householdColumn: 'household_id' };
  }

  /**
   * Open tasks of one assignee due on or before `today`, most urgent first ("my day"). The 200 are chosen
   * on the task table alone, then joined (every task has a household): the join no longer runs for every
   * due task. EXPLAIN (ANALYZE), 1M households, 990 due tasks for the assignee: `Bitmap Index Scan on
   * task_my_day_idx` (990 rows), top-N heapsort, then 200 `Index Scan using "PK_26e9…" on household h`
   * (990 before).
   */
  async dueForAssignee(em: EntityManager, scope: OrgScope, assigneeId: string, today: string): Promise<TaskRow[]> {
    const where = scopedWhere(scope, { organisation: 't.organisation_id' }).add('t.assignee_id = ?', assigneeId).raw(OPEN_TASK_SQL).add('t.due_on <= ?::date', today);
    const order = `t.due_on, ${TASK_PRIORITY_RANK}, t.id`;
    return em.query(`SELECT ${taskSelectFrom(`(SELECT * FROM task t WHERE ${where.sql} ORDER BY ${order} LIMIT 200)`)} ORDER BY ${order}`, where.params);
  }

  async find(em: EntityManager, id: string): Promise<TaskRow | undefined> {
    const [row]: TaskRow[] = await em.query(`SELECT ${TASK_SELECT} WHERE t.id = $1`, [id]);
    return row;
  }

  async status(em: EntityManager, id: string): Promise<TaskStatus | undefined> {
    const [row]: { status: TaskStatus }[] = await em.query('SELECT status FROM task WHERE id = $1', [id]);
    return row?.status;
  }

  async rightInHousehold(em: EntityManager, rightId: string, householdId: string): Promise<boolean> {
    return (await em.query('SELECT 1 FROM detected_right WHERE id = $1 AND household_id = $2', [rightId, householdId])).length > 0;
  }

  async contactInHousehold(em: EntityManager, contactId: string, householdId: string): Promise<boolean> {
    return (await em.query('SELECT 1 FROM contact WHERE id = $1 AND household_id = $2', [contactId, householdId])).length > 0;
  }

  /** Inserts a task with its household's organisation; its id. */
  async insert(em: EntityManager, t: NewTaskRow): Promise<string> {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO task (household_id, organisation_id, title, detected_right_id, contact_id, campaign_id, assignee_id, due_on, priority, created_by)
       SELECT h.id, h.organisation_id, $2, $3, $4, $5, $6, $7, $8, $9 FROM household h WHERE h.id = $1 RETURNING id`,
      [t.householdId, t.title, t.detectedRightId, t.contactId, t.campaignId, t.assigneeId, t.dueOn, t.priority, t.createdBy],
    );
    return row.id;
  }

  /**
   * Applies the changes; a status change only from `fromStatuses` (the task machine), stamping
   * `completed_at` when the task is done. False when the status guard matched no row.
   */
  async update(em: EntityManager, id: string, changes: TaskChanges, fromStatuses?: readonly TaskStatus[]): Promise<boolean> {
    const params: unknown[] = [id];
    const sets = Object.entries(changes).map(([column, value]) => {
      params.push(value);
      return `${column} = $${params.length}`;
    });
    if (changes.status !== undefined) sets.push(`completed_at = ${changes.status === 'faite' ? 'now()' : 'NULL'}`);
    let guard = '';
    if (fromStatuses) {
      params.push(fromStatuses);
      guard = ` AND status = ANY($${params.length}::task_status[])`;
    }
    // UPDATE … RETURNING answers [rows, count] through TypeORM.
    const [rows]: [{ id: string }[], number] = await em.query(`UPDATE task SET ${sets.join(', ')}, updated_at = now() WHERE id = $1${guard} RETURNING id`, params);
    return rows.length > 0;
  }
}
