// Each indicator computed on a small hand-built history (test/stats-history.ts), compared with numbers
// worked out by hand from that history: a right refused then granted, a household in two campaigns,
// a person who declined, a dismissed detection, another organisation and another territory.
import { refreshStatsRollups } from '@recours/outreach-sql';
import { startTestApp, type TestContext } from '../../../test/test-app';
import { buildHistory, type History } from '../../../test/stats-history';

const PERIOD = { from: '2026-01-01', to: '2026-06-30' };
const url = (path: string, filter: Record<string, unknown> = {}) => `/api/stats/${path}?filter=${encodeURIComponent(JSON.stringify({ ...PERIOD, ...filter }))}`;
const zero = { detected: 0, confirmed: 0, reached: 0, informed: 0, claimFiled: 0, granted: 0, refused: 0, declined: 0 };

describe('indicators', () => {
  let t: TestContext;
  let hist: History;
  let manager: string;
  let admin: string;
  let managerB: string;
  const get = async (cookie: string, path: string, filter?: Record<string, unknown>) => {
    const res = await t.request('GET', url(path, filter), { cookie });
    expect(res.statusCode).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    hist = await buildHistory(t.db, t.fx);
    // What the worker's stats.refresh job does: the indicators of whole months read these rollups.
    await refreshStatsRollups(t.db);
    [manager, admin, managerB] = await Promise.all([t.login(t.fx.users.manager.email), t.login(t.fx.users.admin.email), t.login(t.fx.users.managerB.email)]);
  });
  afterAll(() => t.close());

  it('counts the funnel once per household and benefit: refused then granted is granted; reached needs a confirmed right', async () => {
    const body = await get(manager, 'funnel');
    expect(body.period).toEqual(PERIOD);
    expect(new Date(body.computedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const { conversion, ...total } = body.total;
    expect(total).toEqual({ detected: 7, confirmed: 6, reached: 5, informed: 4, claimFiled: 3, granted: 2, refused: 1, declined: 1 });
    expect(conversion).toEqual({ confirmed: 0.857, reached: 0.833, informed: 0.8, claimFiled: 0.75, granted: 0.667, refused: 0.333, declined: 0.143 });
    const byBenefit = Object.fromEntries(body.byBenefit.map(({ benefit, conversion: _, dimension: __, organisationId: ___, organisationName: ____, communeInsee: _5, communeName: _6, month: _7, ...c }: Record<string, unknown>) => [benefit, c]));
    expect(byBenefit).toEqual({
      prime_activite: { detected: 3, confirmed: 3, reached: 3, informed: 2, claimFiled: 1, granted: 1, refused: 0, declined: 1 },
      rsa: { detected: 3, confirmed: 2, reached: 1, informed: 1, claimFiled: 1, granted: 1, refused: 0, declined: 0 },
      aide_logement: { detected: 1, confirmed: 1, reached: 1, informed: 1, claimFiled: 1, granted: 0, refused: 1, declined: 0 },
      cheque_energie: { ...zero, detected: 1 },
    });
    expect(body.byMonth.map((m: { month: string; detected: number; granted: number }) => [m.month, m.detected, m.granted])).toEqual([
      ['2026-01', 3, 1], ['2026-02', 2, 1], ['2026-03', 1, 0], ['2026-04', 1, 0], ['2026-05', 1, 0], ['2026-06', 0, 0],
    ]);
    expect(body.byCommune.map((c: { communeInsee: string; detected: number }) => [c.communeInsee, c.detected])).toEqual([['23001', 1], ['23096', 6]]);
  });

  it('filters the funnel on a benefit and a commune', async () => {
    expect((await get(manager, 'funnel', { benefit: 'prime_activite' })).total).toMatchObject({ detected: 3, granted: 1, declined: 1 });
    expect((await get(manager, 'funnel', { communeInsee: '23001' })).total).toMatchObject({ detected: 1, granted: 1 });
    expect((await get(manager, 'funnel', { from: '2026-02-01', to: '2026-02-28' })).total).toMatchObject({ detected: 2, confirmed: 1, granted: 1 });
  });

  it('adds up rights opened and euros a year (granted monthly amount × 12) by benefit, organisation, commune and month', async () => {
    const body = await get(manager, 'rights-opened');
    expect(body.total).toEqual({ rights: 3, households: 3, annualCents: 960000 });
    const pick = (rows: Record<string, unknown>[], key: string) => rows.map((r) => [r[key], r.rights, r.annualCents]);
    expect(pick(body.byBenefit, 'benefit')).toEqual([['rsa', 1, 600000], ['prime_activite', 2, 360000]]);
    expect(pick(body.byOrganisation, 'organisationName')).toEqual([['CD Creuse', 3, 960000]]);
    expect(pick(body.byCommune, 'communeName')).toEqual([['Ajain', 1, 600000], ['Guéret', 2, 360000]]);
    expect(pick(body.byMonth, 'month')).toEqual([['2026-01', 0, 0], ['2026-02', 1, 120000], ['2026-03', 1, 600000], ['2026-04', 1, 240000], ['2026-05', 0, 0], ['2026-06', 0, 0]]);
  });

  it('links "accordés" to a list of exactly the granted rights behind the figure', async () => {
    const filter = { status: 'accorde', benefit: 'prime_activite', statusChangedFrom: PERIOD.from, statusChangedTo: PERIOD.to };
    const res = await t.request('GET', `/api/detected-rights?filter=${encodeURIComponent(JSON.stringify(filter))}`, { cookie: manager });
    expect(res.statusCode).toBe(200);
    expect(res.body).toHaveLength((await get(manager, 'rights-opened', { benefit: 'prime_activite' })).total.rights);
    expect(res.body.map((r: { householdId: string }) => r.householdId).sort()).toEqual([hist.h.h1, hist.h.h4].sort());
    const detected = { detectedFrom: '2026-02-01', detectedTo: '2026-02-28' };
    const inFebruary = await t.request('GET', `/api/detected-rights?filter=${encodeURIComponent(JSON.stringify(detected))}`, { cookie: manager });
    expect(inFebruary.body.map((r: { id: string }) => r.id).sort()).toEqual([hist.r.r3, hist.r.r4].sort());
  });

  it('gives the median and 80th percentile of days from detection to claim and to grant', async () => {
    const body = await get(manager, 'time-to-right');
    expect(body.total).toEqual({ benefit: null, claims: 4, claimMedianDays: 11, claimP80Days: 13.2, grants: 3, grantMedianDays: 45, grantP80Days: 73.2 });
    const pa = body.byBenefit.find((b: { benefit: string }) => b.benefit === 'prime_activite');
    expect(pa).toEqual({ benefit: 'prime_activite', claims: 2, claimMedianDays: 10, claimP80Days: 10, grants: 2, grantMedianDays: 66, grantP80Days: 81.6 });
    expect(body.byBenefit.find((b: { benefit: string }) => b.benefit === 'aide_logement')).toMatchObject({ claims: 1, claimMedianDays: 12, grants: 0, grantMedianDays: null });
  });

  it('counts outreach contacts by channel and outcome, per worker and per month, with the reach rate', async () => {
    const body = await get(manager, 'outreach');
    expect(body.total).toEqual({ contacts: 7, reached: 5, reachRate: 0.714, households: 5, householdsReached: 4 });
    expect(body.byChannelOutcome.map((r: Record<string, unknown>) => [r.channel, r.outcome, r.contacts])).toEqual([
      ['telephone', 'joint', 3], ['telephone', 'non_joint', 1], ['telephone', 'rdv_pris', 1], ['sms', 'non_joint', 1], ['visite_domicile', 'joint', 1],
    ]);
    expect(body.byWorker.map((r: Record<string, unknown>) => [r.authorName, r.contacts, r.reached, r.households])).toEqual([['User manager', 1, 0, 1], ['User sw', 6, 5, 5]]);
    expect(body.byMonth.map((r: Record<string, unknown>) => [r.month, r.contacts, r.reached])).toEqual([
      ['2026-01', 4, 3], ['2026-02', 1, 1], ['2026-03', 1, 0], ['2026-04', 1, 1], ['2026-05', 0, 0], ['2026-06', 0, 0],
    ]);
    expect((await get(manager, 'outreach', { benefit: 'prime_activite' })).total).toMatchObject({ contacts: 2, reached: 2 });
  });

  it('gives each launched campaign its funnel; a household in two campaigns counts in both', async () => {
    const body = await get(manager, 'campaigns');
    expect(body.campaigns.map(({ launchedAt: _, status: __, ...c }: Record<string, unknown>) => c)).toEqual([
      { id: hist.campaigns.c2, name: 'Mars', targeted: 2, reached: 1, informed: 1, claimFiled: 1, granted: 1, grantedAnnualCents: 600000, control: null },
      { id: hist.campaigns.c1, name: 'RSA février', targeted: 2, reached: 1, informed: 1, claimFiled: 1, granted: 1, grantedAnnualCents: 600000, control: null },
    ]);
  });

  it('lets the territory coordinator (admin) compare organisations, without per-worker figures', async () => {
    const opened = await get(admin, 'rights-opened');
    expect(opened.total).toEqual({ rights: 4, households: 4, annualCents: 1320000 });
    expect(opened.byOrganisation.map((r: Record<string, unknown>) => [r.organisationName, r.rights, r.annualCents]).sort()).toEqual([['CCAS Guéret', 1, 360000], ['CD Creuse', 3, 960000]]);
    const outreach = await get(admin, 'outreach');
    expect(outreach.total.contacts).toBe(8);
    expect(outreach.byWorker).toEqual([]);
    expect((await get(admin, 'rights-opened', { organisationId: t.fx.orgA2 })).total).toEqual({ rights: 1, households: 1, annualCents: 360000 });
  });

  it('never counts another organisation or territory, even when the filter names it', async () => {
    expect((await get(manager, 'rights-opened', { organisationId: t.fx.orgA2 })).total).toEqual({ rights: 0, households: 0, annualCents: 0 });
    expect((await get(manager, 'funnel', { organisationId: t.fx.orgB })).total).toMatchObject(zero);
    const b = await get(managerB, 'rights-opened');
    expect(b.total).toEqual({ rights: 1, households: 1, annualCents: 1198800 });
    expect(JSON.stringify(await get(managerB, 'outreach'))).not.toContain(t.fx.users.sw.id);
    expect((await get(managerB, 'campaigns')).campaigns).toEqual([]);
    const adminB = await t.login(t.fx.users.adminB.email);
    expect((await get(adminB, 'funnel')).total.detected).toBe(1);
  });

  it('answers whole months from the rollups with their freshness, and any other period from the tables, with the same figures', async () => {
    const [{ at }] = await t.db.query(`SELECT last_success_at AS at FROM sweep_status WHERE name = 'stats'`);
    // Up to the 29th of June: computed on the tables (nothing happened on the 30th in this history).
    const upTo29 = { to: '2026-06-29' };
    for (const [cookie, family, filter] of [
      [manager, 'funnel', {}], [manager, 'funnel', { benefit: 'prime_activite' }], [manager, 'funnel', { communeInsee: '23001' }],
      [manager, 'rights-opened', {}], [manager, 'rights-opened', { benefit: 'rsa' }], [manager, 'time-to-right', {}],
      [manager, 'outreach', {}], [manager, 'outreach', { benefit: 'prime_activite' }], [admin, 'funnel', {}], [admin, 'rights-opened', {}],
      [admin, 'rights-opened', { organisationId: t.fx.orgA2 }], [admin, 'outreach', {}], [admin, 'time-to-right', { benefit: 'prime_activite' }],
      [admin, 'funnel', { benefit: 'prime_activite' }], [admin, 'funnel', { communeInsee: '23001' }], [admin, 'funnel', { organisationId: t.fx.orgA2 }],
      [manager, 'campaigns', {}], [admin, 'campaigns', {}], [manager, 'referrals', {}], [admin, 'referrals', {}],
      [admin, 'time-to-right', {}], [manager, 'time-to-right', { communeInsee: '23096' }], [admin, 'rights-opened', { benefit: 'rsa' }],
      [admin, 'rights-opened', { communeInsee: '23001' }], [admin, 'referrals', { communeInsee: '23001' }],
    ] as [string, string, Record<string, unknown>][]) {
      const { computedAt, source, period: _, ...rolled } = await get(cookie, family, filter);
      expect([family, source, computedAt]).toEqual([family, 'rollups', new Date(at).toISOString()]);
      const { source: live, period: __, computedAt: ___, ...tables } = await get(cookie, family, { ...filter, ...upTo29 });
      expect(live).toBe('tables');
      expect([family, filter, rolled]).toEqual([family, filter, tables]);
    }
    // A right granted after the refresh shows in the tables at once, in the rollups at the next refresh.
    const late = { from: '2026-07-01', to: '2026-07-31' };
    await t.db.query(`UPDATE detected_right SET status = 'accorde', granted_monthly_amount_cents = 10000, status_changed_at = '2026-07-10T10:00:00+02:00' WHERE id = $1`, [hist.r.r4]);
    expect((await get(manager, 'rights-opened', late)).total.rights).toBe(0);
    expect((await get(manager, 'rights-opened', { ...late, to: '2026-07-30' })).total.rights).toBe(1);
    await refreshStatsRollups(t.db);
    expect((await get(manager, 'rights-opened', late)).total).toEqual({ rights: 1, households: 1, annualCents: 120000 });
  });

  it('refuses social workers and partners, and names the bad filter', async () => {
    const sw = await t.login(t.fx.users.sw.email);
    expect((await t.request('GET', url('funnel'), { cookie: sw })).statusCode).toBe(403);
    const bad = await t.request('GET', url('funnel', { from: '2026-13-01', benefit: 'loto' }), { cookie: manager });
    expect(bad.statusCode).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['filter.benefit', 'filter.from']);
  });

  it('audits every read of the indicators with the filters used', async () => {
    await get(manager, 'time-to-right', { benefit: 'rsa' });
    const [event] = await t.db.query(
      `SELECT action, fields FROM audit_event WHERE actor_id = $1 AND entity_type = 'statistics' ORDER BY occurred_at DESC LIMIT 1`,
      [t.fx.users.manager.id],
    );
    expect(event).toEqual({ action: 'list', fields: ['timeToRight', 'from', 'to', 'benefit'] });
  });
});
