// Actions on the rows ticked in the households, detected rights and tasks lists. Each checks every id
// against the actor's organisation in one query (one outside it: 404 for the whole request, as for a
// single row), then acts row by row in one transaction through the same code as the single-row
// endpoints (same checks, same history, one audit event per row). Rows the action does not apply to
// (a task already done, a right already closed, a household under a refusal) are left as they are and
// listed with the reason.
import { Injectable } from '@nestjs/common';
import { isOpenTaskStatus, LABELS, OPEN_RIGHT_STATUSES, parisToday } from '@recours/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import type { Actor } from '../../common/auth/actor';
import { ValidationFailedError } from '../../common/errors/domain-errors';
import { AuditService } from '../audit/audit.service';
import { OutreachBlocksService } from '../rights/outreach-blocks.service';
import { RightTransitionsService } from '../rights/right-transitions.service';
import { TasksService } from '../tasks/tasks.service';
import { lockRights, setReferent, taskStatuses } from './bulk.repository';
import type { BulkAssignHouseholdsDto, BulkAssignTasksDto, BulkCloseRightsDto, BulkCreateTasksDto, BulkIdsDto, BulkResult } from './bulk.dto';

const unique = (ids: string[]) => [...new Set(ids)];
const OPEN_RIGHTS: readonly string[] = OPEN_RIGHT_STATUSES;

@Injectable()
export class BulkService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly tasks: TasksService,
    private readonly transitions: RightTransitionsService,
    private readonly blocks: OutreachBlocksService,
  ) {}

  async assignTasks(actor: Actor, dto: BulkAssignTasksDto): Promise<BulkResult> {
    return this.db.transaction(async (em) => {
      const ids = unique(dto.ids);
      await this.access.requireOutreach('task', actor, ids, em, { lock: true });
      await this.checkWorker(em, actor, dto.assigneeId, 'assigneeId');
      const result: BulkResult = { done: 0, skipped: [] };
      for (const { id, status } of await taskStatuses(em, ids)) {
        if (!isOpenTaskStatus(status)) result.skipped.push({ id, reason: `tâche « ${LABELS.taskStatus[status]} »` });
        else if ((await this.tasks.applyUpdate(em, actor, id, { assigneeId: dto.assigneeId })).length) result.done++;
        else result.skipped.push({ id, reason: 'déjà assignée à cette personne' });
      }
      return result;
    });
  }

  async completeTasks(actor: Actor, dto: BulkIdsDto): Promise<BulkResult> {
    return this.db.transaction(async (em) => {
      const ids = unique(dto.ids);
      await this.access.requireOutreach('task', actor, ids, em, { lock: true });
      const result: BulkResult = { done: 0, skipped: [] };
      for (const { id, status } of await taskStatuses(em, ids)) {
        if (!isOpenTaskStatus(status)) result.skipped.push({ id, reason: `tâche « ${LABELS.taskStatus[status]} »` });
        else {
          await this.tasks.applyUpdate(em, actor, id, { status: 'faite' });
          result.done++;
        }
      }
      return result;
    });
  }

  /** The households' referent becomes this worker of the organisation. */
  async assignHouseholds(actor: Actor, dto: BulkAssignHouseholdsDto): Promise<BulkResult> {
    return this.db.transaction(async (em) => {
      const ids = unique(dto.ids);
      await this.access.requireHouseholds(actor, ids, em);
      await this.checkWorker(em, actor, dto.referentId, 'referentId');
      const changed = await setReferent(em, ids, dto.referentId);
      await this.audit.record(em, actor, changed.map((id) => ({ action: 'update' as const, entityType: 'household' as const, entityId: id, householdId: id, fields: ['referentId'] })));
      const done = new Set(changed);
      return { done: done.size, skipped: ids.filter((id) => !done.has(id)).map((id) => ({ id, reason: 'déjà suivi par cette personne' })) };
    });
  }

  /** One task per household (a household under a person's refusal gets none). */
  async householdTasks(actor: Actor, dto: BulkCreateTasksDto): Promise<BulkResult> {
    return this.db.transaction(async (em) => {
      const ids = unique(dto.ids);
      await this.access.requireHouseholds(actor, ids, em);
      return this.createTasks(em, actor, dto, ids.map((householdId) => ({ id: householdId, householdId, detectedRightId: null })));
    });
  }

  /** One task per right, linked to it. */
  async rightTasks(actor: Actor, dto: BulkCreateTasksDto): Promise<BulkResult> {
    return this.db.transaction(async (em) => {
      const ids = unique(dto.ids);
      await this.access.requireOutreach('detected_right', actor, ids, em);
      const rights = await lockRights(em, ids);
      return this.createTasks(em, actor, dto, rights.map((r) => ({ id: r.id, householdId: r.household_id, detectedRightId: r.id })));
    });
  }

  /** Closes each open right where its lifecycle allows: a right still « détecté » is set aside (écarté) with the reason, a later one abandoned; the note goes in each right's history. */
  async closeRights(actor: Actor, dto: BulkCloseRightsDto): Promise<BulkResult> {
    return this.db.transaction(async (em) => {
      const ids = unique(dto.ids);
      await this.access.requireOutreach('detected_right', actor, ids, em);
      const today = parisToday();
      const result: BulkResult = { done: 0, skipped: [] };
      for (const r of await lockRights(em, ids)) {
        if (!OPEN_RIGHTS.includes(r.status)) {
          result.skipped.push({ id: r.id, reason: `droit déjà clos (« ${LABELS.detectedRightStatus[r.status]} »)` });
          continue;
        }
        await this.transitions.apply(em, actor, r.id, r.status === 'detecte' ? { to: 'ecarte', reason: dto.dismissReason, note: dto.note } : { to: 'abandonne', note: dto.note }, today);
        result.done++;
      }
      return result;
    });
  }

  private async createTasks(em: EntityManager, actor: Actor, dto: BulkCreateTasksDto, rows: { id: string; householdId: string; detectedRightId: string | null }[]): Promise<BulkResult> {
    const assigneeId = dto.assigneeId ?? actor.userId;
    await this.checkWorker(em, actor, assigneeId, 'assigneeId');
    const today = parisToday();
    const result: BulkResult = { done: 0, skipped: [] };
    for (const row of rows) {
      if ((await this.blocks.active(em, row.householdId, today)).length) {
        result.skipped.push({ id: row.id, reason: 'la personne a refusé tout contact' });
        continue;
      }
      await this.tasks.insert(em, actor, { householdId: row.householdId, title: dto.title, dueOn: dto.dueOn, assigneeId, priority: dto.priority, detectedRightId: row.detectedRightId });
      result.done++;
    }
    return result;
  }

  private async checkWorker(em: EntityManager, actor: Actor, userId: string, field: string) {
    if (await this.access.checkReferent(actor.organisationId, userId, em)) {
      throw new ValidationFailedError([{ field, message: 'intervenant·e inconnu·e, inactif·ve ou hors de votre organisation' }]);
    }
  }
}
