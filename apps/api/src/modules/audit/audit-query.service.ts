import { Injectable } from '@nestjs/common';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@recours/domain';
import { SqlWhere } from '@recours/outreach-sql';
import { DataSource } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError } from '../../common/errors/domain-errors';
import type { AuditEventDto } from './audit-event.dto';
import { ListResult, zDateTime, zEnum, zIdOrIds, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';

const filter = z
  .object({
    id: zIdOrIds.optional(),
    householdId: zUuid.optional(),
    actorId: zUuid.optional(),
    entityId: zUuid.optional(),
    entityType: zEnum(AUDIT_ENTITY_TYPES).optional(),
    action: zEnum(AUDIT_ACTIONS).optional(),
    from: zDateTime.optional(),
    to: zDateTime.optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof filter>;

export const AUDIT_LIST: ListSpec<AuditFilter> = {
  sortable: { occurredAt: 'e.occurred_at', action: 'e.action', entityType: 'e.entity_type' },
  defaultSort: ['occurredAt', 'DESC'],
  filter,
};

@Injectable()
export class AuditQueryService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
  ) {}

  /**
   * Managers browse their organisation's log. Social workers only see the history of a household
   * they can access (filter.householdId), which is what the household page needs.
   */
  /** "Historique des accès" tab of a household page. */
  async householdHistory(actor: Actor, householdId: string, q: ListQuery<AuditFilter>): Promise<ListResult<AuditEventDto>> {
    await this.access.requireHouseholds(actor, [householdId]);
    return this.list(actor, { ...q, filter: { ...q.filter, householdId } });
  }

  async list(actor: Actor, q: ListQuery<AuditFilter>): Promise<ListResult<AuditEventDto>> {
    const f = q.filter;
    if (actor.role !== 'manager') {
      if (!f.householdId) throw new ForbiddenError('Accès refusé : précisez le foyer (filter.householdId)');
      await this.access.requireHouseholds(actor, [f.householdId]);
    }
    const where = new SqlWhere().add('e.organisation_id = ?', actor.organisationId);
    if (f.id) where.add('e.id = ANY(?::uuid[])', f.id);
    if (f.householdId) where.add('e.household_id = ?', f.householdId);
    if (f.actorId) where.add('e.actor_id = ?', f.actorId);
    if (f.entityId) where.add('e.entity_id = ?', f.entityId);
    if (f.entityType) where.add('e.entity_type = ?', f.entityType);
    if (f.action) where.add('e.action = ?', f.action);
    if (f.from) where.add('e.occurred_at >= ?::timestamptz', f.from);
    // A bare date as upper bound means "through the end of that day".
    if (f.to) where.add(/^\d{4}-\d{2}-\d{2}$/.test(f.to) ? `e.occurred_at < (?::date + 1)` : 'e.occurred_at <= ?::timestamptz', f.to);
    const whereSql = where.sql;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM audit_event e WHERE ${whereSql}`, where.params);
    const rows = await this.db.query(
      `SELECT e.id, e.actor_id, u.display_name, e.organisation_id, e.action, e.entity_type, e.entity_id, e.household_id,
              e.fields, e.occurred_at
       FROM audit_event e JOIN app_user u ON u.id = e.actor_id
       WHERE ${whereSql} ORDER BY ${q.sort.sql} ${q.sort.order}, e.id ${q.sort.order}
       LIMIT ${q.limit} OFFSET ${q.offset}`,
      where.params,
    );
    return new ListResult('audit-events', rows.map(toDto), q.offset, total);
  }
}

function toDto(r: Record<string, unknown>): AuditEventDto {
  return {
    id: r.id as string,
    actorId: r.actor_id as string,
    actorDisplayName: r.display_name as string,
    organisationId: r.organisation_id as string,
    action: r.action as string,
    entityType: r.entity_type as string,
    entityId: r.entity_id as string | null,
    householdId: r.household_id as string | null,
    fields: r.fields as string[],
    occurredAt: r.occurred_at as Date,
  };
}
