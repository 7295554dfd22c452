// Every route, its permission, and what a user from another organisation gets on it.
// The snapshot is a permission review: a diff here is a change of who may do what.
import { parse } from 'csv-parse/sync';
import { ROLE_PERMISSIONS } from '../src/common/auth/permissions';
import { insert } from './fixtures';
import { listRoutes, type RouteInfo } from './routes';
import { startTestApp, type TestContext } from './test-app';

type Who = 'sw' | 'sw2' | 'partner' | 'manager' | 'admin' | 'swB' | 'managerB' | 'adminB';

describe('routes and scoping', () => {
  let t: TestContext;
  let routes: RouteInfo[];
  const cookies = {} as Record<Who, string>;
  let referralA: string; // orgA → CAF, householdA, with the applicant's sharing consent
  let notificationA: string; // the partner's: referralA received
  let referralTypeA: string;
  let importA: string; // orgA, uploaded by sw, with a review row and a preset
  let presetA: string;
  let reviewA: string;

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
    [{ id: notificationA }] = await t.db.query(
      `INSERT INTO notification (user_id, organisation_id, kind, item_type, item_id) VALUES ($1, $2, 'referral_received', 'referral', $3) RETURNING id`,
      [t.fx.users.partner.id, t.fx.orgCaf, referralA],
    );
    importA = await insert(t.db, 'partner_import', {
      organisation_id: t.fx.orgA, territory_id: t.fx.territoryA, created_by: t.fx.users.sw.id, file_name: 'a.csv', file_size: 10, format: 'csv', header: '{nom,prenom}',
    });
    await t.db.query(`INSERT INTO import_staging (import_id, line, last_name, first_name) VALUES ($1, 2, 'Dupree', 'Helene')`, [importA]);
    reviewA = await insert(t.db, 'import_review', {
      import_id: importA, organisation_id: t.fx.orgA, line: 2, candidate_person_id: t.fx.memberA, candidate_household_id: t.fx.householdA, similarity: 0.6,
    });
    presetA = await insert(t.db, 'import_preset', { organisation_id: t.fx.orgA, name: 'Export A', mapping: '{"nom":"nom","prenom":"prenom"}' });
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
    // `/imports/:id/reviews/:reviewId`: the case's id carries both (a missing id replaces both).
    const routeWith = (path: string, id: string) => (id.includes('/') ? path.replace(':id/reviews/:reviewId', id) : path.replace(':id', id).replace(':reviewId', id));
    const cases: Record<string, { id: () => string; owner: Who; intruders: Who[]; body?: unknown }> = {
      'GET /api/households/:id': { id: () => t.fx.householdA, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'managerB'] },
      'PUT /api/households/:id': { id: () => t.fx.householdA, owner: 'sw', intruders: ['sw2', 'swB', 'managerB'], body: { status: 'closed' } },
      'DELETE /api/households/:id': { id: () => t.fx.householdA2, owner: 'manager', intruders: ['managerB'] },
      'GET /api/households/:id/access-history': { id: () => t.fx.householdA, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'managerB'] },
      'GET /api/users/:id': { id: () => t.fx.users.sw.id, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'adminB'] },
      'PUT /api/users/:id': { id: () => t.fx.users.sw.id, owner: 'admin', intruders: ['adminB'], body: { displayName: 'Renamed' } },
      'DELETE /api/users/:id': { id: () => t.fx.users.sw.id, owner: 'admin', intruders: ['adminB'] },
      'POST /api/users/:id/password-reset': { id: () => t.fx.users.sw.id, owner: 'admin', intruders: ['adminB'] },
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
      'GET /api/campaigns/:id/households': { id: () => t.fx.campaignA, owner: 'sw', intruders: ['sw2', 'swB', 'managerB'] },
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
      // A notification is its user's only, even within the same organisation.
      'GET /api/notifications/:id': { id: () => notificationA, owner: 'partner', intruders: ['sw', 'manager', 'swB'] },
      'POST /api/notifications/:id/read': { id: () => notificationA, owner: 'partner', intruders: ['sw', 'manager', 'swB'], body: {} },
      'GET /api/imports/:id': { id: () => importA, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'managerB'] },
      'GET /api/imports/:id/report': { id: () => importA, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'managerB'] },
      'GET /api/imports/:id/summary': { id: () => importA, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'managerB'] },
      'GET /api/imports/:id/reviews': { id: () => importA, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'managerB'] },
      'POST /api/imports/:id/preview': { id: () => importA, owner: 'sw', intruders: ['sw2', 'partner', 'swB', 'managerB'], body: { mapping: { nom: 'nom', prenom: 'prenom' } } },
      'POST /api/imports/:id/start': { id: () => importA, owner: 'sw', intruders: ['sw2', 'swB', 'managerB'], body: { mapping: { nom: 'nom', prenom: 'prenom' } } },
      'POST /api/imports/:id/reviews/:reviewId': { id: () => `${importA}/reviews/${reviewA}`, owner: 'sw', intruders: ['sw2', 'swB', 'managerB'], body: { decision: 'nouveau' } },
      'DELETE /api/imports/presets/:id': { id: () => presetA, owner: 'sw', intruders: ['sw2', 'swB', 'managerB'] },
    };
    const withId = routes.filter((r) => r.path.includes(':id'));
    expect(withId.map((r) => `${r.method} ${r.path}`).sort()).toEqual(Object.keys(cases).sort()); // a new route needs a case
    const missing = '00000000-0000-4000-8000-000000000000';
    const before = await snapshotDb();
    for (const r of withId) {
      const c = cases[`${r.method} ${r.path}`];
      for (const intruder of c.intruders) {
        const foreign = await t.request(r.method, routeWith(r.path, c.id()), { cookie: cookies[intruder], body: c.body });
        const absent = await t.request(r.method, routeWith(r.path, missing), { cookie: cookies[intruder], body: c.body });
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

  /**
   * Every GET list route of the router (no `:id`), tried by a user of one organisation, without a
   * filter and with filters that name the ids of other organisations' records: nothing of another
   * organisation (or territory, for territory-wide lists) appears anywhere in the answer, while the
   * viewer's own records do. A new list route without a case here fails the test.
   */
  it('never lets a list route return another organisation\'s records, even when filters name their ids', async () => {
    const fx = t.fx;
    const u = fx.users;
    // Records of the other organisations: same territory (A2) and another territory (B).
    const householdA2b = await insert(t.db, 'household', { reference: 'HH-2026-00077', organisation_id: fx.orgA2, territory_id: fx.territoryA, referent_id: u.sw.id });
    const right = (h: string, org: string, territory: string) =>
      insert(t.db, 'detected_right', { household_id: h, organisation_id: org, territory_id: territory, benefit: 'rsa', estimated_amount_cents: 50000, confidence: 'haute' });
    const rightA2 = await right(fx.householdA2, fx.orgA2, fx.territoryA);
    const rightA2b = await right(householdA2b, fx.orgA2, fx.territoryA);
    const rightB = await right(fx.householdB, fx.orgB, fx.territoryB);
    const contact = (h: string, org: string, author: string) =>
      insert(t.db, 'contact', { household_id: h, organisation_id: org, author_id: author, channel: 'telephone', outcome: 'joint', occurred_at: '2026-03-02T09:00:00Z' });
    const contactA2 = await contact(fx.householdA2, fx.orgA2, u.sw2.id);
    const contactB = await contact(fx.householdB, fx.orgB, u.swB.id);
    await t.db.query('INSERT INTO contact_right (contact_id, detected_right_id) VALUES ($1, $2), ($3, $4)', [contactA2, rightA2, contactB, rightB]);
    const campaign = (org: string, territory: string, by: string) => insert(t.db, 'campaign', { organisation_id: org, territory_id: territory, name: 'Ailleurs', filters: '{}', created_by: by });
    const campaignA2 = await campaign(fx.orgA2, fx.territoryA, u.sw2.id);
    const campaignB = await campaign(fx.orgB, fx.territoryB, u.managerB.id);
    // Rows naming the viewer (assignee, referent) in another organisation: "my day" must still leave them out.
    const taskA2 = await insert(t.db, 'task', { household_id: householdA2b, organisation_id: fx.orgA2, title: 'Ailleurs', assignee_id: u.sw.id, due_on: '2026-01-01', detected_right_id: rightA2b, campaign_id: campaignA2 });
    const taskB = await insert(t.db, 'task', { household_id: fx.householdB, organisation_id: fx.orgB, title: 'Ailleurs', assignee_id: u.swB.id, due_on: '2026-01-01', detected_right_id: rightB, contact_id: contactB, campaign_id: campaignB });
    // Own audit events for the manager's list, foreign ones from the other organisations' sign-ins.
    await t.request('GET', `/api/households/${fx.householdA}`, { cookie: cookies.sw });
    const foreignEvents = ((await t.db.query('SELECT id FROM audit_event WHERE organisation_id <> $1', [fx.orgA])) as { id: string }[]).map((e) => e.id);
    const ownEvents = ((await t.db.query('SELECT id FROM audit_event WHERE organisation_id = $1 ORDER BY occurred_at DESC LIMIT 3', [fx.orgA])) as { id: string }[]).map((e) => e.id);
    expect(foreignEvents.length).toBeGreaterThan(0);

    // Referrals elsewhere: A2 → the CAF without any consent (outside the CAF's window), and within territory B.
    const referral = (h: string, territory: string, from: string, by: string, to: string) =>
      insert(t.db, 'referral', { household_id: h, territory_id: territory, sender_organisation_id: from, sender_user_id: by, recipient_organisation_id: to, shared_groups: '{identite}' });
    const referralA2 = await referral(fx.householdA2, fx.territoryA, fx.orgA2, u.sw2.id, fx.orgCaf);
    const referralB = await referral(fx.householdB, fx.territoryB, fx.orgB, u.swB.id, fx.orgB);
    // A2's consent to share with A (not with the CAF: referralA2 stays outside the CAF's window).
    const consentA2 = await insert(t.db, 'consent', {
      person_id: fx.memberA2, household_id: fx.householdA2, organisation_id: fx.orgA2, purpose: 'partage_partenaire', recipient_organisation_id: fx.orgA,
      given: true, decided_on: '2026-03-01', method: 'oral', recorded_by: u.sw2.id,
    });
    const [{ id: consentA }] = (await t.db.query('SELECT id FROM consent WHERE household_id = $1', [fx.householdA])) as { id: string }[];
    const foreignImport = (org: string, territory: string, by: string) =>
      insert(t.db, 'partner_import', { organisation_id: org, territory_id: territory, created_by: by, file_name: 'x.csv', file_size: 1, format: 'csv' });
    const importA2 = await foreignImport(fx.orgA2, fx.territoryA, u.sw2.id);
    const importB = await foreignImport(fx.orgB, fx.territoryB, u.swB.id);
    const presetB = await insert(t.db, 'import_preset', { organisation_id: fx.orgB, name: 'Export B', mapping: '{}' });
    const referralTypeB = await insert(t.db, 'referral_type', { territory_id: fx.territoryB, recipient_kind: 'caf', label: 'CAF B', shared_groups: '{identite}' });

    // Reminders left failed: the manager's and admin's list of their organisation only.
    const failedReminder = async (org: string) =>
      ((await t.db.query(
        `INSERT INTO reminder (kind, item_id, threshold, organisation_id, due_at, state, fire_rounds, done_at, outcome)
         VALUES ('task_due', gen_random_uuid(), 0, $1, '2026-05-04T07:00:00Z', 'failed', 3, '2026-05-04T08:00:00Z', 'panne') RETURNING id`,
        [org],
      )) as { id: string }[])[0].id;
    const [failedA, failedA2, failedB] = [await failedReminder(fx.orgA), await failedReminder(fx.orgA2), await failedReminder(fx.orgB)];

    const otherOrgs = [fx.orgA2, fx.orgB, fx.householdA2, householdA2b, fx.householdB, rightA2, rightA2b, rightB, contactA2, contactB, taskA2, taskB, campaignA2, campaignB, u.sw2.id, u.swB.id, u.managerB.id, u.adminB.id];
    const otherTerritory = [fx.territoryB, fx.orgB, fx.householdB, rightB, contactB, taskB, campaignB, u.swB.id, u.managerB.id, u.adminB.id];
    const foreignHouseholds = [fx.householdA2, householdA2b, fx.householdB];
    // `base`: a filter the route requires (consents are listed per household or person).
    type Case = { who: Who; own: string[]; foreign: string[]; filters: Record<string, unknown>[]; base?: Record<string, unknown> };
    const cases: Record<string, Case[]> = {
      '/api/households': [{ who: 'sw', own: [fx.householdA], foreign: otherOrgs, filters: [{ id: foreignHouseholds }, { id: fx.householdB }, { referentId: u.sw2.id }, { q: 'HH-2026-00077' }] }],
      '/api/detected-rights': [{
        who: 'sw', own: [fx.rightA], foreign: otherOrgs,
        filters: [{ id: [rightA2, rightA2b, rightB] }, { householdId: fx.householdA2 }, { householdId: householdA2b }, { householdId: fx.householdB }, { referentId: u.sw2.id }, { q: 'HH-2026-00077' }],
      }],
      '/api/contacts': [{
        who: 'sw', own: [fx.contactA], foreign: otherOrgs,
        filters: [{ id: [contactA2, contactB] }, { householdId: fx.householdA2 }, { householdId: fx.householdB }, { rightId: rightA2 }, { authorId: u.swB.id }],
      }],
      '/api/tasks': [{
        who: 'sw', own: [fx.taskA], foreign: otherOrgs,
        filters: [{ id: [taskA2, taskB] }, { householdId: householdA2b }, { householdId: fx.householdB }, { campaignId: campaignB }, { detectedRightId: rightA2b },
          { assigneeId: u.sw.id, due: 'overdue' }, { assigneeId: u.swB.id }],
      }],
      '/api/campaigns': [{ who: 'sw', own: [fx.campaignA], foreign: otherOrgs, filters: [{ id: [campaignA2, campaignB] }, { id: campaignB }] }],
      '/api/my-day': [{ who: 'sw', own: [fx.taskA, fx.householdA], foreign: otherOrgs, filters: [] }],
      '/api/audit-events': [{
        who: 'manager', own: ownEvents, foreign: [...foreignEvents, ...otherOrgs],
        filters: [{ id: foreignEvents.slice(0, 100) }, { householdId: fx.householdA2 }, { householdId: fx.householdB }, { actorId: u.sw2.id }, { entityId: fx.householdB }],
      }],
      '/api/users': [
        { who: 'sw', own: [u.sw.id, u.manager.id], foreign: [...otherOrgs, u.partner.id, fx.orgCaf], filters: [{ id: [u.sw2.id, u.swB.id, u.partner.id] }, { organisationId: fx.orgA2 }, { organisationId: fx.orgB }] },
        { who: 'admin', own: [u.sw.id, u.sw2.id, u.partner.id], foreign: otherTerritory, filters: [{ id: [u.swB.id, u.adminB.id] }, { organisationId: fx.orgB }] },
      ],
      '/api/organisations': [
        { who: 'sw', own: [fx.orgA, fx.orgA2], foreign: otherTerritory, filters: [{ id: [fx.orgB] }, { id: fx.orgB }] },
        { who: 'swB', own: [fx.orgB], foreign: [fx.orgA, fx.orgA2, fx.orgCaf, fx.territoryA], filters: [{ id: [fx.orgA, fx.orgA2, fx.orgCaf] }] },
      ],
      '/api/referrals': [
        {
          who: 'sw', own: [referralA], foreign: [...otherOrgs, referralA2, referralB],
          filters: [{ id: [referralA2, referralB] }, { householdId: fx.householdA2 }, { senderOrganisationId: fx.orgA2 }, { box: 'received', id: referralB }],
        },
        {
          who: 'partner', own: [referralA], foreign: [...otherOrgs, referralA2, referralB],
          filters: [{ id: [referralA2, referralB] }, { householdId: fx.householdA2 }, { senderOrganisationId: fx.orgA2 }, { box: 'sent', id: referralA2 }],
        },
      ],
      '/api/consents': [{
        who: 'sw', own: [consentA], foreign: [...otherOrgs, consentA2], base: { householdId: fx.householdA },
        filters: [{ householdId: fx.householdA2 }, { personId: fx.memberA2 }, { householdId: fx.householdA, personId: fx.memberA2 }],
      }],
      '/api/partners': [
        { who: 'sw', own: [fx.orgCaf, fx.orgA2], foreign: otherTerritory, filters: [{ id: [fx.orgB] }, { id: fx.orgB }] },
        { who: 'swB', own: [fx.orgB], foreign: [fx.orgA, fx.orgA2, fx.orgCaf], filters: [{ id: [fx.orgA, fx.orgA2, fx.orgCaf] }] },
      ],
      '/api/referral-types': [
        { who: 'sw', own: [referralTypeA], foreign: [referralTypeB], filters: [{ id: [referralTypeB] }, { id: referralTypeB }] },
        { who: 'swB', own: [referralTypeB], foreign: [referralTypeA], filters: [{ id: [referralTypeA] }] },
      ],
      '/api/imports': [{ who: 'sw', own: [importA], foreign: [importA2, importB], filters: [{ id: [importA2, importB] }] }],
      '/api/failed-reminders': [
        { who: 'manager', own: [failedA], foreign: [failedA2, failedB], filters: [{ id: [failedA2, failedB] }, { id: failedB }] },
        { who: 'admin', own: [failedA], foreign: [failedA2, failedB], filters: [{ id: [failedA2, failedB] }] },
        { who: 'managerB', own: [failedB], foreign: [failedA, failedA2], filters: [{ id: [failedA] }] },
      ],
      '/api/imports/presets': [{ who: 'sw', own: [presetA], foreign: [presetB], filters: [{ id: [presetB] }] }],
      // Indicators: the manager's organisation only (its workers, its organisation), whatever the filter names.
      ...Object.fromEntries(['funnel', 'rights-opened', 'time-to-right', 'outreach', 'campaigns', 'referrals'].map((family) => [`/api/stats/${family}`, [{
        who: 'manager' as Who, own: family === 'outreach' ? [u.sw.id] : family === 'funnel' ? [fx.orgA] : [], foreign: otherOrgs,
        filters: [{ organisationId: fx.orgA2 }, { organisationId: fx.orgB }],
      }]])),
      // The evaluation export: counts only (no id at all), in the manager's organisation whatever the filter names.
      '/api/stats/evaluation-export': [{ who: 'manager', own: [], foreign: otherOrgs, filters: [{ organisationId: fx.orgA2 }, { organisationId: fx.orgB }] }],
      '/api/territories': [
        { who: 'sw', own: [fx.territoryA], foreign: [fx.territoryB], filters: [{ id: [fx.territoryB] }, { id: fx.territoryB }] },
        { who: 'swB', own: [fx.territoryB], foreign: [fx.territoryA], filters: [{ id: fx.territoryA }] },
      ],
    };
    // The list routes, from the router: GET, no `:id`, behind a permission other than the session's own.
    const listRoutePaths = routes
      .filter((r) => r.method === 'GET' && !r.path.includes(':') && !r.path.endsWith('/export') && !['public', 'session.self'].includes(r.permission))
      .map((r) => r.path);
    expect(Object.keys(cases).sort()).toEqual([...listRoutePaths].sort()); // a new list route needs a case
    // Every export is its list's: a list route has one, and it answers the list's rows for the same filters (below).
    const exportPaths = routes.filter((r) => r.method === 'GET' && r.path.endsWith('/export') && r.path !== '/api/stats/evaluation-export').map((r) => r.path.replace(/\/export$/, ''));
    expect(exportPaths.filter((p) => !cases[p])).toEqual([]);

    for (const [path, routeCases] of Object.entries(cases)) {
      for (const c of routeCases) {
        if (path !== '/api/my-day') expect({ path, namesForeignIds: c.filters.some((f) => c.foreign.some((id) => JSON.stringify(f).includes(id))) }).toEqual({ path, namesForeignIds: true });
        const baseQuery = c.base ? `&filter=${encodeURIComponent(JSON.stringify(c.base))}` : '';
        const plain = await t.request('GET', path === '/api/my-day' ? path : `${path}?range=[0,99]${baseQuery}`, { cookie: cookies[c.who] });
        expect({ path, who: c.who, status: plain.statusCode }).toEqual({ path, who: c.who, status: 200 });
        const text = JSON.stringify(plain.body);
        expect({ path, who: c.who, own: c.own.filter((id) => !text.includes(id)) }).toEqual({ path, who: c.who, own: [] });
        expect({ path, who: c.who, leaked: c.foreign.filter((id) => text.includes(id)) }).toEqual({ path, who: c.who, leaked: [] });
        for (const filter of c.filters) {
          const res = await t.request('GET', `${path}?range=[0,99]&filter=${encodeURIComponent(JSON.stringify({ ...c.base, ...filter }))}`, { cookie: cookies[c.who] });
          const body = JSON.stringify(res.body);
          // A filter naming a foreign household or person may answer 404 (not found or no access) instead of an empty list.
          expect({ path, who: c.who, filter, ok: [200, 404].includes(res.statusCode), leaked: c.foreign.filter((id) => body.includes(id)) }).toEqual({ path, who: c.who, filter, ok: true, leaked: [] });
        }
        if (exportPaths.includes(path)) {
          // The export holds exactly the list's rows (the list is checked above): same scope, same filters.
          // Reads of the audit log (audited themselves) are left out of the comparison.
          for (const filter of [{}, ...c.filters]) {
            const query = `filter=${encodeURIComponent(JSON.stringify({ ...c.base, ...filter }))}`;
            const exported = await t.request('GET', `${path}/export?${query}`, { cookie: cookies[c.who] });
            const listed = await t.request('GET', `${path}?range=[0,99]&${query}`, { cookie: cookies[c.who] });
            expect({ path, filter, status: exported.statusCode }).toEqual({ path, filter, status: listed.statusCode });
            if (listed.statusCode !== 200) continue;
            const lines = parse(exported.raw, { delimiter: ';', bom: true }) as string[][];
            const exportedRows = lines.slice(1).filter((l) => l[4] !== 'Journal d’audit').length;
            const listedRows = (listed.body as { entityType?: string }[]).filter((r) => r.entityType !== 'audit_event').length;
            if (listed.body.length < 100) expect({ path, filter, rows: exportedRows }).toEqual({ path, filter, rows: listedRows });
            else expect(exportedRows).toBeGreaterThanOrEqual(listedRows);
          }
        }
      }
    }
  });

  it('refuses body references outside the scope', async () => {
    const h = await t.request('POST', '/api/households', { cookie: cookies.swB, body: { referentId: t.fx.users.sw.id } });
    expect(h.statusCode).toBe(400);
    expect(h.body.errors).toEqual([{ field: 'referentId', message: expect.any(String) }]);
    const u = await t.request('POST', '/api/users', {
      cookie: cookies.adminB,
      body: { email: 'new@test.recours.fr', displayName: 'New', role: 'social_worker', organisationId: t.fx.orgA },
    });
    expect(u.statusCode).toBe(400);
    expect(u.body.errors).toEqual([{ field: 'organisationId', message: 'organisation inconnue ou hors de votre territoire' }]);
  });

  async function snapshotDb() {
    return t.db.query(`SELECT
      (SELECT json_agg(h ORDER BY id) FROM (SELECT id, status, updated_at FROM household) h) AS households,
      (SELECT json_agg(u ORDER BY id) FROM (SELECT id, display_name, active, password_hash FROM app_user) u) AS users,
      (SELECT count(*)::int FROM password_link) AS password_links,
      (SELECT json_agg(o ORDER BY id) FROM (SELECT id, name FROM organisation) o) AS organisations,
      (SELECT json_agg(h ORDER BY id) FROM (SELECT id, detection_requested_at FROM household) h) AS detections,
      (SELECT json_agg(r ORDER BY id) FROM (SELECT id, status, updated_at FROM detected_right) r) AS rights,
      (SELECT json_agg(x ORDER BY id) FROM (SELECT id, status, title, updated_at FROM task) x) AS tasks,
      (SELECT json_agg(c ORDER BY id) FROM (SELECT id, name, status, updated_at FROM campaign) c) AS campaigns,
      (SELECT json_agg(r ORDER BY id) FROM (SELECT id, status, updated_at FROM referral) r) AS referrals,
      (SELECT json_agg(r ORDER BY id) FROM (SELECT id, label, shared_groups::text[] FROM referral_type) r) AS referral_types,
      (SELECT count(*)::int FROM referral_event) AS referral_events,
      (SELECT count(*)::int FROM detected_right_transition) AS transitions,
      (SELECT json_agg(i ORDER BY id) FROM (SELECT id, status, mapping, updated_at FROM partner_import) i) AS imports,
      (SELECT json_agg(v ORDER BY id) FROM (SELECT id, status FROM import_review) v) AS reviews,
      (SELECT json_agg(p ORDER BY id) FROM (SELECT id FROM import_preset) p) AS presets`);
  }
});
