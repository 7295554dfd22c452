import { Injectable } from '@nestjs/common';
import { CAMPAIGN_STATUSES, LABELS, type CampaignStatus, parisToday } from '@recours/domain';
import { campaignFiltersSchema, type CampaignFilters } from '@recours/outreach-sql';
import { randomInt } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import { caseworkScope } from '../../common/access/org-scope';
import type { Actor } from '../../common/auth/actor';
import { JobsService } from '../../common/jobs/jobs.service';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../common/errors/domain-errors';
import { ListResult, zEnum, zIdOrIds, zodErrors, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import type { CampaignCreateDto, CampaignDto, CampaignFunnelDto, CampaignPreviewResultDto, CampaignUpdateDto } from './campaign.dto';
import { labelOf, type ExportColumn } from '../exports/export-cells';
import type { ExportQuery } from '../exports/export-query';
import { ExportsService, type ExportFile } from '../exports/exports.service';
import { controlCountOf } from '../stats/control-group';
import { campaignHouseholdsPage, type CampaignHouseholdFilter, type CampaignHouseholdItem } from './campaign-households.repository';
import { CampaignsRepository, toCampaignDto, type CampaignExportRow } from './campaigns.repository';

const filter = z.object({ id: zIdOrIds.optional(), status: zEnum(CAMPAIGN_STATUSES).optional() }).strict();
export type CampaignFilter = z.infer<typeof filter>;

export const CAMPAIGN_LIST: ListSpec<CampaignFilter> = {
  sortable: { createdAt: 'c.created_at', launchedAt: 'c.launched_at', name: 'c.name', status: 'c.status' },
  defaultSort: ['createdAt', 'DESC'],
  filter,
};

const CAMPAIGN_COLUMNS: readonly ExportColumn<CampaignExportRow>[] = [
  { header: 'Nom', value: (r) => r.name, width: 30 },
  { header: 'Statut', value: (r) => labelOf(LABELS.campaignStatus, r.status) },
  { header: 'Attribution des tâches', value: (r) => labelOf(LABELS.campaignAssignment, r.assignment), width: 26 },
  { header: 'Personne chargée', value: (r) => r.assignee_name, width: 22 },
  { header: 'Échéance des tâches', kind: 'date', value: (r) => r.due_on },
  { header: 'Foyers ciblés', kind: 'integer', value: (r) => r.target_count },
  { header: 'Foyers exclus (refus)', kind: 'integer', value: (r) => r.excluded_refusal_count },
  { header: 'Tâches créées', kind: 'integer', value: (r) => r.tasks_created },
  { header: 'Lancée le', kind: 'datetime', value: (r) => r.launched_at, width: 18 },
  { header: 'Tâches créées le', kind: 'datetime', value: (r) => r.finished_at, width: 18 },
  { header: 'Créée par', value: (r) => r.created_by_name, width: 22 },
  { header: 'Créée le', kind: 'datetime', value: (r) => r.created_at, width: 18 },
];

function parseFilters(raw: unknown): CampaignFilters {
  const parsed = campaignFiltersSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new ValidationFailedError(zodErrors(parsed.error, 'filters'));
  return parsed.data;
}

@Injectable()
export class CampaignsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
    private readonly repo: CampaignsRepository,
    private readonly exports: ExportsService,
  ) {}

  /** Every campaign of the list (same filters and scope) as CSV or XLSX; the export is audited. */
  async export(actor: Actor, { format, q }: ExportQuery<CampaignFilter>): Promise<ExportFile> {
    const select = this.repo.exportSelect(caseworkScope(actor), q);
    return this.exports.file(actor, { format, name: 'campagnes', title: 'Campagnes', entityType: 'campaign', fields: Object.keys(q.filter), select, columns: CAMPAIGN_COLUMNS });
  }

  async list(actor: Actor, q: ListQuery<CampaignFilter>): Promise<ListResult<CampaignDto>> {
    const scope = caseworkScope(actor);
    return this.db.transaction(async (em) => {
      const { total, rows } = await this.repo.list(em, scope, q);
      await this.audit.record(em, actor, [{ action: 'list', entityType: 'campaign', fields: Object.keys(q.filter).sort() }]);
      return new ListResult('campaigns', rows.map(toCampaignDto), q.offset, total);
    });
  }

  async get(actor: Actor, id: string): Promise<CampaignDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireOutreach('campaign', actor, [id], em);
      const c = await this.load(em, id);
      await this.audit.record(em, actor, [{ action: 'read', entityType: 'campaign', entityId: id }]);
      return c;
    });
  }

  /**
   * Same SQL as the worker's launch (libs/outreach-sql), so the preview is what the launch targets. The
   * figures and their `list` event are one statement (AuditService.selectListed: no transaction needed);
   * the filters' checks are reads before it.
   */
  async preview(actor: Actor, rawFilters: unknown, controlShare = 0): Promise<CampaignPreviewResultDto> {
    const filters = parseFilters(rawFilters);
    const em = this.db.manager;
    await this.checkReferentFilter(em, actor, filters);
    const fields = Object.keys(filters).map((k) => `filters.${k}`);
    const preview = await this.repo.preview(em, caseworkScope(actor), filters, parisToday(), (sql, params) =>
      this.audit.selectListed(em, actor, { entityType: 'campaign', fields }, { sql, params, householdColumn: null }),
    );
    // The launch holds back the same rounded share of the cohort (campaign-launch.repository.ts).
    const controlCount = controlCountOf(preview.householdCount, controlShare);
    return { ...preview, controlCount, contactedCount: preview.householdCount - controlCount };
  }

  async create(actor: Actor, dto: CampaignCreateDto): Promise<CampaignDto> {
    const filters = parseFilters(dto.filters);
    return this.db.transaction(async (em) => {
      await this.checkReferentFilter(em, actor, filters);
      await this.checkAssignment(em, actor, dto.assignment ?? 'referent', dto.assigneeId ?? null);
      const id = await this.repo.insert(em, {
        organisationId: actor.organisationId,
        territoryId: actor.territoryId,
        name: dto.name,
        filters,
        assignment: dto.assignment ?? 'referent',
        assigneeId: dto.assigneeId ?? null,
        dueOn: dto.dueOn ?? null,
        controlShare: dto.controlShare ?? 0,
        // Drawn now and shown with the campaign, so the control group's draw can be replayed.
        controlSeed: randomInt(1, 2_147_483_647),
        createdBy: actor.userId,
      });
      const fields = ['name', 'filters', 'assignment', ...(dto.assigneeId ? ['assigneeId'] : []), ...(dto.dueOn ? ['dueOn'] : []), ...(dto.controlShare ? ['controlShare'] : [])];
      await this.audit.record(em, actor, [{ action: 'create', entityType: 'campaign', entityId: id, fields }]);
      return this.load(em, id);
    });
  }

  /** Only a draft can be changed: a launched campaign is what was targeted. */
  async update(actor: Actor, id: string, dto: CampaignUpdateDto): Promise<CampaignDto> {
    const filters = dto.filters === undefined ? undefined : parseFilters(dto.filters);
    return this.db.transaction(async (em) => {
      await this.access.requireOutreach('campaign', actor, [id], em, { lock: true });
      const current = await this.load(em, id);
      if (current.status !== 'brouillon') throw this.notDraft(current.status as CampaignStatus);
      if (filters) await this.checkReferentFilter(em, actor, filters);
      const assignment = dto.assignment ?? (current.assignment as 'referent' | 'user');
      const assigneeId = dto.assigneeId === undefined ? current.assigneeId : dto.assigneeId;
      const dueOn = dto.dueOn === undefined ? current.dueOn : dto.dueOn;
      const controlShare = dto.controlShare ?? current.controlShare;
      await this.checkAssignment(em, actor, assignment, assigneeId);
      const fields = [
        ...(dto.name !== undefined && dto.name !== current.name ? ['name'] : []),
        ...(filters && JSON.stringify(filters) !== JSON.stringify(current.filters) ? ['filters'] : []),
        ...(assignment !== current.assignment ? ['assignment'] : []),
        ...(assigneeId !== current.assigneeId ? ['assigneeId'] : []),
        ...(dueOn !== current.dueOn ? ['dueOn'] : []),
        ...(controlShare !== current.controlShare ? ['controlShare'] : []),
      ];
      if (fields.length) {
        await this.repo.update(em, id, { name: dto.name ?? current.name, filters: filters ?? current.filters, assignment, assigneeId, dueOn, controlShare });
        await this.audit.record(em, actor, [{ action: 'update', entityType: 'campaign', entityId: id, fields }]);
      }
      return this.load(em, id);
    });
  }

  /** brouillon → en_cours (conditional update), then the worker's `campaigns.launch` job creates the tasks. */
  async launch(actor: Actor, id: string): Promise<CampaignDto & { enqueued: boolean }> {
    const campaign = await this.db.transaction(async (em) => {
      await this.access.requireOutreach('campaign', actor, [id], em);
      if (!(await this.repo.markLaunched(em, id))) throw this.notDraft((await this.load(em, id)).status as CampaignStatus);
      await this.audit.record(em, actor, [{ action: 'update', entityType: 'campaign', entityId: id, fields: ['status', 'launchedAt'] }]);
      return this.load(em, id);
    });
    const enqueued = await this.jobs.launchCampaign(id);
    return { ...campaign, enqueued };
  }

  async funnel(actor: Actor, id: string): Promise<CampaignFunnelDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireOutreach('campaign', actor, [id], em);
      const funnel = await this.repo.funnel(em, id);
      await this.audit.record(em, actor, [{ action: 'read', entityType: 'campaign', entityId: id, fields: ['funnel'] }]);
      return funnel;
    });
  }

  /** The households the launch targeted, with their task and the current state of their targeted rights. */
  async households(actor: Actor, id: string, q: ListQuery<CampaignHouseholdFilter>): Promise<ListResult<CampaignHouseholdItem>> {
    return this.db.transaction(async (em) => {
      await this.access.requireOutreach('campaign', actor, [id], em);
      const { total, items } = await campaignHouseholdsPage(em, id, q);
      await this.audit.recordList(em, actor, 'household', ['campaignId', ...Object.keys(q.filter)], items.map((i) => i.id));
      return new ListResult('campaign-households', items, q.offset, total);
    });
  }

  private notDraft(status: CampaignStatus) {
    return new ConflictError(`Campagne « ${LABELS.campaignStatus[status]} » : seul un brouillon peut être modifié ou lancé`, [], { currentStatus: status });
  }

  private async checkReferentFilter(em: EntityManager, actor: Actor, filters: CampaignFilters) {
    // Another organisation's import reads as unknown (same answer as a missing one: no IDOR).
    if (filters.importId && !(await this.repo.importInScope(em, caseworkScope(actor), filters.importId))) {
      throw new ValidationFailedError([{ field: 'filters.importId', message: 'import introuvable dans votre organisation' }]);
    }
    if (filters.rightIds && (await this.repo.rightsInScope(em, caseworkScope(actor), filters.rightIds)) !== new Set(filters.rightIds).size) {
      throw new ValidationFailedError([{ field: 'filters.rightIds', message: 'droits introuvables dans votre organisation' }]);
    }
    if (!filters.referentId) return;
    const e = await this.access.checkReferent(actor.organisationId, filters.referentId, em);
    if (e) throw new ValidationFailedError([{ field: 'filters.referentId', message: e.message }]);
  }

  private async checkAssignment(em: EntityManager, actor: Actor, assignment: 'referent' | 'user', assigneeId: string | null) {
    if (assignment === 'user' && !assigneeId) throw new ValidationFailedError([{ field: 'assigneeId', message: 'obligatoire quand les tâches vont à un·e intervenant·e choisi·e' }]);
    if (!assigneeId) return;
    const e = await this.access.checkReferent(actor.organisationId, assigneeId, em);
    if (e) throw new ValidationFailedError([{ field: 'assigneeId', message: e.message }]);
  }

  private async load(em: EntityManager, id: string): Promise<CampaignDto> {
    const row = await this.repo.find(em, id);
    if (!row) throw new NotFoundError();
    return toCampaignDto(row);
  }
}
