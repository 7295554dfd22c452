// Campaign launch over a large cohort, end to end through real PostgreSQL, Redis and BullMQ.
//   node tools/run-ts.cjs bench/campaign-launch.bench.ts [households=12000] [chunk=1000]
// Creates a scratch database (migrated), inserts the households of one organisation with open
// detected rights (1 % of them under a refusal), launches a campaign with the worker's
// campaigns.launch handler (set-based chunks), then — over the same cohort, in the same run — the
// naive baseline: one INSERT task + one INSERT campaign_household per household. Prints both and
// drops the database. Target: > 10 000 households in under 10 s.
import { campaignCohortQuery } from '@recours/outreach-sql';
import { JobQueues, createJobWorker, launchCampaignJob } from '@recours/jobs';
import { createMigratedDatabase, dropDatabase } from '@recours/testing';
import { QueueEvents } from 'bullmq';
import IORedis from 'ioredis';
import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { CampaignLauncher, launchBinding } from '../apps/worker/src/campaigns/campaign-launcher';

const N = Number(process.argv[2] ?? 12_000);
const CHUNK = Number(process.argv[3] ?? 1_000);
const TARGET_MS = 10_000;
/** The naive loop is slow (a round trip and a commit per statement): measured on a sample unless --full-baseline. */
const BASELINE_SAMPLE = process.argv.includes('--full-baseline') ? Infinity : 2_000;
const progressAt: number[] = [];

async function seed(pool: Pool) {
  const territoryId = randomUUID(), organisationId = randomUUID(), userId = randomUUID();
  await pool.query(`INSERT INTO territory (id, code, name) VALUES ($1, 'BENCH', 'Banc d''essai')`, [territoryId]);
  await pool.query(`INSERT INTO organisation (id, name, kind, territory_id) VALUES ($1, 'Conseil départemental (banc)', 'conseil_departemental', $2)`, [organisationId, territoryId]);
  await pool.query(
    `INSERT INTO app_user (id, email, display_name, role, organisation_id, password_hash) VALUES ($1, 'bench@recours.test', 'Banc', 'social_worker', $2, 'x')`,
    [userId, organisationId],
  );
  // Households with two open rights each (RSA monthly, chèque énergie yearly); every 3rd has no referent.
  await pool.query(
    `INSERT INTO household (id, reference, organisation_id, territory_id, referent_id, housing_status, commune_insee, postcode)
     SELECT gen_random_uuid(), 'HH-B-' || lpad(i::text, 6, '0'), $1, $2, CASE WHEN i % 3 = 0 THEN NULL ELSE $3::uuid END, 'locataire', '23096', '23000'
       FROM generate_series(1, $4::int) i`,
    [organisationId, territoryId, userId, N],
  );
  await pool.query(
    `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, estimated_amount_cents, amount_period, confidence, evaluated_period)
     SELECT h.id, h.organisation_id, h.territory_id, b.benefit::detectable_benefit, b.amount, b.period::amount_period, 'haute', '2026-11'
       FROM household h CROSS JOIN (VALUES ('rsa', 55000, 'mensuel'), ('cheque_energie', 19400, 'annuel')) AS b(benefit, amount, period)
      WHERE h.organisation_id = $1`,
    [organisationId],
  );
  await pool.query(
    `INSERT INTO outreach_block (household_id, benefit, blocked_until)
     SELECT id, 'rsa', current_date + 365 FROM household WHERE organisation_id = $1 AND reference LIKE '%00'`,
    [organisationId],
  );
  await pool.query('ANALYZE');
  return { territoryId, organisationId, userId };
}

async function createCampaign(pool: Pool, org: { organisationId: string; territoryId: string; userId: string }, name: string) {
  const { rows } = await pool.query<{ id: string }>(
    `INSERT INTO campaign (organisation_id, territory_id, name, filters, assignee_id, status, created_by)
     VALUES ($1, $2, $3, '{}', $4, 'en_cours', $4) RETURNING id`,
    [org.organisationId, org.territoryId, name, org.userId],
  );
  return rows[0].id;
}

