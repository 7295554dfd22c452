import { Injectable } from '@nestjs/common';
import { LABELS, REACHED_OUTCOMES, type ContactOutcome, parisToday } from '@recours/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import { caseworkScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError, ValidationFailedError } from '../../common/errors/domain-errors';
import { ListResult, zIdOrIds, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { OutreachBlocksService } from '../rights/outreach-blocks.service';
import { RightTransitionsService } from '../rights/right-transitions.service';
import { TasksService } from '../tasks/tasks.service';
import type { ContactCreateDto, ContactDto } from './contact.dto';
import { ContactsRepository, toContactDto } from './contacts.repository';

const filter = z.object({ id: zIdOrIds.optional(), householdId: zUuid.optional(), rightId: zUuid.optional(), authorId: zUuid.optional() }).strict();
export type ContactFilter = z.infer<typeof filter>;

export const CONTACT_LIST: ListSpec<ContactFilter> = {
  sortable: { occurredAt: 'c.occurred_at', createdAt: 'c.created_at', channel: 'c.channel', outcome: 'c.outcome' },
  defaultSort: ['occurredAt', 'DESC'],
  filter,
};

@Injectable()
export class ContactsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly transitions: RightTransitionsService,
    private readonly tasks: TasksService,
    private readonly repo: ContactsRepository,
    private readonly blocks: OutreachBlocksService,
  ) {}

  async list(actor: Actor, q: ListQuery<ContactFilter>): Promise<ListResult<ContactDto>> {
    const scope = caseworkScope(actor);
    return this.db.transaction(async (em) => {
      const { total, rows } = await this.repo.list(em, scope, q);
      await this.audit.record(em, actor, [{ action: 'list', entityType: 'contact', fields: Object.keys(q.filter).sort() }]);
      return new ListResult('contacts', rows.map(toContactDto), q.offset, total);
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
        const known = await this.repo.rightsOfHousehold(em, rightIds, dto.householdId);
        if (known.length !== rightIds.length) throw new ValidationFailedError([{ field: 'rightIds', message: 'droit inconnu dans ce foyer' }]);
      }
      if (dto.nextAttemptOn) await this.blocks.assertRightsNotBlocked(em, rightIds, today, 'nextAttemptOn');
      const occurredAt = dto.occurredAt ? new Date(dto.occurredAt) : new Date();
      const id = await this.repo.insert(
        em,
        { householdId: dto.householdId, authorId: actor.userId, channel: dto.channel, outcome: dto.outcome, note: dto.note ?? null, occurredAt, nextAttemptOn: dto.nextAttemptOn ?? null },
        rightIds,
      );
      const fields = ['householdId', 'channel', 'outcome', ...(['note', 'occurredAt', 'rightIds', 'nextAttemptOn'] as const).filter((k) => dto[k] !== undefined)];
      await this.audit.record(em, actor, [{ action: 'create', entityType: 'contact', entityId: id, householdId: dto.householdId, fields }]);
      const occurredOn = occurredAt.toISOString().slice(0, 10);
      await this.repo.touchLastContact(em, dto.householdId, occurredOn > today ? today : occurredOn);
      if ((REACHED_OUTCOMES as readonly ContactOutcome[]).includes(dto.outcome) && rightIds.length) {
        for (const rightId of await this.repo.confirmedRights(em, rightIds)) {
          await this.transitions.apply(em, actor, rightId, { to: 'informe', note: `Contact : ${LABELS.contactChannel[dto.channel]}, ${LABELS.contactOutcome[dto.outcome]}` }, today);
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
    const row = await this.repo.find(em, id);
    if (!row) throw new NotFoundError();
    return toContactDto(row);
  }
}
