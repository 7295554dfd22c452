import { Injectable } from '@nestjs/common';
import { LABELS, REACHED_OUTCOMES, type ContactOutcome } from '@recours/domain';
import { SqlWhere } from '@recours/outreach-sql';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError, ValidationFailedError } from '../../common/errors/domain-errors';
import { ListResult, zIdOrIds, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { parisToday } from '../households/household-rules';
import { assertRightsNotBlocked } from '../rights/outreach-blocks';
import { RightTransitionsService } from '../rights/right-transitions.service';
import { TasksService } from '../tasks/tasks.service';
import type { ContactCreateDto, ContactDto } from './contact.dto';

const filter = z.object({ id: zIdOrIds.optional(), householdId: zUuid.optional(), rightId: zUuid.optional(), authorId: zUuid.optional() }).strict();
export type ContactFilter = z.infer<typeof filter>;

export const CONTACT_LIST: ListSpec<ContactFilter> = {
  sortable: { occurredAt: 'c.occurred_at', createdAt: 'c.created_at', channel: 'c.channel', outcome: 'c.outcome' },
  defaultSort: ['occurredAt', 'DESC'],
  filter,
};

const SELECT = `c.*, h.reference AS household_reference, u.display_name AS author_name,
    COALESCE((SELECT array_agg(cr.detected_right_id ORDER BY cr.detected_right_id) FROM contact_right cr WHERE cr.contact_id = c.id), '{}') AS right_ids,
    (SELECT t.id FROM task t WHERE t.contact_id = c.id ORDER BY t.created_at LIMIT 1) AS next_task_id
  FROM contact c JOIN household h ON h.id = c.household_id LEFT JOIN app_user u ON u.id = c.author_id`;

function toDto(r: Record<string, unknown>): ContactDto {
  return {
    id: r.id as string,
    householdId: r.household_id as string,
    householdReference: r.household_reference as string,
    authorId: (r.author_id as string | null) ?? null,
    authorName: (r.author_name as string | null) ?? null,
    channel: r.channel as string,
    outcome: r.outcome as string,
    note: (r.note as string | null) ?? null,
    occurredAt: r.occurred_at as Date,
    nextAttemptOn: (r.next_attempt_on as string | null) ?? null,
    rightIds: r.right_ids as string[],
    nextTaskId: (r.next_task_id as string | null) ?? null,
    createdAt: r.created_at as Date,
  };
}

@Injectable()
export class ContactsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly transitions: RightTransitionsService,
    private readonly tasks: TasksService,
  ) {}

  async list(actor: Actor, q: ListQuery<ContactFilter>): Promise<ListResult<ContactDto>> {
    const scope = this.access.householdScope(actor);
    const where = new SqlWhere().add(`c.${scope.column} = ?`, scope.value);
    const f = q.filter;
    if (f.id) where.add('c.id = ANY(?::uuid[])', f.id);
    if (f.householdId) where.add('c.household_id = ?', f.householdId);
    if (f.authorId) where.add('c.author_id = ?', f.authorId);
    if (f.rightId) where.add('EXISTS (SELECT 1 FROM contact_right cr WHERE cr.contact_id = c.id AND cr.detected_right_id = ?)', f.rightId);
    const whereSql = where.sql;
    return this.db.transaction(async (em) => {
      const [{ total }] = await em.query(`SELECT count(*)::int AS total FROM contact c WHERE ${whereSql}`, where.params);
      const rows: Record<string, unknown>[] = await em.query(
        `SELECT ${SELECT} WHERE ${whereSql} ORDER BY ${q.sort.sql} ${q.sort.order} NULLS LAST, c.id ${q.sort.order} LIMIT ${q.limit} OFFSET ${q.offset}`,
        where.params,
      );
      await this.audit.record(em, actor, [{ action: 'list', entityType: 'contact', fields: Object.keys(f).sort() }]);
      return new ListResult('contacts', rows.map(toDto), q.offset, total);
    });
  }

  async get(actor: Actor, id: string): Promise<ContactDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireOutreach('contact', actor, [id], em);
      const c = await this.load(em, id);
      await this.audit.record(em, actor, [{ action: 'read', entityType: 'contact', entityId: id, householdId: c.householdId }]);
      return c;
    });
  }

  /**
   * Logs an attempt. A reached person (joint, rdv_pris) moves the linked `confirme` rights to
   * `informe`, recorded as transitions by the author. `refus` is only an outcome: the worker
   * records the refusal with the explicit `refus_personne` transition.
   */
  async create(actor: Actor, dto: ContactCreateDto): Promise<ContactDto> {
    const today = parisToday();
    const rightIds = [...new Set(dto.rightIds ?? [])];
    return this.db.transaction(async (em) => {
      await this.access.requireHouseholds(actor, [dto.householdId], em, { lock: true });
      if (rightIds.length) {
        const rows: { id: string }[] = await em.query('SELECT id FROM detected_right WHERE id = ANY($1::uuid[]) AND household_id = $2', [rightIds, dto.householdId]);
        if (rows.length !== rightIds.length) throw new ValidationFailedError([{ field: 'rightIds', message: 'droit inconnu dans ce foyer' }]);
      }
      if (dto.nextAttemptOn) await assertRightsNotBlocked(em, rightIds, today, 'nextAttemptOn');
      const occurredAt = dto.occurredAt ? new Date(dto.occurredAt) : new Date();
      const [row] = await em.query(
        `INSERT INTO contact (household_id, organisation_id, author_id, channel, outcome, note, occurred_at, next_attempt_on)
         SELECT h.id, h.organisation_id, $2, $3, $4, $5, $6, $7 FROM household h WHERE h.id = $1 RETURNING id`,
        [dto.householdId, actor.userId, dto.channel, dto.outcome, dto.note ?? null, occurredAt, dto.nextAttemptOn ?? null],
      );
      const id = row.id as string;
      if (rightIds.length) {
        await em.query('INSERT INTO contact_right (contact_id, detected_right_id) SELECT $1, unnest($2::uuid[])', [id, rightIds]);
      }
      const fields = ['householdId', 'channel', 'outcome', ...(['note', 'occurredAt', 'rightIds', 'nextAttemptOn'] as const).filter((k) => dto[k] !== undefined)];
      await this.audit.record(em, actor, [{ action: 'create', entityType: 'contact', entityId: id, householdId: dto.householdId, fields }]);
      // The household list shows the last contact date.
      await em.query(
        `UPDATE household SET last_contact_on = GREATEST(COALESCE(last_contact_on, $2::date), $2::date) WHERE id = $1`,
        [dto.householdId, occurredAt.toISOString().slice(0, 10) > today ? today : occurredAt.toISOString().slice(0, 10)],
      );
      if ((REACHED_OUTCOMES as readonly ContactOutcome[]).includes(dto.outcome) && rightIds.length) {
        const confirmed: { id: string }[] = await em.query(`SELECT id FROM detected_right WHERE id = ANY($1::uuid[]) AND status = 'confirme' ORDER BY id`, [rightIds]);
        for (const r of confirmed) {
          await this.transitions.apply(em, actor, r.id, { to: 'informe', note: `Contact : ${LABELS.contactChannel[dto.channel]}, ${LABELS.contactOutcome[dto.outcome]}` }, today);
        }
      }
      if (dto.nextAttemptOn) {
        await this.tasks.insert(em, actor, {
          householdId: dto.householdId,
          title: `Relancer (${LABELS.contactChannel[dto.channel].toLowerCase()})`,
          assigneeId: actor.userId,
          dueOn: dto.nextAttemptOn,
          contactId: id,
          detectedRightId: rightIds.length === 1 ? rightIds[0] : null,
        });
      }
      return this.load(em, id);
    });
  }

  private async load(em: EntityManager, id: string): Promise<ContactDto> {
    const [row] = await em.query(`SELECT ${SELECT} WHERE c.id = $1`, [id]);
    if (!row) throw new NotFoundError();
    return toDto(row);
  }
}
