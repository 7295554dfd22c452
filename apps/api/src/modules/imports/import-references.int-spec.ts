// Household references handed out by an import past 99 999 (a 1M-row import failed there: the
// number was cut to 5 digits, `HH-2026-10000` again, and the unique index refused the whole import).
import { parisToday } from '@recours/domain';
import { importHarness, type ImportHarness } from '../../../test/imports-harness';
import { startTestApp, type TestContext } from '../../../test/test-app';

describe('household references of imported households', () => {
  let t: TestContext;
  let h: ImportHarness;
  let sw: string;

  beforeAll(async () => {
    t = await startTestApp();
    h = importHarness(t);
    sw = await t.login(t.fx.users.sw.email);
  });
  afterAll(async () => {
    await h.close();
    await t.close();
  });

  it('keeps counting past 99 999 with every digit, as the household form does', async () => {
    const year = parisToday().slice(0, 4);
    // A household already numbered 10000: what the cut number collided with.
    await t.db.query(`INSERT INTO household (reference, organisation_id, territory_id) VALUES ($1, $2, $3)`, [`HH-${year}-10000`, t.fx.orgA, t.fx.territoryA]);
    await t.db.query(`UPDATE territory SET household_seq = 99997 WHERE id = $1`, [t.fx.territoryA]);
    const file = Buffer.from(['nom;prénom;date de naissance', 'Arnaud;Léa;1990-01-01', 'Blanc;Théo;1991-02-02', 'Carré;Inès;1992-03-03', 'Dumas;Yanis;1993-04-04', ''].join('\n'));
    const status = await h.importFile(file, sw);
    expect(status).toMatchObject({ status: 'termine', householdsCreated: 4, rowsFailed: 0 });
    const refs = await t.db.query(
      `SELECT h.reference FROM import_household ih JOIN household h ON h.id = ih.household_id WHERE ih.import_id = $1 ORDER BY ih.line`,
      [status.id],
    );
    expect(refs.map((r: { reference: string }) => r.reference)).toEqual([`HH-${year}-99998`, `HH-${year}-99999`, `HH-${year}-100000`, `HH-${year}-100001`]);
    // The next household created by hand takes the following number.
    const created = await t.request('POST', '/api/households', {
      cookie: sw,
      body: { postcode: '23000', members: [{ firstName: 'Zoé', lastName: 'Ernst', relationship: 'demandeur', birthDate: '1994-05-05' }] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.body.reference).toBe(`HH-${year}-100002`);
  });
});
