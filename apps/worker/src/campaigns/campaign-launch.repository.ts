// SQL of a campaign launch: claim, cohort snapshot, set-based task chunks, end states.
import { DEFAULT_CAMPAIGN_TASK_DAYS, DETECTABLE_BENEFITS, LABELS, OPEN_CAMPAIGN_STATUSES, type CampaignAssignment } from '@recours/domain';
import { campaignCohortQuery, campaignFiltersSchema, campaignPreviewQuery, sqlLiterals } from '@recours/outreach-sql';
import type { Pool, PoolClient } from 'pg';

const OPEN_CAMPAIGN_SQL = `(${sqlLiterals(OPEN_CAMPAIGN_STATUSES)})`;

export interface ClaimedCampaign {
  id: string;
  organisationId: string;
  name: string;
  filters: unknown;
  assignment: CampaignAssignment;
  assigneeId: string | null;
  createdBy: string | null;
  /** Due date of the tasks ('YYYY-MM-DD'). */
  dueOn: string;
  /** Percentage of the cohort held back (control group), and the seed of the draw. */
  controlShare: number;
  controlSeed: number;
}

/**
 * Claims the campaign for a (re-)run: `brouillon` or `en_cours` → `en_cours`. A finished (`terminee`)
 * or failed (`echec`) campaign is not claimed, so a duplicate or late job does nothing.
 * The tasks are due on the campaign's own `due_on` (set by the API at launch), else launch day +
 * DEFAULT_CAMPAIGN_TASK_DAYS in Paris; a trigger on `task` writes their reminders.
 */
export async function claimCampaign(pool: Pool, campaignId: string, today: string): Promise<ClaimedCampaign | null> {
  const { rows } = await pool.query<{
    id: string; organisation_id: string; name: string; filters: unknown; assignment: CampaignAssignment;
    assignee_id: string | null; created_by: string | null; due_on: string; control_share: number; control_seed: number;
  }>(
    `UPDATE campaign c
        SET status = 'en_cours', launched_at = coalesce(c.launched_at, now()), error = NULL, finished_at = NULL, updated_at = now(),
            due_on = coalesce(c.due_on, $2::date + $3::int),
            control_seed = coalesce(c.control_seed, floor(random() * 2147483646)::int + 1)
      WHERE c.id = $1::uuid AND c.status IN ${OPEN_CAMPAIGN_SQL}
  RETURNING c.id, c.organisation_id, c.name, c.filters, c.assignment, c.assignee_id, c.created_by,
            c.due_on::text AS due_on, c.control_share, c.control_seed`,
    [campaignId, today, DEFAULT_CAMPAIGN_TASK_DAYS],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id, organisationId: r.organisation_id, name: r.name, filters: r.filters, assignment: r.assignment,
    assigneeId: r.assignee_id, createdBy: r.created_by, dueOn: r.due_on, controlShare: r.control_share, controlSeed: r.control_seed,
  };
}

/**
 * Snapshots the cohort (shared SQL builder: same households as the API preview, refusals left out)
 * into a session temp table numbered by household id, and records the target. Returns the table
 * name and its size. The caller drops the table (dropCohort) before releasing the connection.
 * The control group: the campaign's share of the cohort (rounded), drawn by ordering the households
 * on md5(seed ‖ household id) — the same seed and cohort give the same group on a re-run.
 */
export async function snapshotCohort(client: PoolClient, c: ClaimedCampaign, today: string, table: string): Promise<{ size: number; target: number }> {
  const filters = campaignFiltersSchema.parse(c.filters ?? {});
  const cohort = campaignCohortQuery(filters, c.organisationId, today);
  const seed = `$${cohort.params.length + 1}`;
  const share = `$${cohort.params.length + 2}`;
  await client.query(
    `CREATE TEMP TABLE ${table} AS
       SELECT row_number() OVER (ORDER BY household_id) AS n, household_id, referent_id, detected_right_ids,
              row_number() OVER (ORDER BY md5(${seed}::text || household_id::text)) <= round(count(*) OVER () * ${share}::int / 100.0) AS control
       FROM (${cohort.sql}) cohort`,
    [...cohort.params, c.controlSeed, c.controlShare],
  );
  await client.query(`CREATE INDEX ON ${table} (n)`);
  const preview = campaignPreviewQuery(filters, c.organisationId, today);
  const excluded = (await client.query<{ excluded_by_refusal: number }>(preview.sql, preview.params)).rows[0].excluded_by_refusal;
  // Target = households to contact already in the campaign (earlier attempt) + those of the cohort not
  // yet in it; the control group is counted apart.
  const { rows } = await client.query<{ size: number; target: number }>(
    `WITH counts AS (
       SELECT (SELECT count(*) FROM ${table})::int AS size,
              (SELECT count(*) FROM ${table} WHERE NOT control)::int AS contacted,
              (SELECT count(*) FROM ${table} WHERE control)::int AS control,
              (SELECT count(*) FROM campaign_household ch WHERE ch.campaign_id = $1::uuid AND NOT ch.control
                  AND NOT EXISTS (SELECT 1 FROM ${table} t WHERE t.household_id = ch.household_id))::int AS earlier)
     UPDATE campaign SET target_count = counts.contacted + counts.earlier, control_count = counts.control, excluded_refusal_count = $2, updated_at = now()
       FROM counts WHERE campaign.id = $1::uuid
     RETURNING counts.size, campaign.target_count AS target`,
    [c.id, excluded],
  );
  return rows[0];
}

