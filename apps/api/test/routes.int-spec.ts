// Every route, its permission, and what a user from another organisation gets on it.
// The snapshot is a permission review: a diff here is a change of who may do what.
import { ROLE_PERMISSIONS } from '../src/common/auth/permissions';
import { listRoutes, type RouteInfo } from './routes';
import { startTestApp, type TestContext } from './test-app';

type Who = 'sw' | 'sw2' | 'partner' | 'manager' | 'admin' | 'swB' | 'managerB' | 'adminB';

describe('routes and scoping', () => {
  let t: TestContext;
  let routes: RouteInfo[];
  const cookies = {} as Record<Who, string>;
  let referralA: string; // orgA → CAF, householdA, with the applicant's sharing consent
  let referralTypeA: string;

  beforeAll(async () => {
    t = await startTestApp();
    routes = listRoutes(t.app);
    for (const who of ['sw', 'sw2', 'partner', 'manager', 'admin', 'swB', 'managerB', 'adminB'] as Who[]) {
      cookies[who] = await t.login(t.fx.users[who].email);
    }
    [{ id: referralTypeA }] = await t.db.query(
      `INSERT INTO referral_type (territory_id, recipient_kind, label, shared_groups) VALUES ($1, 'caf', 'CAF', '{identite,droit_detecte}') RETURNING id`,
      [t.fx.territoryA],
    );
    await t.db.query(
      `INSERT INTO consent (person_id, household_id, organisation_id, purpose, recipient_organisation_id, given, decided_on, method, recorded_by)
       VALUES ($1, $2, $3, 'partage_partenaire', $4, true, '2026-03-01', 'oral', $5)`,
      [t.fx.memberA, t.fx.householdA, t.fx.orgA, t.fx.orgCaf, t.fx.users.sw.id],
    );
    [{ id: referralA }] = await t.db.query(
      `INSERT INTO referral (household_id, territory_id, sender_organisation_id, sender_user_id, recipient_organisation_id, shared_groups)
       VALUES ($1, $2, $3, $4, $5, '{identite,droit_detecte}') RETURNING id`,
      [t.fx.householdA, t.fx.territoryA, t.fx.orgA, t.fx.users.sw.id, t.fx.orgCaf],
    );
    await t.db.query('INSERT INTO referral_right (referral_id, detected_right_id) VALUES ($1, $2)', [referralA, t.fx.rightA]);
  });
  afterAll(() => t.close());

  it('lists every route with the permission it needs (snapshot) and none without one', () => {
    const table = routes.map((r) => `${r.method.padEnd(6)} ${r.path.padEnd(40)} ${r.permission}`);
    expect(table).toMatchSnapshot();
    expect(routes.filter((r) => r.permission === 'MISSING')).toEqual([]);
  });

  it('lists which roles hold each permission (snapshot)', () => {
    const table = Object.fromEntries(Object.entries(ROLE_PERMISSIONS).map(([role, set]) => [role, [...set].sort()]));
    expect(table).toMatchSnapshot();
  });

  /**
   * For every route with an id: an owner reaches it; users of another organisation (same
   * territory) and of another territory get 404 — the answer for a missing id — and nothing changes.
   */
  it('answers 404 to other organisations on every route with an id, exactly like a missing id', async () => {
    const cases: Record<string, { id: () => string; owner: Who; intruders: Who[]; body?: unknown }> = {
      'GET /api/households/:id': { id: () => t.fx.householdA, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'managerB'] },
      'PUT /api/households/:id': { id: () => t.fx.householdA, owner: 'sw', intruders: ['sw2', 'swB', 'managerB'], body: { status: 'closed' } },
      'DELETE /api/households/:id': { id: () => t.fx.householdA2, owner: 'manager', intruders: ['managerB'] },
      'GET /api/households/:id/access-history': { id: () => t.fx.householdA, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'managerB'] },
      'GET /api/users/:id': { id: () => t.fx.users.sw.id, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'adminB'] },
      'PUT /api/users/:id': { id: () => t.fx.users.sw.id, owner: 'admin', intruders: ['adminB'], body: { displayName: 'Renamed' } },
      'DELETE /api/users/:id': { id: () => t.fx.users.sw.id, owner: 'admin', intruders: ['adminB'] },
      'GET /api/organisations/:id': { id: () => t.fx.orgA, owner: 'sw2', intruders: ['swB', 'adminB'] },
      'PUT /api/organisations/:id': { id: () => t.fx.orgA, owner: 'admin', intruders: ['adminB'], body: { name: 'Renamed' } },
      'DELETE /api/organisations/:id': { id: () => t.fx.orgA, owner: 'admin', intruders: ['adminB'] },
      'GET /api/territories/:id': { id: () => t.fx.territoryA, owner: 'partner', intruders: ['swB', 'adminB'] },
      'POST /api/households/:id/detect': { id: () => t.fx.householdA, owner: 'sw', intruders: ['sw2', 'swB', 'managerB'] },
      'GET /api/detected-rights/:id': { id: () => t.fx.rightA, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'managerB'] },
      'POST /api/detected-rights/:id/transitions': { id: () => t.fx.rightA, owner: 'sw', intruders: ['sw2', 'swB', 'managerB'], body: { to: 'confirme' } },
      'GET /api/contacts/:id': { id: () => t.fx.contactA, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'managerB'] },
      'GET /api/tasks/:id': { id: () => t.fx.taskA, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'managerB'] },
      'PUT /api/tasks/:id': { id: () => t.fx.taskA, owner: 'sw', intruders: ['sw2', 'swB', 'managerB'], body: { status: 'faite' } },
      'GET /api/campaigns/:id': { id: () => t.fx.campaignA, owner: 'manager', intruders: ['sw2', 'swB', 'managerB'] },
      'GET /api/campaigns/:id/funnel': { id: () => t.fx.campaignA, owner: 'sw', intruders: ['sw2', 'swB', 'managerB'] },
      'PUT /api/campaigns/:id': { id: () => t.fx.campaignA, owner: 'manager', intruders: ['sw2', 'managerB'], body: { name: 'Renamed' } },
      'POST /api/campaigns/:id/launch': { id: () => t.fx.campaignA, owner: 'manager', intruders: ['sw2', 'managerB'] },
      // Referrals: the sender's and the recipient's organisations only; the CCAS (sw2) is neither.
      'GET /api/referrals/:id': { id: () => referralA, owner: 'partner', intruders: ['sw2', 'swB', 'managerB'] },
      'POST /api/referrals/:id/acknowledge': { id: () => referralA, owner: 'partner', intruders: ['sw2', 'swB', 'managerB'], body: {} },
      'POST /api/referrals/:id/accept': { id: () => referralA, owner: 'partner', intruders: ['sw2', 'swB', 'managerB'], body: {} },
      'POST /api/referrals/:id/decline': { id: () => referralA, owner: 'partner', intruders: ['sw2', 'swB', 'managerB'], body: { reason: 'x' } },
      'POST /api/referrals/:id/progress': { id: () => referralA, owner: 'partner', intruders: ['sw2', 'swB', 'managerB'], body: { comment: 'x' } },
      'POST /api/referrals/:id/close': { id: () => referralA, owner: 'partner', intruders: ['sw2', 'swB', 'managerB'], body: { outcome: 'sans_suite' } },
      'POST /api/referrals/:id/cancel': { id: () => referralA, owner: 'sw', intruders: ['sw2', 'swB', 'managerB'], body: {} },
      'GET /api/referral-types/:id': { id: () => referralTypeA, owner: 'sw', intruders: ['swB', 'adminB'] },
      'PUT /api/referral-types/:id': { id: () => referralTypeA, owner: 'admin', intruders: ['adminB'], body: { label: 'Renamed' } },
    };
    const withId = routes.filter((r) => r.path.includes(':id'));
    expect(withId.map((r) => `${r.method} ${r.path}`).sort()).toEqual(Object.keys(cases).sort()); // a new route needs a case
    const missing = '00000000-0000-4000-8000-000000000000';
    const before = await snapshotDb();
    for (const r of withId) {
      const c = cases[`${r.method} ${r.path}`];
      for (const intruder of c.intruders) {
        const foreign = await t.request(r.method, r.path.replace(':id', c.id()), { cookie: cookies[intruder], body: c.body });
        const absent = await t.request(r.method, r.path.replace(':id', missing), { cookie: cookies[intruder], body: c.body });
        expect({ route: `${r.method} ${r.path}`, intruder, status: foreign.statusCode, body: foreign.body }).toEqual({
          route: `${r.method} ${r.path}`, intruder, status: 404, body: absent.body,
        });
      }
    }
    expect(await snapshotDb()).toEqual(before);
    // Owners do reach them (reads only, to keep the fixtures intact).
    for (const r of withId.filter((x) => x.method === 'GET')) {
      const c = cases[`${r.method} ${r.path}`];
      expect({ route: r.path, status: (await t.request('GET', r.path.replace(':id', c.id()), { cookie: cookies[c.owner] })).statusCode }).toEqual({ route: r.path, status: 200 });
    }
  });

  it('answers 403 when the role lacks the permission, on every protected route', async () => {
    const idFor = (path: string) =>
      path.startsWith('/api/households') ? t.fx.householdA : path.startsWith('/api/users') ? t.fx.users.sw.id : path.startsWith('/api/organisations') ? t.fx.orgA : t.fx.territoryA;
    let checked = 0;
    for (const r of routes.filter((x) => x.permission !== 'public' && x.permission !== 'session.self')) {
      for (const who of ['sw', 'partner', 'manager', 'admin'] as Who[]) {
        const role = { sw: 'social_worker', partner: 'partner_agent', manager: 'manager', admin: 'admin' }[who as 'sw'] as keyof typeof ROLE_PERMISSIONS;
        if (ROLE_PERMISSIONS[role].has(r.permission as never)) continue;
        const res = await t.request(r.method, r.path.replace(':id', idFor(r.path)), { cookie: cookies[who], body: r.method === 'GET' || r.method === 'DELETE' ? undefined : {} });
        expect({ route: `${r.method} ${r.path}`, who, status: res.statusCode }).toEqual({ route: `${r.method} ${r.path}`, who, status: 403 });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('answers 401 without a session on every non-public route', async () => {
    for (const r of routes.filter((x) => x.permission !== 'public')) {
      const res = await t.request(r.method, r.path.replace(':id', t.fx.householdA), { body: r.method === 'GET' || r.method === 'DELETE' ? undefined : {} });
      expect({ route: `${r.method} ${r.path}`, status: res.statusCode }).toEqual({ route: `${r.method} ${r.path}`, status: 401 });
    }
  });

  it('never lists records of another organisation or territory in collections', async () => {
    const ids = async (path: string, who: Who) => ((await t.request('GET', `${path}?range=[0,99]`, { cookie: cookies[who] })).body as { id: string }[]).map((x) => x.id);
    expect(await ids('/api/households', 'sw')).toEqual(expect.arrayContaining([t.fx.householdA]));
    expect(await ids('/api/households', 'sw')).not.toEqual(expect.arrayContaining([t.fx.householdA2]));
    expect(await ids('/api/households', 'sw2')).toEqual([t.fx.householdA2]);
    expect(await ids('/api/households', 'managerB')).toEqual([t.fx.householdB]);
    expect(await ids('/api/households', 'partner')).toEqual([]);
    expect(await ids('/api/referrals', 'partner')).toEqual([referralA]);
    for (const who of ['sw2', 'managerB'] as Who[])
      expect((await t.request('GET', '/api/referrals?box=received', { cookie: cookies[who] })).body).toEqual([]);
    expect(await ids('/api/users', 'sw2')).toEqual([t.fx.users.sw2.id]);
    expect((await ids('/api/users', 'admin')).sort()).toEqual(
      ['sw', 'sw2', 'partner', 'manager', 'admin', 'disabled'].map((k) => t.fx.users[k as Who].id).sort(),
    );
    expect((await ids('/api/organisations', 'swB')).sort()).toEqual([t.fx.orgB]);
    expect(await ids('/api/partners', 'swB')).toEqual([t.fx.orgB]);
    expect(await ids('/api/referral-types', 'swB')).toEqual([]);
    expect(await ids('/api/referral-types', 'sw')).toEqual([referralTypeA]);
    expect(await ids('/api/territories', 'sw')).toEqual([t.fx.territoryA]);
    // getMany with foreign ids simply omits them.
    const many = await t.request('GET', `/api/households?filter=${encodeURIComponent(JSON.stringify({ id: [t.fx.householdA, t.fx.householdA2, t.fx.householdB] }))}`, { cookie: cookies.sw });
    expect(many.body.map((h: { id: string }) => h.id)).toEqual([t.fx.householdA]);
    // Audit log: a manager sees only their organisation's events.
    const events = (await t.request('GET', '/api/audit-events?range=[0,99]', { cookie: cookies.managerB })).body as { organisationId: string }[];
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e.organisationId))).toEqual(new Set([t.fx.orgB]));
  });

  it('refuses body references outside the scope', async () => {
    const h = await t.request('POST', '/api/households', { cookie: cookies.swB, body: { referentId: t.fx.users.sw.id } });
    expect(h.statusCode).toBe(400);
    expect(h.body.errors).toEqual([{ field: 'referentId', message: expect.any(String) }]);
    const u = await t.request('POST', '/api/users', {
      cookie: cookies.adminB,
      body: { email: 'new@test.recours.fr', displayName: 'New', role: 'social_worker', organisationId: t.fx.orgA, password: 'long-enough-password' },
    });
    expect(u.statusCode).toBe(400);
    expect(u.body.errors).toEqual([{ field: 'organisationId', message: 'organisation inconnue ou hors de votre territoire' }]);
  });

  async function snapshotDb() {
    return t.db.query(`SELECT
      (SELECT json_agg(h ORDER BY id) FROM (SELECT id, status, updated_at FROM household) h) AS households,
      (SELECT json_agg(u ORDER BY id) FROM (SELECT id, display_name, active FROM app_user) u) AS users,
      (SELECT json_agg(o ORDER BY id) FROM (SELECT id, name FROM organisation) o) AS organisations,
      (SELECT json_agg(h ORDER BY id) FROM (SELECT id, detection_requested_at FROM household) h) AS detections,
      (SELECT json_agg(r ORDER BY id) FROM (SELECT id, status, updated_at FROM detected_right) r) AS rights,
      (SELECT json_agg(x ORDER BY id) FROM (SELECT id, status, title, updated_at FROM task) x) AS tasks,
      (SELECT json_agg(c ORDER BY id) FROM (SELECT id, name, status, updated_at FROM campaign) c) AS campaigns,
      (SELECT json_agg(r ORDER BY id) FROM (SELECT id, status, updated_at FROM referral) r) AS referrals,
      (SELECT json_agg(r ORDER BY id) FROM (SELECT id, label, shared_groups::text[] FROM referral_type) r) AS referral_types,
      (SELECT count(*)::int FROM referral_event) AS referral_events,
      (SELECT count(*)::int FROM detected_right_transition) AS transitions`);
  }
});
