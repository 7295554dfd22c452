import { parseContentRange, q, startTestApp, type TestContext } from '../../../test/test-app';

describe('households (HTTP, real PostgreSQL)', () => {
  let t: TestContext;
  let sw: string;
  let manager: string;
  beforeAll(async () => {
    t = await startTestApp();
    sw = await t.login(t.fx.users.sw.email);
    manager = await t.login(t.fx.users.manager.email);
  });
  afterAll(() => t.close());

  const audits = (householdId: string) =>
    t.db.query(`SELECT action, entity_type, entity_id, fields FROM audit_event WHERE household_id = $1 ORDER BY occurred_at, entity_type`, [householdId]);

  it('returns the detail with members, incomes, benefits and referent, and audits the read', async () => {
    const r = await t.request('GET', `/api/households/${t.fx.householdA}`, { cookie: sw });
    expect(r.statusCode).toBe(200);
    expect(r.body).toMatchObject({
      id: t.fx.householdA,
      reference: 'HH-2026-00001',
      monthlyRentCents: 42000,
      housingAidZone: 3,
      referent: { id: t.fx.users.sw.id, displayName: 'User sw' },
      receivedBenefits: [{ id: t.fx.benefitA, benefit: 'aide_logement', monthlyAmountCents: 21000, since: '2024-09-01' }],
    });
    expect(r.body.members.map((m: { firstName: string }) => m.firstName)).toEqual(['Hélène', 'Noé']); // demandeur first
    expect(r.body.members[0]).toMatchObject({ birthDate: '1980-03-14', incomes: [{ id: t.fx.incomeA, kind: 'salaire', monthlyAmountCents: 140000, startMonth: '2025-01', endMonth: null }] });
    const events = await t.db.query(`SELECT actor_id, organisation_id, action, entity_id FROM audit_event WHERE household_id = $1 AND action = 'read'`, [t.fx.householdA]);
    expect(events).toEqual([{ actor_id: t.fx.users.sw.id, organisation_id: t.fx.orgA, action: 'read', entity_id: t.fx.householdA }]);
  });

  it('creates a household with members inline, hands out the next reference, and audits each entity with field names only', async () => {
    const body = {
      address: '3 rue Pasteur', postcode: '23000', communeInsee: '23096', communeName: 'Guéret', housingStatus: 'locataire', housingType: 'vide',
      monthlyRentCents: 51000, housingAidZone: 3, referentId: t.fx.users.sw.id, lastContactOn: '2026-01-05',
      members: [
        { firstName: 'Awa', lastName: 'Diallo', relationship: 'demandeur', birthDate: '1990-02-01', activity: 'salarie', email: 'Awa.Diallo@Example.fr',
          incomes: [{ kind: 'salaire', monthlyAmountCents: 120000, startMonth: '2025-06' }, { kind: 'pension_alimentaire', monthlyAmountCents: 20000, startMonth: '2024-01', endMonth: '2025-12' }] },
        { firstName: 'Issa', lastName: 'Diallo', relationship: 'enfant', birthDate: '2019-09-09' },
      ],
      receivedBenefits: [{ benefit: 'allocations_familiales', monthlyAmountCents: 0 }],
    };
    const r = await t.request('POST', '/api/households', { cookie: sw, body });
    expect(r.statusCode).toBe(201);
    expect(r.body.reference).toMatch(/^HH-\d{4}-00011$/); // territory counter was at 10
    expect(r.body).toMatchObject({ organisationId: t.fx.orgA, territoryId: t.fx.territoryA, status: 'active', referent: { displayName: 'User sw' } });
    expect(r.body.members).toHaveLength(2);
    expect(r.body.members[0].email).toBe('awa.diallo@example.fr');
    expect(r.body.members[0].incomes).toHaveLength(2);
    const events = await audits(r.body.id);
    expect(events.filter((e: { action: string }) => e.action === 'create').map((e: { entity_type: string }) => e.entity_type).sort()).toEqual(
      ['household', 'income', 'income', 'person', 'person', 'received_benefit'],
    );
    const household = events.find((e: { entity_type: string }) => e.entity_type === 'household');
    expect(household.fields).toEqual(expect.arrayContaining(['address', 'postcode', 'monthlyRentCents', 'referentId']));
    // Never values.
    expect(JSON.stringify(events)).not.toMatch(/Pasteur|Diallo|51000|120000/);
    // The page's one-statement read answers exactly what the write answered (same fields, order and types).
    const page = await t.request('GET', `/api/households/${r.body.id}`, { cookie: sw });
    expect(page.statusCode).toBe(200);
    expect(page.body).toEqual(r.body);
  });

  it('updates with a diff by id: updates, creates and deletes children, and records changed field names', async () => {
    const created = await t.request('POST', '/api/households', {
      cookie: sw,
      body: { members: [{ firstName: 'Paul', lastName: 'Roux', relationship: 'demandeur', incomes: [{ kind: 'chomage', monthlyAmountCents: 90000, startMonth: '2025-01' }] }, { firstName: 'Zoé', lastName: 'Roux', relationship: 'enfant' }], receivedBenefits: [{ benefit: 'rsa', monthlyAmountCents: 30000 }] },
    });
    const h = created.body;
    await t.db.query('DELETE FROM audit_event WHERE household_id = $1', [h.id]);
    // Send back what GET returned (react-admin does), with changes.
    const edited = structuredClone(h);
    edited.status = 'closed';
    edited.members[0].lastName = 'Roux-Martin';
    edited.members[0].incomes[0].endMonth = '2025-12';
    edited.members[0].incomes.push({ kind: 'salaire', monthlyAmountCents: 110000, startMonth: '2026-01' });
    edited.members.splice(1, 1); // Zoé removed
    edited.members.push({ firstName: 'Léon', lastName: 'Roux', relationship: 'conjoint' });
    edited.receivedBenefits = [];
    const r = await t.request('PUT', `/api/households/${h.id}`, { cookie: sw, body: edited });
    expect(r.statusCode).toBe(200);
    expect(r.body.status).toBe('closed');
    expect(r.body.members.map((m: { firstName: string; lastName: string }) => `${m.firstName} ${m.lastName}`)).toEqual(['Paul Roux-Martin', 'Léon Roux']);
    expect(r.body.members[0].incomes.map((i: { kind: string; endMonth: string | null }) => `${i.kind}:${i.endMonth}`)).toEqual(['chomage:2025-12', 'salaire:null']);
    expect(r.body.receivedBenefits).toEqual([]);
    expect(new Date(r.body.updatedAt).getTime()).toBeGreaterThan(new Date(h.updatedAt).getTime());
    const events = (await audits(h.id)).map((e: { action: string; entity_type: string; fields: string[] }) => `${e.action} ${e.entity_type} ${e.fields.join(',')}`).sort();
    expect(events).toEqual([
      'create income kind,monthlyAmountCents,startMonth',
      'create person firstName,lastName,relationship',
      'delete person ',
      'delete received_benefit ',
      'update household status',
      'update income endMonth',
      'update person lastName',
    ]);
    // Saving again unchanged changes nothing, but the answer shows the record: one read event.
    const again = await t.request('PUT', `/api/households/${h.id}`, { cookie: sw, body: r.body });
    expect(again.statusCode).toBe(200);
    const after = await audits(h.id);
    expect(after.length).toBe(events.length + 1);
    expect(after.at(-1)).toMatchObject({ action: 'read', entity_type: 'household', entity_id: h.id });
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM person WHERE household_id = $1', [h.id]);
    expect(n).toBe(2);
  });

  it('refuses child ids that belong to another household (404), and a referent from another organisation (400)', async () => {
    const foreignMember = await t.request('PUT', `/api/households/${t.fx.householdA}`, {
      cookie: sw,
      body: { members: [{ id: t.fx.memberA2, firstName: 'X', lastName: 'Y', relationship: 'demandeur' }] },
    });
    expect(foreignMember.statusCode).toBe(404);
    expect(foreignMember.body.errors).toEqual([{ field: 'members[0].id', message: 'membre inconnu dans ce foyer' }]);
    const [{ first_name }] = await t.db.query('SELECT first_name FROM person WHERE id = $1', [t.fx.memberA2]);
    expect(first_name).toBe('Marc');

    const referent = await t.request('PUT', `/api/households/${t.fx.householdA}`, { cookie: sw, body: { referentId: t.fx.users.sw2.id } });
    expect(referent.statusCode).toBe(400);
    expect(referent.body.errors).toEqual([{ field: 'referentId', message: 'référent inconnu, inactif ou hors de votre organisation' }]);
  });

  it('applies cross-field rules with the field path', async () => {
    const r = await t.request('POST', '/api/households', {
      cookie: sw,
      body: {
        members: [
          { firstName: 'A', lastName: 'B', relationship: 'demandeur', incapacityRate: 50, incomes: [{ kind: 'salaire', monthlyAmountCents: 1, startMonth: '2025-05', endMonth: '2025-04' }] },
          { firstName: 'C', lastName: 'D', relationship: 'demandeur', birthDate: '2099-01-01' },
        ],
      },
    });
    expect(r.statusCode).toBe(400);
    expect(r.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'members[0].incapacityRate', message: 'seulement si un handicap est reconnu' },
        { field: 'members[0].incomes[0].endMonth', message: 'doit être postérieur ou égal au mois de début' },
        { field: 'members[1].relationship', message: 'un seul demandeur par foyer' },
        { field: 'members[1].birthDate', message: 'ne peut pas être dans le futur' },
      ]),
    );
  });

  it('deletes (manager only) with its children and keeps the audit trail', async () => {
    const created = await t.request('POST', '/api/households', { cookie: sw, body: { members: [{ firstName: 'Del', lastName: 'Me', relationship: 'demandeur' }] } });
    expect((await t.request('DELETE', `/api/households/${created.body.id}`, { cookie: sw })).statusCode).toBe(403);
    const r = await t.request('DELETE', `/api/households/${created.body.id}`, { cookie: manager });
    expect(r.statusCode).toBe(200);
    expect(r.body.id).toBe(created.body.id);
    expect((await t.request('GET', `/api/households/${created.body.id}`, { cookie: manager })).statusCode).toBe(404);
    const [{ n }] = await t.db.query('SELECT count(*)::int AS n FROM person WHERE household_id = $1', [created.body.id]);
    expect(n).toBe(0);
    const events = await audits(created.body.id);
    expect(events.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['create', 'delete']));
  });

  it('shows the access history of a household with actor names, and refuses it outside the scope', async () => {
    await t.request('GET', `/api/households/${t.fx.householdA}`, { cookie: manager });
    const r = await t.request('GET', `/api/households/${t.fx.householdA}/access-history${q({ sort: ['occurredAt', 'DESC'], range: [0, 9] })}`, { cookie: sw });
    expect(r.statusCode).toBe(200);
    expect(r.body[0]).toMatchObject({ action: 'read', actorDisplayName: 'User manager', entityType: 'household', householdId: t.fx.householdA });
    expect(parseContentRange(r.headers['content-range']).resource).toBe('audit-events');
    const sw2 = await t.login(t.fx.users.sw2.email);
    expect((await t.request('GET', `/api/households/${t.fx.householdA}/access-history`, { cookie: sw2 })).statusCode).toBe(404);
    const viaAudit = await t.request('GET', `/api/audit-events${q({ filter: { householdId: t.fx.householdA } })}`, { cookie: sw2 });
    expect(viaAudit.statusCode).toBe(404);
  });
});
