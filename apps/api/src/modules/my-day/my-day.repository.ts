// SQL of "my day": the referent's households ranked by expected gain (tasks come from TasksRepository).
import { Injectable } from '@nestjs/common';
import { OPEN_RIGHT_STATUSES, type AmountPeriod, type Confidence, type DetectableBenefit, type OpenRightStatus } from '@recours/domain';
import { sqlLiterals } from '@recours/outreach-sql';
import { scopedWhere, type OrgScope } from '../../common/access/org-scope';

// household.open_gain_cents is Σ annual amount × recours_confidence_weight() (migration 1796406000000,
// CONFIDENCE_WEIGHT's values) over the open rights, kept by the database.
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
   * weight), with their open rights. A household under a running refusal is left out entirely (a refusal
   * stops every outreach act towards it), so the gain the database keeps (household.open_gain_cents)
   * is the exact one and household.refusal_until says which to skip: one statement, read in order from
   * the partial index. EXPLAIN (ANALYZE, BUFFERS), 1M households, 100 000 in the organisation:
   * `Limit (rows=20) -> Index Scan using household_my_day_idx on household h  Index Cond: ((organisation_id = $1)
   * AND (referent_id = $2))  Filter: ((refusal_until IS NULL) OR (refusal_until <= $3))`, then per household
   * `Index Scan using "IDX_d36259a55b92b5c9b57409b420" on detected_right r` (its rights). The caller runs it
   * with its audit event (AuditService.selectListed).
   */
  householdsByGain(scope: OrgScope, referentId: string, today: string): { sql: string; params: unknown[]; householdColumn: string } {
    const where = referentHouseholds(scope, referentId).raw('h.open_gain_cents > 0');
    where.add('(h.refusal_until IS NULL OR h.refusal_until <= ?::date)', today);
    return {
      householdColumn: 'id',
      sql: `SELECT h.id, h.reference, h.commune_name, h.applicant_first_name AS app_first, h.applicant_last_name AS app_last,
              h.open_gain_cents::float8 AS gain, rights.open_rights
       FROM household h
       CROSS JOIN LATERAL (
         SELECT json_agg(json_build_object('id', r.id, 'benefit', r.benefit, 'estimatedAmountCents', r.estimated_amount_cents,
                  'amountPeriod', r.amount_period, 'confidence', r.confidence, 'status', r.status) ORDER BY ${ANNUAL_SQL} DESC, r.id) AS open_rights
         FROM detected_right r WHERE r.household_id = h.id AND r.status IN (${sqlLiterals(OPEN_RIGHT_STATUSES)})) rights
       WHERE ${where.sql}
       ORDER BY h.open_gain_cents DESC, h.id LIMIT ${TOP}`,
      params: where.params,
    };
  }
}
