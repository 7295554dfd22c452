// The referral indicators computed on a small hand-built history (test/referral-history.ts), compared
// with numbers worked out by hand: a referral expired then re-sent, a late acknowledgement, a
// cancellation before the deadline, outcomes, another organisation and another territory.
import { refreshStatsRollups } from '@recours/outreach-sql';
import { insert } from '../../../test/fixtures';
import { startTestApp, type TestContext } from '../../../test/test-app';
import { buildReferralHistory, type ReferralHistory } from '../../../test/referral-history';

const PERIOD = { from: '2026-01-01', to: '2026-06-30' };
const url = (filter: Record<string, unknown> = {}) => `/api/stats/referrals?filter=${encodeURIComponent(JSON.stringify({ ...PERIOD, ...filter }))}`;
const ZERO = {
  referrals: 0, households: 0, resent: 0, acknowledged: 0, ackMedianDays: null, ackP80Days: null, answered: 0, answerMedianDays: null, answerP80Days: null,
  lateAcknowledgements: 0, expired: 0, slaBreaches: 0, pending: 0, accepted: 0, declined: 0, cancelled: 0, rightOpened: 0, rightRefused: 0, noFollowUp: 0, openedAnnualCents: 0,
};

describe('referral indicators', () => {
  let t: TestContext;
  let manager: string;
  let admin: string;
  let hist: ReferralHistory;
  const get = async (cookie: string, filter?: Record<string, unknown>) => {
    const res = await t.request('GET', url(filter), { cookie });
    expect(res.statusCode).toBe(200);
    return res.body;
  };
  const names = (rows: { partnerName: string; referrals: number }[]) => rows.map((r) => [r.partnerName, r.referrals]);

  beforeAll(async () => {
    t = await startTestApp();
    hist = await buildReferralHistory(t.db, t.fx);
    [manager, admin] = await Promise.all([t.login(t.fx.users.manager.email), t.login(t.fx.users.admin.email)]);
  });
  afterAll(() => t.close());

  it('counts the referrals sent: each sending, households once, the re-sent one after an expiry, delays, breaches and outcomes', async () => {
    const body = await get(manager);
    expect(body.period).toEqual(PERIOD);
    expect(body.sent.total).toEqual({
      ...ZERO, referrals: 5, households: 4, resent: 1,
      acknowledged: 3, ackMedianDays: 1, ackP80Days: 5.2, answered: 2, answerMedianDays: 6.5, answerP80Days: 8.6,
      lateAcknowledgements: 2, expired: 1, slaBreaches: 2,
      pending: 1, declined: 1, cancelled: 1, rightOpened: 1, openedAnnualCents: 600000,
    });
    expect(body.sent.byPartner.map((r: Record<string, unknown>) => [r.partnerName, r.referrals, r.households, r.ackMedianDays, r.ackP80Days, r.slaBreaches])).toEqual([
      ['CAF Creuse', 4, 3, 4.5, 6.6, 2],
      ['CCAS Guéret', 1, 1, 0.3, 0.3, 0],
    ]);
    expect(body.sent.byMonth.map((m: { month: string; referrals: number; expired: number }) => [m.month, m.referrals, m.expired])).toEqual([
      ['2026-01', 1, 0], ['2026-02', 1, 0], ['2026-03', 1, 1], ['2026-04', 1, 0], ['2026-05', 1, 0], ['2026-06', 0, 0],
    ]);
  });

  it('counts the referrals received, per sending partner', async () => {
    const { received } = await get(manager);
    expect(received.total).toEqual({ ...ZERO, referrals: 1, households: 1, acknowledged: 1, ackMedianDays: 1, ackP80Days: 1, answered: 1, answerMedianDays: 2, answerP80Days: 2, rightRefused: 1 });
    expect(names(received.byPartner)).toEqual([['CCAS Guéret', 1]]);
  });

  it('links a partner’s figures to the list of exactly those referrals (sent in the period)', async () => {
    const { sent } = await get(manager);
    const caf = sent.byPartner.find((r: { partnerName: string }) => r.partnerName === 'CAF Creuse');
    const list = async (filter: Record<string, unknown>) => {
      const res = await t.request('GET', `/api/referrals?filter=${encodeURIComponent(JSON.stringify({ box: 'sent', sentFrom: PERIOD.from, sentTo: PERIOD.to, ...filter }))}`, { cookie: manager });
      expect(res.statusCode).toBe(200);
      return res.body.map((r: { id: string }) => r.id).sort();
    };
    const { ref1, ref2, ref3, ref6 } = hist.ref;
    expect(await list({ recipientOrganisationId: t.fx.orgCaf })).toEqual([ref1, ref2, ref3, ref6].sort());
    expect(caf.referrals).toBe(4);
    expect(await list({ status: 'expiree' })).toEqual([ref2]);
    expect(await list({})).toHaveLength(sent.total.referrals);
  });

  it('filters on the benefit of the linked rights and on the household’s commune', async () => {
    expect((await get(manager, { benefit: 'prime_activite' })).sent.total).toMatchObject({ referrals: 1, rightOpened: 1, openedAnnualCents: 600000 });
    expect((await get(manager, { communeInsee: '23001' })).sent.total).toMatchObject({ referrals: 1, pending: 1 });
    expect((await get(manager, { from: '2026-04-01', to: '2026-04-30' })).sent.total).toMatchObject({ referrals: 1, resent: 1, lateAcknowledgements: 1, expired: 0 });
  });

  it('lets the territory coordinator (admin) see every organisation of the territory on both sides', async () => {
    const body = await get(admin);
    expect(body.sent.total.referrals).toBe(6);
    expect(names(body.sent.byPartner)).toEqual([['CAF Creuse', 4], ['CCAS Guéret', 1], ['CD Creuse', 1]]);
    expect(names(body.received.byPartner)).toEqual([['CCAS Guéret', 1], ['CD Creuse', 5]]);
  });

  it('never counts another organisation or territory, even when the filter names it', async () => {
    const other = await get(manager, { organisationId: t.fx.orgA2 });
    expect(other.sent.total).toEqual(ZERO);
    expect(other.received.total).toEqual(ZERO);
    const b = await get(await t.login(t.fx.users.managerB.email));
    expect(b.sent.total.referrals).toBe(1);
    expect(names(b.sent.byPartner)).toEqual([['Métropole', 1]]);
  });

  it('refuses partners and social workers, names the bad filter and audits the read', async () => {
    expect((await t.request('GET', url(), { cookie: await t.login(t.fx.users.partner.email) })).statusCode).toBe(403);
    expect((await t.request('GET', url(), { cookie: await t.login(t.fx.users.sw.email) })).statusCode).toBe(403);
    const bad = await t.request('GET', url({ to: 'demain' }), { cookie: manager });
    expect(bad.statusCode).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['filter.to']);
    await get(manager, { benefit: 'rsa' });
    const [event] = await t.db.query(
      `SELECT action, fields FROM audit_event WHERE actor_id = $1 AND entity_type = 'statistics' ORDER BY occurred_at DESC LIMIT 1`,
      [t.fx.users.manager.id],
    );
    expect(event).toEqual({ action: 'list', fields: ['referrals', 'from', 'to', 'benefit'] });
  });

  // Last: from here on the rollups are refreshed, so whole months read stats_referral.
  it('answers whole months from the stats_referral rollup with its freshness, with the figures of the tables', async () => {
    await refreshStatsRollups(t.db);
    const [{ at }] = await t.db.query(`SELECT last_success_at AS at FROM sweep_status WHERE name = 'stats'`);
    const rolled = await get(manager);
    expect([rolled.source, rolled.computedAt]).toEqual(['rollups', new Date(at).toISOString()]);
    expect(rolled.sent.total).toMatchObject({ referrals: 5, households: 4, resent: 1, ackMedianDays: 1, ackP80Days: 5.2, lateAcknowledgements: 2, expired: 1, slaBreaches: 2 });
    // Up to the 29th of June: computed on the tables (nothing happened on the 30th in this history).
    for (const [cookie, filter] of [
      [manager, {}], [manager, { benefit: 'prime_activite' }], [manager, { communeInsee: '23001' }], [manager, { from: '2026-04-01', to: '2026-04-30' }],
      [admin, {}], [admin, { organisationId: t.fx.orgA2 }], [admin, { benefit: 'prime_activite' }], [manager, { organisationId: t.fx.orgA2 }],
    ] as [string, Record<string, unknown>][]) {
      const { source, computedAt: _, period: __, ...fromRollup } = await get(cookie, filter);
      expect([filter, source]).toEqual([filter, 'rollups']);
      const to = filter.to === '2026-04-30' ? '2026-04-29' : '2026-06-29';
      const { source: live, computedAt: ___, period: ____, ...fromTables } = await get(cookie, { ...filter, to });
      expect(live).toBe('tables');
      expect([filter, fromRollup]).toEqual([filter, fromTables]);
    }
    // The admin's one pass over both sides gives what each side gives on its own (here: one organisation's).
    expect((await get(admin)).received.byPartner.map((r: { partnerName: string; referrals: number; households: number }) => [r.partnerName, r.referrals, r.households])).toEqual([
      ['CCAS Guéret', 1, 1], ['CD Creuse', 5, 4],
    ]);
    // A referral sent after the refresh counts on the tables at once, in the rollup at the next refresh.
    await insert(t.db, 'referral', {
      household_id: hist.h.h1, territory_id: t.fx.territoryA, sender_organisation_id: t.fx.orgA,
      recipient_organisation_id: t.fx.orgCaf, status: 'envoyee', created_at: '2026-06-15T10:00:00+02:00', status_changed_at: '2026-06-15T10:00:00+02:00',
    });
    expect((await get(manager)).sent.total.referrals).toBe(5);
    expect((await get(manager, { to: '2026-06-29' })).sent.total.referrals).toBe(6);
    await refreshStatsRollups(t.db);
    expect((await get(manager)).sent.total).toMatchObject({ referrals: 6, households: 4, pending: 2 });
  });
});
