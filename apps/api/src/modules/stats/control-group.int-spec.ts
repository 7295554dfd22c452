// Control groups on a small hand-built history: a launched campaign that held back 2 of its 5
// households. Take-up (a right of a targeted benefit granted since the launch) is compared between the
// groups, with the numbers worked out by hand; a right refused then granted counts as granted, a grant
// before the launch does not; a household in two campaigns counts in each. Also the back-office side:
// the share set on the campaign, its seed, and the preview of the group's size before the launch.
import { refreshStatsRollups } from '@recours/outreach-sql';
import { insert } from '../../../test/fixtures';
import { startTestApp, type TestContext } from '../../../test/test-app';

const PERIOD = { from: '2026-01-01', to: '2026-06-30' };

describe('campaign control groups', () => {
  let t: TestContext;
  let manager: string;
  let c1: string;
  let c2: string;
  let n = 700;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.login(t.fx.users.manager.email);
    const { orgA, territoryA: tA, users: u } = t.fx;
    const household = () => insert(t.db, 'household', { reference: `HH-2026-${++n}`, organisation_id: orgA, territory_id: tA, commune_insee: '23096', commune_name: 'Guéret' });
    const right = (h: string, status: string, changedAt: string, granted: number | null = null) =>
      insert(t.db, 'detected_right', {
        household_id: h, organisation_id: orgA, territory_id: tA, benefit: 'rsa', estimated_amount_cents: 50000, amount_period: 'mensuel', status,
        detected_at: '2026-01-05T10:00:00+01:00', status_changed_at: changedAt, granted_monthly_amount_cents: granted,
      });
    const [hA, hB, hC, hD, hE] = [await household(), await household(), await household(), await household(), await household()];
    // Contacted: hA granted after the launch; hB refused, then detected again and granted; hC nothing.
    const rA = await right(hA, 'accorde', '2026-03-01T10:00:00+01:00', 50000);
    const rB = await right(hB, 'refuse', '2026-02-20T10:00:00+01:00');
    await right(hB, 'accorde', '2026-04-01T10:00:00+02:00', 40000);
    const rC = await right(hC, 'confirme', '2026-02-02T10:00:00+01:00');
    // Control: hD granted before the launch (does not count), hE nothing.
    const rD = await right(hD, 'accorde', '2026-01-20T10:00:00+01:00', 30000);
    const rE = await right(hE, 'detecte', '2026-01-05T10:00:00+01:00');
    const campaign = async (name: string, launchedAt: string, share: number, targets: [string, string, boolean][]) => {
      const id = await insert(t.db, 'campaign', {
        organisation_id: orgA, territory_id: tA, name, filters: '{}', status: 'terminee', launched_at: launchedAt, created_by: u.manager.id,
        control_share: share, control_seed: 77, control_count: targets.filter(([, , c]) => c).length,
      });
      for (const [h, r, control] of targets)
        await t.db.query('INSERT INTO campaign_household (campaign_id, household_id, detected_right_ids, control) VALUES ($1, $2, $3, $4)', [id, h, [r], control]);
      return id;
    };
    c1 = await campaign('RSA avec témoin', '2026-02-01T09:00:00+01:00', 40, [[hA, rA, false], [hB, rB, false], [hC, rC, false], [hD, rD, true], [hE, rE, true]]);
    // hE, control in the first campaign, is contacted in the second (no control group): it counts in each.
    c2 = await campaign('RSA relance', '2026-03-01T09:00:00+01:00', 0, [[hE, rE, false], [hA, rA, false]]);
  });
  afterAll(() => t.close());

  it('compares take-up of the contacted households and the control group, with 95 % intervals', async () => {
    const res = await t.request('GET', `/api/stats/campaigns?filter=${encodeURIComponent(JSON.stringify(PERIOD))}`, { cookie: manager });
    expect(res.statusCode).toBe(200);
    const [second, first] = res.body.campaigns;
    // The funnel counts the contacted households only.
    expect(first).toMatchObject({ id: c1, targeted: 3, granted: 1 });
    // Contacted 2/3: Wilson 0.2077–0.9385; control 0/2: 0–0.6576; difference 0.6667, Newcombe 0.6667 − √(0.4590² + 0.6576²) = −0.1353 to 0.6667 + √(0.2718² + 0²) = 0.9385.
    expect(first.control).toEqual({
      contacted: { households: 3, granted: 2, rate: 0.6667, low: 0.2077, high: 0.9385 },
      control: { households: 2, granted: 0, rate: 0, low: 0, high: 0.6576 },
      difference: 0.6667, low: -0.1353, high: 0.9385, significant: false,
    });
    expect(second).toMatchObject({ id: c2, targeted: 2, control: null });
  });

  it('gives the same comparison from the stats_campaign rollup once the worker refreshed it', async () => {
    const get = async () => (await t.request('GET', `/api/stats/campaigns?filter=${encodeURIComponent(JSON.stringify(PERIOD))}`, { cookie: manager })).body;
    const { computedAt: _, source: live, ...tables } = await get();
    expect(live).toBe('tables');
    await refreshStatsRollups(t.db);
    const { computedAt: __, source, ...rolled } = await get();
    expect(source).toBe('rollups');
    expect(rolled).toEqual(tables);
    expect(rolled.campaigns[1].control).toMatchObject({ contacted: { households: 3, granted: 2 }, control: { households: 2, granted: 0 }, difference: 0.6667 });
  });

  it('gives the same comparison on the campaign page', async () => {
    const res = await t.request('GET', `/api/campaigns/${c1}/funnel`, { cookie: manager });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatchObject({ targeted: 3, control: { contacted: { granted: 2 }, control: { households: 2, granted: 0 }, difference: 0.6667 } });
    const other = await t.request('GET', `/api/campaigns/${c1}/funnel`, { cookie: await t.login(t.fx.users.managerB.email) });
    expect(other.statusCode).toBe(404);
  });

  it('sets the share on the campaign with a seed drawn at creation, previews the group’s size, names a bad share', async () => {
    const preview = await t.request('POST', '/api/campaigns/preview', { cookie: manager, body: { filters: {}, controlShare: 20 } });
    expect(preview.statusCode).toBe(200);
    const { householdCount, controlCount, contactedCount } = preview.body;
    expect(controlCount).toBe(Math.round(householdCount * 0.2));
    expect(contactedCount + controlCount).toBe(householdCount);
    const created = await t.request('POST', '/api/campaigns', { cookie: manager, body: { name: 'Avec témoin', filters: { benefits: ['rsa'] }, controlShare: 20 } });
    expect(created.statusCode).toBe(201);
    expect(created.body).toMatchObject({ controlShare: 20, controlCount: null });
    expect(created.body.controlSeed).toEqual(expect.any(Number));
    const updated = await t.request('PUT', `/api/campaigns/${created.body.id}`, { cookie: manager, body: { controlShare: 10 } });
    expect(updated.body).toMatchObject({ controlShare: 10, controlSeed: created.body.controlSeed });
    const bad = await t.request('POST', '/api/campaigns', { cookie: manager, body: { name: 'Trop', controlShare: 80 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'controlShare', message: 'doit être inférieur ou égal à 50' }]);
  });
});
