import { createHash } from 'node:crypto';
import { campaignsSweepJob, detectHouseholdJob, launchCampaignJob } from '@recours/jobs';
import { createOrganisation, insertHousehold, waitFor, type OrgFixture } from '../../test/fixtures';
import { startWorker, type WorkerHarness } from '../../test/worker-harness';

describe('campaigns.launch on real PostgreSQL and Redis', () => {
  let w: WorkerHarness;
  let org: OrgFixture;
  const households: string[] = [];

  beforeAll(async () => {
    // Chunks of 2 so that a 5-household cohort takes several set-based INSERTs.
    w = await startWorker({ CAMPAIGN_CHUNK_SIZE: '2' });
    org = await createOrganisation(w.pool);
    for (let i = 0; i < 5; i++) {
      const { id } = await insertHousehold(w.pool, org, { referentId: i === 4 ? null : org.userId });
      households.push(id);
      await w.run(detectHouseholdJob, { householdId: id, reason: 'created' });
    }
  });
  afterAll(async () => w.close());

  const createCampaign = async (filters: object, extra: { assignment?: string; assigneeId?: string | null } = {}) => {
    const { rows } = await w.pool.query<{ id: string }>(
      `INSERT INTO campaign (organisation_id, territory_id, name, filters, assignment, assignee_id, status, created_by)
       VALUES ($1, $2, 'RSA et aides au logement', $3, $4, $5, 'en_cours', $6) RETURNING id`,
      [org.organisationId, org.territoryId, JSON.stringify(filters), extra.assignment ?? 'referent', extra.assigneeId ?? org.otherUserId, org.userId],
    );
    return rows[0].id;
  };
  const campaign = async (id: string) => (await w.pool.query(`SELECT * FROM campaign WHERE id = $1`, [id])).rows[0];
  const tasks = async (id: string) =>
    (await w.pool.query(`SELECT household_id, title, assignee_id, due_on, status, detected_right_id FROM task WHERE campaign_id = $1 ORDER BY household_id`, [id])).rows;

  it('the campaign’s own due date (its column, not launch + 14 days) is its tasks’ due date and drives their reminders', async () => {
    const id = await createCampaign({ benefits: ['rsa', 'aide_logement'] });
    await w.pool.query(`UPDATE campaign SET due_on = '2027-01-15' WHERE id = $1`, [id]);
    await expect(w.run(launchCampaignJob, { campaignId: id })).resolves.toMatchObject({ status: 'terminee' });
    const t = await w.pool.query<{ id: string; due_on: string }>(`SELECT id, due_on FROM task WHERE campaign_id = $1`, [id]);
    expect(t.rows.length).toBeGreaterThan(0);
    expect(new Set(t.rows.map((x) => x.due_on))).toEqual(new Set(['2027-01-15']));
    // One reminder per task, at 08:00 Paris on that day.
    const reminders = await w.pool.query<{ item_id: string; due_at: Date; state: string }>(
      `SELECT item_id, due_at, state::text FROM reminder WHERE kind = 'task_due' AND threshold = 0 AND item_id = ANY($1)`,
      [t.rows.map((x) => x.id)],
    );
    expect(reminders.rows.map((r) => r.item_id).sort()).toEqual(t.rows.map((x) => x.id).sort());
    expect(new Set(reminders.rows.map((r) => `${r.due_at.toISOString()} ${r.state}`))).toEqual(new Set(['2027-01-15T07:00:00.000Z pending']));
  });

  it('creates one task per household, once, and excludes the households under a refusal, whatever benefit was refused', async () => {
    // Household 0 declined the RSA only: left out for its housing aid too (issue 15); household 1 declined both.
    await w.pool.query(
      `INSERT INTO outreach_block (household_id, benefit, blocked_until) VALUES ($1, 'rsa', current_date + 30), ($2, 'rsa', current_date + 30), ($2, 'aide_logement', current_date + 30)`,
      [households[0], households[1]],
    );
    const id = await createCampaign({ benefits: ['rsa', 'aide_logement'] });
    await expect(w.run(launchCampaignJob, { campaignId: id })).resolves.toMatchObject({ status: 'terminee', created: 3, chunks: 2 });
    const c = await campaign(id);
    expect(c).toMatchObject({ status: 'terminee', tasks_created: 3, target_count: 3, excluded_refusal_count: 2, error: null });
    expect(c.finished_at).not.toBeNull();

    const t = await tasks(id);
    expect(t.map((x) => x.household_id).sort()).toEqual(households.slice(2).sort());
    const other = t.find((x) => x.household_id === households[2])!;
    expect(other.title).toMatch(/au sujet de (RSA, Aide au logement|Aide au logement, RSA)$/);
    expect(other).toMatchObject({ assignee_id: org.userId, status: 'a_faire' });
    // No referent: the campaign's chosen worker.
    expect(t.find((x) => x.household_id === households[4])!.assignee_id).toBe(org.otherUserId);
    expect(other.due_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const links = await w.pool.query(`SELECT ch.household_id, ch.task_id, t.id AS real_task FROM campaign_household ch LEFT JOIN task t ON t.id = ch.task_id WHERE ch.campaign_id = $1`, [id]);
    expect(links.rows).toHaveLength(3);
    expect(links.rows.every((r) => r.task_id === r.real_task)).toBe(true);

    // Running it again (a duplicate job) creates nothing.
    await expect(w.run(launchCampaignJob, { campaignId: id })).resolves.toEqual({ status: 'skipped' });
    expect(await tasks(id)).toHaveLength(3);
  });

  it('a re-run of an interrupted launch creates only the missing tasks', async () => {
    const id = await createCampaign({ benefits: ['aide_logement'] }, { assignment: 'user', assigneeId: org.otherUserId });
    // A first attempt died after its first chunk: two households done, campaign still en_cours.
    await w.pool.query(
      `WITH hh AS (SELECT unnest($2::uuid[]) AS household_id), t AS (
         INSERT INTO task (household_id, organisation_id, title, campaign_id, due_on) SELECT household_id, $3, 'déjà créée', $1, current_date FROM hh RETURNING id, household_id)
       INSERT INTO campaign_household (campaign_id, household_id, task_id) SELECT $1, household_id, id FROM t`,
      [id, [households[0], households[2]], org.organisationId],
    );
    await w.pool.query(`UPDATE campaign SET tasks_created = 2 WHERE id = $1`, [id]);
    await expect(w.run(launchCampaignJob, { campaignId: id })).resolves.toMatchObject({ status: 'terminee', created: 2 });
    const t = await tasks(id);
    expect(t).toHaveLength(4);
    expect(t.filter((x) => x.title === 'déjà créée')).toHaveLength(2);
    expect(t.filter((x) => x.title !== 'déjà créée').every((x) => x.assignee_id === org.otherUserId)).toBe(true);
    expect(await campaign(id)).toMatchObject({ status: 'terminee', tasks_created: 4, target_count: 4 });
  });

  it('the campaigns sweep launches a campaign whose job was lost', async () => {
    const id = await createCampaign({ benefits: ['cheque_energie'] });
    await expect(w.run(campaignsSweepJob, {})).resolves.toMatchObject({ enqueued: 1 });
    await waitFor(async () => (await campaign(id)).status === 'terminee', 15_000, 'the re-enqueued launch');
    expect(await tasks(id)).toHaveLength(3); // households 0 and 1 are under a refusal (first test)
    await expect(w.run(campaignsSweepJob, {})).resolves.toEqual({ enqueued: 0 });
  });

  it('holds back the seeded control group: their rows are flagged, no task is created for them', async () => {
    const id = await createCampaign({ benefits: ['cheque_energie'] });
    await w.pool.query(`UPDATE campaign SET control_share = 50, control_seed = 4242 WHERE id = $1`, [id]);
    await expect(w.run(launchCampaignJob, { campaignId: id })).resolves.toMatchObject({ status: 'terminee', created: 1 });
    // Cohort: households 2, 3, 4 (0 and 1 are under a refusal); 50 % of 3 rounds to 2, drawn on md5(seed ‖ id).
    const drawn = households.slice(2).sort((a, b) => (createHash('md5').update(`4242${a}`).digest('hex') < createHash('md5').update(`4242${b}`).digest('hex') ? -1 : 1));
    const rows = (await w.pool.query(`SELECT household_id, control, task_id FROM campaign_household WHERE campaign_id = $1`, [id])).rows;
    expect(rows.filter((r) => r.control).map((r) => r.household_id).sort()).toEqual(drawn.slice(0, 2).sort());
    expect(rows.filter((r) => r.control).every((r) => r.task_id === null)).toBe(true);
    expect((await tasks(id)).map((t) => t.household_id)).toEqual([drawn[2]]);
    expect(await campaign(id)).toMatchObject({ status: 'terminee', tasks_created: 1, target_count: 1, control_count: 2, control_share: 50, control_seed: 4242 });
  });

  it('retries a failing launch, then marks the campaign echec and keeps the job in the failed list', async () => {
    // Filters the shared schema rejects: every attempt fails the same way.
    const id = await createCampaign({ benefits: ['pas_une_prestation'] });
    const job = w.run(launchCampaignJob, { campaignId: id }, { attempts: 3, backoff: { type: 'fixed', delay: 10 } });
    await expect(job).rejects.toThrow(/benefits/);
    const c = await campaign(id);
    expect(c.status).toBe('echec');
    expect(c.error).toMatch(/benefits/);
    const failed = await w.queues.queue('campaigns').getFailed();
    const mine = failed.find((j) => (j.data.payload as { campaignId: string }).campaignId === id);
    expect(mine?.attemptsMade).toBe(3);
    expect(await tasks(id)).toHaveLength(0);
    // A failed campaign is not claimed again by a late duplicate.
    await expect(w.run(launchCampaignJob, { campaignId: id })).resolves.toEqual({ status: 'skipped' });
  });
});
