import { Injectable } from '@nestjs/common';
import { CAMPAIGN_STATUSES, LABELS, type CampaignStatus } from '@recours/domain';
import { campaignFiltersSchema, campaignPreviewQuery, SqlWhere, type CampaignFilters } from '@recours/outreach-sql';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod/v4';
import { AccessService } from '../../common/access/access.service';
import type { Actor } from '../../common/auth/actor';
import { JobsService } from '../../common/jobs/jobs.service';
import { ConflictError, NotFoundError, ValidationFailedError } from '../../common/errors/domain-errors';
import { ListResult, zEnum, zIdOrIds, zodErrors, type ListQuery, type ListSpec } from '../../common/http/list-query';
import { AuditService } from '../audit/audit.service';
import { parisToday } from '../households/household-rules';
import type { CampaignCreateDto, CampaignDto, CampaignFunnelDto, CampaignPreviewResultDto, CampaignUpdateDto } from './campaign.dto';

const filter = z.object({ id: zIdOrIds.optional(), status: zEnum(CAMPAIGN_STATUSES).optional() }).strict();
export type CampaignFilter = z.infer<typeof filter>;

export const CAMPAIGN_LIST: ListSpec<CampaignFilter> = {
  sortable: { createdAt: 'c.created_at', launchedAt: 'c.launched_at', name: 'c.name', status: 'c.status' },
  defaultSort: ['createdAt', 'DESC'],
  filter,
};

function parseFilters(raw: unknown): CampaignFilters {
  const parsed = campaignFiltersSchema.safeParse(raw ?? {});
  if (!parsed.success) throw new ValidationFailedError(zodErrors(parsed.error, 'filters'));
  return parsed.data;
}

function toDto(r: Record<string, unknown>): CampaignDto {
  return {
    id: r.id as string,
    name: r.name as string,
    filters: r.filters as Record<string, unknown>,
    assignment: r.assignment as string,
    assigneeId: (r.assignee_id as string | null) ?? null,
    status: r.status as string,
    targetCount: (r.target_count as number | null) ?? null,
    excludedRefusalCount: (r.excluded_refusal_count as number | null) ?? null,
    tasksCreated: r.tasks_created as number,
    progress: { targetCount: (r.target_count as number | null) ?? null, tasksCreated: r.tasks_created as number, status: r.status as string },
    launchedAt: (r.launched_at as Date | null) ?? null,
    finishedAt: (r.finished_at as Date | null) ?? null,
    error: (r.error as string | null) ?? null,
    createdBy: (r.created_by as string | null) ?? null,
    createdAt: r.created_at as Date,
    updatedAt: r.updated_at as Date,
  };
}

@Injectable()
export class CampaignsService {
  constructor(
    private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly jobs: JobsService,
  ) {}

