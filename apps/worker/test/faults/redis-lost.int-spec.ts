// Fault test (issue 15): Redis loses its data while the worker runs, on a redis-server of the test's
// own. The job schedulers live in Redis and go with it; the worker declares them again (on Redis
// `ready` after a restart, by its watchdog after a flush) and catches up at once: within one sweep
// period, a household edited and a campaign launched while Redis was away are done. In between, the
// health data /api/health reads shows the overdue sweeps (503); afterwards none is overdue.
import {
  campaignsSweepJob,
  detectionSweepJob,
  heartbeatJob,
  importsSweepJob,
  notificationsDigestJob,
  overdueSweeps,
  remindersSweepJob,
  type JobDefinition,
} from '@recours/jobs';
import type { Redis } from 'ioredis';
import { addIncome, createOrganisation, insertHousehold, waitFor, type OrgFixture } from '../fixtures';
import { startPrivateRedis, type PrivateRedis } from '../redis-server';
import { startWorker, type WorkerHarness } from '../worker-harness';
import { WORKER_REDIS } from '../../src/tokens';

const EVERY_MS = 2_000;
/** SWEEP_MAX_AGE_SECONDS for these checks: a sweep is overdue after two missed periods (4 s). */
const MIN_AGE_SECONDS = 1;
const SCHEDULED: JobDefinition[] = [heartbeatJob, detectionSweepJob, campaignsSweepJob, importsSweepJob, remindersSweepJob, notificationsDigestJob];

describe('fault: Redis loses its data while the worker runs (issue 15)', () => {
  let redis: PrivateRedis;
  let w: WorkerHarness;
  let org: OrgFixture;
  let household: { id: string; personIds: string[] };

  /** The rows /api/health reads (SweepsRepository) and its verdict (the same function). */
  const overdue = async () => {
    const { rows } = await w.pool.query<{ name: string; age_seconds: number; every_ms: number | null }>(
      `SELECT name, extract(epoch FROM now() - last_success_at)::float8 AS age_seconds, every_ms FROM sweep_status ORDER BY name`,
    );
    return overdueSweeps(rows.map((r) => ({ name: r.name, ageSeconds: r.age_seconds, everyMs: r.every_ms })), MIN_AGE_SECONDS);
  };
  const missingSchedulers = async () => {
    const missing: string[] = [];
    for (const job of SCHEDULED) if (!(await w.queues.queue(job.queue).getJobScheduler(job.name))) missing.push(job.name);
    return missing;
  };
  const detectedAfterRequest = async () =>
    (await w.pool.query(`SELECT 1 FROM household WHERE id = $1 AND detected_at >= detection_requested_at`, [household.id])).rowCount === 1;
  /** What the API writes when a caseworker edits the household (its job to Redis is what gets lost). */
  const editHousehold = async (cents: number) => {
    await addIncome(w.pool, household.personIds[0], { kind: 'salaire', monthlyAmountCents: cents });
    await w.pool.query(`UPDATE household SET detection_requested_at = clock_timestamp() WHERE id = $1`, [household.id]);
  };
  /** What the API writes when a campaign is launched (status en_cours; the job it enqueues is lost). */
  const launchCampaign = async () => {
    const { rows } = await w.pool.query<{ id: string }>(
      `INSERT INTO campaign (organisation_id, territory_id, name, filters, status, created_by, launched_at) VALUES ($1, $2, 'Pendant la panne', '{}', 'en_cours', $3, now()) RETURNING id`,
      [org.organisationId, org.territoryId, org.userId],
    );
    return rows[0].id;
  };
  const campaignDone = async (id: string) =>
    (await w.pool.query(`SELECT 1 FROM campaign WHERE id = $1 AND status = 'terminee'`, [id])).rowCount === 1;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    w = await startWorker({
      REDIS_URL: redis.url,
      SWEEPS_ON_START: 'true',
      DETECTION_SWEEP_EVERY_MS: String(EVERY_MS),
      CAMPAIGN_SWEEP_EVERY_MS: String(EVERY_MS),
      IMPORT_SWEEP_EVERY_MS: String(EVERY_MS),
      REMINDER_SWEEP_EVERY_MS: String(EVERY_MS),
      HEARTBEAT_EVERY_MS: String(EVERY_MS),
      SCHEDULER_WATCHDOG_MS: '300',
    });
    org = await createOrganisation(w.pool);
    household = await insertHousehold(w.pool, org);
    // The start-up sweeps detect the household and record themselves.
    await waitFor(async () => (await w.pool.query(`SELECT 1 FROM household WHERE id = $1 AND detected_at IS NOT NULL`, [household.id])).rowCount === 1, 10_000, 'the first detection');
    await waitFor(async () => (await w.pool.query(`SELECT 1 FROM sweep_status WHERE name IN ('detection', 'campaigns', 'imports', 'reminders')`)).rowCount === 4, 10_000, 'four sweeps recorded');
    expect(await overdue()).toEqual([]);
    expect(await missingSchedulers()).toEqual([]);
  });
  afterAll(async () => {
    await redis?.ensureRunning();
    await w?.close();
    await redis?.stop();
  });

  it('Redis restarts empty: health 503 during the outage; on reconnection the schedules are back and the work done within one period', async () => {
    const workerRedis = w.app.get<Redis>(WORKER_REDIS);
    await redis.kill();
    await editHousehold(120_000);
    const campaign = await launchCampaign();
    // Nothing runs while Redis is away: the sweeps grow overdue, as /api/health reports (503).
    // Each sweep last ran at its own moment: each grows overdue two periods after its own last run.
    const stalled = ['campaigns', 'detection', 'reminders'];
    await waitFor(async () => {
      const late = await overdue();
      return stalled.every((name) => late.includes(name));
    }, 5 * EVERY_MS, 'the three sweeps to be overdue');
    expect(await detectedAfterRequest()).toBe(false);
    expect(await campaignDone(campaign)).toBe(false);

    const ready = new Promise<number>((resolve) => workerRedis.once('ready', () => resolve(Date.now())));
    await redis.start(); // empty: no RDB, no AOF
    const readyAt = await ready;
    await waitFor(async () => (await detectedAfterRequest()) && (await campaignDone(campaign)), EVERY_MS, 'the edited household re-detected and the campaign finished');
    const doneIn = Date.now() - readyAt;
    expect(doneIn).toBeLessThan(EVERY_MS);
    expect(await missingSchedulers()).toEqual([]);
    await waitFor(async () => (await overdue()).length === 0, EVERY_MS, 'every sweep to be on time again');
  });

  it('Redis flushed without a disconnection: the watchdog declares the schedules again and the lost work is done within one period', async () => {
    await redis.ensureRunning();
    await editHousehold(90_000); // the API's jobs for these two are among what the flush removes
    const campaign = await launchCampaign();
    await redis.flush();
    const flushedAt = Date.now();
    await waitFor(async () => (await detectedAfterRequest()) && (await campaignDone(campaign)), EVERY_MS, 'the edited household re-detected and the campaign finished');
    expect(Date.now() - flushedAt).toBeLessThan(EVERY_MS);
    expect(await missingSchedulers()).toEqual([]);
    expect(await overdue()).toEqual([]);
  });
});
