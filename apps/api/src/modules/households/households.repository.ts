// SQL of the households module. The list takes the actor's organisation scope (org-scope.ts); the
// other reads run after AccessService has checked the id.
import { Injectable } from '@nestjs/common';
import type { HouseholdStatus, HousingAidZone, HousingStatus, HousingType } from '@recours/domain';
import type { DataSource, EntityManager, InsertResult } from 'typeorm';
import { plannerEstimate } from '../../common/db/planner-estimate';
import { preparedQuery } from '../../common/db/prepared';
import { scopedWhere, type OrgScope } from '../../common/access/org-scope';
import { pageTotal, type ListQuery } from '../../common/http/list-query';
import type { HouseholdFields } from './dto/household-output.dto';
import { Household } from './entities/household.entity';
import { Income } from './entities/income.entity';
import { Person } from './entities/person.entity';
import { ReceivedBenefit } from './entities/received-benefit.entity';
import { User } from '../users/user.entity';
import type { SqlWhere } from '@recours/outreach-sql';
import type { ExportSelect } from '../exports/exports.repository';
import { canRetryFuzzy, householdSearch, withFuzzyRetry, type AuditedSelect, type ListPage, type RowsQuery, type SearchMode } from './household-search';
import type { HouseholdFilter } from './households.service';

/** A row of the household list. */
export interface HouseholdListRow {
  id: string;
  reference: string;
  address: string | null;
  postcode: string | null;
  commune_insee: string | null;
  commune_name: string | null;
  housing_status: HousingStatus | null;
  housing_type: HousingType | null;
  monthly_rent_cents: number | null;
  housing_aid_zone: HousingAidZone | null;
  organisation_id: string;
  territory_id: string;
  referent_id: string | null;
  status: HouseholdStatus;
  last_contact_on: string | null;
  declaration_help_requested: boolean;
  created_at: Date;
  updated_at: Date;
  referent_name: string | null;
  app_first: string | null;
  app_last: string | null;
  member_count: number;
}

/** The household page's row (HouseholdsRepository.readDetail): members and benefits as JSON, entity-named. */
interface HouseholdDetailRow extends Omit<HouseholdListRow, 'app_first' | 'app_last' | 'member_count'> {
  detection_requested_at: Date | null;
  detected_at: Date | null;
  members: (Omit<Person, 'incomes' | 'household'> & { incomes: Omit<Income, 'person'>[] })[];
  benefits: Omit<ReceivedBenefit, 'household'>[];
}

/** The household columns of a list row, as the entity the write paths' mappers take. */
export function householdOf(r: HouseholdListRow): Household {
  return Object.assign(new Household(), householdFields(r));
}

/**
 * The same columns as a plain object: a list maps 25 rows per request, and an entity instance (its
 * class fields defined one by one, then overwritten) cost 5 % of the API's CPU on the households list.
 */
