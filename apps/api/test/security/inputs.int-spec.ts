// Hostile inputs answer 400 naming the field, never 500, and nothing impossible is stored.
import { q, startTestApp, type TestContext } from '../test-app';

describe('hostile inputs', () => {
  let t: TestContext;
  let sw: string;
  let manager: string;
  beforeAll(async () => {
    t = await startTestApp();
    sw = await t.login(t.fx.users.sw.email);
    manager = await t.login(t.fx.users.manager.email);
  });
  afterAll(() => t.close());

  const raw = (method: 'POST' | 'PUT', url: string, payload: string | Buffer, cookie = sw) =>
    t.app.inject({ method, url, payload, headers: { cookie, 'content-type': 'application/json' } });

  it('refuses a NUL byte in a text field, in a search and in a query string', async () => {
    const body = await t.request('POST', '/api/households', { cookie: sw, body: { address: 'a\u0000b', members: [{ firstName: 'A', lastName: 'B', relationship: 'demandeur' }] } });
    expect(body.statusCode).toBe(400);
    expect(body.body.errors).toEqual([{ field: 'address', message: 'caractère nul interdit' }]);
    const search = await t.request('GET', `/api/households${q({ filter: { q: 'Du\u0000pré' } })}`, { cookie: sw });
    expect(search.statusCode).toBe(400);
    const query = await t.request('GET', `/api/households?filter=%7B%22q%22%3A%22a%00%22%7D`, { cookie: sw });
    expect(query.statusCode).toBe(400);
  });

  it('refuses invalid UTF-8 in a body and in a query string', async () => {
    const bad = Buffer.concat([Buffer.from('{"address":"caf'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]);
    const r = await raw('PUT', `/api/households/${t.fx.householdA}`, bad);
    expect(r.statusCode).toBe(400);
    expect(JSON.parse(r.body).message).toBe('Corps de requête JSON invalide (UTF-8 attendu)');
    const query = await t.request('GET', '/api/households?filter=%7B%22q%22%3A%22%C3%28%22%7D', { cookie: sw });
    expect(query.statusCode).toBe(400);
    const address = (await t.db.query('SELECT address FROM household WHERE id = $1', [t.fx.householdA]))[0].address;
    expect(address).toBeNull();
  });

  it('caps the depth of JSON bodies', async () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    const r = await raw('POST', '/api/households', `{"members":${deep}}`);
    expect(r.statusCode).toBe(400);
    expect(JSON.parse(r.body).message).toMatch(/profondeur/);
    const filter = await t.request('GET', `/api/households?filter=${encodeURIComponent(`{"q":${deep}}`)}`, { cookie: sw });
    expect(filter.statusCode).toBe(400);
  });

  it('answers 400 to a list item that is not an object', async () => {
    const r = await t.request('POST', '/api/households', { cookie: sw, body: { members: [[]] } });
    expect(r.statusCode).toBe(400);
    expect(r.body.errors[0].field).toBe('members[0]');
  });

  it('bounds list offsets and amount filters within PostgreSQL integers', async () => {
    for (const range of [[1e19, 1e19], [0, 1e19], [2 ** 53, 2 ** 53 + 10]]) {
      const r = await t.request('GET', `/api/households${q({ range })}`, { cookie: sw });
      expect({ range, status: r.statusCode }).toEqual({ range, status: 400 });
      expect(r.body.errors[0].field).toBe('range');
    }
    const far = await t.request('GET', `/api/households${q({ range: [1_000_000, 1_000_024] })}`, { cookie: sw });
    expect(far.statusCode).toBe(200);
    for (const minAmountCents of [2 ** 63, 1e19, 2 ** 31]) {
      const r = await t.request('GET', `/api/detected-rights${q({ filter: { minAmountCents } })}`, { cookie: sw });
      expect({ minAmountCents, status: r.statusCode, field: r.body.errors?.[0]?.field }).toEqual({ minAmountCents, status: 400, field: 'filter.minAmountCents' });
      const p = await t.request('POST', '/api/campaigns/preview', { cookie: manager, body: { filters: { minAmountCents } } });
      expect({ minAmountCents, status: p.statusCode }).toEqual({ minAmountCents, status: 400 });
    }
  });

  it('bounds a granted amount like the other amounts', async () => {
    await t.db.query(`UPDATE detected_right SET status = 'demande_deposee' WHERE id = $1`, [t.fx.rightA]);
    for (const grantedMonthlyAmountCents of [3e9, 2_000_000_000, 2 ** 63]) {
      const r = await t.request('POST', `/api/detected-rights/${t.fx.rightA}/transitions`, {
        cookie: sw,
        body: { to: 'accorde', grantedMonthlyAmountCents, grantedFrom: '2026-03-01' },
      });
      expect({ grantedMonthlyAmountCents, status: r.statusCode }).toEqual({ grantedMonthlyAmountCents, status: 400 });
      expect(r.body.errors[0].field).toBe('grantedMonthlyAmountCents');
      if (grantedMonthlyAmountCents < 2 ** 53) expect(r.body.errors[0].message).toBe('montant invraisemblable');
    }
  });

  it('sums a campaign funnel above 2^31 cents without overflowing', async () => {
    const [{ id: campaignId }] = await t.db.query(
      `INSERT INTO campaign (organisation_id, territory_id, name, filters, created_by, status) VALUES ($1, $2, 'Gros montants', '{}', $3, 'en_cours') RETURNING id`,
      [t.fx.orgA, t.fx.territoryA, t.fx.users.manager.id],
    );
    await t.db.query(`UPDATE detected_right SET status = 'accorde', granted_monthly_amount_cents = 2000000000, granted_from = '2026-03-01' WHERE id = $1`, [t.fx.rightA]);
    await t.db.query(`INSERT INTO campaign_household (campaign_id, household_id, detected_right_ids) VALUES ($1, $2, $3)`, [campaignId, t.fx.householdA, [t.fx.rightA]]);
    const r = await t.request('GET', `/api/campaigns/${campaignId}/funnel`, { cookie: manager });
    expect(r.statusCode).toBe(200);
    expect(r.body).toMatchObject({ granted: 1, grantedAnnualCents: 24_000_000_000 });
    await t.db.query(`UPDATE detected_right SET status = 'detecte', granted_monthly_amount_cents = NULL, granted_from = NULL WHERE id = $1`, [t.fx.rightA]);
  });

  it('refuses impossible calendar dates and year 9999 with the field and the reason', async () => {
    const cases: [string, string, unknown, string][] = [
      ['PUT', `/api/households/${t.fx.householdA}`, { lastContactOn: '2026-02-30' }, 'lastContactOn'],
      ['PUT', `/api/households/${t.fx.householdA}`, { lastContactOn: '9999-01-01' }, 'lastContactOn'],
      ['POST', '/api/tasks', { householdId: t.fx.householdA, title: 'x', dueOn: '2026-02-30' }, 'dueOn'],
      ['POST', '/api/contacts', { householdId: t.fx.householdA, channel: 'telephone', outcome: 'non_joint', occurredAt: '2026-02-30T10:00:00Z' }, 'occurredAt'],
      ['POST', '/api/contacts', { householdId: t.fx.householdA, channel: 'telephone', outcome: 'non_joint', occurredAt: '9999-12-31T10:00:00Z' }, 'occurredAt'],
      ['POST', '/api/contacts', { householdId: t.fx.householdA, channel: 'telephone', outcome: 'non_joint', occurredAt: '2026-03-02T25:00:00Z' }, 'occurredAt'],
    ];
    for (const [method, url, body, field] of cases) {
      const r = await t.request(method, url, { cookie: sw, body });
      expect({ body, status: r.statusCode, field: r.body.errors?.[0]?.field }).toEqual({ body, status: 400, field });
      expect(r.body.errors[0].message).toMatch(/date/);
    }
    const audit = await t.request('GET', `/api/audit-events${q({ filter: { from: '2026-02-30' } })}`, { cookie: manager });
    expect(audit.statusCode).toBe(400);
    const ok = await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: t.fx.householdA, channel: 'telephone', outcome: 'non_joint', occurredAt: '2026-03-02T10:30:00+01:00' } });
    expect(ok.statusCode).toBe(201);
  });
});
