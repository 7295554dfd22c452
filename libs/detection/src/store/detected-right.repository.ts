// Writes the engine's assessments into detected_right, set-based (one statement per kind of write).
//
// Rules (detections are suggestions, never decisions; the worker never changes a status):
// - A due, unreceived benefit is upserted on the partial unique index (household_id, benefit)
//   WHERE status IN (open statuses): never a second open right for the same household and benefit.
// - A `detecte` right from the engine gets everything refreshed (amount, explanation, rule version,
//   parameter dates, confidence, missing inputs, evaluated month).
// - A right a worker already moved on (confirme, informe, demande_*) keeps its status, explanation,
//   rule version and parameter dates (what the worker acted on); its estimate and evaluation fields
//   (amount, received amount, confidence, missing inputs, evaluated month) follow the latest run.
// - A benefit no longer due (or now received) is never closed automatically: its open right gets
//   the latest evaluation (estimated amount 0 when no longer due, and the summary saying why).
// - Rights entered by a partner or by hand (source ≠ moteur) are left untouched.
// - Benefits under an active outreach block are neither created nor updated.
// - A benefit whose right a worker closed (écarté, accordé, refusé, abandonné) after the household's
//   last change (detection_requested_at) is not proposed again: a new ruleset alone does not reopen
//   a decision; a change in the file does.
import { OPEN_RIGHT_STATUSES, type DetectableBenefit } from '@recours/domain';
import type { ExplanationStep, TextStep } from '@recours/rights';
import type { BenefitAssessment } from '../detect';
import type { HouseholdSnapshot } from '../snapshot';
import type { SqlClient } from './sql-client';

const OPEN = OPEN_RIGHT_STATUSES.map((s) => `'${s}'`).join(', ');

/** Explanation column: the summary, the engine's steps, then its warnings and our assumptions. */
export function explanationSteps(a: BenefitAssessment): (ExplanationStep | TextStep)[] {
  return [
    { text: a.explanation.summary },
    ...a.explanation.steps,
    ...a.explanation.warnings.map((w) => ({ text: `Attention : ${w}` })),
    ...a.explanation.assumptions.map((h) => ({ text: `Hypothèse : ${h}` })),
  ];
}

/** parameter_dates column: name → effective date (several dates when look-back months differ). */
export function parameterDatesRecord(a: BenefitAssessment): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const p of a.parameterDates) {
    const prev = out[p.name];
    out[p.name] = prev === undefined ? p.from : [...(Array.isArray(prev) ? prev : [prev]), p.from];
  }
  return out;
}

function rows(assessments: readonly BenefitAssessment[]): string {
  return JSON.stringify(
    assessments.map((a) => ({
      benefit: a.benefit,
      estimated_amount_cents: a.estimatedAmountCents,
      amount_period: a.amountPeriod,
      received_amount_cents: a.receivedAmountCents,
      evaluated_period: a.period,
      explanation: explanationSteps(a),
      rule_version: a.ruleVersion,
      parameter_dates: parameterDatesRecord(a),
      missing_inputs: a.missingInputs,
      confidence: a.confidence,
    })),
  );
}

const RECORDSET = `jsonb_to_recordset($1::jsonb) AS x(
  benefit detectable_benefit, estimated_amount_cents integer, amount_period amount_period, received_amount_cents integer,
  evaluated_period text, explanation jsonb, rule_version text, parameter_dates jsonb, missing_inputs text[], confidence confidence)`;

/** SET list shared by the upsert and the update; `src` names the new values (EXCLUDED or x). */
function refreshSet(src: string): string {
  const fromEngine = `r.source = 'moteur'`;
  const fresh = `${fromEngine} AND r.status = 'detecte'`;
  const when = (cond: string, col: string) => `${col} = CASE WHEN ${cond} THEN ${src}.${col} ELSE r.${col} END`;
  return [
    when(fromEngine, 'estimated_amount_cents'),
    when(fromEngine, 'received_amount_cents'),
    when(fromEngine, 'evaluated_period'),
    when(fromEngine, 'confidence'),
    when(fromEngine, 'missing_inputs'),
    when(fresh, 'explanation'),
    when(fresh, 'rule_version'),
    when(fresh, 'parameter_dates'),
    `last_evaluated_at = CASE WHEN ${fromEngine} THEN now() ELSE r.last_evaluated_at END`,
    `updated_at = CASE WHEN ${fromEngine} THEN now() ELSE r.updated_at END`,
  ].join(',\n    ');
}

