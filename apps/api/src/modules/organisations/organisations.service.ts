import { Injectable } from '@nestjs/common';
import { ORGANISATION_KINDS } from '@recours/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import { territoryScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { changedFields } from '../../common/db/changed-fields';
import { ConflictError, NotFoundError } from '../../common/errors/domain-errors';
import { ListResult, zEnum, zIdOrIds, zSearch, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import type { CreateOrganisationDto, OrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { OrganisationsRepository, toOrganisationDto } from './organisations.repository';

const filter = z
  .object({
    q: zSearch.optional(),
    id: zIdOrIds.optional(),
    kind: z.union([zEnum(ORGANISATION_KINDS), z.array(zEnum(ORGANISATION_KINDS))]).optional(),
  })
  .strict();
export type OrganisationFilter = z.infer<typeof filter>;

export const ORGANISATION_LIST: ListSpec<OrganisationFilter> = {
  sortable: { name: 'o.name', kind: 'o.kind', createdAt: 'o.created_at' },
  defaultSort: ['name', 'ASC'],
  filter,
};

const FIELDS = ['name', 'kind'] as const;

/** Organisations of the actor's territory: everyone reads them, admins manage them. */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly repo: OrganisationsRepository,
  ) {}

  async list(actor: Actor, q: ListQuery<OrganisationFilter>): Promise<ListResult<OrganisationDto>> {
    const { total, rows } = await this.repo.list(this.db.manager, territoryScope(actor), q);
    return new ListResult('organisations', rows.map(toOrganisationDto), q.offset, total);
  }

  async get(actor: Actor, id: string): Promise<OrganisationDto> {
    await this.access.requireOrganisations(actor, [id]);
    return this.load(this.db.manager, id);
  }

  async create(actor: Actor, dto: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.db.transaction(async (em) => {
      const id = await this.repo.insert(em, { name: dto.name, kind: dto.kind, territoryId: actor.territoryId });
      await this.audit.record(em, actor, [{ action: 'create', entityType: 'organisation', entityId: id, fields: ['name', 'kind'] }]);
      return this.load(em, id);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateOrganisationDto): Promise<OrganisationDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireOrganisations(actor, [id], em);
      const current = await this.load(em, id);
      const fields = changedFields(current, dto, FIELDS);
      if (fields.length) {
        await this.repo.update(em, id, Object.fromEntries(fields.map((f) => [f, dto[f as (typeof FIELDS)[number]]])));
        await this.audit.record(em, actor, [{ action: 'update', entityType: 'organisation', entityId: id, fields }]);
      }
      return this.load(em, id);
    });
  }

  async remove(actor: Actor, id: string): Promise<OrganisationDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireOrganisations(actor, [id], em);
      const current = await this.load(em, id);
      if (await this.repo.isUsed(em, id)) throw new ConflictError('Organisation encore utilisée (comptes, foyers ou historique) : suppression impossible');
      await this.repo.delete(em, id);
      await this.audit.record(em, actor, [{ action: 'delete', entityType: 'organisation', entityId: id }]);
      return current;
    });
  }

  private async load(em: EntityManager, id: string): Promise<OrganisationDto> {
    const row = await this.repo.find(em, id);
    if (!row) throw new NotFoundError();
    return toOrganisationDto(row);
  }
}
