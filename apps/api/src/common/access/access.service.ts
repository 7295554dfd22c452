import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { NotFoundError, type FieldError } from '../errors/domain-errors';
import { caseworkScope, territoryScope, userListScope, type OrgScope } from './org-scope';

export type Scope = { column: 'organisation_id' | 'territory_id'; value: string };

/**
 * Decides in SQL, on a batch of ids, what an actor may touch. A missing id and an id outside the
 * scope give the same NotFoundError ("not found or no access").
 */
@Injectable()
export class AccessService {
  constructor(private readonly db: DataSource) {}

  /** Households: the actor's own organisation (social workers and managers). */
  householdScope(actor: Actor): Scope {
    return column(caseworkScope(actor));
  }

  /** Users: the organisation for everyone, the whole territory for admins. */
  userScope(actor: Actor): Scope {
    return column(userListScope(actor));
  }

  /** Organisations: those of the actor's territory. */
  organisationScope(actor: Actor): Scope {
    return column(territoryScope(actor));
  }

  async requireHouseholds(actor: Actor, ids: string[], em?: EntityManager, opts: { lock?: boolean } = {}): Promise<void> {
    const s = this.householdScope(actor);
    await this.require(em, `SELECT id FROM household WHERE id = ANY($1::uuid[]) AND ${s.column} = $2${opts.lock ? ' FOR UPDATE' : ''}`, ids, s.value);
  }

  /**
   * Detected rights, contacts, tasks and campaigns carry the organisation of their household:
   * same scope as households (partner agents and admins have no route to them yet).
   */
  async requireOutreach(
    table: 'detected_right' | 'contact' | 'task' | 'campaign',
    actor: Actor,
    ids: string[],
    em?: EntityManager,
    opts: { lock?: boolean } = {},
  ): Promise<void> {
    const s = this.householdScope(actor);
    await this.require(em, `SELECT id FROM ${table} WHERE id = ANY($1::uuid[]) AND ${s.column} = $2${opts.lock ? ' FOR UPDATE' : ''}`, ids, s.value);
  }

  async requireUsers(actor: Actor, ids: string[], em?: EntityManager): Promise<void> {
    const s = this.userScope(actor);
    await this.require(
      em,
      `SELECT u.id FROM app_user u JOIN organisation o ON o.id = u.organisation_id
       WHERE u.id = ANY($1::uuid[]) AND ${s.column === 'territory_id' ? 'o.territory_id' : 'u.organisation_id'} = $2`,
      ids,
      s.value,
    );
  }

  async requireOrganisations(actor: Actor, ids: string[], em?: EntityManager): Promise<void> {
    const s = this.organisationScope(actor);
    await this.require(em, `SELECT id FROM organisation WHERE id = ANY($1::uuid[]) AND ${s.column} = $2`, ids, s.value);
  }

  /**
   * A referent must be an active social worker or manager of the household's organisation.
   * Answers with a field error (422) rather than 404: the id comes from the body, not the path.
   */
  async checkReferent(organisationId: string, referentId: string, em?: EntityManager): Promise<FieldError | undefined> {
    const rows = await (em ?? this.db.manager).query(
      `SELECT 1 FROM app_user WHERE id = $1 AND organisation_id = $2 AND active AND role IN ('social_worker', 'manager')`,
      [referentId, organisationId],
    );
    return rows.length ? undefined : { field: 'referentId', message: 'référent inconnu, inactif ou hors de votre organisation' };
  }

  private async require(em: EntityManager | undefined, sql: string, ids: string[], scopeValue: string): Promise<void> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return;
    const rows: { id: string }[] = await (em ?? this.db.manager).query(sql, [wanted, scopeValue]);
    if (rows.length !== wanted.length) throw new NotFoundError();
  }
}

/** The scope as the column of the checked table that carries it (the helpers refuse an empty scope). */
function column(scope: OrgScope): Scope {
  if (scope.level === 'household') throw new Error('A household scope does not check organisation records');
  return scope.level === 'organisation' ? { column: 'organisation_id', value: scope.organisationId } : { column: 'territory_id', value: scope.territoryId };
}
