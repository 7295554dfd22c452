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

/** The engine's assessments of one household, as applyAssessmentsMany writes them. */
export interface HouseholdAssessments {
  household: Pick<HouseholdSnapshot, 'id' | 'organisationId' | 'territoryId'>;
  proposals: readonly BenefitAssessment[];
  others: readonly BenefitAssessment[];
}

function rows(items: readonly HouseholdAssessments[], pick: (i: HouseholdAssessments) => readonly BenefitAssessment[]): string {
  return JSON.stringify(
    items.flatMap((item) =>
      pick(item).map((a) => ({
        household_id: item.household.id,
        organisation_id: item.household.organisationId,
        territory_id: item.household.territoryId,
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
    ),
  );
}

const RECORD_COLUMNS = `x(
  household_id uuid, organisation_id uuid, territory_id uuid,
  benefit detectable_benefit, estimated_amount_cents integer, amount_period amount_period, received_amount_cents integer,
  evaluated_period text, explanation jsonb, rule_version text, parameter_dates jsonb, missing_inputs text[], confidence confidence)`;
const RECORDSET = `jsonb_to_recordset($1::jsonb) AS ${RECORD_COLUMNS}`;

const REFRESHED = [
  'estimated_amount_cents', 'received_amount_cents', 'evaluated_period', 'confidence', 'missing_inputs',
  'explanation', 'rule_version', 'parameter_dates', 'last_evaluated_at', 'updated_at',
] as const;

/** New value of each REFRESHED column; `src` names the new values (EXCLUDED or x). */
function refreshExpressions(src: string): string[] {
  const fromEngine = `r.source = 'moteur'`;
  const fresh = `${fromEngine} AND r.status = 'detecte'`;
  const when = (cond: string, col: string) => `CASE WHEN ${cond} THEN ${src}.${col} ELSE r.${col} END`;
  return [
    when(fromEngine, 'estimated_amount_cents'),
    when(fromEngine, 'received_amount_cents'),
    when(fromEngine, 'evaluated_period'),
    when(fromEngine, 'confidence'),
    when(fromEngine, 'missing_inputs'),
    when(fresh, 'explanation'),
    when(fresh, 'rule_version'),
    when(fresh, 'parameter_dates'),
    `CASE WHEN ${fromEngine} THEN now() ELSE r.last_evaluated_at END`,
    `CASE WHEN ${fromEngine} THEN now() ELSE r.updated_at END`,
  ];
}

/** SET list of the upsert. */
function refreshSet(src: string): string {
  const exprs = refreshExpressions(src);
  return REFRESHED.map((col, i) => `${col} = ${exprs[i]}`).join(',\n    ');
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
  const applied = await applyAssessmentsMany(db, [{ household, proposals, others }]);
  return { created: applied.created.map(({ id, benefit }) => ({ id, benefit })), refreshed: applied.refreshed };
}

/**
 * applyAssessments for many households at once: two statements whatever their number (bulk detection
 * of an import). Each household appears once; run inside the caller's transaction, rows locked.
 */
export async function applyAssessmentsMany(
  db: SqlClient,
  items: readonly HouseholdAssessments[],
): Promise<{ created: { id: string; benefit: DetectableBenefit; householdId: string }[]; refreshed: number }> {
  const created: { id: string; benefit: DetectableBenefit; householdId: string }[] = [];
  let refreshed = 0;
  if (items.some((i) => i.proposals.length > 0)) {
    const res = await db.query<{ id: string; benefit: DetectableBenefit; household_id: string; inserted: boolean }>(
      `WITH up AS (
  INSERT INTO detected_right AS r (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, amount_period,
    received_amount_cents, evaluated_period, explanation, rule_version, parameter_dates, missing_inputs, confidence, source,
    detected_at, last_evaluated_at, status_changed_at)
  SELECT x.household_id, x.organisation_id, x.territory_id, x.benefit, 'detecte', x.estimated_amount_cents, x.amount_period, x.received_amount_cents,
    x.evaluated_period, x.explanation, x.rule_version, x.parameter_dates, x.missing_inputs, x.confidence, 'moteur', now(), now(), now()
  FROM ${RECORDSET}
  ON CONFLICT (household_id, benefit) WHERE status IN (${OPEN}) DO UPDATE SET
    ${refreshSet('EXCLUDED')}
  RETURNING r.id, r.benefit, r.household_id, (r.xmax = 0) AS inserted
), history AS (
  INSERT INTO detected_right_transition (detected_right_id, from_status, to_status, actor_id, reason, payload)
  SELECT id, NULL, 'detecte', NULL, 'detection', jsonb_build_object('source', 'moteur')
  FROM up WHERE inserted
)
SELECT id, benefit, household_id, inserted FROM up`,
      [rows(items, (i) => i.proposals)],
    );
    for (const r of res.rows) {
      if (r.inserted) created.push({ id: r.id, benefit: r.benefit, householdId: r.household_id });
      else refreshed++;
    }
  }
  // Only the assessed benefits that have an open engine right are refreshed: read which (an index
  // read), so that households without any (every household an import just created) cost nothing here.
  const withOthers = items.filter((i) => i.others.length > 0).map((i) => i.household.id);
  const open = new Set<string>();
  if (withOthers.length > 0) {
    const res = await db.query<{ household_id: string; benefit: string }>(
      `SELECT household_id, benefit FROM detected_right WHERE household_id = ANY($1::uuid[]) AND status IN (${OPEN}) AND source = 'moteur'`,
      [withOthers],
    );
    for (const r of res.rows) open.add(`${r.household_id}:${r.benefit}`);
  }
  const stale = items
    .map((i) => ({ ...i, others: i.others.filter((a) => open.has(`${i.household.id}:${a.benefit}`)) }))
    .filter((i) => i.others.length > 0);
  if (stale.length > 0) {
    // Each right reads its new values by key ("household:benefit") from one JSON object: no join whose
    // plan depends on row estimates (a nested loop over a function scan took 9 s for 500 households
    // while the table's statistics still said it was empty), and rights are reached by their household index.
    const values: Record<string, unknown> = {};
    for (const r of JSON.parse(rows(stale, (i) => i.others)) as { household_id: string; benefit: string }[]) values[`${r.household_id}:${r.benefit}`] = r;
    const key = `r.household_id::text || ':' || r.benefit::text`;
    const res = await db.query(
      `UPDATE detected_right r SET (${REFRESHED.join(', ')}) = (
    SELECT ${refreshExpressions('x').join(', ')}
      FROM jsonb_to_record($1::jsonb -> (${key})) AS ${RECORD_COLUMNS})
  WHERE r.household_id = ANY($2::uuid[]) AND $1::jsonb ? (${key}) AND r.status IN (${OPEN}) AND r.source = 'moteur'`,
      [JSON.stringify(values), stale.map((i) => i.household.id)],
    );
    refreshed += res.rowCount ?? 0;
  }
  return { created, refreshed };
}

/** Benefits of the household under an active outreach block (the person declined until that date). */
export async function activeBlocks(db: SqlClient, householdId: string, today: string): Promise<Set<DetectableBenefit>> {
  return (await activeBlocksMany(db, [householdId], today)).get(householdId) ?? new Set();
}

/** activeBlocks of many households in one query (absent: none). */
export async function activeBlocksMany(db: SqlClient, householdIds: readonly string[], today: string): Promise<Map<string, Set<DetectableBenefit>>> {
  if (householdIds.length === 0) return new Map();
  const res = await db.query<{ household_id: string; benefit: DetectableBenefit }>(
    `SELECT DISTINCT household_id, benefit FROM outreach_block WHERE household_id = ANY($1::uuid[]) AND blocked_until > $2::date`,
    [householdIds, today],
  );
  return groupBenefits(res.rows);
}

/** Benefits a worker closed since the household last changed (never changed: any closed right). */
export async function decidedSinceLastChange(db: SqlClient, householdId: string): Promise<Set<DetectableBenefit>> {
  return (await decidedSinceLastChangeMany(db, [householdId])).get(householdId) ?? new Set();
}

/** decidedSinceLastChange of many households in one query (absent: none). */
export async function decidedSinceLastChangeMany(db: SqlClient, householdIds: readonly string[]): Promise<Map<string, Set<DetectableBenefit>>> {
  if (householdIds.length === 0) return new Map();
  const res = await db.query<{ household_id: string; benefit: DetectableBenefit }>(
    `SELECT DISTINCT r.household_id, r.benefit FROM detected_right r JOIN household h ON h.id = r.household_id
      WHERE r.household_id = ANY($1::uuid[]) AND r.status IN ('ecarte', 'accorde', 'refuse', 'abandonne')
        AND r.status_changed_at >= coalesce(h.detection_requested_at, '-infinity'::timestamptz)`,
    [householdIds],
  );
  return groupBenefits(res.rows);
}

function groupBenefits(rows: { household_id: string; benefit: DetectableBenefit }[]): Map<string, Set<DetectableBenefit>> {
  const out = new Map<string, Set<DetectableBenefit>>();
  for (const r of rows) {
    const set = out.get(r.household_id) ?? new Set<DetectableBenefit>();
    set.add(r.benefit);
    out.set(r.household_id, set);
  }
  return out;
}

/** Records that the household was evaluated with this ruleset (the sweep compares both columns). */
export async function stampDetected(db: SqlClient, householdId: string, fingerprint: string): Promise<void> {
  await db.query(`UPDATE household SET detected_at = now(), detection_fingerprint = $2 WHERE id = $1::uuid`, [householdId, fingerprint]);
}