const TITLE_LABELS = JSON.stringify(Object.fromEntries(DETECTABLE_BENEFITS.map((b) => [b, LABELS.benefit[b]])));

/**
 * One set-based chunk, in one transaction: households n ∈ (from, to] of the cohort get a
 * campaign_household row and a contact task (the control group: the row, flagged, and no task). `ON CONFLICT DO NOTHING` on (campaign_id, household_id)
 * makes a re-run (or a concurrent run) skip households that already have theirs, so each task is
 * created once; tasks_created grows by what this chunk created, in the same transaction.
 */
export async function createChunk(client: PoolClient, c: ClaimedCampaign, table: string, from: number, to: number): Promise<{ created: number; tasksCreated: number }> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ created: number; tasks_created: number }>(
      `WITH chunk AS (
         SELECT t.household_id, t.referent_id, t.detected_right_ids, t.control, CASE WHEN t.control THEN NULL ELSE gen_random_uuid() END AS task_id
           FROM ${table} t WHERE t.n > $2 AND t.n <= $3
       ), claimed AS (
         INSERT INTO campaign_household (campaign_id, household_id, detected_right_ids, task_id, control)
         SELECT $1::uuid, household_id, detected_right_ids, task_id, control FROM chunk
         ON CONFLICT (campaign_id, household_id) DO NOTHING
         RETURNING household_id, task_id
       ), created AS (
         INSERT INTO task (id, household_id, organisation_id, title, detected_right_id, campaign_id, assignee_id, due_on, priority, status, created_by)
         SELECT k.task_id, k.household_id, $4::uuid,
                left($5 || coalesce((SELECT string_agg($6::jsonb ->> r.benefit::text, ', ' ORDER BY array_position(ch.detected_right_ids, r.id))
                                       FROM detected_right r WHERE r.id = ANY(ch.detected_right_ids)), 'droits détectés'), 200),
                ch.detected_right_ids[1], $1::uuid,
                CASE WHEN $7 = 'user' THEN $8::uuid ELSE coalesce(ch.referent_id, $8::uuid) END,
                $9::date, 'normale', 'a_faire', $10::uuid
           FROM claimed k JOIN chunk ch ON ch.household_id = k.household_id
          WHERE k.task_id IS NOT NULL
         RETURNING 1
       )
       UPDATE campaign SET tasks_created = tasks_created + (SELECT count(*) FROM created), updated_at = now()
        WHERE id = $1::uuid
       RETURNING (SELECT count(*) FROM created)::int AS created, tasks_created`,
      [c.id, from, to, c.organisationId, `Campagne « ${c.name} » : contacter le foyer au sujet de `, TITLE_LABELS, c.assignment, c.assigneeId, c.dueOn, c.createdBy],
    );
    await client.query('COMMIT');
    return { created: rows[0].created, tasksCreated: rows[0].tasks_created };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** JIT off on the launch's connection: compiling costs more than it saves on its short statements. */
export async function disableJit(client: PoolClient): Promise<void> {
  await client.query('SET jit = off');
}

/** Back to the server's JIT setting before the connection returns to the pool. */
export async function resetJit(client: PoolClient): Promise<void> {
  await client.query('RESET jit');
}

export async function dropCohort(client: PoolClient, table: string): Promise<void> {
  await client.query(`DROP TABLE IF EXISTS ${table}`);
}

export async function finishCampaign(pool: Pool, campaignId: string): Promise<void> {
  await pool.query(`UPDATE campaign SET status = 'terminee', finished_at = now(), updated_at = now() WHERE id = $1::uuid AND status = 'en_cours'`, [campaignId]);
}

/** After the last attempt: the campaign shows the failure (tasks already created stay). */
export async function failCampaign(pool: Pool, campaignId: string, error: string): Promise<void> {
  await pool.query(
    `UPDATE campaign SET status = 'echec', error = $2, finished_at = now(), updated_at = now() WHERE id = $1::uuid AND status IN ${OPEN_CAMPAIGN_SQL}`,
    [campaignId, error.slice(0, 2000)],
  );
}

/** Campaigns whose launch is under way (their job may have been lost with Redis), oldest first. */
export async function runningCampaignIds(pool: Pool, limit: number): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(`SELECT id FROM campaign WHERE status = 'en_cours' ORDER BY launched_at NULLS FIRST, id LIMIT $1`, [limit]);
  return rows.map((r) => r.id);
}
