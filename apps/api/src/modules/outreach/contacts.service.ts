import { Injectable } from '@nestjs/common';
import { LABELS, MAX_TRANSITION_NOTE_LENGTH, REACHED_OUTCOMES, type ContactOutcome, parisToday } from '@recours/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import { caseworkScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError, UnprocessableError, ValidationFailedError } from '../../common/errors/domain-errors';
import { ListResult, zIdOrIds, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { OutreachBlocksService } from '../rights/outreach-blocks.service';
import { RefusalRegistryService } from '../rights/refusal-registry.service';
import { RightTransitionsService } from '../rights/right-transitions.service';
import { TasksService } from '../tasks/tasks.service';
import type { ContactCreateDto, ContactDto } from './contact.dto';
import { labelOf, type ExportColumn } from '../exports/export-cells';
import type { ExportQuery } from '../exports/export-query';
import { ExportsService, type ExportFile } from '../exports/exports.service';
import { applicantName } from '../rights/right-rows';
import { ContactsRepository, toContactDto, type ContactExportRow } from './contacts.repository';

const filter = z.object({ id: zIdOrIds.optional(), householdId: zUuid.optional(), rightId: zUuid.optional(), authorId: zUuid.optional() }).strict();
export type ContactFilter = z.infer<typeof filter>;

export const CONTACT_LIST: ListSpec<ContactFilter> = {
  sortable: { occurredAt: 'c.occurred_at', createdAt: 'c.created_at', channel: 'c.channel', outcome: 'c.outcome' },
  defaultSort: ['occurredAt', 'DESC'],
  filter,
};

const CONTACT_COLUMNS: readonly ExportColumn<ContactExportRow>[] = [
  { header: 'Date du contact', kind: 'datetime', value: (r) => r.occurred_at, width: 18 },
  { header: 'Foyer', value: (r) => r.household_reference, width: 16 },
  { header: 'Demandeur·se', value: (r) => applicantName(r.app_first, r.app_last), width: 24 },
  { header: 'Auteur·rice', value: (r) => r.author_name, width: 22 },
  { header: 'Canal', value: (r) => labelOf(LABELS.contactChannel, r.channel) },
  { header: 'Résultat', value: (r) => labelOf(LABELS.contactOutcome, r.outcome), width: 18 },
  { header: 'À l’initiative de la personne', kind: 'boolean', value: (r) => r.inbound },
  { header: 'Droits concernés', value: (r) => (r.benefits ? r.benefits.split(',').map((b) => labelOf(LABELS.detectableBenefit, b)).join(', ') : null), width: 30 },
  { header: 'Prochaine tentative', kind: 'date', value: (r) => r.next_attempt_on },
  { header: 'Note', value: (r) => r.note, width: 40 },
];

/** The note of a right's move to `informe` by a contact: how the person was reached, and what was noted. */
export const informedNote = (dto: Pick<ContactCreateDto, 'channel' | 'outcome' | 'note'>): string => {
  const how = `Contact : ${LABELS.contactChannel[dto.channel]}, ${LABELS.contactOutcome[dto.outcome]}`;
  const note = dto.note?.trim();
  return (note ? `${how} — ${note}` : how).slice(0, MAX_TRANSITION_NOTE_LENGTH);
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
    private readonly refusals: RefusalRegistryService,
    private readonly exports: ExportsService,
  ) {}

  /** Every contact of the list (same filters and scope) as CSV or XLSX; one `export` event names the households. */
  async export(actor: Actor, { format, q }: ExportQuery<ContactFilter>): Promise<ExportFile> {
    const select = this.repo.exportSelect(caseworkScope(actor), q);
    return this.exports.file(actor, { format, name: 'contacts', title: 'Contacts', entityType: 'contact', fields: Object.keys(q.filter), select, columns: CONTACT_COLUMNS });
  }

  async list(actor: Actor, q: ListQuery<ContactFilter>): Promise<ListResult<ContactDto>> {
    const scope = caseworkScope(actor);
    return this.db.transaction(async (em) => {
      const { total, rows } = await this.repo.list(em, scope, q);
      await this.audit.recordList(em, actor, 'contact', Object.keys(q.filter), rows.map((r) => r.household_id));
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
   * Logs an attempt. A reached person (joint, rdv_pris) moves linked rights to `informe`, recorded
   * as transitions by the author in the same transaction: those the worker ticked (`informRightIds`,
   * each checked against the lifecycle: 409 with its state otherwise), or without that field every
   * linked `confirme` right. `refus` is only an outcome: the worker
   * records the refusal with the explicit `refus_personne` transition.
   * While the person refuses outreach only a contact they initiated (`inbound`) is recorded; in it
   * they may ask to be contacted again (`liftRefusal`, with their words), which ends the refusal.
   */
  async create(actor: Actor, dto: ContactCreateDto): Promise<ContactDto> {
    const today = parisToday();
    const rightIds = [...new Set(dto.rightIds ?? [])];
    const words = dto.personWords?.trim();
    if (dto.liftRefusal && !dto.inbound) throw new ValidationFailedError([{ field: 'inbound', message: 'un refus ne se lève que lors d’un contact à l’initiative de la personne' }]);
    if (dto.liftRefusal && !words) throw new ValidationFailedError([{ field: 'personWords', message: 'obligatoire pour lever un refus : les mots de la personne' }]);
    const reached = (REACHED_OUTCOMES as readonly ContactOutcome[]).includes(dto.outcome);
    const informIds = dto.informRightIds === undefined ? undefined : [...new Set(dto.informRightIds)];
    if (informIds?.some((id) => !rightIds.includes(id))) throw new ValidationFailedError([{ field: 'informRightIds', message: 'un droit à passer à « informé » doit faire partie des droits abordés' }]);
    if (informIds?.length && !reached) throw new ValidationFailedError([{ field: 'informRightIds', message: 'seul un contact où la personne est jointe l’informe de ses droits' }]);
    return this.db.transaction(async (em) => {
      await this.access.requireHouseholds(actor, [dto.householdId], em, { lock: true });
      if (rightIds.length) {
        const known = await this.repo.rightsOfHousehold(em, rightIds, dto.householdId);
        if (known.length !== rightIds.length) throw new ValidationFailedError([{ field: 'rightIds', message: 'droit inconnu dans ce foyer' }]);
      }
      const blocked = (await this.blocks.active(em, dto.householdId, today)).length > 0;
      if (!dto.inbound) await this.blocks.assertHouseholdNotBlocked(em, dto.householdId, today, 'inbound', 'seul un contact à l’initiative de la personne peut être enregistré');
      if (dto.liftRefusal && !blocked) throw new UnprocessableError('Aucun refus en cours pour ce foyer', [{ field: 'liftRefusal', message: 'aucun refus en cours' }]);
      if (dto.nextAttemptOn && !dto.liftRefusal) await this.blocks.assertHouseholdNotBlocked(em, dto.householdId, today, 'nextAttemptOn');
      const occurredAt = dto.occurredAt ? new Date(dto.occurredAt) : new Date();
      const id = await this.repo.insert(
        em,
        {
          householdId: dto.householdId, authorId: actor.userId, channel: dto.channel, outcome: dto.outcome, note: dto.note ?? null, occurredAt,
          nextAttemptOn: dto.nextAttemptOn ?? null, inbound: dto.inbound ?? false,
        },
        rightIds,
      );
      const fields = ['householdId', 'channel', 'outcome', ...(['note', 'occurredAt', 'rightIds', 'informRightIds', 'nextAttemptOn', 'inbound'] as const).filter((k) => dto[k] !== undefined)];
      await this.audit.record(em, actor, [{ action: 'create', entityType: 'contact', entityId: id, householdId: dto.householdId, fields }]);
      if (dto.liftRefusal && words) await this.liftRefusal(em, actor, dto.householdId, id, words, today);
      const occurredOn = occurredAt.toISOString().slice(0, 10);
      await this.repo.touchLastContact(em, dto.householdId, occurredOn > today ? today : occurredOn);
      if (reached && rightIds.length) {
        const informed = informIds ?? (await this.repo.confirmedRights(em, rightIds));
        for (const rightId of [...informed].sort()) await this.transitions.apply(em, actor, rightId, { to: 'informe', note: informedNote(dto) }, today);
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

  /** The person's words are kept on the lifted blocks; each lift is audited. */
  private async liftRefusal(em: EntityManager, actor: Actor, householdId: string, contactId: string, words: string, today: string): Promise<void> {
    const lifted = await this.blocks.lift(em, { householdId, today, liftedBy: actor.userId, contactId, words });
    await this.refusals.forget(em, actor.organisationId, householdId);
    await this.audit.record(
      em,
      actor,
      lifted.map((blockId) => ({ action: 'update', entityType: 'outreach_block', entityId: blockId, householdId, fields: ['blockedUntil', 'liftedAt', 'liftWords', 'liftContactId'] })),
    );
  }

  private async load(em: EntityManager, id: string): Promise<ContactDto> {
    const row = await this.repo.find(em, id);
    if (!row) throw new NotFoundError();
    return toContactDto(row);
  }
}
