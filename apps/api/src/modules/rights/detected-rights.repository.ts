// SQL of the rights module: detected rights, their history and their transitions (the conditional
// UPDATE that applies the state machine of libs/domain). Lists take the actor's organisation scope.
import { Injectable } from '@nestjs/common';
import {
  annualCents,
  OPEN_RIGHT_STATUSES,
  OPEN_TASK_STATUSES,
  type AmountPeriod,
  type Confidence,
  type DetectableBenefit,
  type DetectedRightStatus,
  type DismissReason,
  type RefusalReason,
  type RightSource,
} from '@recours/domain';
import { sqlLiterals } from '@recours/outreach-sql';
import type { EntityManager } from 'typeorm';
import { plannerEstimate } from '../../common/db/planner-estimate';
import { scopedWhere, type OrgScope } from '../../common/access/org-scope';
import { pageTotal, type ListQuery } from '../../common/http/list-query';
import type { SqlWhere } from '@recours/outreach-sql';
import type { ExportSelect } from '../exports/exports.repository';
import { canRetryFuzzy, householdSearch, withFuzzyRetry, type AuditedSelect, type ListPage, type RowsQuery, type SearchMode } from '../households/household-search';
import type { DetectedRightDetailDto, DetectedRightDto, TransitionDto } from './dto/detected-right.dto';
import type { DetectedRightFilter } from './detected-rights.service';
import { applicantName } from './right-rows';

export const RIGHT_ANNUAL_SQL = "(CASE WHEN r.amount_period = 'annuel' THEN r.estimated_amount_cents ELSE r.estimated_amount_cents * 12 END)";
const OPEN_RIGHTS_SQL = `(${sqlLiterals(OPEN_RIGHT_STATUSES)})`;

/** A row of rightSelect(). */
export interface DetectedRightRow {
  id: string;
  household_id: string;
  organisation_id: string;
  territory_id: string;
  benefit: DetectableBenefit;
  status: DetectedRightStatus;
  estimated_amount_cents: number;
  amount_period: AmountPeriod;
  received_amount_cents: number | null;
  evaluated_period: string | null;
  explanation: DetectedRightDetailDto['explanation'];
  rule_version: string | null;
  parameter_dates: Record<string, unknown>;
  missing_inputs: string[] | null;
  confidence: Confidence;
  source: RightSource;
  dismiss_reason: DismissReason | null;
  refusal_reason: RefusalReason | null;
  granted_monthly_amount_cents: number | null;
  granted_from: string | null;
  status_changed_at: Date;
  detected_at: Date;
  last_evaluated_at: Date;
  created_at: Date;
  updated_at: Date;
  household_reference: string;
  commune_name: string | null;
  referent_id: string | null;
  app_first: string | null;
  app_last: string | null;
  blocked_until: string | null;
}

interface TransitionRow {
  id: string;
  from_status: DetectedRightStatus | null;
  to_status: DetectedRightStatus;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  reason: string | null;
  note: string | null;
  payload: Record<string, unknown>;
}

/** Columns of DetectedRightRow; `todayParam` is the parameter holding today's date (Europe/Paris). */
function rightSelect(todayParam: string): string {
  return `r.*, h.reference AS household_reference, h.commune_name, h.referent_id,
    h.applicant_first_name AS app_first, h.applicant_last_name AS app_last,
    (SELECT max(ob.blocked_until) FROM outreach_block ob
      WHERE ob.household_id = r.household_id AND ob.blocked_until > ${todayParam}::date) AS blocked_until
  FROM detected_right r
  JOIN household h ON h.id = r.household_id`;
}

