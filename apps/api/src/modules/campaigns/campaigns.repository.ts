// SQL of the campaigns module. The cohort SQL itself is shared with the worker (libs/outreach-sql).
import { Injectable } from '@nestjs/common';
import { DEFAULT_CAMPAIGN_TASK_DAYS, REACHED_OUTCOMES, type CampaignAssignment, type CampaignStatus } from '@recours/domain';
import { campaignPreviewQuery, sqlLiterals, type CampaignFilters, type SqlWhere } from '@recours/outreach-sql';
import type { EntityManager } from 'typeorm';
import { scopedWhere, scopeOrganisationId, type OrgScope } from '../../common/access/org-scope';
import type { ListQuery } from '../../common/http/list-query';
import type { ExportSelect } from '../exports/exports.repository';
import type { CampaignDto, CampaignFunnelDto, CampaignPreviewResultDto } from './campaign.dto';
import type { CampaignFilter } from './campaigns.service';
import { compareTakeUp, type TakeUpComparison } from '../stats/control-group';

export interface CampaignRow {
  id: string;
  organisation_id: string;
  territory_id: string;
  name: string;
  filters: Record<string, unknown>;
  assignment: CampaignAssignment;
  assignee_id: string | null;
  due_on: string | null;
  status: CampaignStatus;
  target_count: number | null;
  excluded_refusal_count: number | null;
  tasks_created: number;
  control_share: number;
  control_seed: number | null;
  control_count: number | null;
  launched_at: Date | null;
  finished_at: Date | null;
  error: string | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

export type CampaignExportRow = CampaignRow & { assignee_name: string | null; created_by_name: string | null };

export function toCampaignDto(r: CampaignRow): CampaignDto {
  return {
    id: r.id,
    name: r.name,
    filters: r.filters,
    assignment: r.assignment,
    assigneeId: r.assignee_id,
    dueOn: r.due_on,
    status: r.status,
    targetCount: r.target_count,
    excludedRefusalCount: r.excluded_refusal_count,
    tasksCreated: r.tasks_created,
    controlShare: r.control_share,
    controlSeed: r.control_seed,
    controlCount: r.control_count,
    progress: { targetCount: r.target_count, tasksCreated: r.tasks_created, status: r.status },
    launchedAt: r.launched_at,
    finishedAt: r.finished_at,
    error: r.error,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export interface NewCampaignRow {
  organisationId: string;
  territoryId: string;
  name: string;
  filters: CampaignFilters;
  assignment: CampaignAssignment;
  assigneeId: string | null;
  dueOn: string | null;
  controlShare: number;
  controlSeed: number;
  createdBy: string;
}

export interface PreviewRow {
  household_count: number;
  annual_amount_cents: string | number;
  excluded_by_refusal: number;
  excluded_rights_by_refusal: number;
}

interface FunnelRow {
  targeted: number;
  reached: number;
  informed: number;
  claims_filed: number;
  granted: number;
  granted_annual_cents: number;
}

// Funnel steps: a right the person was told about, a claim filed, whatever came of it.
const INFORMED_SQL = sqlLiterals(['informe', 'demande_en_cours', 'demande_deposee', 'accorde', 'refuse']);
const CLAIM_FILED_SQL = sqlLiterals(['demande_deposee', 'accorde', 'refuse']);

function campaignListWhere(scope: OrgScope, f: CampaignFilter): SqlWhere {
  const where = scopedWhere(scope, { organisation: 'c.organisation_id' });
  if (f.id) where.add('c.id = ANY(?::uuid[])', f.id);
  if (f.status) where.add('c.status = ?', f.status);
  return where;
}

@Injectable()
export class CampaignsRepository {
  async list(em: EntityManager, scope: OrgScope, q: ListQuery<CampaignFilter>): Promise<{ total: number; rows: CampaignRow[] }> {
    const where = campaignListWhere(scope, q.filter);
    const [{ total }]: { total: number }[] = await em.query(`SELECT count(*)::int AS total FROM campaign c WHERE ${where.sql}`, where.params);
    const rows: CampaignRow[] = await em.query(
      `SELECT c.* FROM campaign c WHERE ${where.sql} ORDER BY ${q.sort.sql} ${q.sort.order} NULLS LAST, c.id ${q.sort.order} LIMIT ${q.limit} OFFSET ${q.offset}`,
      where.params,
    );
    return { total, rows };
  }

  /** Every campaign of the list (same filters and order) for an export, with the names of its assignee and author. */
  exportSelect(scope: OrgScope, q: ListQuery<CampaignFilter>): ExportSelect {
    const where = campaignListWhere(scope, q.filter);
    return {
      sql: `SELECT c.*, a.display_name AS assignee_name, cb.display_name AS created_by_name
            FROM campaign c LEFT JOIN app_user a ON a.id = c.assignee_id LEFT JOIN app_user cb ON cb.id = c.created_by
            WHERE ${where.sql} ORDER BY ${q.sort.sql} ${q.sort.order} NULLS LAST, c.id ${q.sort.order}`,
      params: where.params,
      householdColumn: null,
    };
  }

  async find(em: EntityManager, id: string): Promise<CampaignRow | undefined> {
    const [row]: CampaignRow[] = await em.query('SELECT c.* FROM campaign c WHERE c.id = $1', [id]);
    return row;
  }

  /**
   * What a launch with these filters would target in the scope's organisation (same SQL as the worker):
   * a broad preview reads the households' stored cohort, a filter on the rights aggregates them
   * (campaign-cohort.ts, with their EXPLAIN lines). JIT is off on the API's connections (it added 1.1 s
   * to the aggregation). `run` may wrap the SELECT (the service writes its audit event in the same statement).
   */
  async preview(
    em: EntityManager,
    scope: OrgScope,
    filters: CampaignFilters,
    today: string,
    run: (sql: string, params: unknown[]) => Promise<PreviewRow[]> = (sql, params) => em.query(sql, params),
  ): Promise<Omit<CampaignPreviewResultDto, 'controlCount' | 'contactedCount'>> {
    const { sql, params } = campaignPreviewQuery(filters, scopeOrganisationId(scope), today);
    const [row] = await run(sql, params);
    return {
      householdCount: row.household_count,
      annualAmountCents: Number(row.annual_amount_cents),
      excludedByRefusal: row.excluded_by_refusal,
      excludedRightsByRefusal: row.excluded_rights_by_refusal,
    };
  }

  /** Whether the partner import belongs to the scope's organisation (a cohort filter may name only those). */
  async importInScope(em: EntityManager, scope: OrgScope, importId: string): Promise<boolean> {
    const where = scopedWhere(scope, { organisation: 'pi.organisation_id' }).add('pi.id = ?::uuid', importId);
    const rows: unknown[] = await em.query(`SELECT 1 FROM partner_import pi WHERE ${where.sql}`, where.params);
    return rows.length > 0;
  }

  /** How many of these detected rights belong to the scope's organisation (a cohort may name only those). */
  async rightsInScope(em: EntityManager, scope: OrgScope, rightIds: string[]): Promise<number> {
    const where = scopedWhere(scope, { organisation: 'r.organisation_id' }).add('r.id = ANY(?::uuid[])', [...new Set(rightIds)]);
    const [row]: { n: number }[] = await em.query(`SELECT count(*)::int AS n FROM detected_right r WHERE ${where.sql}`, where.params);
    return row.n;
  }

  async insert(em: EntityManager, c: NewCampaignRow): Promise<string> {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO campaign (organisation_id, territory_id, name, filters, assignment, assignee_id, created_by, due_on, control_share, control_seed)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8::date, $9, $10) RETURNING id`,
      [c.organisationId, c.territoryId, c.name, JSON.stringify(c.filters), c.assignment, c.assigneeId, c.createdBy, c.dueOn, c.controlShare, c.controlSeed],
    );
    return row.id;
  }

  async update(
    em: EntityManager,
    id: string,
    c: { name: string; filters: unknown; assignment: CampaignAssignment; assigneeId: string | null; dueOn: string | null; controlShare: number },
  ): Promise<void> {
    await em.query(
      `UPDATE campaign SET name = $2, filters = $3::jsonb, assignment = $4, assignee_id = $5, due_on = $6::date, control_share = $7, updated_at = now() WHERE id = $1`,
      [id, c.name, JSON.stringify(c.filters), c.assignment, c.assigneeId, c.dueOn, c.controlShare],
    );
  }

  /** brouillon → en_cours, its tasks due on its own date (14 days after the launch when none was set); false when the campaign was not a draft. */
  async markLaunched(em: EntityManager, id: string): Promise<boolean> {
    const [rows]: [{ id: string }[], number] = await em.query(
      `UPDATE campaign SET status = 'en_cours', launched_at = now(), updated_at = now(),
         due_on = coalesce(due_on, (now() AT TIME ZONE 'Europe/Paris')::date + ${DEFAULT_CAMPAIGN_TASK_DAYS})
       WHERE id = $1 AND status = 'brouillon' RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  async funnel(em: EntityManager, id: string): Promise<CampaignFunnelDto> {
    const [row]: FunnelRow[] = await em.query(
      `WITH targeted AS (
         SELECT ch.household_id, ch.detected_right_ids FROM campaign_household ch WHERE ch.campaign_id = $1 AND NOT ch.control
       ), rights AS (
         SELECT r.* FROM targeted t JOIN detected_right r ON r.id = ANY(t.detected_right_ids)
       )
       SELECT (SELECT count(*) FROM targeted)::int AS targeted,
         (SELECT count(DISTINCT t.household_id) FROM targeted t JOIN campaign c ON c.id = $1
            JOIN contact ct ON ct.household_id = t.household_id AND ct.outcome IN (${sqlLiterals(REACHED_OUTCOMES)})
              AND ct.occurred_at >= COALESCE(c.launched_at, c.created_at))::int AS reached,
         (SELECT count(DISTINCT household_id) FROM rights WHERE status IN (${INFORMED_SQL}))::int AS informed,
         (SELECT count(DISTINCT household_id) FROM rights WHERE status IN (${CLAIM_FILED_SQL}))::int AS claims_filed,
         (SELECT count(DISTINCT household_id) FROM rights WHERE status = 'accorde')::int AS granted,
         (SELECT coalesce(sum(CASE WHEN amount_period = 'annuel' THEN granted_monthly_amount_cents ELSE granted_monthly_amount_cents::bigint * 12 END), 0)
            FROM rights WHERE status = 'accorde')::float8 AS granted_annual_cents`,
      [id],
    );
    const [takeUp] = await takeUpByGroup(em, [id]);
    return {
      targeted: row.targeted,
      reached: row.reached,
      informed: row.informed,
      claimsFiled: row.claims_filed,
      granted: row.granted,
      grantedAnnualCents: Number(row.granted_annual_cents),
      control: takeUp?.control.households ? { contacted: takeUp.contacted, control: takeUp.control, difference: takeUp.difference, low: takeUp.low, high: takeUp.high, significant: takeUp.significant } : null,
    };
  }
}

/**
 * Take-up of each group of launched campaigns (contacted, control): households, and households with a
 * right granted since the launch for a benefit they were targeted for — any right of that household
 * and benefit, so a right refused then detected again and granted counts (docs/indicateurs.md).
 */
export async function takeUpByGroup(em: EntityManager, campaignIds: string[]): Promise<(TakeUpComparison & { campaignId: string })[]> {
  if (campaignIds.length === 0) return [];
  const rows: { campaign_id: string; control: boolean; households: number; granted: number }[] = await em.query(
    `SELECT ch.campaign_id, ch.control, count(*)::int AS households,
            count(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM detected_right t JOIN detected_right g ON g.household_id = t.household_id AND g.benefit = t.benefit
              WHERE t.id = ANY(ch.detected_right_ids) AND g.status = 'accorde' AND g.status_changed_at >= c.launched_at))::int AS granted
     FROM campaign_household ch JOIN campaign c ON c.id = ch.campaign_id
     WHERE ch.campaign_id = ANY($1::uuid[]) AND c.launched_at IS NOT NULL
     GROUP BY ch.campaign_id, ch.control`,
    [campaignIds],
  );
  return campaignIds.flatMap((campaignId) => {
    const of = (control: boolean) => rows.find((r) => r.campaign_id === campaignId && r.control === control) ?? { households: 0, granted: 0 };
    const [contacted, control] = [of(false), of(true)];
    return contacted.households + control.households > 0 ? [{ campaignId, ...compareTakeUp(contacted.granted, contacted.households, control.granted, control.households) }] : [];
  });
}
