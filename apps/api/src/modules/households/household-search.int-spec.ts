import { CONFIDENCE_WEIGHT, CONFIDENCES } from '@recours/domain';
import { parseContentRange, q, startTestApp, type TestContext } from '../../../test/test-app';

// The search column and the summary columns the database keeps on household (migration
// 1796406000000), seen through the lists.
describe('household search and summary columns (HTTP, real PostgreSQL)', () => {
  let t: TestContext;
  let sw: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp();
    sw = await t.login(t.fx.users.sw.email);
    for (const [key, firstName, lastName] of [
      ['plain', 'Helene', 'Martinez'],
      ['upper', 'HÉLÈNE', 'VAILLANT'],
      ['other', 'Gérard', 'Lhélénec'],
    ]) {
      const r = await t.request('POST', '/api/households', { cookie: sw, body: { members: [{ firstName, lastName, relationship: 'demandeur' }] } });
      expect(r.statusCode).toBe(201);
      ids[key] = r.body.id;
    }
  });
  afterAll(() => t.close());

  const search = async (text: string, resource = 'households') => {
    const r = await t.request('GET', `/api/${resource}${q({ filter: { q: text } })}`, { cookie: sw });
    expect(r.statusCode).toBe(200);
    return r;
  };
  const idsOf = (body: { id: string }[]) => body.map((h) => h.id);

  it.each(['Hélène', 'helene', 'HELENE', 'hÉlÈnE'])('"%s" finds Hélène, Helene and HÉLÈNE (and Lhélénec, which contains it)', async (text) => {
    const r = await search(text);
    const found = idsOf(r.body);
    expect(found.sort()).toEqual([t.fx.householdA, ids.plain, ids.upper, ids.other].sort());
    expect(parseContentRange(r.headers['content-range']).total).toBe(4);
  });

  it('retries a search that finds nothing as a fuzzy match, closest first', async () => {
    const found = idsOf((await search('Hélènne Vaillan')).body);
    expect(found[0]).toBe(ids.upper);
    expect(idsOf((await search('zzzzqqq')).body)).toEqual([]);
  });

  it('matches prefixes, several words and typos, and nothing of another organisation', async () => {
    expect(idsOf((await search('vail')).body)).toEqual([ids.upper]);
    expect(idsOf((await search('hel mart')).body)).toEqual([ids.plain]);
    expect(idsOf((await search('Martinnez')).body)).toEqual([ids.plain]); // fuzzy
    expect(idsOf((await search('HH-2026-00001')).body)).toEqual([t.fx.householdA]); // the reference
    const other = await t.login(t.fx.users.sw2.email);
    const r = await t.request('GET', `/api/households${q({ filter: { q: 'Hélène' } })}`, { cookie: other });
    expect(idsOf(r.body)).not.toEqual(expect.arrayContaining([t.fx.householdA]));
  });

  it('searches detected rights by their household with the same folding', async () => {
    const r = await search('HELENE dupre', 'detected-rights');
    expect(idsOf(r.body)).toEqual([t.fx.rightA]);
  });

  it('keeps applicant, member count and search text in step with members added, renamed and removed', async () => {
    const row = async () => (await t.request('GET', `/api/households${q({ filter: { id: ids.plain } })}`, { cookie: sw })).body[0];
    expect(await row()).toMatchObject({ applicantName: 'Helene MARTINEZ', memberCount: 1 });
    const h = (await t.request('GET', `/api/households/${ids.plain}`, { cookie: sw })).body;
    h.members[0].lastName = 'Rousseau';
    h.members.push({ firstName: 'Anaïs', lastName: 'Rousseau', relationship: 'enfant' }, { firstName: 'Éloi', lastName: 'Rousseau', relationship: 'enfant' });
    expect((await t.request('PUT', `/api/households/${ids.plain}`, { cookie: sw, body: h })).statusCode).toBe(200);
    expect(await row()).toMatchObject({ applicantName: 'Helene ROUSSEAU', memberCount: 3 });
    expect(idsOf((await search('martinez')).body)).toEqual([]);
    expect(idsOf((await search('eloi rousseau')).body)).toEqual([ids.plain]);

    const again = (await t.request('GET', `/api/households/${ids.plain}`, { cookie: sw })).body;
    again.members = again.members.filter((m: { firstName: string }) => m.firstName !== 'Éloi');
    expect((await t.request('PUT', `/api/households/${ids.plain}`, { cookie: sw, body: again })).statusCode).toBe(200);
    expect(await row()).toMatchObject({ memberCount: 2 });
    expect(idsOf((await search('eloi')).body)).toEqual([]);
    expect(idsOf((await search('anais')).body)).toEqual([ids.plain]);
  });

  it('sorts by applicant name from the stored column', async () => {
    const r = await t.request('GET', `/api/households${q({ sort: ['applicantName', 'ASC'], filter: { id: [ids.upper, ids.other] } })}`, { cookie: sw });
    expect(idsOf(r.body)).toEqual([ids.other, ids.upper]); // Lhélénec < VAILLANT
  });

  it('keeps the stored gain of open rights, weighted like CONFIDENCE_WEIGHT', async () => {
    for (const c of CONFIDENCES) {
      const [{ w }] = await t.db.query(`SELECT recours_confidence_weight($1::confidence)::float8 AS w`, [c]);
      expect(w).toBe(CONFIDENCE_WEIGHT[c]);
    }
    const gain = async () => Number((await t.db.query('SELECT open_gain_cents FROM household WHERE id = $1', [ids.upper]))[0].open_gain_cents);
    expect(await gain()).toBe(0);
    await t.db.query(
      `INSERT INTO detected_right (household_id, organisation_id, territory_id, benefit, estimated_amount_cents, amount_period, confidence, evaluated_period)
       SELECT id, organisation_id, territory_id, b, a, p::amount_period, c::confidence, '2026-03' FROM household,
         (VALUES ('rsa'::detectable_benefit, 10000, 'mensuel', 'moyenne'), ('cheque_energie', 20000, 'annuel', 'haute')) v(b, a, p, c) WHERE id = $1`,
      [ids.upper],
    );
    expect(await gain()).toBe(10000 * 12 * 0.6 + 20000);
    await t.db.query(`UPDATE detected_right SET status = 'ecarte' WHERE household_id = $1 AND benefit = 'rsa'`, [ids.upper]);
    expect(await gain()).toBe(20000);
    await t.db.query(`DELETE FROM detected_right WHERE household_id = $1`, [ids.upper]);
    expect(await gain()).toBe(0);
  });
});
