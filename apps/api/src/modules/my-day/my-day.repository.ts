// SQL of "my day": the referent's households ranked by expected gain (tasks come from TasksRepository).
import { Injectable } from '@nestjs/common';
import { CONFIDENCE_WEIGHT, OPEN_RIGHT_STATUSES, type AmountPeriod, type Confidence, type DetectableBenefit, type OpenRightStatus } from '@recours/domain';
import { activeBlockExists, sqlLiterals } from '@recours/outreach-sql';
import type { EntityManager } from 'typeorm';
import { scopedWhere, type OrgScope } from '../../common/access/org-scope';

const WEIGHT_SQL = `CASE r.confidence ${Object.entries(CONFIDENCE_WEIGHT).map(([c, w]) => `WHEN '${c}' THEN ${w}`).join(' ')} END`;
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

@Injectable()
export class MyDayRepository {
  /**
   * Active households of one referent with open rights, by expected gain (annual amount × confidence
   * weight). Refusals excluded: a household is not worth chasing for a benefit the person declined.
   */
  async householdsByGain(em: EntityManager, scope: OrgScope, referentId: string, today: string): Promise<RankedHouseholdRow[]> {
    const where = scopedWhere(scope, { organisation: 'h.organisation_id' }).add('h.referent_id = ?', referentId).raw("h.status = 'active'");
    const todayParam = where.bind(today);
    where.raw(`NOT ${activeBlockExists('r.household_id', 'r.benefit', todayParam)}`);
    return em.query(
      `SELECT h.id, h.reference, h.commune_name, app.first_name AS app_first, app.last_name AS app_last,
              round(sum(${ANNUAL_SQL} * ${WEIGHT_SQL}))::float8 AS gain,
              json_agg(json_build_object('id', r.id, 'benefit', r.benefit, 'estimatedAmountCents', r.estimated_amount_cents,
                'amountPeriod', r.amount_period, 'confidence', r.confidence, 'status', r.status) ORDER BY ${ANNUAL_SQL} DESC) AS open_rights
       FROM household h
       JOIN detected_right r ON r.household_id = h.id AND r.status IN (${sqlLiterals(OPEN_RIGHT_STATUSES)})
       LEFT JOIN LATERAL (SELECT first_name, last_name FROM person p
                          WHERE p.household_id = h.id AND p.relationship = 'demandeur' ORDER BY p.created_at LIMIT 1) app ON true
       WHERE ${where.sql}
       GROUP BY h.id, h.reference, h.commune_name, app.first_name, app.last_name
       ORDER BY gain DESC, h.id LIMIT 20`,
      where.params,
    );
  }
}