export function householdFields(r: HouseholdListRow): HouseholdFields {
  return {
    id: r.id,
    reference: r.reference,
    address: r.address,
    postcode: r.postcode,
    communeInsee: r.commune_insee,
    communeName: r.commune_name,
    housingStatus: r.housing_status,
    housingType: r.housing_type,
    monthlyRentCents: r.monthly_rent_cents,
    housingAidZone: r.housing_aid_zone,
    organisationId: r.organisation_id,
    territoryId: r.territory_id,
    referentId: r.referent_id,
    status: r.status,
    lastContactOn: r.last_contact_on,
    declarationHelpRequested: r.declaration_help_requested,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const HOUSEHOLD_LIST_SELECT = `SELECT h.id, h.reference, h.address, h.postcode, h.commune_insee, h.commune_name, h.housing_status, h.housing_type,
       h.monthly_rent_cents, h.housing_aid_zone, h.organisation_id, h.territory_id, h.referent_id, h.status,
       h.last_contact_on, h.declaration_help_requested, h.created_at, h.updated_at,
       u.display_name AS referent_name, h.applicant_first_name AS app_first, h.applicant_last_name AS app_last, h.member_count
  FROM household h
  LEFT JOIN app_user u ON u.id = h.referent_id`;

/** The list's WHERE clause (scope, filters, search) and its ORDER BY. */
function householdListWhere(scope: OrgScope, q: ListQuery<HouseholdFilter>, mode: SearchMode): { where: SqlWhere; order: string } {
  const where = scopedWhere(scope, { organisation: 'h.organisation_id' });
  const f = q.filter;
  if (f.id) where.add('h.id = ANY(?::uuid[])', f.id);
  if (f.status) where.add('h.status = ?', f.status);
  if (f.referentId === null) where.raw('h.referent_id IS NULL');
  else if (f.referentId) where.add('h.referent_id = ?', f.referentId);
  if (f.communeInsee) where.add('h.commune_insee = ?', f.communeInsee);
  if (f.postcode) where.add('h.postcode = ?', f.postcode);
  const rank = householdSearch(where, f.q, mode)?.rank;
  const order = `${rank ? `${rank} DESC, ` : ''}${q.sort.sql} ${q.sort.order}${q.sort.nullable ? ' NULLS LAST' : ''}, h.id ${q.sort.order}`;
  return { where, order };
}

@Injectable()
export class HouseholdsRepository {
  /**
   * A page of the organisation's households, read in order from an (organisation, sort key, id) index.
   * EXPLAIN (ANALYZE, BUFFERS) with 100 000 households in the organisation:
   * - first page: `Index Scan Backward using "IDX_household_org_updated" … Index Cond: (organisation_id = …)`, 25 rows read;
   * - by applicant, offset 5 000: `Index Only Scan using "IDX_household_org_applicant"`, 5 025 index entries;
   * - "Hélène" (16 670 matches): the same backward scan with `Filter: (search_text ~~ '%helene%')`, 127 rows removed;
   *   a rare name: `Bitmap Index Scan on household_search_idx  Index Cond: ((organisation_id = …) AND (search_text ~~ …))`;
   * - the capped count: `Limit (rows=10001) -> Index Only Scan using "IDX_3df7dccc7428b02f3bf636b08f"` (≈ 3 ms), and for a
   *   search the same bitmap scan on household_search_idx (its recheck is the costliest step of a search).
   * A search that finds nothing is retried once as a fuzzy match (household-search.ts).
   */
  async list(em: EntityManager, scope: OrgScope, q: ListQuery<HouseholdFilter>, select: AuditedSelect): Promise<ListPage<HouseholdListRow>> {
    return withFuzzyRetry(q.filter.q, q.offset, select, (mode, run) => this.page(em, scope, q, mode, run));
  }

  private async page(em: EntityManager, scope: OrgScope, q: ListQuery<HouseholdFilter>, mode: SearchMode, run: RowsQuery): Promise<{ total: number | null; rows: HouseholdListRow[] }> {
    const { where, order } = householdListWhere(scope, q, mode);
    const rows = await run<HouseholdListRow>(`${HOUSEHOLD_LIST_SELECT} WHERE ${where.sql} ORDER BY ${order} LIMIT ${q.limit} OFFSET ${q.offset}`, where.params);
    const total = await pageTotal(q, rows.length, async (n) => {
      const [{ count }]: { count: number }[] = await em.query(
        `SELECT count(*)::int AS count FROM (SELECT 1 FROM household h WHERE ${where.sql} LIMIT ${n}) c`,
        where.params,
      );
      return count;
    }, () => plannerEstimate(em, `SELECT 1 FROM household h WHERE ${where.sql}`, where.params));
    return { total, rows };
  }

  /**
   * Every household of the list (same filters, same order) for an export; a search that finds
   * nothing exactly is read as the list reads it, fuzzily.
   */
  async exportSelect(em: EntityManager, scope: OrgScope, q: ListQuery<HouseholdFilter>): Promise<ExportSelect> {
    let list = householdListWhere(scope, q, 'exact');
    if (canRetryFuzzy(q.filter.q)) {
      const [{ found }]: { found: boolean }[] = await em.query(`SELECT EXISTS (SELECT 1 FROM household h WHERE ${list.where.sql}) AS found`, list.where.params);
      if (!found) list = householdListWhere(scope, q, 'fuzzy');
    }
    return { sql: `${HOUSEHOLD_LIST_SELECT} WHERE ${list.where.sql} ORDER BY ${list.order}`, params: list.where.params, householdColumn: 'id' };
  }

  /**
   * The household page in one statement: the scope check, its `read` audit event (written only when the
   * household is in scope, before the data leaves), the household, its referent's name and its members
   * with their incomes and its received benefits as JSON (no TypeORM hydration of a joined
   * members × incomes × benefits product). Writes answer with `findWithDetails` (the entities they diff).
   * EXPLAIN (ANALYZE, BUFFERS), 100 000 households, 4 members: `Index Scan using "PK_26e9…" on household`
   * (CTE h), `Bitmap Index Scan on "IDX_16dad48a2655f1b407d5f35a60"` (person, 4 rows), `Bitmap Index Scan
   * on "IDX_62849770c29c9c44c443371ea8"` (income, loops=4), `Bitmap Index Scan on "IDX_16823064ebc898ba981964b989"`
   * (received_benefit); reads 0.2 ms and 20 buffers, the audit INSERT (with its foreign keys) most of the 5 ms.
   * Outside any transaction (it needs none): the statement runs on the pool.
   */
  async readDetail(db: DataSource, id: string, scope: { column: 'organisation_id' | 'territory_id'; value: string }, reader: { userId: string; organisationId: string }): Promise<Household | null> {
    // A prepared statement (two texts, one per scope column): it is the page read most often.
    const rows = await preparedQuery<HouseholdDetailRow>(
      db,
      `WITH h AS (SELECT * FROM household WHERE id = $1 AND ${scope.column} = $2),
       audit AS (INSERT INTO audit_event (actor_id, organisation_id, action, entity_type, entity_id, household_id)
                 SELECT $3, $4, 'read', 'household', id, id FROM h)
       SELECT h.id, h.reference, h.address, h.postcode, h.commune_insee, h.commune_name, h.housing_status, h.housing_type,
              h.monthly_rent_cents, h.housing_aid_zone, h.organisation_id, h.territory_id, h.referent_id, h.status,
              h.last_contact_on, h.declaration_help_requested, h.created_at, h.updated_at, h.detection_requested_at, h.detected_at,
              u.display_name AS referent_name,
              (SELECT coalesce(json_agg(json_build_object(
                        'id', p.id, 'householdId', p.household_id, 'firstName', p.first_name, 'lastName', p.last_name,
                        'birthDate', p.birth_date, 'relationship', p.relationship, 'activity', p.activity,
                        'disabilityRecognised', p.disability_recognised, 'incapacityRate', p.incapacity_rate,
                        'phone', p.phone, 'email', p.email, 'createdAt', p.created_at, 'updatedAt', p.updated_at,
                        'incomes', (SELECT coalesce(json_agg(json_build_object(
                                      'id', i.id, 'personId', i.person_id, 'kind', i.kind, 'monthlyAmountCents', i.monthly_amount_cents,
                                      'startMonth', i.start_month, 'endMonth', i.end_month, 'createdAt', i.created_at, 'updatedAt', i.updated_at)), '[]')
                                      FROM income i WHERE i.person_id = p.id))), '[]')
                 FROM person p WHERE p.household_id = h.id) AS members,
              (SELECT coalesce(json_agg(json_build_object(
                        'id', b.id, 'householdId', b.household_id, 'benefit', b.benefit, 'monthlyAmountCents', b.monthly_amount_cents,
                        'since', b.since, 'createdAt', b.created_at, 'updatedAt', b.updated_at)), '[]')
                 FROM received_benefit b WHERE b.household_id = h.id) AS benefits
       FROM h LEFT JOIN app_user u ON u.id = h.referent_id`,
      [id, scope.value, reader.userId, reader.organisationId],
    );
    const r = rows[0];
    if (!r) return null;
    const stamped = <T extends { createdAt: Date | string; updatedAt: Date | string }>(x: T): T => ({ ...x, createdAt: new Date(x.createdAt), updatedAt: new Date(x.updatedAt) });
    return Object.assign(householdOf({ ...r, app_first: null, app_last: null, member_count: 0 }), {
      detectionRequestedAt: r.detection_requested_at,
      detectedAt: r.detected_at,
      referent: r.referent_id ? Object.assign(new User(), { id: r.referent_id, displayName: r.referent_name ?? '' }) : null,
      members: r.members.map((m) => Object.assign(new Person(), stamped({ ...m, incomes: m.incomes.map((i) => Object.assign(new Income(), stamped(i))) }))),
      receivedBenefits: r.benefits.map((b) => Object.assign(new ReceivedBenefit(), stamped(b))),
    });
  }

  /**
   * The household with its members, their incomes, its received benefits and its referent, in one
   * query: `findOne` with these relations first runs a `SELECT DISTINCT … LIMIT 1` to find the id
   * (a second round trip and a second join); `getOne()` without `take` does not.
   */
  async findWithDetails(em: EntityManager, id: string): Promise<Household | null> {
    return em
      .createQueryBuilder(Household, 'h')
      .leftJoinAndSelect('h.members', 'm')
      .leftJoinAndSelect('m.incomes', 'i')
      .leftJoinAndSelect('h.receivedBenefits', 'b')
      .leftJoinAndSelect('h.referent', 'u')
      .where('h.id = :id', { id })
      .getOne();
  }

  /** Deletes the household and, by cascade, its members, incomes and received benefits. */
  async delete(em: EntityManager, id: string): Promise<void> {
    await em.delete(Household, { id });
  }

  /** The next number of the territory's household sequence (`HH-<year>-<n>`). */
  async nextSequence(em: EntityManager, territoryId: string): Promise<number> {
    const [[row]]: [{ household_seq: number }[], number] = await em.query(
      'UPDATE territory SET household_seq = household_seq + 1 WHERE id = $1 RETURNING household_seq',
      [territoryId],
    );
    return row.household_seq;
  }

  /** Marks the household changed when only its members, incomes or benefits changed. */
  async touch(em: EntityManager, id: string): Promise<void> {
    await em.query('UPDATE household SET updated_at = now() WHERE id = $1', [id]);
  }

  /** Asks the worker's sweep for a detection. Does not touch updated_at: asking is not an edit. */
  async requestDetection(em: EntityManager, id: string): Promise<Date> {
    const [[row]]: [{ detection_requested_at: Date }[], number] = await em.query(
      'UPDATE household SET detection_requested_at = now() WHERE id = $1 RETURNING detection_requested_at',
      [id],
    );
    return row.detection_requested_at;
  }

  // Writes of a household and its members, incomes and received benefits (the writer service checks
  // access and rules, and records the audit events).
  async insertHousehold(em: EntityManager, values: Partial<Household>): Promise<string> {
    return insertedId(await em.insert(Household, values));
  }

  async updateHousehold(em: EntityManager, id: string, changes: Partial<Household>): Promise<void> {
    await em.update(Household, { id }, changes);
  }

  async insertMember(em: EntityManager, values: Partial<Person>): Promise<string> {
    return insertedId(await em.insert(Person, values));
  }

  async updateMember(em: EntityManager, id: string, changes: Partial<Person>): Promise<void> {
    await em.update(Person, { id }, changes);
  }

  /** Its incomes go with it (cascade). */
  async deleteMember(em: EntityManager, id: string): Promise<void> {
    await em.delete(Person, { id });
  }

  async insertIncome(em: EntityManager, values: Partial<Income>): Promise<string> {
    return insertedId(await em.insert(Income, values));
  }

  async updateIncome(em: EntityManager, id: string, changes: Partial<Income>): Promise<void> {
    await em.update(Income, { id }, changes);
  }

  async deleteIncome(em: EntityManager, id: string): Promise<void> {
    await em.delete(Income, { id });
  }

  async insertBenefit(em: EntityManager, values: Partial<ReceivedBenefit>): Promise<string> {
    return insertedId(await em.insert(ReceivedBenefit, values));
  }

  async updateBenefit(em: EntityManager, id: string, changes: Partial<ReceivedBenefit>): Promise<void> {
    await em.update(ReceivedBenefit, { id }, changes);
  }

  async deleteBenefit(em: EntityManager, id: string): Promise<void> {
    await em.delete(ReceivedBenefit, { id });
  }
}

function insertedId(result: InsertResult): string {
  const id: unknown = result.identifiers[0]?.id;
  if (typeof id !== 'string') throw new Error('INSERT returned no id');
  return id;
}