/** The baseline: same cohort (shared SQL), one round trip per row, autocommit. */
async function naiveLaunch(pool: Pool, campaignId: string, org: { organisationId: string; userId: string }, today: string): Promise<number> {
  const cohort = campaignCohortQuery({}, org.organisationId, today);
  const { rows } = await pool.query<{ household_id: string; referent_id: string | null; detected_right_ids: string[] }>(cohort.sql, cohort.params);
  const sample = rows.slice(0, Math.min(rows.length, BASELINE_SAMPLE));
  for (const r of sample) {
    const task = await pool.query<{ id: string }>(
      `INSERT INTO task (household_id, organisation_id, title, detected_right_id, campaign_id, assignee_id, due_on, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, current_date + 14, $7) RETURNING id`,
      [r.household_id, org.organisationId, 'Campagne « naïve » : contacter le foyer', r.detected_right_ids[0], campaignId, r.referent_id ?? org.userId, org.userId],
    );
    await pool.query(
      `INSERT INTO campaign_household (campaign_id, household_id, detected_right_ids, task_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [campaignId, r.household_id, r.detected_right_ids, task.rows[0].id],
    );
    await pool.query(`UPDATE campaign SET tasks_created = tasks_created + 1 WHERE id = $1`, [campaignId]);
  }
  return sample.length;
}

async function main() {
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const dbUrl = await createMigratedDatabase('recours_bench');
  const pool = new Pool({ connectionString: dbUrl, max: 4 });
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: null });
  const eventsConnection = redis.duplicate();
  const queues = new JobQueues(redis, prefix);
  const events = new QueueEvents(launchCampaignJob.queue, { connection: eventsConnection, prefix });
  const worker = createJobWorker(
    launchCampaignJob.queue,
    [launchBinding((job) => new CampaignLauncher(pool, {
      chunkSize: CHUNK,
      onProgress: async ({ tasksCreated, target }) => { progressAt.push(performance.now()); await job.updateProgress(Math.round((100 * tasksCreated) / Math.max(target, 1))); },
    }))],
    { connection: redis, prefix, concurrency: 1 },
  );
  try {
    await events.waitUntilReady();
    const t0 = performance.now();
    const org = await seed(pool);
    console.log(`setup: ${N} households, ${2 * N} open rights, 1 % refusals — ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const campaignId = await createCampaign(pool, org, 'Banc : tout le territoire');
    const started = performance.now();
    const job = await queues.enqueue(launchCampaignJob, { campaignId });
    const result = (await job.waitUntilFinished(events, 120_000)) as { created: number; chunks: number };
    const elapsed = performance.now() - started;
    const check = (await pool.query(`SELECT status, tasks_created, target_count, (SELECT count(*)::int FROM task WHERE campaign_id = $1) AS tasks FROM campaign WHERE id = $1`, [campaignId])).rows[0];
    if (check.status !== 'terminee' || check.tasks !== result.created || check.tasks_created !== check.target_count) {
      throw new Error(`unexpected end state: ${JSON.stringify(check)}`);
    }
    // Idempotence on the same data: a second launch job creates nothing.
    const again = await (await queues.enqueue(launchCampaignJob, { campaignId })).waitUntilFinished(events, 60_000);

    const baselineId = await createCampaign(pool, org, 'Banc : boucle naïve');
    const today = new Date().toISOString().slice(0, 10);
    const b0 = performance.now();
    const baselineCount = await naiveLaunch(pool, baselineId, org, today);
    const baseline = performance.now() - b0;

    const rate = (n: number, ms: number) => Math.round((n * 1000) / ms).toLocaleString('en-US');
    const firstChunkDone = progressAt[0] - started;
    const perChunk = (progressAt[progressAt.length - 1] - progressAt[0]) / Math.max(progressAt.length - 1, 1);
    console.log(`  claim + cohort snapshot + first chunk: ${firstChunkDone.toFixed(0)} ms; next chunks: ${perChunk.toFixed(0)} ms each`);
    console.log(`campaigns.launch (BullMQ job, set-based chunks of ${CHUNK}): ${result.created} tasks in ${(elapsed / 1000).toFixed(2)} s — ${rate(result.created, elapsed)} tasks/s (${result.chunks} chunks; enqueue → completed)`);
    console.log(`baseline (one INSERT task + one INSERT campaign_household + one UPDATE per household, same cohort${Number.isFinite(BASELINE_SAMPLE) ? `, first ${baselineCount} households` : ''}): ${baselineCount} tasks in ${(baseline / 1000).toFixed(2)} s — ${rate(baselineCount, baseline)} tasks/s`);
    const baselineFullMs = (baseline * result.created) / Math.max(baselineCount, 1);
    console.log(`speed-up ×${(baselineFullMs / elapsed).toFixed(1)} (baseline extrapolated to ${result.created} households: ${(baselineFullMs / 1000).toFixed(1)} s); second launch of the same campaign: ${JSON.stringify(again)}`);
    console.log(`target: ${N >= 10_000 ? '>10 000 households' : `${N} households`} in < ${TARGET_MS / 1000} s — ${elapsed < TARGET_MS ? 'MET' : 'NOT MET'}`);
    process.exitCode = elapsed < TARGET_MS ? 0 : 1;
  } finally {
    await worker.close();
    await events.close();
    eventsConnection.disconnect();
    await queues.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await pool.end();
    if (process.env.BENCH_KEEP_DB) console.log(`database kept: ${dbUrl}`);
    else await dropDatabase(dbUrl);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
