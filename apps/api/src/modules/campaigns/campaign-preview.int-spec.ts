// The broad campaign preview is answered from the households' stored cohort (migration 1796540000000) and,
// without any filter, from the organisation's rollup of it (migration 1796740000000), filtered on benefits only
// from the rollup per set of benefits (migration 1796830000000): it must give the same
// figures as aggregating every matching right, as the triggers keep the summaries through right changes,
// refusals (running and expired), closed, reopened and deleted households, and writes from several connections.
import { parisToday } from '@recours/domain';
import { campaignPreviewQuery, exactCampaignPreviewQuery, type CampaignFilters } from '@recours/outreach-sql';
import { startTestApp, type TestContext } from '../../../test/test-app';

describe('campaign preview from the stored cohort', () => {
  let t: TestContext;
  let manager: string;
  let seq = 500;
  const today = parisToday();

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.login(t.fx.users.manager.email);
  });
  afterAll(() => t.close());

  async function household(org = t.fx.orgA, insee = '23096', referent: string | null = t.fx.users.sw.id): Promise<string> {
    const territory = org === t.fx.orgB ? t.fx.territoryB : t.fx.territoryA;
    const [h] = await t.db.query(
      `INSERT INTO household (reference, organisation_id, territory_id, referent_id, commune_insee, postcode, commune_name)
       VALUES ($1, $2, $3, $4, $5, '23000', 'Guéret') RETURNING id`,
      [`HH-2026-${String(seq++).padStart(5, '0')}`, org, territory, org === t.fx.orgB ? t.fx.users.swB.id : referent, insee],
    );
    return h.id;
  }
  async function right(householdId: string, status: string, benefit: string, amount: number, org = t.fx.orgA): Promise<string> {
    const territory = org === t.fx.orgB ? t.fx.territoryB : t.fx.territoryA;
    const [r] = await t.db.query(
      `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, status, estimated_amount_cents, amount_period, confidence)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'moyenne') RETURNING id`,
      [householdId, org, territory, benefit, status, amount, benefit === 'cheque_energie' ? 'annuel' : 'mensuel'],
    );
    return r.id;
  }
  const block = (householdId: string, benefit: string, until: string) =>
    t.db.query(`INSERT INTO outreach_block (household_id, benefit, blocked_until) VALUES ($1, $2, $3::date)`, [householdId, benefit, until]);
  async function both(filters: CampaignFilters) {
    const run = async (q: { sql: string; params: unknown[] }) => ((await t.db.query(q.sql, q.params)) as Record<string, number>[])[0];
    const fast = campaignPreviewQuery(filters, t.fx.orgA, today);
    expect(fast.sql).not.toContain('detected_right'); // the stored cohort answers these filters
    if (Object.keys(filters).length === 0) expect(fast.sql).toContain('organisation_cohort_rollup');
    if (Object.keys(filters).join() === 'benefits') expect(fast.sql).toContain('organisation_benefit_cohort_rollup');
    return { summary: await run(fast), exact: await run(exactCampaignPreviewQuery(filters, t.fx.orgA, today)) };
  }

  it('gives the exact figures, through right changes, refusals and closed households', async () => {
    const plain = await household();
    await right(plain, 'detecte', 'rsa', 50000);
    await right(plain, 'confirme', 'cheque_energie', 19400);
    await right(plain, 'informe', 'css', 3000); // not a default campaign status
    const partlyRefused = await household(t.fx.orgA, '23096', null);
    await right(partlyRefused, 'detecte', 'rsa', 40000);
    await right(partlyRefused, 'detecte', 'aah', 90000);
    await block(partlyRefused, 'rsa', '2099-01-01');
    const whollyRefused = await household(t.fx.orgA, '87085');
    await right(whollyRefused, 'confirme', 'prime_activite', 15000);
    await block(whollyRefused, 'prime_activite', '2099-01-01');
    const expiredRefusal = await household(t.fx.orgA, '87085');
    const moving = await right(expiredRefusal, 'detecte', 'prime_activite', 12000);
    await block(expiredRefusal, 'prime_activite', '2020-01-01');
    const closed = await household();
    await right(closed, 'detecte', 'rsa', 60000);
    await t.db.query(`UPDATE household SET status = 'closed' WHERE id = $1`, [closed]);
    const other = await household(t.fx.orgB);
    await right(other, 'detecte', 'rsa', 70000, t.fx.orgB);

    for (const filters of [
      {},
      { communeInsee: '87085' },
      { referentId: t.fx.users.sw.id },
      { statuses: ['confirme', 'detecte'] },
      { benefits: ['rsa'] },
      { benefits: ['rsa', 'aah', 'cheque_energie'] },
      { benefits: ['css'] }, // only an `informe` right: nobody
      { benefits: ['prime_activite'], communeInsee: '87085' },
    ] as CampaignFilters[]) {
      const { summary, exact } = await both(filters);
      expect({ filters, ...summary }).toEqual({ filters, ...exact });
    }
    expect((await both({ benefits: ['rsa', 'aah'] })).summary).toMatchObject({ excluded_by_refusal: 1, excluded_rights_by_refusal: 2 });
    const { summary } = await both({});
    expect(summary.excluded_by_refusal).toBeGreaterThanOrEqual(1);
    expect(summary.excluded_rights_by_refusal).toBeGreaterThanOrEqual(2);

    // The summary follows the writes: a status change, a deleted right, a lifted refusal.
    await t.db.query(`UPDATE detected_right SET status = 'informe' WHERE id = $1`, [moving]);
    await t.db.query(`DELETE FROM detected_right WHERE household_id = $1 AND benefit = 'aah'`, [partlyRefused]);
    await t.db.query(`DELETE FROM outreach_block WHERE household_id = $1`, [whollyRefused]);
    const after = await both({});
    expect(after.summary).toEqual(after.exact);
    for (const benefits of [['rsa', 'aah'], ['prime_activite']]) {
      const byBenefit = await both({ benefits } as CampaignFilters);
      expect(byBenefit.summary).toEqual(byBenefit.exact);
    }
    // − expiredRefusal (informed), + whollyRefused (refusal lifted); a refusal excludes its whole household
    expect(after.summary.household_count).toBe(summary.household_count);
    expect(after.summary.excluded_by_refusal).toBe(summary.excluded_by_refusal - 1);
    expect(after.summary.excluded_rights_by_refusal).toBe(summary.excluded_rights_by_refusal - 2); // − aah, − prime_activite

    const api = await t.request('POST', '/api/campaigns/preview', { cookie: manager, body: { filters: {} } });
    expect(api.statusCode).toBe(200);
    expect(api.body).toEqual({
      householdCount: after.exact.household_count,
      annualAmountCents: after.exact.annual_amount_cents,
      excludedByRefusal: after.exact.excluded_by_refusal,
      excludedRightsByRefusal: after.exact.excluded_rights_by_refusal,
      controlCount: 0,
      contactedCount: after.exact.household_count,
    });
    // The figures and their trace are one statement: one `list` event naming the filters, never households.
    const filtered = await t.request('POST', '/api/campaigns/preview', { cookie: manager, body: { filters: { postcode: '23000', communeInsee: '87085' } } });
    expect(filtered.statusCode).toBe(200);
    const events = await t.db.query(
      `SELECT action, fields, household_ids FROM audit_event WHERE entity_type = 'campaign' AND actor_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT 2`,
      [t.fx.users.manager.id],
    );
    expect(events).toEqual([
      { action: 'list', fields: ['filters.communeInsee', 'filters.postcode'], household_ids: null },
      { action: 'list', fields: [], household_ids: null },
    ]);
  });

  it('keeps the organisation rollup right through writes from several connections', async () => {
    const rollup = async (org: string) =>
      ((await t.db.query(
        `SELECT coalesce(sum(household_count), 0)::int AS households, coalesce(sum(right_count), 0)::int AS rights, coalesce(sum(annual_cents), 0)::float8 AS cents
         FROM organisation_cohort_rollup WHERE organisation_id = $1`,
        [org],
      )) as Record<string, number>[])[0];
    const recount = async (org: string) =>
      ((await t.db.query(
        `SELECT count(*)::int AS households, coalesce(sum(cohort_right_count), 0)::int AS rights, coalesce(sum(cohort_annual_cents), 0)::float8 AS cents
         FROM household WHERE organisation_id = $1 AND status = 'active' AND cohort_right_count > 0`,
        [org],
      )) as Record<string, number>[])[0];
    const start = await rollup(t.fx.orgA);
    expect(start).toEqual(await recount(t.fx.orgA));

    // Eight households written at once on the pool's connections (different backends, different rows of the rollup).
    const created = await Promise.all(
      Array.from({ length: 8 }, async (_, k) => {
        const h = await household();
        await right(h, 'detecte', 'rsa', 10000 + k);
        await right(h, 'confirme', 'cheque_energie', 20000);
        return h;
      }),
    );
    const grown = await rollup(t.fx.orgA);
    expect(grown).toEqual({ households: start.households + 8, rights: start.rights + 16, cents: start.cents + 8 * 12 * 10000 + 28 * 12 + 8 * 20000 });
    await Promise.all([
      t.db.query(`UPDATE detected_right SET estimated_amount_cents = estimated_amount_cents + 100 WHERE household_id = ANY($1::uuid[])`, [created.slice(0, 4)]),
      t.db.query(`UPDATE household SET status = 'closed' WHERE id = $1`, [created[4]]),
      t.db.query(`DELETE FROM household WHERE id = $1`, [created[5]]),
      t.db.query(`UPDATE detected_right SET status = 'ecarte' WHERE household_id = $1`, [created[6]]),
      t.db.query(`UPDATE household SET updated_at = now() WHERE id = ANY($1::uuid[])`, [created]), // no cohort change
    ]);
    await t.db.query(`UPDATE household SET status = 'active' WHERE id = $1`, [created[4]]); // reopened
    for (const org of [t.fx.orgA, t.fx.orgB]) expect(await rollup(org)).toEqual(await recount(org));
    expect((await rollup(t.fx.orgA)).households).toBe(start.households + 6);
    const { summary, exact } = await both({});
    expect(summary).toEqual(exact);
    // The rollup per set of benefits: a household with rsa and cheque_energie counts once for both.
    for (const benefits of [['rsa'], ['cheque_energie'], ['rsa', 'cheque_energie'], ['rsa', 'aah', 'prime_activite']]) {
      const byBenefit = await both({ benefits } as CampaignFilters);
      expect({ benefits, ...byBenefit.summary }).toEqual({ benefits, ...byBenefit.exact });
    }
    const perBenefit = async (column: string) =>
      t.db.query(
        `SELECT benefit::text, sum(household_count)::int AS households, sum(right_count)::int AS rights, sum(annual_cents)::float8 AS cents
         FROM organisation_benefit_cohort_rollup WHERE organisation_id = $1 GROUP BY 1, ${column} ORDER BY 1, 2, 3, 4`,
        [t.fx.orgA],
      );
    // Rows whose sums went back to zero may stay; the non-empty ones are the recount's, set by set.
    const stored = (await perBenefit('benefits')).filter((r: Record<string, number>) => r.rights !== 0 || r.households !== 0);
    const recounted = await t.db.query(
      `SELECT e.key AS benefit, sum(CASE WHEN e.key = k.first THEN 1 ELSE 0 END)::int AS households, sum((e.value->>0)::int)::int AS rights,
              sum((e.value->>1)::bigint)::float8 AS cents
       FROM household h CROSS JOIN LATERAL (SELECT min(x::detectable_benefit)::text AS first, array_agg(x::detectable_benefit ORDER BY x::detectable_benefit) AS benefits
                                            FROM jsonb_object_keys(h.cohort_by_benefit) x) k
       CROSS JOIN LATERAL jsonb_each(h.cohort_by_benefit) e
       WHERE h.organisation_id = $1 AND h.status = 'active' AND h.cohort_right_count > 0 GROUP BY e.key, k.benefits ORDER BY 1, 2, 3, 4`,
      [t.fx.orgA],
    );
    expect(stored).toEqual(recounted);
  });

  it('uses the exact aggregation when a filter is on the rights themselves (other than their benefit)', () => {
    for (const filters of [{ benefits: ['rsa'], minAmountCents: 1 }, { minAmountCents: 1 }, { confidences: ['haute'] }, { statuses: ['informe'] }] as CampaignFilters[]) {
      expect(campaignPreviewQuery(filters, t.fx.orgA, today)).toEqual(exactCampaignPreviewQuery(filters, t.fx.orgA, today));
    }
  });
});
