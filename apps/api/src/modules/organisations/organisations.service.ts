import { Injectable } from '@nestjs/common';
import { ORGANISATION_KINDS } from '@recours/domain';
import { SqlWhere } from '@recours/outreach-sql';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import type { Actor } from '../../common/auth/actor';
import { changedFields } from '../../common/db/changed-fields';
import { ConflictError, NotFoundError } from '../../common/errors/domain-errors';
import { ListResult, searchTerms, zEnum, zIdOrIds, zSearch, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import type { CreateOrganisationDto, OrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import { Organisation } from './organisation.entity';

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
  ) {}

  async list(actor: Actor, q: ListQuery<OrganisationFilter>): Promise<ListResult<OrganisationDto>> {
    const scope = this.access.organisationScope(actor);
    const where = new SqlWhere().add(`o.${scope.column} = ?`, scope.value);
    const f = q.filter;
    if (f.id) where.add('o.id = ANY(?::uuid[])', f.id);
    if (f.kind) where.add('o.kind = ANY(?::organisation_kind[])', Array.isArray(f.kind) ? f.kind : [f.kind]);
    for (const term of searchTerms(f.q)) where.add('o.name ILIKE ?', term);
    const whereSql = where.sql;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM organisation o WHERE ${whereSql}`, where.params);
    const rows = await this.db.query(
      `SELECT o.* FROM organisation o WHERE ${whereSql} ORDER BY ${q.sort.sql} ${q.sort.order}, o.id LIMIT ${q.limit} OFFSET ${q.offset}`,
      where.params,
    );
    return new ListResult('organisations', rows.map(toDto), q.offset, total);
  }

  async get(actor: Actor, id: string): Promise<OrganisationDto> {
    await this.access.requireOrganisations(actor, [id]);
    return this.load(this.db.manager, id);
  }

  async create(actor: Actor, dto: CreateOrganisationDto): Promise<OrganisationDto> {
    return this.db.transaction(async (em) => {
      const { identifiers } = await em.insert(Organisation, { name: dto.name, kind: dto.kind, territoryId: actor.territoryId });
      const id = identifiers[0].id as string;
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
        await em.update(Organisation, { id }, Object.fromEntries(fields.map((f) => [f, dto[f as (typeof FIELDS)[number]]])));
        await this.audit.record(em, actor, [{ action: 'update', entityType: 'organisation', entityId: id, fields }]);
      }
      return this.load(em, id);
    });
  }

  async remove(actor: Actor, id: string): Promise<OrganisationDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireOrganisations(actor, [id], em);
      const current = await this.load(em, id);
      const [{ used }] = await em.query(
        `SELECT (EXISTS (SELECT 1 FROM app_user WHERE organisation_id = $1) OR EXISTS (SELECT 1 FROM household WHERE organisation_id = $1)
                 OR EXISTS (SELECT 1 FROM audit_event WHERE organisation_id = $1)) AS used`,
        [id],
      );
      if (used) throw new ConflictError('Organisation encore utilisée (comptes, foyers ou historique) : suppression impossible');
      await em.delete(Organisation, { id });
      await this.audit.record(em, actor, [{ action: 'delete', entityType: 'organisation', entityId: id }]);
      return current;
    });
  }

  private async load(em: EntityManager, id: string): Promise<OrganisationDto> {
    const [row] = await em.query('SELECT * FROM organisation WHERE id = $1', [id]);
    if (!row) throw new NotFoundError();
    return toDto(row);
  }
}

function toDto(r: Record<string, unknown>): OrganisationDto {
  return {
    id: r.id as string,
    name: r.name as string,
    kind: r.kind as OrganisationDto['kind'],
    territoryId: r.territory_id as string,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  };
}
