// The organisation scope of list queries. Every list of organisation data starts its WHERE clause
// here (`scopedWhere`), so a list cannot be written without the actor's scope, and a bug that
// loses the organisation fails loudly instead of listing every organisation's rows.
import { SqlWhere } from '@recours/outreach-sql';
import type { Actor } from '../auth/actor';

/** What an actor may list: the rows of one organisation, or of a whole territory. */
export type OrgScope = OrganisationScope | TerritoryScope | HouseholdScope;
export interface OrganisationScope {
  readonly level: 'organisation';
  readonly organisationId: string;
}
export interface TerritoryScope {
  readonly level: 'territory';
  readonly territoryId: string;
}

/** One household's records across organisations (its access history), once access to it was checked. */
export interface HouseholdScope {
  readonly level: 'household';
  readonly householdId: string;
}

/** The SQL column carrying each scope level in a given query (`h.organisation_id`, `o.territory_id`…). */
export interface ScopeColumns {
  organisation?: string;
  territory?: string;
  household?: string;
}

/** Refuses an empty scope: a missing organisation must never widen access to everything. */
export function requireScopeId(level: OrgScope['level'], id: string | null | undefined): string {
  if (typeof id !== 'string' || id.trim() === '') throw new Error(`Empty access scope (${level})`);
  return id;
}

/**
 * Casework data — households and their detected rights, contacts, tasks, campaigns, audit events and
 * "my day": the actor's own organisation (see permissions.ts; admins and partners have no route to it).
 */
export function caseworkScope(actor: Actor): OrganisationScope {
  return { level: 'organisation', organisationId: requireScopeId('organisation', actor?.organisationId) };
}

/** A household whose access the caller has just checked (AccessService.requireHouseholds). */
export function householdScope(householdId: string): HouseholdScope {
  return { level: 'household', householdId: requireScopeId('household', householdId) };
}

/** Users: admins manage their whole territory; everyone else sees the colleagues of their organisation. */
export function userListScope(actor: Actor): OrgScope {
  return actor?.role === 'admin'
    ? { level: 'territory', territoryId: requireScopeId('territory', actor.territoryId) }
    : caseworkScope(actor);
}

/** Organisations and territories: those of the actor's territory. */
export function territoryScope(actor: Actor): TerritoryScope {
  return { level: 'territory', territoryId: requireScopeId('territory', actor?.territoryId) };
}

/** The organisation of an organisation-level scope (for SQL shared with the worker); refuses any other. */
export function scopeOrganisationId(scope: OrgScope): string {
  if (scope?.level !== 'organisation') throw new Error('Organisation scope expected');
  return requireScopeId('organisation', scope.organisationId);
}

/**
 * The start of a list query's WHERE clause: the scope condition, bound as the first parameter.
 * Throws when the scope is missing or empty, or when the query names no column for the scope's level
 * (an organisation scope on a table without `organisation_id` is a bug, not an empty list).
 */
export function scopedWhere(scope: OrgScope, columns: ScopeColumns): SqlWhere {
  if (!scope) throw new Error('Empty access scope (no scope given)');
  const column = columns[scope.level];
  if (!column) throw new Error(`No ${scope.level} column given for a ${scope.level} scope`);
  const id = scope.level === 'organisation' ? scope.organisationId : scope.level === 'territory' ? scope.territoryId : scope.householdId;
  // A column given as a condition (with `?`) matches the scope id in its own way, e.g. in two columns.
  return new SqlWhere().add(column.includes('?') ? column : `${column} = ?`, requireScopeId(scope.level, id));
}
