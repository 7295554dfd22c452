import { Injectable } from '@nestjs/common';
import { canTransitionTask, isOpenTaskStatus, LABELS, TASK_STATUSES, taskStatusesLeadingTo, type TaskPriority, type TaskStatus, parisToday } from '@recours/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import { caseworkScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { ConflictError, NotFoundError, ValidationFailedError, type FieldError } from '../../common/errors/domain-errors';
import { ListResult, zEnum, zIdOrIds, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { OutreachBlocksService } from '../rights/outreach-blocks.service';
import type { TaskCreateDto, TaskDto, TaskUpdateDto } from './task.dto';
import { labelOf, type ExportColumn } from '../exports/export-cells';
import type { ExportQuery } from '../exports/export-query';
import { ExportsService, type ExportFile } from '../exports/exports.service';
import { applicantName } from '../rights/right-rows';
import { TASK_PRIORITY_RANK, TasksRepository, toTaskDto, type TaskChanges, type TaskRow } from './tasks.repository';

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

export const TASK_LIST: ListSpec<TaskFilter> = {
  sortable: { dueOn: 't.due_on', priority: TASK_PRIORITY_RANK, createdAt: 't.created_at', updatedAt: 't.updated_at', status: 't.status', title: 't.title' },
  defaultSort: ['dueOn', 'ASC'],
  filter,
};

const TASK_COLUMNS: readonly ExportColumn<TaskRow>[] = [
  { header: 'Intitulé', value: (r) => r.title, width: 36 },
  { header: 'Foyer', value: (r) => r.household_reference, width: 16 },
  { header: 'Demandeur·se', value: (r) => applicantName(r.app_first, r.app_last), width: 24 },
  { header: 'Personne chargée', value: (r) => r.assignee_name, width: 22 },
  { header: 'Échéance', kind: 'date', value: (r) => r.due_on },
  { header: 'Priorité', value: (r) => labelOf(LABELS.taskPriority, r.priority) },
  { header: 'Statut', value: (r) => labelOf(LABELS.taskStatus, r.status) },
  { header: 'Terminée le', kind: 'datetime', value: (r) => r.completed_at, width: 18 },
  { header: 'Créée le', kind: 'datetime', value: (r) => r.created_at, width: 18 },
];

export interface NewTask {
  householdId: string;
  title: string;
  assigneeId: string | null;
  dueOn: string;
  priority?: TaskPriority;
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
    private readonly repo: TasksRepository,
    private readonly blocks: OutreachBlocksService,
    private readonly exports: ExportsService,
  ) {}

  /** Every task of the list (same filters and scope) as CSV or XLSX; one `export` event names the households. */
  async export(actor: Actor, { format, q }: ExportQuery<TaskFilter>): Promise<ExportFile> {
    const select = this.repo.exportSelect(caseworkScope(actor), q, parisToday());
    return this.exports.file(actor, { format, name: 'taches', title: 'Tâches', entityType: 'task', fields: Object.keys(q.filter), select, columns: TASK_COLUMNS });
  }

  async list(actor: Actor, q: ListQuery<TaskFilter>): Promise<ListResult<TaskDto>> {
    const scope = caseworkScope(actor);
    return this.db.transaction(async (em) => {
      const { total, rows } = await this.repo.list(em, scope, q, parisToday());
      await this.audit.recordList(em, actor, 'task', Object.keys(q.filter), rows.map((r) => r.household_id));
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
   * and the household must not be under a refusal of the person, whatever the task is about (422).
   */
  async insert(em: EntityManager, actor: Actor, t: NewTask): Promise<string> {
    const errors: FieldError[] = [];
    if (t.detectedRightId && !(await this.repo.rightInHousehold(em, t.detectedRightId, t.householdId))) {
      errors.push({ field: 'detectedRightId', message: 'droit inconnu dans ce foyer' });
    }
    if (t.contactId && !(await this.repo.contactInHousehold(em, t.contactId, t.householdId))) {
      errors.push({ field: 'contactId', message: 'contact inconnu dans ce foyer' });
    }
    if (t.assigneeId) {
      const e = await this.access.checkReferent(actor.organisationId, t.assigneeId, em);
      if (e) errors.push({ field: 'assigneeId', message: 'intervenant·e inconnu·e, inactif·ve ou hors de votre organisation' });
    }
    if (errors.length) throw new ValidationFailedError(errors);
    await this.blocks.assertHouseholdNotBlocked(em, t.householdId, parisToday(), t.detectedRightId ? 'detectedRightId' : 'householdId');
    const id = await this.repo.insert(em, {
      householdId: t.householdId,
      title: t.title,
      detectedRightId: t.detectedRightId ?? null,
      contactId: t.contactId ?? null,
      campaignId: t.campaignId ?? null,
      assigneeId: t.assigneeId,
      dueOn: t.dueOn,
      priority: t.priority ?? 'normale',
      createdBy: actor.userId,
    });
    const fields = ['title', 'dueOn', 'priority', 'assigneeId', ...(t.detectedRightId ? ['detectedRightId'] : []), ...(t.contactId ? ['contactId'] : [])];
    await this.audit.record(em, actor, [{ action: 'create', entityType: 'task', entityId: id, householdId: t.householdId, fields }]);
    return id;
  }

  /**
   * A status change follows the task machine of libs/domain: the UPDATE only matches a task in a
   * state the target can be reached from, otherwise 409 with the current state.
   */
  async update(actor: Actor, id: string, dto: TaskUpdateDto): Promise<TaskDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireOutreach('task', actor, [id], em, { lock: true });
      await this.applyUpdate(em, actor, id, dto);
      return this.load(em, id);
    });
  }

  /**
   * The checks, the change and its audit event, in the caller's transaction, on a task the caller
   * has checked and locked; the fields that changed (empty: nothing did, the read is traced).
   */
  async applyUpdate(em: EntityManager, actor: Actor, id: string, dto: TaskUpdateDto): Promise<string[]> {
    const current = await this.load(em, id);
    const changes: TaskChanges = {};
    const fields: string[] = [];
    const set = <K extends keyof TaskChanges>(column: K, field: string, value: TaskChanges[K] | undefined, stored: TaskChanges[K]) => {
      if (value === undefined || value === stored) return;
      changes[column] = value;
      fields.push(field);
    };
    if (dto.assigneeId && dto.assigneeId !== current.assigneeId) {
      const e = await this.access.checkReferent(actor.organisationId, dto.assigneeId, em);
      if (e) throw new ValidationFailedError([{ field: 'assigneeId', message: 'intervenant·e inconnu·e, inactif·ve ou hors de votre organisation' }]);
    }
    const to = dto.status !== undefined && dto.status !== current.status ? dto.status : undefined;
    // The row is locked: a forbidden change is refused before any other check (the UPDATE guards it too).
    if (to !== undefined && !canTransitionTask(current.status as TaskStatus, to)) throw await this.invalidTransition(em, id);
    // Reopening a task of a household under refusal is outreach again: refused like a new task.
    const reopening = to !== undefined && isOpenTaskStatus(to) && !isOpenTaskStatus(current.status as TaskStatus);
    if (reopening) await this.blocks.assertHouseholdNotBlocked(em, current.householdId, parisToday(), 'status');
    set('title', 'title', dto.title, current.title);
    set('assignee_id', 'assigneeId', dto.assigneeId, current.assigneeId);
    set('due_on', 'dueOn', dto.dueOn, current.dueOn);
    set('priority', 'priority', dto.priority, current.priority as TaskPriority);
    set('status', 'status', to, current.status as TaskStatus);
    if (fields.length) {
      const applied = await this.repo.update(em, id, changes, to ? taskStatusesLeadingTo(to) : undefined);
      if (!applied) throw await this.invalidTransition(em, id);
      await this.audit.record(em, actor, [{ action: 'update', entityType: 'task', entityId: id, householdId: current.householdId, fields }]);
    } else {
      // Nothing changed, but the answer shows the task (household, applicant): the read is traced.
      await this.audit.record(em, actor, [{ action: 'read', entityType: 'task', entityId: id, householdId: current.householdId }]);
    }
    return fields;
  }

  async load(em: EntityManager, id: string): Promise<TaskDto> {
    const row = await this.repo.find(em, id);
    if (!row) throw new NotFoundError();
    return toTaskDto(row);
  }

  private async invalidTransition(em: EntityManager, id: string): Promise<ConflictError> {
    const status = await this.repo.status(em, id);
    if (!status) throw new NotFoundError();
    return new ConflictError(`Changement de statut impossible depuis l'état « ${LABELS.taskStatus[status]} »`, [{ field: 'status', message: 'transition non autorisée' }], {
      currentStatus: status,
    });
  }
}
