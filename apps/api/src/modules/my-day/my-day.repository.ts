// SQL of "my day": the referent's households ranked by expected gain (tasks come from TasksRepository).
import { Injectable } from '@nestjs/common';
import { OPEN_RIGHT_STATUSES, type AmountPeriod, type Confidence, type DetectableBenefit, type OpenRightStatus } from '@recours/domain';
import { activeBlockExists, sqlLiterals } from '@recours/outreach-sql';
import type { EntityManager } from 'typeorm';
import { scopedWhere, type OrgScope } from '../../common/access/org-scope';

// recours_confidence_weight() (migration 1796406000000) holds CONFIDENCE_WEIGHT's values (checked by
// my-day.int-spec.ts); the stored household.open_gain_cents uses it too, so it bounds the exact gain.
const WEIGHT_SQL = 'recours_confidence_weight(r.confidence)';
/** How many households by stored gain are ranked exactly before falling back to the full ranking. */
const CANDIDATES = 200;
const TOP = 20;
const ANNUAL_SQL = "(CASE WHEN r.amount_period = 'annuel' THEN r.estimated_amount_cents ELSE r.estimated_amount_cents * 12 END)";

export interface OpenRightSummary {
  id: string;
  benefit: DetectableBenefit;
  estimatedAmountCents: number;
  amountPeriod: AmountPeriod;
  confidence: Confidence;
  status: OpenRightStatus;
}

export interface RankedHouseholdRow {
  id: string;
  reference: string;
  commune_name: string | null;
  app_first: string | null;
  app_last: string | null;
  gain: number;
  open_rights: OpenRightSummary[];
}

/** The active households of one referent in the scope. */
function referentHouseholds(scope: OrgScope, referentId: string) {
  return scopedWhere(scope, { organisation: 'h.organisation_id' }).add('h.referent_id = ?', referentId).raw("h.status = 'active'");
}

@Injectable()
export class MyDayRepository {
  /**
   * Active households of one referent with open rights, by expected gain (annual amount × confidence
   * weight). Refusals excluded: a household is not worth chasing for a benefit the person declined.
   *
   * The exact gain depends on today's refusal blocks, so it cannot be stored; household.open_gain_cents
   * (kept by the database, blocks ignored) is an upper bound of it. The first CANDIDATES households by
   * that bound are read from `household_my_day_idx` and ranked exactly; the answer is proven when the
   * TOP-th exact gain beats the bound of every household left out (the last candidate's). Otherwise
   * (many refusals) the whole ranking runs. EXPLAIN at 100k households in the organisation:
   * `Index Scan using household_my_day_idx … Index Cond: ((organisation_id = $1) AND (referent_id = $2))`
   * under `Limit (rows=200)`, then `Index Scan using "IDX_d36259a55b92b5c9b57409b420" on detected_right r`.
   */
  async householdsByGain(em: EntityManager, scope: OrgScope, referentId: string, today: string): Promise<RankedHouseholdRow[]> {
    const where = referentHouseholds(scope, referentId);
    const candidates: { id: string; bound: string }[] = await em.query(
      `SELECT h.id, h.open_gain_cents AS bound FROM household h
       WHERE ${where.sql} AND h.open_gain_cents > 0
       ORDER BY h.open_gain_cents DESC, h.id LIMIT ${CANDIDATES}`,
      where.params,
    );
    if (candidates.length === 0) return [];
    const ranked = await this.rank(em, scope, referentId, today, candidates.map((c) => c.id));
    if (candidates.length < CANDIDATES) return ranked;
    const lastBound = Number(candidates[candidates.length - 1].bound);
    if (ranked.length === TOP && Number(ranked[TOP - 1].gain) > lastBound) return ranked;
    return this.rank(em, scope, referentId, today);
  }

  /** The TOP households by exact gain, among `ids` when given. */
  private async rank(em: EntityManager, scope: OrgScope, referentId: string, today: string, ids?: string[]): Promise<RankedHouseholdRow[]> {
    const where = referentHouseholds(scope, referentId);
    if (ids) where.add('h.id = ANY(?::uuid[])', ids);
    const todayParam = where.bind(today);
    where.raw(`NOT ${activeBlockExists('r.household_id', todayParam)}`);
    return em.query(
      `SELECT h.id, h.reference, h.commune_name, h.applicant_first_name AS app_first, h.applicant_last_name AS app_last,
              round(sum(${ANNUAL_SQL} * ${WEIGHT_SQL}))::float8 AS gain,
              json_agg(json_build_object('id', r.id, 'benefit', r.benefit, 'estimatedAmountCents', r.estimated_amount_cents,
                'amountPeriod', r.amount_period, 'confidence', r.confidence, 'status', r.status) ORDER BY ${ANNUAL_SQL} DESC) AS open_rights
       FROM household h
       JOIN detected_right r ON r.household_id = h.id AND r.status IN (${sqlLiterals(OPEN_RIGHT_STATUSES)})
       WHERE ${where.sql}
       GROUP BY h.id
       ORDER BY gain DESC, h.id LIMIT ${TOP}`,
      where.params,
    );
  }
}