export function toRightDto(r: DetectedRightRow): DetectedRightDto {
  return {
    id: r.id,
    householdId: r.household_id,
    householdReference: r.household_reference,
    applicantName: applicantName(r.app_first, r.app_last),
    communeName: r.commune_name,
    referentId: r.referent_id,
    benefit: r.benefit,
    status: r.status,
    estimatedAmountCents: r.estimated_amount_cents,
    amountPeriod: r.amount_period,
    annualAmountCents: annualCents(r.estimated_amount_cents, r.amount_period),
    receivedAmountCents: r.received_amount_cents,
    evaluatedPeriod: r.evaluated_period,
    confidence: r.confidence,
    source: r.source,
    missingInputs: r.missing_inputs ?? [],
    ruleVersion: r.rule_version,
    dismissReason: r.dismiss_reason,
    refusalReason: r.refusal_reason,
    grantedMonthlyAmountCents: r.granted_monthly_amount_cents,
    grantedFrom: r.granted_from,
    outreachBlockedUntil: r.blocked_until,
    statusChangedAt: r.status_changed_at,
    detectedAt: r.detected_at,
    lastEvaluatedAt: r.last_evaluated_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function toTransitionDto(t: TransitionRow): TransitionDto {
  return {
    id: t.id,
    from: t.from_status,
    to: t.to_status,
    at: t.at,
    actorId: t.actor_id,
    actorName: t.actor_name,
    reason: t.reason,
    note: t.note,
    payload: t.payload,
  };
}

export interface NewRightRow {
  householdId: string;
  benefit: DetectableBenefit;
  estimatedAmountCents: number;
  amountPeriod: AmountPeriod;
  receivedAmountCents: number | null;
  evaluatedPeriod: string;
  explanation: unknown[];
  missingInputs: string[];
  confidence: Confidence;
  source: RightSource;
}

/** The columns a transition sets besides the status. */
export interface TransitionColumns {
  to: DetectedRightStatus;
  dismissReason: DismissReason | null;
  refusalReason: RefusalReason | null;
  grantedMonthlyAmountCents: number | null;
  grantedFrom: string | null;
}

export interface NewTransitionRow {
  rightId: string;
  from: DetectedRightStatus | null;
  to: DetectedRightStatus;
  actorId: string;
  reason: string | null;
  note: string | null;
  payload: Record<string, unknown>;
}

/** The detected-rights list's WHERE clause (scope, filters, search) and its ORDER BY. */
function rightListWhere(scope: OrgScope, q: ListQuery<DetectedRightFilter>, mode: SearchMode): { where: SqlWhere; order: string; needsHousehold: boolean } {
  const where = scopedWhere(scope, { organisation: 'r.organisation_id' });
  const f = q.filter;
  if (f.id) where.add('r.id = ANY(?::uuid[])', f.id);
  if (f.householdId) where.add('r.household_id = ?', f.householdId);
  if (f.benefit) where.add('r.benefit = ANY(?::detectable_benefit[])', f.benefit);
  if (f.status) where.add('r.status = ANY(?::detected_right_status[])', f.status);
  if (f.confidence) where.add('r.confidence = ANY(?::confidence[])', f.confidence);
  if (f.referentId) where.add('h.referent_id = ?', f.referentId);
  if (f.communeInsee) where.add('h.commune_insee = ?', f.communeInsee);
  if (f.minAmountCents !== undefined) where.add(`${RIGHT_ANNUAL_SQL} >= ?`, f.minAmountCents);
  if (f.detectedFrom) where.add(`r.detected_at >= (?::date)::timestamp AT TIME ZONE 'Europe/Paris'`, f.detectedFrom);
  if (f.detectedTo) where.add(`r.detected_at < (?::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'`, f.detectedTo);
  if (f.statusChangedFrom) where.add(`r.status_changed_at >= (?::date)::timestamp AT TIME ZONE 'Europe/Paris'`, f.statusChangedFrom);
  if (f.statusChangedTo) where.add(`r.status_changed_at < (?::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'`, f.statusChangedTo);
  const needsHousehold = Boolean(f.referentId || f.communeInsee || f.q);
  const rank = householdSearch(where, f.q, mode)?.rank;
  const order = `${rank ? `${rank} DESC, ` : ''}${q.sort.sql} ${q.sort.order}, r.id ${q.sort.order}`;
return { where, order, needsHousehold };
}

/** A row of the export: the right with its household's reference, applicant, commune and referent. */
export interface RightExportRow {
  household_id: string;
  household_reference: string;
  app_first: string | null;
  app_last: string | null;
  commune_name: string | null;
  referent_name: string | null;
  benefit: DetectableBenefit;
  status: DetectedRightStatus;
  confidence: Confidence;
  source: RightSource;
  estimated_amount_cents: number;
  amount_period: AmountPeriod;
  received_amount_cents: number | null;
  granted_monthly_amount_cents: number | null;
  granted_from: string | null;
  dismiss_reason: DismissReason | null;
  refusal_reason: RefusalReason | null;
  detected_at: Date;
  status_changed_at: Date;
}

@Injectable()
export class DetectedRightsRepository {
  /**
   * A page of the organisation's detected rights. EXPLAIN (ANALYZE, BUFFERS) with 200 000 rights in the
   * organisation: by annual amount, `Index Scan Backward using detected_right_annual_idx … Index Cond:
   * (organisation_id = …)` under `Limit`, each row joining its household by `Index Only Scan using
   * "PK_26e9111eab2b8908fefe3c645f5"`; filtered by benefit, the same scan with `Filter: (benefit = ANY (…))`
   * (8 benefits: about 1 row in 8 kept; detected_right_benefit_annual_idx serves the rarer ones); with a
   * search, `Bitmap Index Scan on household_search_idx` then `Index Scan using "IDX_d36259a55b92b5c9b57409b420"`
   * (rights by household) and a top-N sort.
   */
  async list(em: EntityManager, scope: OrgScope, q: ListQuery<DetectedRightFilter>, today: string, select: AuditedSelect): Promise<ListPage<DetectedRightRow>> {
    return withFuzzyRetry(q.filter.q, q.offset, select, (mode, run) => this.page(em, scope, q, today, mode, run));
  }

  private async page(
    em: EntityManager,
    scope: OrgScope,
    q: ListQuery<DetectedRightFilter>,
    today: string,
    mode: SearchMode,
    run: RowsQuery,
  ): Promise<{ total: number | null; rows: DetectedRightRow[] }> {
    const { where, order, needsHousehold } = rightListWhere(scope, q, mode);
    // `today` (for the refusal window) is only used by the row query, so it goes last.
    const rows = await run<DetectedRightRow>(
      `SELECT ${rightSelect(where.nextPlaceholder())} WHERE ${where.sql}
       ORDER BY ${order} LIMIT ${q.limit} OFFSET ${q.offset}`,
      [...where.params, today],
    );
    const total = await pageTotal(q, rows.length, async (n) => {
      const [{ count }]: { count: number }[] = await em.query(
        // The join only when a household column is filtered: counting 10 000 rights stays an index-only scan.
        `SELECT count(*)::int AS count FROM (SELECT 1 FROM detected_right r ${needsHousehold ? 'JOIN household h ON h.id = r.household_id' : ''}
         WHERE ${where.sql} LIMIT ${n}) c`,
        where.params,
      );
      return count;
    }, () => plannerEstimate(em, `SELECT 1 FROM detected_right r ${needsHousehold ? 'JOIN household h ON h.id = r.household_id' : ''} WHERE ${where.sql}`, where.params));
    return { total, rows };
  }

  /** Every right of the list (same filters and order) for an export; a fruitless search is read fuzzily, as the list does. */
  async exportSelect(em: EntityManager, scope: OrgScope, q: ListQuery<DetectedRightFilter>): Promise<ExportSelect> {
    let list = rightListWhere(scope, q, 'exact');
    if (canRetryFuzzy(q.filter.q)) {
      const [{ found }]: { found: boolean }[] = await em.query(
        `SELECT EXISTS (SELECT 1 FROM detected_right r JOIN household h ON h.id = r.household_id WHERE ${list.where.sql}) AS found`,
        list.where.params,
      );
      if (!found) list = rightListWhere(scope, q, 'fuzzy');
    }
    return {
      sql: `SELECT r.household_id, h.reference AS household_reference, h.applicant_first_name AS app_first, h.applicant_last_name AS app_last,
                   h.commune_name, u.display_name AS referent_name, r.benefit, r.status, r.confidence, r.source, r.estimated_amount_cents,
                   r.amount_period, r.received_amount_cents, r.granted_monthly_amount_cents, r.granted_from, r.dismiss_reason,
                   r.refusal_reason, r.detected_at, r.status_changed_at
            FROM detected_right r JOIN household h ON h.id = r.household_id LEFT JOIN app_user u ON u.id = h.referent_id
            WHERE ${list.where.sql} ORDER BY ${list.order}`,
      params: list.where.params,
      householdColumn: 'household_id',
    };
  }

  async find(em: EntityManager, id: string, today: string): Promise<DetectedRightRow | undefined> {
    const [row]: DetectedRightRow[] = await em.query(`SELECT ${rightSelect('$2')} WHERE r.id = $1`, [id, today]);
    return row;
  }

  async history(em: EntityManager, id: string): Promise<TransitionRow[]> {
    return em.query(
      `SELECT t.*, u.display_name AS actor_name FROM detected_right_transition t LEFT JOIN app_user u ON u.id = t.actor_id
       WHERE t.detected_right_id = $1 ORDER BY t.at, t.id`,
      [id],
    );
  }

  /** The open right of a household for a benefit, if any (at most one: partial unique index). */
  async openRight(em: EntityManager, householdId: string, benefit: DetectableBenefit): Promise<{ id: string; status: DetectedRightStatus } | undefined> {
    const [row]: { id: string; status: DetectedRightStatus }[] = await em.query(
      `SELECT id, status FROM detected_right WHERE household_id = $1 AND benefit = $2 AND status IN ${OPEN_RIGHTS_SQL}`,
      [householdId, benefit],
    );
    return row;
  }

  /** Inserts a right with its household's organisation and territory; its id. */
  async insert(em: EntityManager, r: NewRightRow): Promise<string> {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, estimated_amount_cents, amount_period,
         received_amount_cents, evaluated_period, explanation, missing_inputs, confidence, source)
       SELECT h.id, h.organisation_id, h.territory_id, $2, $3, $4, $5, $6, $7::jsonb, $8::text[], $9, $10 FROM household h WHERE h.id = $1
       RETURNING id`,
      [r.householdId, r.benefit, r.estimatedAmountCents, r.amountPeriod, r.receivedAmountCents, r.evaluatedPeriod, JSON.stringify(r.explanation), r.missingInputs, r.confidence, r.source],
    );
    return row.id;
  }

  async insertTransition(em: EntityManager, t: NewTransitionRow): Promise<void> {
    await em.query(
      `INSERT INTO detected_right_transition (detected_right_id, from_status, to_status, actor_id, reason, note, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [t.rightId, t.from, t.to, t.actorId, t.reason, t.note, JSON.stringify(t.payload)],
    );
  }

  /**
   * Moves the right to `c.to` only from one of `fromStatuses`, locking it first so a concurrent
   * request sees the new state. The previous state, or undefined when no row matched.
   */
  async applyStatus(
    em: EntityManager,
    rightId: string,
    c: TransitionColumns,
    fromStatuses: readonly DetectedRightStatus[],
  ): Promise<{ householdId: string; organisationId: string; benefit: DetectableBenefit; from: DetectedRightStatus } | undefined> {
    // UPDATE … RETURNING answers [rows, count] through TypeORM.
    const [rows]: [{ household_id: string; organisation_id: string; benefit: DetectableBenefit; from_status: DetectedRightStatus }[], number] = await em.query(
      `WITH old AS (SELECT id, status FROM detected_right WHERE id = $1 FOR UPDATE)
       UPDATE detected_right r SET status = $2::text::detected_right_status, status_changed_at = now(), updated_at = now(),
         dismiss_reason = CASE WHEN $2::text = 'ecarte' THEN $3::dismiss_reason ELSE r.dismiss_reason END,
         refusal_reason = CASE WHEN $2::text = 'refuse' THEN $4::refusal_reason ELSE r.refusal_reason END,
         granted_monthly_amount_cents = CASE WHEN $2::text = 'accorde' THEN $5::int ELSE r.granted_monthly_amount_cents END,
         granted_from = CASE WHEN $2::text = 'accorde' THEN $6::date ELSE r.granted_from END
       FROM old
       WHERE r.id = old.id AND old.status = ANY($7::detected_right_status[])
       RETURNING r.household_id, r.organisation_id, r.benefit, old.status AS from_status`,
      [rightId, c.to, c.dismissReason, c.refusalReason, c.grantedMonthlyAmountCents, c.grantedFrom, fromStatuses],
    );
    const [row] = rows;
    return row && { householdId: row.household_id, organisationId: row.organisation_id, benefit: row.benefit, from: row.from_status };
  }

  async status(em: EntityManager, rightId: string): Promise<DetectedRightStatus | undefined> {
    const [row]: { status: DetectedRightStatus }[] = await em.query('SELECT status FROM detected_right WHERE id = $1', [rightId]);
    return row?.status;
  }

  /** The person declined (this benefit): no outreach to the household until `today` + `months`. */
  async blockOutreach(em: EntityManager, b: { householdId: string; benefit: DetectableBenefit; today: string; months: number; rightId: string; createdBy: string }): Promise<void> {
    await em.query(
      `INSERT INTO outreach_block (household_id, benefit, blocked_until, right_id, created_by)
       VALUES ($1, $2, ($3::date + make_interval(months => $4::int))::date, $5, $6)`,
      [b.householdId, b.benefit, b.today, b.months, b.rightId, b.createdBy],
    );
  }

  /** The person declined: every open task of the household is cancelled (outreach stops). Their ids. */
  async cancelOpenTasks(em: EntityManager, householdId: string): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await em.query(
      `UPDATE task t SET status = 'annulee', updated_at = now()
       WHERE t.household_id = $1 AND t.status IN (${sqlLiterals(OPEN_TASK_STATUSES)})
       RETURNING t.id`,
      [householdId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * The refused benefits of these households' active outreach blocks, each with its end
   * (`YYYY-MM-DD`); empty when outreach is allowed. A block stops all outreach to its household.
   */
  async activeBlocks(em: EntityManager, householdIds: string[], today: string): Promise<{ benefit: DetectableBenefit; until: string }[]> {
    return em.query(
      `SELECT ob.benefit, max(ob.blocked_until)::text AS until
       FROM outreach_block ob
       WHERE ob.household_id = ANY($1::uuid[]) AND ob.blocked_until > $2::date
       GROUP BY ob.benefit ORDER BY ob.benefit`,
      [householdIds, today],
    );
  }

  /** The households of these rights. */
  async householdsOfRights(em: EntityManager, rightIds: string[]): Promise<string[]> {
    const rows: { household_id: string }[] = await em.query('SELECT DISTINCT household_id FROM detected_right WHERE id = ANY($1::uuid[])', [rightIds]);
    return rows.map((r) => r.household_id);
  }

  /**
   * The person asked to be contacted again (inbound contact `contactId`, their words kept): the
   * household's active blocks end today. The lifted blocks' ids.
   */
  async liftBlocks(em: EntityManager, l: { householdId: string; today: string; liftedBy: string; contactId: string; words: string }): Promise<string[]> {
    const [rows]: [{ id: string }[], number] = await em.query(
      `UPDATE outreach_block SET blocked_until = $2::date, lifted_at = now(), lifted_by = $3, lift_contact_id = $4, lift_words = $5
       WHERE household_id = $1 AND blocked_until > $2::date
       RETURNING id`,
      [l.householdId, l.today, l.liftedBy, l.contactId, l.words],
    );
    return rows.map((r) => r.id);
  }
}
