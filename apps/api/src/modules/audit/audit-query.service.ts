import { Injectable } from '@nestjs/common';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, auditFieldLabel, LABELS } from '@recours/domain';
import { DataSource } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import { caseworkScope, householdScope, type OrgScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { ForbiddenError } from '../../common/errors/domain-errors';
import { ListResult, zDateTime, zEnum, zIdOrIds, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { labelOf, type ExportColumn } from '../exports/export-cells';
import type { ExportQuery } from '../exports/export-query';
import { ExportsService, type ExportFile } from '../exports/exports.service';
import type { AuditEventDto } from './audit-event.dto';
import { AuditRepository, toAuditEventDto, type AuditEventRow } from './audit.repository';
import { AuditService } from './audit.service';

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
    /** Every event, the searches of a household page's tabs included (otherwise one line per action). */
    detailed: z.boolean({ error: 'doit être vrai ou faux' }).optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof filter>;

export const AUDIT_LIST: ListSpec<AuditFilter> = {
  sortable: { occurredAt: 'e.occurred_at', action: 'e.action', entityType: 'e.entity_type' },
  defaultSort: ['occurredAt', 'DESC'],
  filter,
};

const AUDIT_COLUMNS: readonly ExportColumn<AuditEventRow>[] = [
  { header: 'Date et heure (Paris)', kind: 'datetime', value: (r) => r.occurred_at, width: 18 },
  { header: 'Personne', value: (r) => r.display_name, width: 24 },
  { header: 'Organisation', value: (r) => r.organisation_name, width: 24 },
  { header: 'Action', value: (r) => labelOf(LABELS.auditAction, r.action) },
  { header: 'Objet', value: (r) => labelOf(LABELS.auditEntityType, r.entity_type), width: 20 },
  { header: 'Foyer', value: (r) => r.household_reference ?? null, width: 18 },
  { header: 'Champs', value: (r) => r.fields.map(auditFieldLabel).join(', '), width: 40 },
  { header: 'Identifiant de l’enregistrement', value: (r) => r.entity_id, width: 38 },
];

@Injectable()
export class AuditQueryService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly repo: AuditRepository,
    private readonly audit: AuditService,
    private readonly exports: ExportsService,
  ) {}

  /** "Historique des accès" tab of a household page. */
  async householdHistory(actor: Actor, householdId: string, q: ListQuery<AuditFilter>): Promise<ListResult<AuditEventDto>> {
    await this.access.requireHouseholds(actor, [householdId]);
    return this.list(actor, { ...q, filter: { ...q.filter, householdId } });
  }

  /**
   * Managers browse their organisation's log. Social workers only see the history of a household
   * they can access (filter.householdId), which is what the household page needs. Reading the log is
   * itself audited (a `list` of `audit_event`, with the filter names).
   */
  async list(actor: Actor, q: ListQuery<AuditFilter>): Promise<ListResult<AuditEventDto>> {
    const scope = await this.scopeOf(actor, q.filter);
    return this.db.transaction(async (em) => {
      const { total, rows } = await this.repo.list(em, scope, q);
      const householdIds = q.filter.householdId ? [q.filter.householdId] : [];
      await this.audit.recordList(em, actor, 'audit_event', Object.keys(q.filter), householdIds);
      return new ListResult('audit-events', rows.map(toAuditEventDto), q.offset, total);
    });
  }

  /** The whole log matching the filters (same scope as the list), as CSV or XLSX; the export is audited. */
  async export(actor: Actor, { format, q }: ExportQuery<AuditFilter>): Promise<ExportFile> {
    const scope = await this.scopeOf(actor, q.filter);
    return this.exports.file(actor, {
      format,
      name: 'journal-audit',
      title: 'Journal d’audit',
      entityType: 'audit_event',
      fields: Object.keys(q.filter),
      select: this.repo.exportSelect(scope, q),
      columns: AUDIT_COLUMNS,
    });
  }

  // A household's history shows every organisation's access to it (partners reading a referral);
  // the organisation log shows the organisation's own events.
  private async scopeOf(actor: Actor, f: AuditFilter): Promise<OrgScope> {
    if (actor.role !== 'manager' && !f.householdId) throw new ForbiddenError('Accès refusé : précisez le foyer (filter.householdId)');
    if (f.householdId) await this.access.requireHouseholds(actor, [f.householdId]);
    return f.householdId ? householdScope(f.householdId) : caseworkScope(actor);
  }
}
