import { Injectable } from '@nestjs/common';
import { OPEN_TASK_STATUSES, TASK_PRIORITIES, TASK_STATUSES, type TaskStatus } from '@recours/domain';
import { SqlWhere } from '@recours/outreach-sql';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError, ValidationFailedError, type FieldError } from '../../common/errors/domain-errors';
import { ListResult, zEnum, zIdOrIds, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { parisToday } from '../households/household-rules';
import { applicantName } from '../rights/right-rows';
import { assertRightsNotBlocked } from '../rights/outreach-blocks';
import type { TaskCreateDto, TaskDto, TaskUpdateDto } from './task.dto';

const filter = z
  .object({
    id: zIdOrIds.optional(),
    assigneeId: zUuid.optional(),
    householdId: zUuid.optional(),
    campaignId: zUuid.optional(),
    detectedRightId: zUuid.optional(),
    status: z.union([zEnum(TASK_STATUSES).transform((s) => [s]), z.array(zEnum(TASK_STATUSES)).min(1).max(4)]).optional(),
    due: zEnum(['overdue', 'today', 'overdue_or_today'] as const).optional(),
  })
  .strict();
export type TaskFilter = z.infer<typeof filter>;

const PRIORITY_RANK = `array_position(ARRAY[${[...TASK_PRIORITIES].reverse().map((p) => `'${p}'`).join(', ')}]::task_priority[], t.priority)`;

export const TASK_LIST: ListSpec<TaskFilter> = {
  sortable: { dueOn: 't.due_on', priority: PRIORITY_RANK, createdAt: 't.created_at', updatedAt: 't.updated_at', status: 't.status', title: 't.title' },
  defaultSort: ['dueOn', 'ASC'],
  filter,
};

export const TASK_SELECT = `t.*, h.reference AS household_reference, u.display_name AS assignee_name,
    app.first_name AS app_first, app.last_name AS app_last
  FROM task t
  JOIN household h ON h.id = t.household_id
  LEFT JOIN app_user u ON u.id = t.assignee_id
  LEFT JOIN LATERAL (SELECT first_name, last_name FROM person p
                     WHERE p.household_id = h.id AND p.relationship = 'demandeur' ORDER BY p.created_at LIMIT 1) app ON true`;

export function toTaskDto(r: Record<string, unknown>): TaskDto {
  return {
    id: r.id as string,
    householdId: r.household_id as string,
    householdReference: r.household_reference as string,
    applicantName: applicantName(r.app_first, r.app_last),
    title: r.title as string,
    detectedRightId: (r.detected_right_id as string | null) ?? null,
    contactId: (r.contact_id as string | null) ?? null,
    campaignId: (r.campaign_id as string | null) ?? null,
    assigneeId: (r.assignee_id as string | null) ?? null,
    assigneeName: (r.assignee_name as string | null) ?? null,
    dueOn: r.due_on as string,
    priority: r.priority as string,
    status: r.status as string,
    createdBy: (r.created_by as string | null) ?? null,
    completedAt: (r.completed_at as Date | null) ?? null,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  };
}

export interface NewTask {
  householdId: string;
  title: string;
  assigneeId: string | null;
  dueOn: string;
  priority?: string;
  detectedRightId?: string | null;
  contactId?: string | null;
  campaignId?: string | null;
}

@Injectable()
export class TasksService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, q: ListQuery<TaskFilter>): Promise<ListResult<TaskDto>> {
    const scope = this.access.householdScope(actor);
    const where = new SqlWhere().add(`t.${scope.column} = ?`, scope.value);
    const f = q.filter;
    if (f.id) where.add('t.id = ANY(?::uuid[])', f.id);
    if (f.assigneeId) where.add('t.assignee_id = ?', f.assigneeId);
    if (f.householdId) where.add('t.household_id = ?', f.householdId);
    if (f.campaignId) where.add('t.campaign_id = ?', f.campaignId);
    if (f.detectedRightId) where.add('t.detected_right_id = ?', f.detectedRightId);
    if (f.status) where.add('t.status = ANY(?::task_status[])', f.status);
    const open = `t.status IN (${OPEN_TASK_STATUSES.map((s) => `'${s}'`).join(', ')})`;
    const dueComparison = { overdue: '<', today: '=', overdue_or_today: '<=' } as const;
    if (f.due) where.add(`${open} AND t.due_on ${dueComparison[f.due]} ?::date`, parisToday());
    const whereSql = where.sql;
    return this.db.transaction(async (em) => {
      const [{ total }] = await em.query(`SELECT count(*)::int AS total FROM task t WHERE ${whereSql}`, where.params);
      const rows: Record<string, unknown>[] = await em.query(
        `SELECT ${TASK_SELECT} WHERE ${whereSql} ORDER BY ${q.sort.sql} ${q.sort.order} NULLS LAST, t.id ${q.sort.order} LIMIT ${q.limit} OFFSET ${q.offset}`,
        where.params,
      );
      await this.audit.record(em, actor, [{ action: 'list', entityType: 'task', fields: Object.keys(f).sort() }]);
      return new ListResult('tasks', rows.map(toTaskDto), q.offset, total);
    });
  }

  async get(actor: Actor, id: string): Promise<TaskDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireOutreach('task', actor, [id], em);
      const task = await this.load(em, id);
      await this.audit.record(em, actor, [{ action: 'read', entityType: 'task', entityId: id, householdId: task.householdId }]);
      return task;
    });
  }

  async create(actor: Actor, dto: TaskCreateDto): Promise<TaskDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireHouseholds(actor, [dto.householdId], em);
      const id = await this.insert(em, actor, {
        householdId: dto.householdId,
        title: dto.title,
        assigneeId: dto.assigneeId ?? actor.userId,
        dueOn: dto.dueOn,
        priority: dto.priority,
        detectedRightId: dto.detectedRightId ?? null,
        contactId: dto.contactId ?? null,
      });
      return this.load(em, id);
    });
  }

  /**
   * Checks and inserts a task in the caller's transaction (also used for a contact's next attempt):
   * the linked right and contact must belong to the household, the assignee to the organisation,
   * and the right must not be under a refusal (422).
   */
  async insert(em: EntityManager, actor: Actor, t: NewTask): Promise<string> {
    const errors: FieldError[] = [];
    if (t.detectedRightId) {
      const rows = await em.query('SELECT 1 FROM detected_right WHERE id = $1 AND household_id = $2', [t.detectedRightId, t.householdId]);
      if (!rows.length) errors.push({ field: 'detectedRightId', message: 'droit inconnu dans ce foyer' });
    }
    if (t.contactId) {
      const rows = await em.query('SELECT 1 FROM contact WHERE id = $1 AND household_id = $2', [t.contactId, t.householdId]);
      if (!rows.length) errors.push({ field: 'contactId', message: 'contact inconnu dans ce foyer' });
    }
    if (t.assigneeId) {
      const e = await this.access.checkReferent(actor.organisationId, t.assigneeId, em);
      if (e) errors.push({ field: 'assigneeId', message: 'intervenant·e inconnu·e, inactif·ve ou hors de votre organisation' });
    }
    if (errors.length) throw new ValidationFailedError(errors);
    if (t.detectedRightId) await assertRightsNotBlocked(em, [t.detectedRightId], parisToday(), 'detectedRightId');
    const [row] = await em.query(
      `INSERT INTO task (household_id, organisation_id, title, detected_right_id, contact_id, campaign_id, assignee_id, due_on, priority, created_by)
       SELECT h.id, h.organisation_id, $2, $3, $4, $5, $6, $7, $8, $9 FROM household h WHERE h.id = $1 RETURNING id`,
      [t.householdId, t.title, t.detectedRightId ?? null, t.contactId ?? null, t.campaignId ?? null, t.assigneeId, t.dueOn, t.priority ?? 'normale', actor.userId],
    );
    const fields = ['title', 'dueOn', 'priority', 'assigneeId', ...(t.detectedRightId ? ['detectedRightId'] : []), ...(t.contactId ? ['contactId'] : [])];
    await this.audit.record(em, actor, [{ action: 'create', entityType: 'task', entityId: row.id, householdId: t.householdId, fields }]);
    return row.id as string;
  }

  async update(actor: Actor, id: string, dto: TaskUpdateDto): Promise<TaskDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireOutreach('task', actor, [id], em, { lock: true });
      const current = await this.load(em, id);
      const sets: string[] = [];
      const params: unknown[] = [id];
      const fields: string[] = [];
      const set = (column: string, field: string, value: unknown, stored: unknown) => {
        if (value === undefined || value === stored) return;
        params.push(value);
        sets.push(`${column} = $${params.length}`);
        fields.push(field);
      };
      if (dto.assigneeId && dto.assigneeId !== current.assigneeId) {
        const e = await this.access.checkReferent(actor.organisationId, dto.assigneeId, em);
        if (e) throw new ValidationFailedError([{ field: 'assigneeId', message: 'intervenant·e inconnu·e, inactif·ve ou hors de votre organisation' }]);
      }
      // Reopening a task about a right under refusal is outreach again: refused like a new task.
      const reopening = dto.status !== undefined && OPEN_TASK_STATUSES.includes(dto.status as never) && !OPEN_TASK_STATUSES.includes(current.status as never);
      if (reopening && current.detectedRightId) await assertRightsNotBlocked(em, [current.detectedRightId], parisToday(), 'status');
      set('title', 'title', dto.title, current.title);
      set('assignee_id', 'assigneeId', dto.assigneeId, current.assigneeId);
      set('due_on', 'dueOn', dto.dueOn, current.dueOn);
      set('priority', 'priority', dto.priority, current.priority);
      set('status', 'status', dto.status, current.status);
      if (fields.length) {
        if (fields.includes('status')) sets.push(`completed_at = ${(dto.status as TaskStatus) === 'faite' ? 'now()' : 'NULL'}`);
        await em.query(`UPDATE task SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, params);
        await this.audit.record(em, actor, [{ action: 'update', entityType: 'task', entityId: id, householdId: current.householdId, fields }]);
      }
      return this.load(em, id);
    });
  }

  async load(em: EntityManager, id: string): Promise<TaskDto> {
    const [row] = await em.query(`SELECT ${TASK_SELECT} WHERE t.id = $1`, [id]);
    if (!row) throw new NotFoundError();
    return toTaskDto(row);
  }
}
