// SQL of the users module. The list takes the actor's scope: the organisation, or the territory for admins.
import { Injectable } from '@nestjs/common';
import type { OrganisationKind, UserRole } from '@recours/domain';
import type { EntityManager } from 'typeorm';
import { scopedWhere, type OrgScope } from '../../common/access/org-scope';
import { searchTerms, type ListQuery } from '../../common/http/list-query';
import type { UserDto } from './dto/user.dto';
import { User } from './user.entity';
import type { UserFilter } from './users.service';

export interface UserRow {
  id: string;
  email: string;
  display_name: string;
  role: UserRole;
  organisation_id: string;
  active: boolean;
  created_at: Date;
  updated_at: Date;
  org_name: string;
  org_kind: OrganisationKind;
}

const SELECT = `SELECT u.id, u.email, u.display_name, u.role, u.organisation_id, u.active, u.created_at, u.updated_at,
                       o.name AS org_name, o.kind AS org_kind
                FROM app_user u JOIN organisation o ON o.id = u.organisation_id`;

export function toUserDto(r: UserRow): UserDto {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    organisationId: r.organisation_id,
    organisation: { id: r.organisation_id, name: r.org_name, kind: r.org_kind },
    active: r.active,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

@Injectable()
export class UsersRepository {
  async list(em: EntityManager, scope: OrgScope, q: ListQuery<UserFilter>): Promise<{ total: number; rows: UserRow[] }> {
    const where = scopedWhere(scope, { organisation: 'u.organisation_id', territory: 'o.territory_id' });
    const f = q.filter;
    if (f.id) where.add('u.id = ANY(?::uuid[])', f.id);
    if (f.role) where.add('u.role = ANY(?::user_role[])', Array.isArray(f.role) ? f.role : [f.role]);
    if (f.organisationId) where.add('u.organisation_id = ?', f.organisationId);
    if (f.active !== undefined) where.add('u.active = ?', f.active);
    for (const term of searchTerms(f.q)) where.add(`(u.display_name ILIKE ? OR u.email ILIKE ?)`, term);
    const [{ total }]: { total: number }[] = await em.query(
      `SELECT count(*)::int AS total FROM app_user u JOIN organisation o ON o.id = u.organisation_id WHERE ${where.sql}`,
      where.params,
    );
    const rows: UserRow[] = await em.query(`${SELECT} WHERE ${where.sql} ORDER BY ${q.sort.sql} ${q.sort.order}, u.id LIMIT ${q.limit} OFFSET ${q.offset}`, where.params);
    return { total, rows };
  }

  async find(em: EntityManager, id: string): Promise<UserRow | undefined> {
    const [row]: UserRow[] = await em.query(`${SELECT} WHERE u.id = $1`, [id]);
    return row;
  }

  async findEntity(em: EntityManager, id: string): Promise<User> {
    return em.findOneByOrFail(User, { id });
  }

  async insert(em: EntityManager, values: Partial<User>): Promise<string> {
    const { identifiers } = await em.insert(User, values);
    return identifiers[0].id as string;
  }

  async update(em: EntityManager, id: string, changes: Partial<User>): Promise<void> {
    await em.update(User, { id }, changes);
  }

  async delete(em: EntityManager, id: string): Promise<void> {
    await em.delete(User, { id });
  }

  /** Whether the account acted at least once (then it is disabled, never deleted). */
  async hasActivity(em: EntityManager, id: string): Promise<boolean> {
    const [{ n }]: { n: number }[] = await em.query('SELECT count(*)::int AS n FROM audit_event WHERE actor_id = $1', [id]);
    return n > 0;
  }
}
