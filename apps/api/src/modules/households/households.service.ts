import { Injectable } from '@nestjs/common';
import { HOUSEHOLD_STATUSES } from '@recours/domain';
import { SqlWhere } from '@recours/outreach-sql';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-errors';
import { ListResult, searchTerms, zEnum, zIdOrIds, zSearch, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { toDetailDto, toSummaryDto, type HouseholdDetailDto, type HouseholdListItemDto } from './dto/household-output.dto';
import { Household } from './entities/household.entity';
import { HOUSEHOLD_MATCHES_TERM } from './household-search';

const filter = z
  .object({
    q: zSearch.optional(),
    id: zIdOrIds.optional(),
    status: zEnum(HOUSEHOLD_STATUSES).optional(),
    referentId: zUuid.nullable().optional(),
    communeInsee: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, 'doit être un code commune INSEE').optional(),
    postcode: z.string().regex(/^\d{5}$/, 'doit être un code postal à 5 chiffres').optional(),
  })
  .strict();
export type HouseholdFilter = z.infer<typeof filter>;

export const HOUSEHOLD_LIST: ListSpec<HouseholdFilter> = {
  sortable: {
    reference: 'h.reference',
    updatedAt: 'h.updated_at',
    createdAt: 'h.created_at',
    lastContactOn: 'h.last_contact_on',
    status: 'h.status',
    postcode: 'h.postcode',
    communeName: 'h.commune_name',
    applicantName: 'app.last_name',
  },
  defaultSort: ['updatedAt', 'DESC'],
  filter,
};

@Injectable()
export class HouseholdsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** One `list` audit event per search, with the filter names used (never their values). */
  async list(actor: Actor, q: ListQuery<HouseholdFilter>): Promise<ListResult<HouseholdListItemDto>> {
    const scope = this.access.householdScope(actor);
    const where = new SqlWhere().add(`h.${scope.column} = ?`, scope.value);
    const f = q.filter;
    if (f.id) where.add('h.id = ANY(?::uuid[])', f.id);
    if (f.status) where.add('h.status = ?', f.status);
    if (f.referentId === null) where.raw('h.referent_id IS NULL');
    else if (f.referentId) where.add('h.referent_id = ?', f.referentId);
    if (f.communeInsee) where.add('h.commune_insee = ?', f.communeInsee);
    if (f.postcode) where.add('h.postcode = ?', f.postcode);
    // Every word must match the reference or the name of one member.
    for (const term of searchTerms(f.q)) where.add(HOUSEHOLD_MATCHES_TERM, term);
    const whereSql = where.sql;
    return this.db.transaction(async (em) => {
      const [{ total }] = await em.query(`SELECT count(*)::int AS total FROM household h WHERE ${whereSql}`, where.params);
      const rows: Record<string, unknown>[] = await em.query(
        `SELECT h.*, u.display_name AS referent_name, app.first_name AS app_first, app.last_name AS app_last,
                (SELECT count(*)::int FROM person p WHERE p.household_id = h.id) AS member_count
         FROM household h
         LEFT JOIN app_user u ON u.id = h.referent_id
         LEFT JOIN LATERAL (SELECT first_name, last_name FROM person p
                            WHERE p.household_id = h.id AND p.relationship = 'demandeur' ORDER BY p.created_at LIMIT 1) app ON true
         WHERE ${whereSql}
         ORDER BY ${q.sort.sql} ${q.sort.order} NULLS LAST, h.id ${q.sort.order}
         LIMIT ${q.limit} OFFSET ${q.offset}`,
        where.params,
      );
      await this.audit.record(em, actor, [{ action: 'list', entityType: 'household', fields: Object.keys(f).sort() }]);
      const items = rows.map((r) => ({
        ...toSummaryDto(fromRow(r), r.referent_name as string | null),
        memberCount: r.member_count as number,
        applicantName: r.app_first ? `${r.app_first} ${String(r.app_last).toUpperCase()}` : null,
      }));
      return new ListResult('households', items, q.offset, total);
    });
  }

  /** The read and its audit event commit together. */
  async get(actor: Actor, id: string): Promise<HouseholdDetailDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireHouseholds(actor, [id], em);
      const detail = await this.loadDetail(em, id);
      await this.audit.record(em, actor, [{ action: 'read', entityType: 'household', entityId: id, householdId: id }]);
      return detail;
    });
  }

  /** Deletes the household and, by cascade, its members, incomes and received benefits. */
  async remove(actor: Actor, id: string): Promise<HouseholdDetailDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireHouseholds(actor, [id], em, { lock: true });
      const detail = await this.loadDetail(em, id);
      await em.delete(Household, { id });
      await this.audit.record(em, actor, [{ action: 'delete', entityType: 'household', entityId: id, householdId: id }]);
      return detail;
    });
  }

  async loadEntity(em: EntityManager, id: string): Promise<Household> {
    const h = await em.findOne(Household, {
      where: { id },
      relations: { members: { incomes: true }, receivedBenefits: true, referent: true },
    });
    if (!h) throw new NotFoundError();
    return h;
  }

  async loadDetail(em: EntityManager, id: string): Promise<HouseholdDetailDto> {
    return toDetailDto(await this.loadEntity(em, id));
  }
}

function fromRow(r: Record<string, unknown>): Household {
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
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  } as Household;
}
