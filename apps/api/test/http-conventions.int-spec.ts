// react-admin list conventions, validation on every write route, OpenAPI, CORS, content types.
import { listRoutes } from './routes';
import { parseContentRange, q, startTestApp, type TestContext } from './test-app';

// Validation comes before the lookup: an unknown id still gets its 400.
const NO_ID = '00000000-0000-4000-8000-000000000000';

describe('HTTP conventions', () => {
  let t: TestContext;
  let sw: string;
  let admin: string;
  let manager: string;
  beforeAll(async () => {
    t = await startTestApp();
    sw = await t.login(t.fx.users.sw.email);
    admin = await t.login(t.fx.users.admin.email);
    manager = await t.login(t.fx.users.manager.email);
    // 130 more households in the social worker's organisation.
    await t.db.query(
      `INSERT INTO household (reference, organisation_id, territory_id, postcode, status)
       SELECT 'HH-2026-' || lpad((100 + g)::text, 5, '0'), $1, $2, CASE WHEN g % 2 = 0 THEN '23200' ELSE '23000' END,
              (CASE WHEN g % 10 = 0 THEN 'closed' ELSE 'active' END)::household_status
       FROM generate_series(1, 130) g`,
      [t.fx.orgA, t.fx.territoryA],
    );
  });
  afterAll(() => t.close());

  it('paginates with Content-Range, caps pages at 100 and sorts on allowed fields', async () => {
    const first = await t.request('GET', `/api/households${q({ sort: ['reference', 'ASC'], range: [0, 24] })}`, { cookie: sw });
    expect(first.statusCode).toBe(200);
    expect(first.body).toHaveLength(25);
    expect(first.headers['content-range']).toBe('households 0-24/131');
    const refs = first.body.map((h: { reference: string }) => h.reference);
    expect(refs).toEqual([...refs].sort());
    const desc = await t.request('GET', `/api/households${q({ sort: ['reference', 'DESC'], range: [0, 0] })}`, { cookie: sw });
    expect(desc.body[0].reference).toBe('HH-2026-00230');
    const big = await t.request('GET', `/api/households${q({ range: [0, 499] })}`, { cookie: sw });
    expect(big.body).toHaveLength(100);
    expect(parseContentRange(big.headers['content-range'])).toEqual({ resource: 'households', start: 0, end: 99, total: 131 });
    const last = await t.request('GET', `/api/households${q({ range: [125, 149] })}`, { cookie: sw });
    expect(last.headers['content-range']).toBe('households 125-130/131');
    const beyond = await t.request('GET', `/api/households${q({ range: [500, 524] })}`, { cookie: sw });
    expect(beyond.body).toEqual([]);
    expect(beyond.headers['content-range']).toBe('households */131');
  });

  it('filters by status, postcode, referent and searches names and references without accents', async () => {
    const closed = await t.request('GET', `/api/households${q({ filter: { status: 'closed' }, range: [0, 99] })}`, { cookie: sw });
    expect(parseContentRange(closed.headers['content-range']).total).toBe(13);
    const pc = await t.request('GET', `/api/households${q({ filter: { postcode: '23200' } })}`, { cookie: sw });
    expect(parseContentRange(pc.headers['content-range']).total).toBe(65);
    const mine = await t.request('GET', `/api/households${q({ filter: { referentId: t.fx.users.sw.id } })}`, { cookie: sw });
    expect(mine.body.map((h: { id: string }) => h.id)).toEqual([t.fx.householdA]);
    for (const term of ['helene', 'HÉLÈNE dupre', 'dupré hélène', 'HH-2026-00001']) {
      const r = await t.request('GET', `/api/households${q({ filter: { q: term } })}`, { cookie: sw });
      expect({ term, ids: r.body.map((h: { id: string }) => h.id) }).toEqual({ term, ids: [t.fx.householdA] });
    }
    expect(mine.body[0]).toMatchObject({ memberCount: 2, applicantName: 'Hélène DUPRÉ' });
    const none = await t.request('GET', `/api/households${q({ filter: { q: '100%' } })}`, { cookie: sw });
    expect(none.body).toEqual([]);
  });

  it('logs one `list` audit event per search with the filter names, never the values', async () => {
    await t.db.query(`DELETE FROM audit_event WHERE action = 'list'`);
    await t.request('GET', `/api/households${q({ filter: { q: 'hélène', status: 'active' } })}`, { cookie: sw });
    const rows = await t.db.query(`SELECT entity_type, fields, household_id FROM audit_event WHERE action = 'list'`);
    expect(rows).toEqual([{ entity_type: 'household', fields: ['q', 'status'], household_id: null }]);
  });

  it('rejects unknown sort fields, filters and parameters, and malformed JSON, with 400 and the field', async () => {
    const cases: [string, string][] = [
      [q({ sort: ['passwordHash', 'ASC'] }), 'sort'],
      [q({ sort: ['reference', 'SIDEWAYS'] }), 'sort'],
      [q({ range: [10, 2] }), 'range'],
      [q({ filter: { organisationId: t.fx.orgA2 } }), 'filter.organisationId'],
      [q({ filter: { status: 'archived' } }), 'filter.status'],
      ['?filter={oops', 'filter'],
      ['?page=2', 'page'],
    ];
    for (const [query, field] of cases) {
      const r = await t.request('GET', `/api/households${query}`, { cookie: sw });
      expect({ query, status: r.statusCode, fields: r.body.errors?.map((e: { field: string }) => e.field) }).toEqual({ query, status: 400, fields: [field] });
    }
  });

  it('answers 400 with French messages and field paths on every write route', async () => {
    const cases: Record<string, { cookie: () => string; url: string; body: unknown; fields: string[] }> = {
      'POST /api/auth/login': { cookie: () => '', url: '/api/auth/login', body: { email: 'x', password: 'y' }, fields: ['email'] },
      'POST /api/households': {
        cookie: () => sw, url: '/api/households',
        body: { housingAidZone: 4, monthlyRentCents: 12.5, members: [{ firstName: 'A', lastName: 'B', relationship: 'demandeur', birthDate: '2020-02-30', incomes: [{ kind: 'salaire', monthlyAmountCents: 1, startMonth: '2025-13' }] }], extra: 1 },
        fields: ['extra', 'monthlyRentCents', 'housingAidZone', 'members[0].birthDate', 'members[0].incomes[0].startMonth'],
      },
      'PUT /api/households/:id': {
        cookie: () => sw, url: `/api/households/${t.fx.householdA}`,
        body: { status: null, receivedBenefits: [{ benefit: 'rsa', monthlyAmountCents: -1, since: 'hier' }], members: 'x' },
        fields: ['status', 'members', 'receivedBenefits[0].monthlyAmountCents', 'receivedBenefits[0].since'],
      },
      'POST /api/users': {
        cookie: () => admin, url: '/api/users',
        // An administrator never sets a password: the field is unknown.
        body: { email: 'a@b.fr', displayName: 'A', role: 'boss', organisationId: 'nope', password: 'Violette grimpe au 3e étage!' },
        fields: ['role', 'organisationId', 'password'],
      },
      'PUT /api/users/:id': {
        cookie: () => admin, url: `/api/users/${t.fx.users.sw.id}`, body: { active: 'yes', password: 'Violette grimpe au 3e étage!' }, fields: ['active', 'password'],
      },
      'POST /api/auth/password-link/inspect': { cookie: () => '', url: '/api/auth/password-link/inspect', body: { token: 'abc' }, fields: ['token'] },
      'POST /api/auth/password-link/choose': { cookie: () => '', url: '/api/auth/password-link/choose', body: { token: 5, password: '' }, fields: ['token', 'password'] },
      'POST /api/auth/totp/enrolment/confirm': { cookie: () => sw, url: '/api/auth/totp/enrolment/confirm', body: { code: '12ab56' }, fields: ['code'] },
      'POST /api/auth/totp/verify': { cookie: () => sw, url: '/api/auth/totp/verify', body: { code: 'abc', recoveryCode: 5 }, fields: ['code', 'recoveryCode'] },
      'POST /api/organisations': { cookie: () => admin, url: '/api/organisations', body: { name: '', kind: 'banque' }, fields: ['name', 'kind'] },
      'PUT /api/organisations/:id': { cookie: () => admin, url: `/api/organisations/${t.fx.orgA}`, body: { territoryId: t.fx.territoryB, bogus: true }, fields: ['bogus'] },
      'POST /api/detected-rights': {
        cookie: () => sw, url: '/api/detected-rights', body: { householdId: 'x', benefit: 'autre', estimatedAmountCents: -1, source: 'moteur' },
        fields: ['householdId', 'benefit', 'estimatedAmountCents', 'source'],
      },
      'POST /api/detected-rights/:id/transitions': {
        cookie: () => sw, url: `/api/detected-rights/${t.fx.rightA}/transitions`, body: { to: 'accorde', reason: 'doublon' },
        fields: ['reason', 'grantedMonthlyAmountCents', 'grantedFrom'],
      },
      'POST /api/contacts': {
        cookie: () => sw, url: '/api/contacts', body: { householdId: t.fx.householdA, channel: 'pigeon', outcome: 'joint', nextAttemptOn: 'demain', rightIds: ['x'] },
        fields: ['channel', 'nextAttemptOn', 'rightIds[0]'],
      },
      'POST /api/tasks': { cookie: () => sw, url: '/api/tasks', body: { householdId: t.fx.householdA, title: '', dueOn: '2026-02-30' }, fields: ['title', 'dueOn'] },
      'PUT /api/tasks/:id': { cookie: () => sw, url: `/api/tasks/${t.fx.taskA}`, body: { priority: 'vite', status: 'finie' }, fields: ['priority', 'status'] },
      'POST /api/campaigns': {
        cookie: () => sw, url: '/api/campaigns', body: { name: 'C', filters: { statuses: ['accorde'], colour: 1 } },
        fields: ['filters.statuses[0]', 'filters.colour'],
      },
      'PUT /api/campaigns/:id': { cookie: () => sw, url: `/api/campaigns/${t.fx.campaignA}`, body: { assignment: 'hasard' }, fields: ['assignment'] },
      'POST /api/campaigns/preview': { cookie: () => sw, url: '/api/campaigns/preview', body: { filters: { minAmountCents: '12' } }, fields: ['filters.minAmountCents'] },
      'POST /api/consents': {
        cookie: () => sw, url: '/api/consents', body: { personId: 'x', purpose: 'partage', given: 'oui', decidedOn: '2026-02-30', method: 'mail' },
        fields: ['personId', 'purpose', 'given', 'decidedOn', 'method'],
      },
      'POST /api/referrals': {
        cookie: () => sw, url: '/api/referrals', body: { householdId: 'x', recipientOrganisationId: 'y', detectedRightIds: 'z' },
        fields: ['householdId', 'recipientOrganisationId', 'detectedRightIds'],
      },
      'POST /api/referrals/:id/acknowledge': { cookie: () => sw, url: `/api/referrals/${NO_ID}/acknowledge`, body: { reason: 'x' }, fields: ['reason'] },
      'POST /api/referrals/:id/accept': { cookie: () => sw, url: `/api/referrals/${NO_ID}/accept`, body: { outcome: 'droit_ouvert' }, fields: ['outcome'] },
      'POST /api/referrals/:id/decline': { cookie: () => sw, url: `/api/referrals/${NO_ID}/decline`, body: {}, fields: ['reason'] },
      'POST /api/referrals/:id/progress': { cookie: () => sw, url: `/api/referrals/${NO_ID}/progress`, body: { comment: 5 }, fields: ['comment'] },
      'POST /api/referrals/:id/close': {
        cookie: () => sw, url: `/api/referrals/${NO_ID}/close`, body: { outcome: 'droit_ouvert', monthlyAmountCents: -1 }, fields: ['monthlyAmountCents', 'startMonth'],
      },
      'POST /api/referrals/:id/cancel': { cookie: () => sw, url: `/api/referrals/${NO_ID}/cancel`, body: { monthlyAmountCents: 1 }, fields: ['monthlyAmountCents'] },
      'POST /api/imports': { cookie: () => sw, url: '/api/imports', body: {}, fields: ['fileName'] },
      'POST /api/imports/:id/preview': { cookie: () => sw, url: `/api/imports/${NO_ID}/preview`, body: { mapping: { nom: 7 } }, fields: ['mapping.nom'] },
      'POST /api/imports/:id/start': { cookie: () => sw, url: `/api/imports/${NO_ID}/start`, body: { mapping: 'x', presetName: '' }, fields: ['mapping', 'presetName'] },
      'POST /api/imports/:id/reviews/:reviewId': { cookie: () => sw, url: `/api/imports/${NO_ID}/reviews/${NO_ID}`, body: { decision: 'peut-être' }, fields: ['decision'] },
      'POST /api/imports/presets': { cookie: () => sw, url: '/api/imports/presets', body: { name: '', mapping: {} }, fields: ['name'] },
      'PUT /api/notification-preferences': {
        cookie: () => sw, url: '/api/notification-preferences', body: { preferences: [{ kind: 'pigeon', mode: 'fax' }] }, fields: ['preferences[0].kind', 'preferences[0].mode'],
      },
      'PUT /api/reminder-settings': {
        cookie: () => manager, url: '/api/reminder-settings', body: { referralReminderWorkingDays: 0, referralExpiryDays: 'trente' },
        // Every delay is required (the settings are replaced as a whole).
        fields: ['referralReminderWorkingDays', 'referralExpiryDays', 'referralEscalationWorkingDays', 'taskOverdueWorkingDays', 'rightNoNewsDays', 'renewalLeadDays'],
      },
      'POST /api/tasks/bulk/assign': { cookie: () => sw, url: '/api/tasks/bulk/assign', body: { ids: [], assigneeId: 'x' }, fields: ['ids', 'assigneeId'] },
      'POST /api/tasks/bulk/complete': { cookie: () => sw, url: '/api/tasks/bulk/complete', body: { ids: ['x'] }, fields: ['ids[0]'] },
      'POST /api/households/bulk/assign': { cookie: () => sw, url: '/api/households/bulk/assign', body: { ids: [t.fx.householdA] }, fields: ['referentId'] },
      'POST /api/households/bulk/tasks': {
        cookie: () => sw, url: '/api/households/bulk/tasks', body: { ids: [t.fx.householdA], title: '', dueOn: '2026-02-30' }, fields: ['title', 'dueOn'],
      },
      'POST /api/detected-rights/bulk/tasks': {
        cookie: () => sw, url: '/api/detected-rights/bulk/tasks', body: { ids: [t.fx.rightA], title: 'Appeler', dueOn: '2026-12-01', priority: 'vite' }, fields: ['priority'],
      },
      'POST /api/detected-rights/bulk/close': {
        cookie: () => sw, url: '/api/detected-rights/bulk/close', body: { ids: [t.fx.rightA], dismissReason: 'lassitude', note: '' }, fields: ['dismissReason', 'note'],
      },
      'PUT /api/referral-types/:id': { cookie: () => admin, url: `/api/referral-types/${NO_ID}`, body: { label: '', sharedGroups: ['adresse'] }, fields: ['label', 'sharedGroups[0]'] },
    };
    const writeRoutes = listRoutes(t.app).filter((r) => r.method === 'POST' || r.method === 'PUT').map((r) => `${r.method} ${r.path}`);
    // Routes without a body: nothing to validate.
    const bodyless = [
      'POST /api/auth/logout', 'POST /api/households/:id/detect', 'POST /api/campaigns/:id/launch', 'POST /api/notifications/read-all', 'POST /api/notifications/:id/read',
      'POST /api/users/:id/password-reset', 'POST /api/auth/totp/enrolment',
    ];
    expect(Object.keys(cases).sort()).toEqual(writeRoutes.filter((r) => !bodyless.includes(r)).sort());
    for (const [route, c] of Object.entries(cases)) {
      const r = await t.request(route.split(' ')[0], c.url, { cookie: c.cookie() || undefined, body: c.body });
      expect({ route, status: r.statusCode, message: r.body.message }).toEqual({ route, status: 400, message: 'Données invalides' });
      expect({ route, fields: r.body.errors.map((e: { field: string }) => e.field).sort() }).toEqual({ route, fields: [...c.fields].sort() });
      for (const e of r.body.errors) expect(e.message).toMatch(/^[a-zé'’ ].*/i);
    }
    const birth = await t.request('POST', '/api/households', { cookie: sw, body: { members: [{ firstName: 'A', lastName: 'B', relationship: 'demandeur', birthDate: '12/03/1990' }] } });
    expect(birth.body.errors).toEqual([{ field: 'members[0].birthDate', message: 'doit être une date AAAA-MM-JJ' }]);
    // Nothing was written by the refused requests.
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM organisation WHERE kind = 'autre' OR name = ''`);
    expect(n).toBe(0);
  });

  it('requires a JSON object body and refuses other content types (CSRF by form)', async () => {
    const form = await t.request('POST', '/api/households', { cookie: sw, body: 'status=active', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBe(415);
    const text = await t.request('POST', '/api/households', { cookie: sw, body: '{}', headers: { 'content-type': 'text/plain' } });
    expect(text.statusCode).toBe(415);
    const broken = await t.request('POST', '/api/households', { cookie: sw, body: '{"a":', headers: { 'content-type': 'application/json' } });
    expect(broken.statusCode).toBe(400);
    const array = await t.request('POST', '/api/households', { cookie: sw, body: [] });
    expect(array.statusCode).toBe(400);
    expect(array.body.errors).toEqual([{ field: 'body', message: 'un objet JSON est attendu' }]);
  });

  it('answers 404 for malformed ids and unknown routes, in French', async () => {
    const bad = await t.request('GET', '/api/households/not-a-uuid', { cookie: sw });
    expect(bad.statusCode).toBe(404);
    expect(bad.body).toEqual({ statusCode: 404, message: 'Introuvable ou accès refusé' });
    expect((await t.request('GET', '/api/nothing-here', { cookie: sw })).statusCode).toBe(404);
  });

  it('exposes Content-Range to the back office origin with credentials', async () => {
    const r = await t.request('GET', '/api/households', { cookie: sw, headers: { origin: 'http://localhost:5173' } });
    expect(r.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(r.headers['access-control-allow-credentials']).toBe('true');
    expect(r.headers['access-control-expose-headers']).toMatch(/Content-Range/);
    const other = await t.request('GET', '/api/households', { cookie: sw, headers: { origin: 'https://evil.example' } });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves the OpenAPI document and the Swagger UI', async () => {
    const doc = await t.request('GET', '/api/docs-json');
    expect(doc.statusCode).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/households', '/api/households/{id}', '/api/auth/login']));
    expect(doc.body.components.schemas.HouseholdInputDto.properties.members).toBeDefined();
    const ui = await t.request('GET', '/api/docs');
    expect(ui.statusCode).toBe(200);
    expect(String(ui.body)).toMatch(/swagger-ui-bundle\.js/);
  });
});
