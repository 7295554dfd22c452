// SQL of the organisations module. The list takes the actor's territory scope.
import { Injectable } from '@nestjs/common';
import type { OrganisationKind } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import { scopedWhere, type OrgScope } from '../../common/access/org-scope';
import { searchTerms, type ListQuery } from '../../common/http/list-query';
import type { OrganisationDto } from './dto/organisation.dto';
import { Organisation } from './organisation.entity';
import type { OrganisationFilter } from './organisations.service';

export interface OrganisationRow {
  id: string;
  name: string;
  kind: OrganisationKind;
  territory_id: string;
  created_at: Date;
  updated_at: Date;
}

export function toOrganisationDto(r: OrganisationRow): OrganisationDto {
  return { id: r.id, name: r.name, kind: r.kind, territoryId: r.territory_id, createdAt: r.created_at, updatedAt: r.updated_at };
}

const COLUMNS = 'o.id, o.name, o.kind, o.territory_id, o.created_at, o.updated_at';

@Injectable()
export class OrganisationsRepository {
  async list(em: EntityManager, scope: OrgScope, q: ListQuery<OrganisationFilter>): Promise<{ total: number; rows: OrganisationRow[] }> {
    const where = scopedWhere(scope, { territory: 'o.territory_id' });
    const f = q.filter;
    if (f.id) where.add('o.id = ANY(?::uuid[])', f.id);
    if (f.kind) where.add('o.kind = ANY(?::organisation_kind[])', Array.isArray(f.kind) ? f.kind : [f.kind]);
    for (const term of searchTerms(f.q)) where.add('o.name ILIKE ?', term);
    const [{ total }]: { total: number }[] = await em.query(`SELECT count(*)::int AS total FROM organisation o WHERE ${where.sql}`, where.params);
    const rows: OrganisationRow[] = await em.query(
      `SELECT ${COLUMNS} FROM organisation o WHERE ${where.sql} ORDER BY ${q.sort.sql} ${q.sort.order}, o.id LIMIT ${q.limit} OFFSET ${q.offset}`,
      where.params,
    );
    return { total, rows };
  }

  async find(em: EntityManager, id: string): Promise<OrganisationRow | undefined> {
    const [row]: OrganisationRow[] = await em.query(`SELECT ${COLUMNS} FROM organisation o WHERE o.id = $1`, [id]);
    return row;
  }

  async insert(em: EntityManager, o: { name: string; kind: OrganisationKind; territoryId: string }): Promise<string> {
    const { identifiers } = await em.insert(Organisation, o);
    return identifiers[0].id as string;
  }

  async update(em: EntityManager, id: string, changes: Partial<Pick<Organisation, 'name' | 'kind'>>): Promise<void> {
    await em.update(Organisation, { id }, changes);
  }

  async delete(em: EntityManager, id: string): Promise<void> {
    await em.delete(Organisation, { id });
  }

  /** Whether accounts, households or audit history still refer to the organisation. */
  async isUsed(em: EntityManager, id: string): Promise<boolean> {
    const [{ used }]: { used: boolean }[] = await em.query(
      `SELECT (EXISTS (SELECT 1 FROM app_user WHERE organisation_id = $1) OR EXISTS (SELECT 1 FROM household WHERE organisation_id = $1)
               OR EXISTS (SELECT 1 FROM audit_event WHERE organisation_id = $1)) AS used`,
      [id],
    );
    return used;
  }
}
