// The WHERE clause shared by the indicator repositories: the actor's scope, then the filters. Only
// SQL fragments over the aliases the repositories use (`h` household); the period is added by each
// query on its own date column (`periodCondition`).
import type { SqlWhere } from '@recours/outreach-sql';
import { scopedWhere, type OrgScope } from '../../common/access/org-scope';
import type { Period, StatsFilter } from './stats-filter';

export interface StatsColumns {
  /** The organisation column of the counted rows (`dr.organisation_id`, `ct.organisation_id`…). */
  organisation: string;
  /** Territory: `h.territory_id` unless the table carries its own. */
  territory: string;
  /** The benefit column, or an SQL predicate taking the benefit as `?`; absent: the filter does not apply. */
  benefit?: string;
  /** The commune code column (`h.commune_insee`); absent: the filter does not apply. */
  commune?: string;
}

export function statsWhere(scope: OrgScope, f: StatsFilter, c: StatsColumns): SqlWhere {
  const where = scopedWhere(scope, { organisation: c.organisation, territory: c.territory });
  if (f.organisationId) where.add(`${c.organisation} = ?`, f.organisationId);
  if (f.benefit && c.benefit) where.add(c.benefit.includes('?') ? c.benefit : `${c.benefit} = ?`, f.benefit);
  if (f.communeInsee && c.commune) where.add(`${c.commune} = ?`, f.communeInsee);
  return where;
}

/** `column` (timestamptz) within the period's Paris calendar days, both included; index-friendly. */
export function periodCondition(where: SqlWhere, column: string, period: Period): SqlWhere {
  where.add(`${column} >= (?::date)::timestamp AT TIME ZONE 'Europe/Paris'`, period.from);
  where.add(`${column} < (?::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'`, period.to);
  return where;
}

/** A timestamptz column as its Paris month `YYYY-MM` (monthly series). */
export const parisMonth = (column: string) => `to_char(${column} AT TIME ZONE 'Europe/Paris', 'YYYY-MM')`;

/** Whole Paris calendar days from one timestamptz to another. */
export const parisDays = (from: string, to: string) => `((${to} AT TIME ZONE 'Europe/Paris')::date - (${from} AT TIME ZONE 'Europe/Paris')::date)`;