  async list(actor: Actor, q: ListQuery<CampaignFilter>): Promise<ListResult<CampaignDto>> {
    const scope = this.access.householdScope(actor);
    const where = new SqlWhere().add(`c.${scope.column} = ?`, scope.value);
    if (q.filter.id) where.add('c.id = ANY(?::uuid[])', q.filter.id);
    if (q.filter.status) where.add('c.status = ?', q.filter.status);
    return this.db.transaction(async (em) => {
      const [{ total }] = await em.query(`SELECT count(*)::int AS total FROM campaign c WHERE ${where.sql}`, where.params);
      const rows = await em.query(
        `SELECT c.* FROM campaign c WHERE ${where.sql} ORDER BY ${q.sort.sql} ${q.sort.order} NULLS LAST, c.id ${q.sort.order} LIMIT ${q.limit} OFFSET ${q.offset}`,
        where.params,
      );
      await this.audit.record(em, actor, [{ action: 'list', entityType: 'campaign', fields: Object.keys(q.filter).sort() }]);
      return new ListResult('campaigns', rows.map(toDto), q.offset, total);
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

  /** Same SQL as the worker's launch (libs/outreach-sql), so the preview is what the launch targets. */
  async preview(actor: Actor, rawFilters: unknown): Promise<CampaignPreviewResultDto> {
    const filters = parseFilters(rawFilters);
    return this.db.transaction(async (em) => {
      await this.checkReferentFilter(em, actor, filters);
      const { sql, params } = campaignPreviewQuery(filters, this.access.householdScope(actor).value, parisToday());
      const [row] = await em.query(sql, params);
      await this.audit.record(em, actor, [{ action: 'list', entityType: 'campaign', fields: Object.keys(filters).map((k) => `filters.${k}`).sort() }]);
      return {
        householdCount: row.household_count,
        annualAmountCents: Number(row.annual_amount_cents),
        excludedByRefusal: row.excluded_by_refusal,
        excludedRightsByRefusal: row.excluded_rights_by_refusal,
      };
    });
  }

  async create(actor: Actor, dto: CampaignCreateDto): Promise<CampaignDto> {
    const filters = parseFilters(dto.filters);
    return this.db.transaction(async (em) => {
      await this.checkReferentFilter(em, actor, filters);
      await this.checkAssignment(em, actor, dto.assignment ?? 'referent', dto.assigneeId ?? null);
      const [row] = await em.query(
        `INSERT INTO campaign (organisation_id, territory_id, name, filters, assignment, assignee_id, created_by)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7) RETURNING id`,
        [actor.organisationId, actor.territoryId, dto.name, JSON.stringify(filters), dto.assignment ?? 'referent', dto.assigneeId ?? null, actor.userId],
      );
      const fields = ['name', 'filters', 'assignment', ...(dto.assigneeId ? ['assigneeId'] : [])];
      await this.audit.record(em, actor, [{ action: 'create', entityType: 'campaign', entityId: row.id, fields }]);
      return this.load(em, row.id);
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
      await this.checkAssignment(em, actor, assignment, assigneeId);
      const fields = [
        ...(dto.name !== undefined && dto.name !== current.name ? ['name'] : []),
        ...(filters && JSON.stringify(filters) !== JSON.stringify(current.filters) ? ['filters'] : []),
        ...(assignment !== current.assignment ? ['assignment'] : []),
        ...(assigneeId !== current.assigneeId ? ['assigneeId'] : []),
      ];
      if (fields.length) {
        await em.query(
          `UPDATE campaign SET name = $2, filters = $3::jsonb, assignment = $4, assignee_id = $5, updated_at = now() WHERE id = $1`,
          [id, dto.name ?? current.name, JSON.stringify(filters ?? current.filters), assignment, assigneeId],
        );
        await this.audit.record(em, actor, [{ action: 'update', entityType: 'campaign', entityId: id, fields }]);
      }
      return this.load(em, id);
    });
  }

  /** brouillon → en_cours (conditional update), then the worker's `campaigns.launch` job creates the tasks. */
  async launch(actor: Actor, id: string): Promise<CampaignDto & { enqueued: boolean }> {
    const campaign = await this.db.transaction(async (em) => {
      await this.access.requireOutreach('campaign', actor, [id], em);
      const [rows] = await em.query(
        `UPDATE campaign SET status = 'en_cours', launched_at = now(), updated_at = now() WHERE id = $1 AND status = 'brouillon' RETURNING id`,
        [id],
      );
      if (rows.length === 0) throw this.notDraft((await this.load(em, id)).status as CampaignStatus);
      await this.audit.record(em, actor, [{ action: 'update', entityType: 'campaign', entityId: id, fields: ['status', 'launchedAt'] }]);
      return this.load(em, id);
    });
    const enqueued = await this.jobs.launchCampaign(id);
    return { ...campaign, enqueued };
  }

  async funnel(actor: Actor, id: string): Promise<CampaignFunnelDto> {
    return this.db.transaction(async (em) => {
      await this.access.requireOutreach('campaign', actor, [id], em);
      const [row] = await em.query(
        `WITH targeted AS (
           SELECT ch.household_id, ch.detected_right_ids FROM campaign_household ch WHERE ch.campaign_id = $1
         ), rights AS (
           SELECT r.* FROM targeted t JOIN detected_right r ON r.id = ANY(t.detected_right_ids)
         )
         SELECT (SELECT count(*) FROM targeted)::int AS targeted,
           (SELECT count(DISTINCT t.household_id) FROM targeted t JOIN campaign c ON c.id = $1
              JOIN contact ct ON ct.household_id = t.household_id AND ct.outcome IN ('joint', 'rdv_pris')
                AND ct.occurred_at >= COALESCE(c.launched_at, c.created_at))::int AS reached,
           (SELECT count(DISTINCT household_id) FROM rights WHERE status IN ('informe', 'demande_en_cours', 'demande_deposee', 'accorde', 'refuse'))::int AS informed,
           (SELECT count(DISTINCT household_id) FROM rights WHERE status IN ('demande_deposee', 'accorde', 'refuse'))::int AS claims_filed,
           (SELECT count(DISTINCT household_id) FROM rights WHERE status = 'accorde')::int AS granted,
           (SELECT coalesce(sum(CASE WHEN amount_period = 'annuel' THEN granted_monthly_amount_cents ELSE granted_monthly_amount_cents * 12 END), 0)
              FROM rights WHERE status = 'accorde')::float8 AS granted_annual_cents`,
        [id],
      );
      await this.audit.record(em, actor, [{ action: 'read', entityType: 'campaign', entityId: id, fields: ['funnel'] }]);
      return {
        targeted: row.targeted,
        reached: row.reached,
        informed: row.informed,
        claimsFiled: row.claims_filed,
        granted: row.granted,
        grantedAnnualCents: Number(row.granted_annual_cents),
      };
    });
  }

  private notDraft(status: CampaignStatus) {
    return new ConflictError(`Campagne « ${LABELS.campaignStatus[status]} » : seul un brouillon peut être modifié ou lancé`, [], { currentStatus: status });
  }

  private async checkReferentFilter(em: EntityManager, actor: Actor, filters: CampaignFilters) {
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
    const [row] = await em.query('SELECT c.* FROM campaign c WHERE c.id = $1', [id]);
    if (!row) throw new NotFoundError();
    return toDto(row);
  }
}
