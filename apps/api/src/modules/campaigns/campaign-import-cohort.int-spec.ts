// A campaign cohort limited to one partner import (filters.importId): the preview, the creation and
// the worker's cohort count only the households that import wrote, inside the actor's organisation;
// another organisation's import is refused like an unknown one.
import { parisToday } from '@recours/domain';
import { campaignCohortQuery, campaignPreviewQuery, exactCampaignPreviewQuery } from '@recours/outreach-sql';
import { startTestApp, type TestContext } from '../../../test/test-app';

describe('campaign cohort of a partner import', () => {
  let t: TestContext;
  let manager: string;
  let managerB: string;
  let seq = 700;
  const today = parisToday();

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.login(t.fx.users.manager.email);
    managerB = await t.login(t.fx.users.managerB.email);
  });
  afterAll(() => t.close());

  const orgOf = (org: string) =>
    org === t.fx.orgB ? { territory: t.fx.territoryB, user: t.fx.users.swB.id } : { territory: t.fx.territoryA, user: t.fx.users.sw.id };

  async function partnerImport(org: string): Promise<string> {
    const { territory, user } = orgOf(org);
    const [row] = await t.db.query(
      `INSERT INTO partner_import (organisation_id, territory_id, created_by, file_name, file_size, format, status)
       VALUES ($1, $2, $3, 'locataires.csv', 100, 'csv', 'termine') RETURNING id`,
      [org, territory, user],
    );
    return row.id;
  }
  async function household(org: string, importId: string | null, confidence = 'moyenne', amount = 50000): Promise<string> {
    const { territory, user } = orgOf(org);
    const [h] = await t.db.query(
      `INSERT INTO household (reference, organisation_id, territory_id, referent_id, commune_insee, postcode, commune_name)
       VALUES ($1, $2, $3, $4, '23096', '23000', 'Guéret') RETURNING id`,
      [`HH-2026-${String(seq++).padStart(5, '0')}`, org, territory, user],
    );
    await t.db.query(
      `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, amount_period, confidence)
       VALUES ($1, $2, $3, 'rsa', 'detecte', $4, 'mensuel', $5)`,
      [h.id, org, territory, amount, confidence],
    );
    if (importId) await t.db.query(`INSERT INTO import_household (import_id, household_id, line, outcome) VALUES ($1, $2, 2, 'cree')`, [importId, h.id]);
    return h.id;
  }
  const preview = (cookie: string, filters: object) => t.request('POST', '/api/campaigns/preview', { cookie, body: { filters } });

  it('counts only the households of the import, by the stored cohort and by the rights alike', async () => {
    const imported = await partnerImport(t.fx.orgA);
    const mine = [await household(t.fx.orgA, imported), await household(t.fx.orgA, imported, 'haute', 30000), await household(t.fx.orgA, imported, 'faible', 10000)];
    await household(t.fx.orgA, null); // same organisation, not from the import
    const otherImport = await partnerImport(t.fx.orgA);
    await household(t.fx.orgA, otherImport);

    const all = await preview(manager, { importId: imported });
    expect(all.statusCode).toBe(200);
    expect(all.body).toEqual({ householdCount: 3, annualAmountCents: (50000 + 30000 + 10000) * 12, excludedByRefusal: 0, excludedRightsByRefusal: 0, controlCount: 0, contactedCount: 3 });
    const probable = await preview(manager, { importId: imported, confidences: ['haute', 'moyenne'] });
    expect(probable.body).toMatchObject({ householdCount: 2, annualAmountCents: (50000 + 30000) * 12 });

    // The stored-cohort preview and the exact aggregation agree; the launch's cohort is the same households.
    const run = async (q: { sql: string; params: unknown[] }) => (await t.db.query(q.sql, q.params)) as Record<string, unknown>[];
    const fast = campaignPreviewQuery({ importId: imported }, t.fx.orgA, today);
    expect(fast.sql).toContain('cohort_annual_cents');
    expect((await run(fast))[0]).toEqual((await run(exactCampaignPreviewQuery({ importId: imported }, t.fx.orgA, today)))[0]);
    const cohort = await run(campaignCohortQuery({ importId: imported }, t.fx.orgA, today));
    expect(cohort.map((r) => r.household_id).sort()).toEqual([...mine].sort());

    const created = await t.request('POST', '/api/campaigns', { cookie: manager, body: { name: 'Locataires importés', filters: { importId: imported } } });
    expect(created.statusCode).toBe(201);
    expect(created.body.filters).toEqual({ importId: imported });
  });

  it('refuses another organisation’s import, an unknown one and a malformed id, with the field named', async () => {
    const foreign = await partnerImport(t.fx.orgB);
    await household(t.fx.orgB, foreign);
    for (const [cookie, importId] of [
      [manager, foreign],
      [manager, '9b2f4c1e-0000-4000-8000-000000000000'],
    ]) {
      const r = await preview(cookie, { importId });
      expect(r.statusCode).toBe(400);
      expect(r.body.errors).toEqual([{ field: 'filters.importId', message: 'import introuvable dans votre organisation' }]);
      const c = await t.request('POST', '/api/campaigns', { cookie, body: { name: 'Intrusion', filters: { importId } } });
      expect(c.statusCode).toBe(400);
    }
    const own = await preview(managerB, { importId: foreign });
    expect(own.statusCode).toBe(200);
    expect(own.body.householdCount).toBe(1);
    const bad = await preview(manager, { importId: 'pas-un-uuid' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body.errors[0].field).toBe('filters.importId');
  });
});
