// The three matching levels of an import, from fixture files (test/fixtures/imports/): the partner's
// reference, then folded names and birth date (accents, case, hyphens, double names), then look-alikes
// sent to the review queue, where merging or creating is audited and keeps each field's provenance;
// and the same file uploaded again creates nothing.
import { importFixture, importHarness, type ImportHarness } from '../../../test/imports-harness';
import { startTestApp, type TestContext } from '../../../test/test-app';

describe('matching imported rows with the persons already known', () => {
  let t: TestContext;
  let h: ImportHarness;
  let sw: string;
  let swB: string;
  /** Household of each person of the base file, by partner reference or name. */
  const base: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    h = importHarness(t);
    sw = await t.login(t.fx.users.sw.email);
    swB = await t.login(t.fx.users.swB.email);
  });
  afterAll(async () => {
    await h.close();
    await t.close();
  });

  const count = async (sql: string) => Number((await t.db.query(sql))[0].n);
  const householdOf = async (lastName: string, firstName: string) =>
    (await t.db.query(`SELECT household_id FROM person WHERE last_name = $1 AND first_name = $2`, [lastName, firstName])).map((r: { household_id: string }) => r.household_id);

  it('creates the base households (the persons the next file must find)', async () => {
    const status = await h.importFile(importFixture('base-correspondances.csv'), sw);
    expect(status).toMatchObject({ status: 'termine', rowsRead: 5, rowsFailed: 0, householdsCreated: 5 });
    for (const [key, last, first] of [
      ['M-100', 'Garnier-Lévêque', 'Marie-Hélène'], ['M-200', 'Da Costa', 'Ana'], ['benoit', 'Benoît', 'Noël'], ['M-400', 'Lefèvre', 'Jean'], ['M-500', 'Le Gall-Moreau', 'Jean-François'],
    ]) {
      const found = await householdOf(last, first);
      expect(found).toHaveLength(1);
      base[key] = found[0];
    }
  });

  let importId: string;
  let reviews: { id: string; line: number; candidate: { householdId: string; lastName: string; firstName: string } }[];

  it('matches by reference, then by folded names and birth date, sends look-alikes to review, creates the rest', async () => {
    const households = await count(`SELECT count(*) AS n FROM household`);
    const persons = await count(`SELECT count(*) AS n FROM person`);
    const status = await h.importFile(importFixture('correspondances.csv'), sw);
    importId = status.id;
    expect(status).toMatchObject({ status: 'termine', rowsRead: 7, rowsFailed: 0, rowsReview: 2, householdsCreated: 1, householdsUpdated: 4 });
    expect(await count(`SELECT count(*) AS n FROM household`)).toBe(households + 1);
    expect(await count(`SELECT count(*) AS n FROM person`)).toBe(persons + 1);
    const outcomes = await t.db.query(`SELECT line, household_id, outcome FROM import_household WHERE import_id = $1 ORDER BY line`, [importId]);
    expect(outcomes).toEqual([
      // Level 1: the reference wins even though the names changed (Garnier-Lévêque Marie-Hélène → Garnier Marie).
      { line: 2, household_id: base['M-100'], outcome: 'mis_a_jour' },
      // Level 2: "BENOIT noel" = "Benoît Noël", "da-costa ANA" = "Da Costa Ana", "LE GALL MOREAU jean françois" = "Le Gall-Moreau Jean-François".
      { line: 3, household_id: base['benoit'], outcome: 'mis_a_jour' },
      { line: 4, household_id: base['M-200'], outcome: 'mis_a_jour' },
      { line: 5, household_id: base['M-500'], outcome: 'mis_a_jour' },
      { line: 8, household_id: expect.any(String), outcome: 'cree' },
    ]);
    expect(Object.values(base)).not.toContain(outcomes[4].household_id);
    // Imported values replace the old ones, each with the file and line it came from.
    const rents = await t.db.query(`SELECT id, monthly_rent_cents FROM household WHERE id = ANY($1) ORDER BY monthly_rent_cents`, [[base['M-100'], base['benoit'], base['M-200'], base['M-500']]]);
    expect(rents.map((r: { monthly_rent_cents: number }) => r.monthly_rent_cents)).toEqual([36500, 41000, 42000, 45000]);
    const provenance = await t.db.query(`SELECT entity_id, line FROM field_provenance WHERE import_id = $1 AND field = 'monthly_rent_cents' ORDER BY line`, [importId]);
    expect(provenance).toEqual([
      { entity_id: base['M-100'], line: 2 },
      { entity_id: base['benoit'], line: 3 },
      { entity_id: base['M-200'], line: 4 },
      { entity_id: base['M-500'], line: 5 },
    ]);
    // Level 3: two look-alikes wait for a person's decision; nothing was written for them.
    reviews = (await t.request('GET', `/api/imports/${importId}/reviews`, { cookie: sw })).body;
    expect(reviews).toEqual([
      expect.objectContaining({ line: 6, status: 'en_attente', row: expect.objectContaining({ lastName: 'Lefevre', firstName: 'Jeanne' }), candidate: expect.objectContaining({ householdId: base['M-400'], lastName: 'Lefèvre', firstName: 'Jean' }) }),
      expect.objectContaining({ line: 7, status: 'en_attente', row: expect.objectContaining({ lastName: 'Da Costa', firstName: 'Anna' }), candidate: expect.objectContaining({ householdId: base['M-200'], lastName: 'Da Costa', firstName: 'Ana' }) }),
    ]);
    expect(await t.db.query(`SELECT reference FROM partner_reference WHERE reference IN ('M-999', 'M-201')`)).toEqual([]);
    // The report lists errors only: the rows under review are not errors.
    expect(await h.report(importId, sw)).toEqual(['ligne;champ;valeur lue;erreur']);
  });

  it('a user of another organisation can neither see the review queue nor decide', async () => {
    expect((await t.request('GET', `/api/imports/${importId}/reviews`, { cookie: swB })).statusCode).toBe(404);
    expect((await t.request('POST', `/api/imports/${importId}/reviews/${reviews[1].id}`, { cookie: swB, body: { decision: 'fusion' } })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/imports/${importId}/reviews`, { cookie: sw })).body.every((r: { status: string }) => r.status === 'en_attente')).toBe(true);
  });

  it('merges a look-alike into the proposed household: audited, its fields keep their file and line', async () => {
    const persons = await count(`SELECT count(*) AS n FROM person`);
    const merged = await t.request('POST', `/api/imports/${importId}/reviews/${reviews[1].id}`, { cookie: sw, body: { decision: 'fusion' } });
    expect(merged.statusCode).toBe(200);
    expect(merged.body).toMatchObject({ status: 'fusionne', householdId: base['M-200'] });
    expect(await count(`SELECT count(*) AS n FROM person`)).toBe(persons);
    expect((await t.db.query(`SELECT monthly_rent_cents FROM household WHERE id = $1`, [base['M-200']]))[0].monthly_rent_cents).toBe(41500);
    expect(await t.db.query(`SELECT household_id FROM partner_reference WHERE reference = 'M-201'`)).toEqual([{ household_id: base['M-200'] }]);
    expect(await t.db.query(`SELECT import_id, line FROM field_provenance WHERE entity_id = $1 AND field = 'monthly_rent_cents'`, [base['M-200']])).toEqual([{ import_id: importId, line: 7 }]);
    expect(await t.db.query(`SELECT household_id, line, outcome FROM import_household WHERE import_id = $1 AND line = 7`, [importId])).toEqual([]);
    const audit = await t.db.query(
      `SELECT actor_id, household_id, fields FROM audit_event WHERE entity_type = 'import' AND entity_id = $1 AND action = 'update' AND 'revue' = ANY(fields)`,
      [importId],
    );
    expect(audit).toEqual([{ actor_id: t.fx.users.sw.id, household_id: base['M-200'], fields: ['revue', 'fusion'] }]);
    const householdAudit = await t.db.query(`SELECT fields FROM audit_event WHERE entity_type = 'household' AND entity_id = $1 AND action = 'update' ORDER BY occurred_at DESC LIMIT 1`, [base['M-200']]);
    expect(householdAudit[0].fields).toEqual(expect.arrayContaining(['import', 'monthly_rent_cents']));
  });

  it('creates a new household for a look-alike judged different: audited, with its line as provenance', async () => {
    const households = await count(`SELECT count(*) AS n FROM household`);
    const created = await t.request('POST', `/api/imports/${importId}/reviews/${reviews[0].id}`, { cookie: sw, body: { decision: 'nouveau' } });
    expect(created.statusCode).toBe(200);
    expect(created.body.status).toBe('nouveau');
    expect(await count(`SELECT count(*) AS n FROM household`)).toBe(households + 1);
    const [fresh] = await householdOf('Lefevre', 'Jeanne');
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(base['M-400']);
    expect(await t.db.query(`SELECT line, outcome FROM import_household WHERE import_id = $1 AND household_id = $2`, [importId, fresh])).toEqual([{ line: 6, outcome: 'cree' }]);
    expect(await t.db.query(`SELECT household_id FROM partner_reference WHERE reference = 'M-999'`)).toEqual([{ household_id: fresh }]);
    const audit = await t.db.query(`SELECT household_id, fields FROM audit_event WHERE entity_type = 'import' AND entity_id = $1 AND 'nouveau' = ANY(fields)`, [importId]);
    expect(audit).toEqual([{ household_id: fresh, fields: ['revue', 'nouveau'] }]);
    expect(await t.db.query(`SELECT action, fields FROM audit_event WHERE entity_type = 'household' AND entity_id = $1`, [fresh])).toEqual([{ action: 'create', fields: ['import'] }]);
    const twice = await t.request('POST', `/api/imports/${importId}/reviews/${reviews[0].id}`, { cookie: sw, body: { decision: 'fusion' } });
    expect(twice.statusCode).toBe(409);
  });

  it('creates no duplicate when the same files are uploaded again', async () => {
    const households = await count(`SELECT count(*) AS n FROM household`);
    const persons = await count(`SELECT count(*) AS n FROM person`);
    const references = await count(`SELECT count(*) AS n FROM partner_reference`);
    const again = await h.importFile(importFixture('correspondances.csv'), sw);
    // Every line now finds its household by reference (M-201, M-999 recorded by the decisions) or by identity.
    expect(again).toMatchObject({ status: 'termine', rowsRead: 7, rowsFailed: 0, rowsReview: 0, householdsCreated: 0, householdsUpdated: 6 });
    const baseAgain = await h.importFile(importFixture('base-correspondances.csv'), sw);
    expect(baseAgain).toMatchObject({ status: 'termine', rowsReview: 0, householdsCreated: 0, householdsUpdated: 5 });
    expect(await count(`SELECT count(*) AS n FROM household`)).toBe(households);
    expect(await count(`SELECT count(*) AS n FROM person`)).toBe(persons);
    expect(await count(`SELECT count(*) AS n FROM partner_reference`)).toBe(references);
  });
});
