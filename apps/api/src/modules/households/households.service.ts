import { Injectable } from '@nestjs/common';
import { HOUSEHOLD_STATUSES, LABELS, parisToday } from '@recours/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import { caseworkScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { NotFoundError } from '../../common/errors/domain-errors';
import { ListResult, zEnum, zIdOrIds, zSearch, zUuid, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { toDetailDto, toSummaryDto, type HouseholdDetailDto, type HouseholdListItemDto } from './dto/household-output.dto';
import type { Household } from './entities/household.entity';
import { applicantName } from '../rights/right-rows';
import { RefusalRegistryService } from '../rights/refusal-registry.service';
import { labelOf, type ExportColumn } from '../exports/export-cells';
import type { ExportQuery } from '../exports/export-query';
import { ExportsService, type ExportFile } from '../exports/exports.service';
import { HouseholdsRepository, householdFields, type HouseholdListRow } from './households.repository';

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
    applicantName: 'h.applicant_last_name',
  },
  defaultSort: ['updatedAt', 'DESC'],
  nullable: ['lastContactOn', 'postcode', 'communeName', 'applicantName'],
  filter,
};

const HOUSEHOLD_COLUMNS: readonly ExportColumn<HouseholdListRow>[] = [
  { header: 'Référence', value: (r) => r.reference, width: 16 },
  { header: 'Demandeur·se', value: (r) => applicantName(r.app_first, r.app_last), width: 24 },
  { header: 'Membres', kind: 'integer', value: (r) => r.member_count },
  { header: 'Adresse', value: (r) => r.address, width: 30 },
  { header: 'Code postal', value: (r) => r.postcode },
  { header: 'Commune', value: (r) => r.commune_name, width: 20 },
  { header: 'Statut d’occupation', value: (r) => labelOf(LABELS.housingStatus, r.housing_status) },
  { header: 'Type de logement', value: (r) => labelOf(LABELS.housingType, r.housing_type) },
  { header: 'Loyer mensuel (€)', kind: 'money', value: (r) => r.monthly_rent_cents },
  { header: 'Zone d’aide au logement', value: (r) => labelOf(LABELS.housingAidZone, r.housing_aid_zone) },
  { header: 'Référent·e', value: (r) => r.referent_name, width: 22 },
  { header: 'Suivi', value: (r) => labelOf(LABELS.householdStatus, r.status) },
  { header: 'Dernier contact', kind: 'date', value: (r) => r.last_contact_on },
  { header: 'Créé le', kind: 'datetime', value: (r) => r.created_at, width: 18 },
  { header: 'Modifié le', kind: 'datetime', value: (r) => r.updated_at, width: 18 },
];

@Injectable()
export class HouseholdsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly repo: HouseholdsRepository,
    private readonly refusals: RefusalRegistryService,
    private readonly exports: ExportsService,
  ) {}

  /** Every household of the list (same filters and scope) as CSV or XLSX; one `export` event names them. */
  async export(actor: Actor, { format, q }: ExportQuery<HouseholdFilter>): Promise<ExportFile> {
    const select = await this.repo.exportSelect(this.db.manager, caseworkScope(actor), q);
    return this.exports.file(actor, { format, name: 'foyers', title: 'Foyers', entityType: 'household', fields: Object.keys(q.filter), select, columns: HOUSEHOLD_COLUMNS });
  }

  /** One `list` audit event per search: the filter names used (never their values) and the households shown. */
  async list(actor: Actor, q: ListQuery<HouseholdFilter>): Promise<ListResult<HouseholdListItemDto>> {
    const scope = caseworkScope(actor);
    // No transaction: the rows and their audit event are one statement (AuditService.selectListed).
    const em = this.db.manager;
    const fields = Object.keys(q.filter);
    const { total, rows } = await this.repo.list(em, scope, q, (sql, params, opts) =>
      this.audit.selectListed(em, actor, { entityType: 'household', fields, ...opts }, { sql, params, householdColumn: 'id' }),
    );
    const items = rows.map((r) => ({
      ...toSummaryDto(householdFields(r), r.referent_name),
      memberCount: r.member_count,
      applicantName: applicantName(r.app_first, r.app_last),
    }));
    return new ListResult('households', items, q.offset, total);
  }

  /**
   * The access check, the audit event and the read in one statement (no transaction needed: the event
   * commits with the read, so a read is never untraced; out of scope, no event and a 404).
   */
  async get(actor: Actor, id: string): Promise<HouseholdDetailDto> {
    const h = await this.repo.readDetail(this.db, id, this.access.householdScope(actor), actor);
    if (!h) throw new NotFoundError();
    return toDetailDto(h);
  }

  /**
   * Deletes the household and, by cascade, its members, incomes and received benefits. A refusal in
   * force is kept under the members' identities (RefusalRegistryService).
   */
  async remove(actor: Actor, id: string): Promise<HouseholdDetailDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireHouseholds(actor, [id], em, { lock: true });
      const detail = await this.loadDetail(em, id);
      await this.refusals.remember(em, actor.organisationId, id, parisToday());
      await this.repo.delete(em, id);
      await this.audit.record(em, actor, [{ action: 'delete', entityType: 'household', entityId: id, householdId: id }]);
      return detail;
    });
  }

  async loadEntity(em: EntityManager, id: string): Promise<Household> {
    const h = await this.repo.findWithDetails(em, id);
    if (!h) throw new NotFoundError();
    return h;
  }

  async loadDetail(em: EntityManager, id: string): Promise<HouseholdDetailDto> {
    return toDetailDto(await this.loadEntity(em, id));
  }
}