export interface AppliedDetection {
  /** Ids of the rights this run created (status detecte). */
  created: { id: string; benefit: DetectableBenefit }[];
  /** Open rights refreshed (proposals that already existed, and rights no longer proposed). */
  refreshed: number;
}

/**
 * Upserts the proposals and refreshes the open rights of the other assessed benefits. Run inside
 * the caller's transaction, after locking the household row.
 */
export async function applyAssessments(
  db: SqlClient,
  household: Pick<HouseholdSnapshot, 'id' | 'organisationId' | 'territoryId'>,
  proposals: readonly BenefitAssessment[],
  others: readonly BenefitAssessment[],
): Promise<AppliedDetection> {
  const created: AppliedDetection['created'] = [];
  let refreshed = 0;
  if (proposals.length > 0) {
    const res = await db.query<{ id: string; benefit: DetectableBenefit; inserted: boolean }>(
      `WITH up AS (
  INSERT INTO detected_right AS r (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, amount_period,
    received_amount_cents, evaluated_period, explanation, rule_version, parameter_dates, missing_inputs, confidence, source,
    detected_at, last_evaluated_at, status_changed_at)
  SELECT $2::uuid, $3::uuid, $4::uuid, x.benefit, 'detecte', x.estimated_amount_cents, x.amount_period, x.received_amount_cents,
    x.evaluated_period, x.explanation, x.rule_version, x.parameter_dates, x.missing_inputs, x.confidence, 'moteur', now(), now(), now()
  FROM ${RECORDSET}
  ON CONFLICT (household_id, benefit) WHERE status IN (${OPEN}) DO UPDATE SET
    ${refreshSet('EXCLUDED')}
  RETURNING r.id, r.benefit, (r.xmax = 0) AS inserted
), history AS (
  INSERT INTO detected_right_transition (detected_right_id, from_status, to_status, actor_id, reason, payload)
  SELECT id, NULL, 'detecte', NULL, 'detection', jsonb_build_object('source', 'moteur')
  FROM up WHERE inserted
)
SELECT id, benefit, inserted FROM up`,
      [rows(proposals), household.id, household.organisationId, household.territoryId],
    );
    for (const r of res.rows) {
      if (r.inserted) created.push({ id: r.id, benefit: r.benefit });
      else refreshed++;
    }
  }
  if (others.length > 0) {
    const res = await db.query(
      `UPDATE detected_right r SET
    ${refreshSet('x')}
  FROM ${RECORDSET}
  WHERE r.household_id = $2::uuid AND r.benefit = x.benefit AND r.status IN (${OPEN}) AND r.source = 'moteur'`,
      [rows(others), household.id],
    );
    refreshed += res.rowCount ?? 0;
  }
  return { created, refreshed };
}

/** Benefits of the household under an active outreach block (the person declined until that date). */
export async function activeBlocks(db: SqlClient, householdId: string, today: string): Promise<Set<DetectableBenefit>> {
  const res = await db.query<{ benefit: DetectableBenefit }>(
    `SELECT DISTINCT benefit FROM outreach_block WHERE household_id = $1::uuid AND blocked_until > $2::date`,
    [householdId, today],
  );
  return new Set(res.rows.map((r) => r.benefit));
}

/** Benefits a worker closed since the household last changed (never changed: any closed right). */
export async function decidedSinceLastChange(db: SqlClient, householdId: string): Promise<Set<DetectableBenefit>> {
  const res = await db.query<{ benefit: DetectableBenefit }>(
    `SELECT DISTINCT r.benefit FROM detected_right r JOIN household h ON h.id = r.household_id
      WHERE r.household_id = $1::uuid AND r.status IN ('ecarte', 'accorde', 'refuse', 'abandonne')
        AND r.status_changed_at >= coalesce(h.detection_requested_at, '-infinity'::timestamptz)`,
    [householdId],
  );
  return new Set(res.rows.map((r) => r.benefit));
}

/** Records that the household was evaluated with this ruleset (the sweep compares both columns). */
export async function stampDetected(db: SqlClient, householdId: string, fingerprint: string): Promise<void> {
  await db.query(`UPDATE household SET detected_at = now(), detection_fingerprint = $2 WHERE id = $1::uuid`, [householdId, fingerprint]);
}
