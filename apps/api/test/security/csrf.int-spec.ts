// Cross-site request forgery: state-changing requests from another site are refused, bodyless ones
// included (campaign launch, detection request, logout), whatever the cookie's SameSite says.
import { startTestApp, type TestContext } from '../test-app';

describe('CSRF', () => {
  let t: TestContext;
  let sw: string;
  let manager: string;
  beforeAll(async () => {
    t = await startTestApp({ ADMIN_ORIGIN: 'https://recours.example.fr' });
    sw = await t.login(t.fx.users.sw.email);
    manager = await t.login(t.fx.users.manager.email);
  });
  afterAll(() => t.close());

  const campaignStatus = async () => (await t.db.query('SELECT status FROM campaign WHERE id = $1', [t.fx.campaignA]))[0].status;
  const detectionRequested = async () =>
    (await t.db.query('SELECT detection_requested_at FROM household WHERE id = $1', [t.fx.householdA]))[0].detection_requested_at;

  it('refuses bodyless POSTs from a foreign Origin or a cross-site fetch, and does nothing', async () => {
    const before = await detectionRequested();
    const foreign: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { origin: 'null' }];
    for (const headers of foreign) {
      const launch = await t.request('POST', `/api/campaigns/${t.fx.campaignA}/launch`, { cookie: manager, headers });
      expect({ headers, status: launch.statusCode }).toEqual({ headers, status: 403 });
      const detect = await t.request('POST', `/api/households/${t.fx.householdA}/detect`, { cookie: sw, headers });
      expect({ headers, status: detect.statusCode }).toEqual({ headers, status: 403 });
      expect(detect.body.message).toMatch(/^Requête refusée/);
    }
    const put = await t.request('PUT', `/api/households/${t.fx.householdA}`, { cookie: sw, body: { status: 'closed' }, headers: { origin: 'https://evil.example' } });
    expect(put.statusCode).toBe(403);
    const del = await t.request('DELETE', `/api/households/${t.fx.householdA}`, { cookie: manager, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(del.statusCode).toBe(403);
    expect(await campaignStatus()).toBe('brouillon');
    expect(await detectionRequested()).toEqual(before);
    expect((await t.db.query('SELECT status FROM household WHERE id = $1', [t.fx.householdA]))[0].status).toBe('active');
  });

  it('requires application/json on every write, bodyless ones included', async () => {
    for (const headers of [{ 'content-type': '' }, { 'content-type': 'text/plain' }, { 'content-type': 'application/x-www-form-urlencoded' }]) {
      const detect = await t.request('POST', `/api/households/${t.fx.householdA}/detect`, { cookie: sw, headers });
      expect({ headers, status: detect.statusCode }).toEqual({ headers, status: 415 });
      const logout = await t.request('POST', '/api/auth/logout', { cookie: sw, headers });
      expect({ headers, status: logout.statusCode }).toEqual({ headers, status: 415 });
    }
    expect((await t.request('GET', '/api/auth/me', { cookie: sw })).statusCode).toBe(200);
  });

  it('accepts the back office: its configured origin, the API’s own origin, same-origin fetches', async () => {
    const own = await t.request('POST', `/api/households/${t.fx.householdA}/detect`, { cookie: sw, headers: { origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' } });
    expect(own.statusCode).toBe(202);
    const admin = await t.request('POST', `/api/households/${t.fx.householdA}/detect`, { cookie: sw, headers: { origin: 'https://recours.example.fr', 'sec-fetch-site': 'same-site' } });
    expect(admin.statusCode).toBe(202);
    const launch = await t.request('POST', `/api/campaigns/${t.fx.campaignA}/launch`, { cookie: manager, headers: { origin: 'https://recours.example.fr' } });
    expect(launch.statusCode).toBeLessThan(300);
    expect(await campaignStatus()).toBe('en_cours');
  });
});
