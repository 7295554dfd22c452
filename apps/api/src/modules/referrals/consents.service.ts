import { Injectable } from '@nestjs/common';
import { parisToday } from '@recours/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import type { Actor } from '../../common/auth/actor';
import { ValidationFailedError } from '../../common/errors/domain-errors';
import { ListResult, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { ConsentsRepository, type ConsentRow } from './consents.repository';
import type { ConsentCreateDto, ConsentDto } from './dto/referral.dto';

const filter = z.object({ householdId: zUuid.optional(), personId: zUuid.optional() }).strict();
export type ConsentFilter = z.infer<typeof filter>;

/** Ledger order (oldest first) by default: the latest row per purpose and recipient is the one in force. */
export const CONSENT_LIST: ListSpec<ConsentFilter> = { sortable: { recordedAt: 'c.recorded_at' }, defaultSort: ['recordedAt', 'ASC'], filter };

@Injectable()
export class ConsentsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly repo: ConsentsRepository,
  ) {}

  async list(actor: Actor, q: ListQuery<ConsentFilter>): Promise<ListResult<ConsentDto>> {
    const f = q.filter;
    return this.db.transaction(async (em) => {
      let householdId = f.householdId;
      if (f.personId) {
        const person = await this.repo.personHousehold(em, f.personId);
        if (!person || (householdId && person.household_id !== householdId)) return new ListResult<ConsentDto>('consents', [], q.offset, 0);
        householdId = person.household_id;
      }
      if (!householdId) throw new ValidationFailedError([{ field: 'filter.personId', message: 'précisez la personne (personId) ou le foyer (householdId)' }]);
      await this.access.requireHouseholds(actor, [householdId], em);
      const { total, rows } = await this.repo.list(em, householdId, f.personId, { limit: q.limit, offset: q.offset, order: q.sort.order });
      await this.audit.record(em, actor, [{ action: 'list', entityType: 'consent', householdId, fields: Object.keys(f).sort() }]);
      return new ListResult('consents', rows.map(toDto), q.offset, total);
    });
  }

  async create(actor: Actor, dto: ConsentCreateDto): Promise<ConsentDto> {
    const errors: { field: string; message: string }[] = [];
    if (dto.purpose === 'partage_partenaire' && !dto.recipientOrganisationId)
      errors.push({ field: 'recipientOrganisationId', message: 'obligatoire pour un consentement au partage' });
    if (dto.purpose !== 'partage_partenaire' && dto.recipientOrganisationId)
      errors.push({ field: 'recipientOrganisationId', message: 'seulement pour un consentement au partage' });
    if (dto.decidedOn > parisToday()) errors.push({ field: 'decidedOn', message: 'ne peut pas être dans le futur' });
    if (dto.expiresOn && dto.expiresOn <= dto.decidedOn) errors.push({ field: 'expiresOn', message: 'doit suivre la date du consentement' });
    if (errors.length) throw new ValidationFailedError(errors);
    return this.db.transaction(async (em) => {
      const person = await this.repo.personHousehold(em, dto.personId);
      if (!person || person.organisation_id !== actor.organisationId)
        throw new ValidationFailedError([{ field: 'personId', message: 'personne inconnue ou hors de votre organisation' }]);
      await this.access.requireHouseholds(actor, [person.household_id], em);
      if (dto.recipientOrganisationId && !(await this.repo.organisationInTerritory(em, dto.recipientOrganisationId, actor.territoryId)))
        throw new ValidationFailedError([{ field: 'recipientOrganisationId', message: 'organisation inconnue ou hors de votre territoire' }]);
      const id = await this.repo.insert(em, person.household_id, actor.organisationId, actor.userId, dto);
      const fields = Object.keys(dto).filter((k) => (dto as unknown as Record<string, unknown>)[k] !== undefined).sort();
      await this.audit.record(em, actor, [{ action: 'create', entityType: 'consent', entityId: id, householdId: person.household_id, fields }]);
      const row = await this.repo.get(em, id);
      return toDto(row as ConsentRow);
    });
  }
}

function toDto(r: ConsentRow): ConsentDto {
  return {
    id: r.id,
    personId: r.person_id,
    personName: `${r.first_name} ${r.last_name.toUpperCase()}`,
    householdId: r.household_id,
    purpose: r.purpose,
    recipientOrganisationId: r.recipient_organisation_id,
    recipientOrganisationName: r.recipient_organisation_name,
    given: r.given,
    decidedOn: r.decided_on,
    method: r.method,
    expiresOn: r.expires_on,
    recordedByName: r.recorded_by_name,
    recordedAt: r.recorded_at,
  };
}
