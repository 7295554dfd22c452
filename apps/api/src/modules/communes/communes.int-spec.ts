import { startTestApp, type TestContext } from '../../../test/test-app';

describe('communes (HTTP): GET /api/communes and the household commune check', () => {
  let t: TestContext;
  let sw: string;
  beforeAll(async () => {
    t = await startTestApp();
    sw = await t.login(t.fx.users.sw.email);
  });
  afterAll(() => t.close());
  const errorsOf = (body: { errors?: { field: string; message: string }[] }) => Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message]));

  const search = (query: Record<string, unknown>, cookie: string | null = sw) => t.request('GET', `/api/communes?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}`, { cookie: cookie ?? undefined });

  it('answers only a signed-in user', async () => {
    expect((await search({ q: 'gueret' }, null)).statusCode).toBe(401);
  });

  it('finds Guéret typed without its accent, with its INSEE code, postcode and housing-aid zone', async () => {
    const r = await search({ q: 'gueret' });
    expect(r.statusCode).toBe(200);
    expect(r.body[0]).toEqual({ insee: '23096', name: 'Guéret', postcodes: ['23000'], departement: '23', zone: 3, zonage: '3', formerCommune: null });
  });

  it('finds the communes of postcode 23000, Guéret among them, at most `limit`', async () => {
    const r = await search({ q: '23000', limit: 3 });
    expect(r.statusCode).toBe(200);
    expect(r.body.length).toBeLessThanOrEqual(3);
    expect(r.body.map((c: { insee: string }) => c.insee)).toContain('23096');
    for (const c of r.body) expect(c.postcodes).toContain('23000');
  });

  it('answers Paris in zone 1 with the arrêté’s 1bis', async () => {
    expect((await search({ q: 'Paris', limit: 1 })).body[0]).toMatchObject({ insee: '75056', zone: 1, zonage: '1bis' });
  });

  it('refuses a query without text or a limit out of bounds, naming the field', async () => {
    expect(errorsOf((await search({})).body)).toMatchObject({ q: expect.any(String) });
    const r = await search({ q: 'gueret', limit: 500 });
    expect(r.statusCode).toBe(400);
    expect(errorsOf(r.body)).toMatchObject({ limit: expect.any(String) });
  });

  it('refuses a household whose zone is not its commune’s, or whose INSEE code is no commune', async () => {
    const members = [{ firstName: 'Lina', lastName: 'Commune', relationship: 'demandeur' }];
    const wrongZone = await t.request('POST', '/api/households', { cookie: sw, body: { communeInsee: '23096', communeName: 'Guéret', housingAidZone: 1, members } });
    expect(wrongZone.statusCode).toBe(400);
    expect(errorsOf(wrongZone.body).housingAidZone).toBe('ne correspond pas à la commune : zone 3 pour Guéret (23096)');
    const unknown = await t.request('POST', '/api/households', { cookie: sw, body: { communeInsee: '23999', members } });
    expect(unknown.statusCode).toBe(400);
    expect(errorsOf(unknown.body)).toMatchObject({ communeInsee: 'n’est le code INSEE d’aucune commune' });

    const created = await t.request('POST', '/api/households', { cookie: sw, body: { communeInsee: '23096', communeName: 'Guéret', postcode: '23000', housingAidZone: 3, members } });
    expect(created.statusCode).toBe(201);
    // A later change of the zone alone is checked against the stored commune.
    const edited = await t.request('PUT', `/api/households/${created.body.id}`, { cookie: sw, body: { housingAidZone: 2 } });
    expect(edited.statusCode).toBe(400);
    expect(errorsOf(edited.body)).toMatchObject({ housingAidZone: expect.stringContaining('zone 3') });
    expect((await t.request('PUT', `/api/households/${created.body.id}`, { cookie: sw, body: { communeInsee: '69123', communeName: 'Lyon', housingAidZone: 2 } })).statusCode).toBe(200);
  });
});
