import { Injectable } from '@nestjs/common';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '@recours/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import { caseworkScope, householdScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError } from '../../common/errors/domain-errors';
import type { AuditEventDto } from './audit-event.dto';
import { ListResult, zDateTime, zEnum, zIdOrIds, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditRepository, toAuditEventDto } from './audit.repository';

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
    private readonly repo: AuditRepository,
  ) {}

  /** "Historique des accès" tab of a household page. */
  async householdHistory(actor: Actor, householdId: string, q: ListQuery<AuditFilter>): Promise<ListResult<AuditEventDto>> {
    await this.access.requireHouseholds(actor, [householdId]);
    return this.list(actor, { ...q, filter: { ...q.filter, householdId } });
  }

  /**
   * Managers browse their organisation's log. Social workers only see the history of a household
   * they can access (filter.householdId), which is what the household page needs.
   */
  async list(actor: Actor, q: ListQuery<AuditFilter>): Promise<ListResult<AuditEventDto>> {
    const f = q.filter;
    if (actor.role !== 'manager' && !f.householdId) throw new ForbiddenError('Accès refusé : précisez le foyer (filter.householdId)');
    if (f.householdId) await this.access.requireHouseholds(actor, [f.householdId]);
    // A household's history shows every organisation's access to it (partners reading a referral);
    // the organisation log shows the organisation's own events.
    const scope = f.householdId ? householdScope(f.householdId) : caseworkScope(actor);
    const { total, rows } = await this.repo.list(this.db.manager, scope, q);
    return new ListResult('audit-events', rows.map(toAuditEventDto), q.offset, total);
  }
}
