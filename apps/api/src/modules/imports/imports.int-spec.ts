// Partner file imports end to end on the real database: upload over HTTP, dry run, start, then the
// worker's own handlers (processImport, detectImport) run on the same database, then the report,
// the matching levels, the review queue, the summary, and another organisation's user (404 everywhere).
import { currentParisPeriod, rulesetFingerprint } from '@recours/detection';
import { parisToday } from '@recours/domain';
import { detectImport, processImport } from '@recours/imports';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { Pool } from 'pg';
import { startTestApp, type TestContext } from '../../../test/test-app';

const HEADER = 'Réf. locataire;NOM;Prénom;Date de naissance;Loyer;Revenus;Statut logement;Type logement;CP;Code INSEE;Zone APL';
const ROWS = [
  'L-001;Martin-Durand;Éloïse;02/05/1985;450,00;900;locataire;HLM;23000;23096;3',
  'L-002;N\'Diaye;Awa;1990-11-30;380;0;Locataire;logement social;23000;23096;3',
  'L-003;Bernard;Luc;31/02/1980;400;1200;locataire;hlm;23000;23096;3', // not a date
  'L-004;"=HYPERLINK(""http://x"";""y"")";Jo;01/01/1970;;;;;;;', // formula in a name
  'L-005;Petit;Zoé;15/07/1978;520;cher;locataire;hlm;23000;23096;3', // bad amount
  ';Dupré;Hélène;14/03/1980;410;1500;locataire;hlm;23000;23096;3', // fixture person: level 2 (no reference)
  'L-007;Duprez;Helene;14/03/1980;410;1500;locataire;hlm;23000;23096;3', // resembles the fixture: review
  'L-001;Martin-Durand;Éloïse;02/05/1985;450,00;900;locataire;HLM;23000;23096;3', // duplicate reference in the file
  'L-009;Müller;Jürgen;01/02/1995;300;700;locataire;hlm;23000;23096;3',
  'L-010;Short;Row', // inconsistent column count
];
const csv = (rows: string[]) => [HEADER, ...rows].join('\r\n') + '\r\n';

describe('partner file imports', () => {
  let t: TestContext;
  let pool: Pool;
  let sw: string;
  let swB: string;

  beforeAll(async () => {
    t = await startTestApp({ IMPORT_MAX_MEGABYTES: '1' });
    pool = new Pool({ connectionString: t.config.databaseUrl, max: 4 });
    sw = await t.login(t.fx.users.sw.email);
    swB = await t.login(t.fx.users.swB.email);
  });
  afterAll(async () => {
    await pool.end();
    await t.close();
  });

  const upload = (bytes: Buffer, fileName = 'locataires.csv', cookie = sw) =>
    t.request('POST', `/api/imports?fileName=${encodeURIComponent(fileName)}`, { cookie, body: bytes, headers: { 'content-type': 'application/octet-stream' } });
  const runWorker = async (id: string) => {
    const processed = await processImport(pool, id, { maxRows: 1_000_000, today: parisToday() });
    const detected = await detectImport(pool, id, { batchSize: 3, fingerprint: rulesetFingerprint(), period: currentParisPeriod(), today: parisToday() });
    return { processed, detected };
  };
  async function importFile(bytes: Buffer, mapping?: Record<string, string>) {
    const up = await upload(bytes);
    expect(up.statusCode).toBe(201);
    const start = await t.request('POST', `/api/imports/${up.body.id}/start`, { cookie: sw, body: { mapping: mapping ?? up.body.suggestedMapping } });
    expect(start.statusCode).toBe(200);
    expect(start.body.status).toBe('en_attente');
    await runWorker(up.body.id);
    return up.body.id as string;
  }
  const householdsOfOrg = async () => Number((await t.db.query(`SELECT count(*) AS n FROM household WHERE organisation_id = $1`, [t.fx.orgA]))[0].n);

  let firstImport: string;

  it('reads a Windows-1252 file with « ; », guesses the mapping, and the dry run shows rows and French errors before writing', async () => {
    const up = await upload(iconv.encode(csv(ROWS), 'windows-1252'));
    expect(up.statusCode).toBe(201);
    expect(up.body).toMatchObject({ status: 'televerse', format: 'csv', encoding: 'windows-1252', delimiter: ';', header: HEADER.split(';') });
    expect(up.body.suggestedMapping).toMatchObject({ reference_partenaire: 'Réf. locataire', nom: 'NOM', date_naissance: 'Date de naissance', zone_apl: 'Zone APL' });
    firstImport = up.body.id;
    const before = await householdsOfOrg();
    const dry = await t.request('POST', `/api/imports/${firstImport}/preview`, { cookie: sw, body: { mapping: up.body.suggestedMapping } });
    expect(dry.statusCode).toBe(200);
    expect(dry.body.rows[0]).toMatchObject({ line: 2, values: { nom: 'Martin-Durand', prenom: 'Éloïse', date_naissance: '02/05/1985' }, errors: [] });
    expect(dry.body.errors.map((e: { text: string }) => e.text)).toEqual([
      "ligne 4, date_naissance : « 31/02/1980 » n'est pas une date",
      'ligne 5, nom : « =HYPERLINK("http://x";"y") » ressemble à une formule de tableur, pas à un nom',
      "ligne 6, revenu_mensuel : « cher » n'est pas un montant en euros",
      'ligne 11 : 3 colonne(s) au lieu de 11',
    ]);
    expect(dry.body).toMatchObject({ rowsChecked: 10, rowsValid: 6, errorCount: 4, complete: true });
    expect(await householdsOfOrg()).toBe(before);
    const missing = await t.request('POST', `/api/imports/${firstImport}/preview`, { cookie: sw, body: { mapping: { nom: 'NOM' } } });
    expect(missing.statusCode).toBe(422);
    expect(missing.body.message).toContain('prenom (obligatoire, aucune colonne choisie)');
  });

  it('imports the valid rows, reports the others by line, matches the existing person, and queues the look-alike for review', async () => {
    const before = await householdsOfOrg();
    const start = await t.request('POST', `/api/imports/${firstImport}/start`, { cookie: sw, body: { mapping: (await t.request('GET', `/api/imports/${firstImport}`, { cookie: sw })).body.suggestedMapping, presetName: 'Export bailleur Creusalis' } });
    expect(start.statusCode).toBe(200);
    const again = await t.request('POST', `/api/imports/${firstImport}/start`, { cookie: sw, body: { mapping: start.body.mapping } });
    expect(again.statusCode).toBe(409);
    const { processed, detected } = await runWorker(firstImport);
    expect(processed).toEqual({ status: 'detection', householdsToDetect: 4 });
    expect(detected).toEqual({ status: 'termine', screened: 4 });
    // Created: L-001, L-002, L-009; updated: the fixture household (Dupré Hélène, level 2).
    expect(await householdsOfOrg()).toBe(before + 3);
    const status = (await t.request('GET', `/api/imports/${firstImport}`, { cookie: sw })).body;
    expect(status).toMatchObject({ status: 'termine', rowsRead: 10, rowsFailed: 5, rowsReview: 1, householdsCreated: 3, householdsUpdated: 1, householdsToDetect: 4, householdsDetected: 4 });
    expect(status.errors.map((e: { text: string }) => e.text)).toContain('ligne 9, reference_partenaire : « L-001 » figure déjà ligne 2');
    const created = await t.db.query(
      `SELECT h.reference, h.monthly_rent_cents, h.housing_type, h.applicant_last_name, h.member_count, p.birth_date, i.monthly_amount_cents
         FROM partner_reference r JOIN household h ON h.id = r.household_id JOIN person p ON p.id = r.person_id LEFT JOIN income i ON i.person_id = p.id
        WHERE r.organisation_id = $1 AND r.reference = 'L-001'`,
      [t.fx.orgA],
    );
    expect(created).toEqual([expect.objectContaining({ monthly_rent_cents: 45000, housing_type: 'hlm', applicant_last_name: 'Martin-Durand', member_count: 1, birth_date: '1985-05-02', monthly_amount_cents: 90000 })]);
    expect(created[0].reference).toMatch(/^HH-\d{4}-\d{5}$/);
    const fixture = await t.db.query(`SELECT monthly_rent_cents, detected_at FROM household WHERE id = $1`, [t.fx.householdA]);
    expect(fixture[0].monthly_rent_cents).toBe(41000);
    expect(fixture[0].detected_at).not.toBeNull();
    const provenance = await t.db.query(`SELECT field, line FROM field_provenance WHERE entity_id = $1 AND import_id = $2 ORDER BY field`, [t.fx.householdA, firstImport]);
    expect(provenance).toEqual(expect.arrayContaining([{ field: 'monthly_rent_cents', line: 7 }, { field: 'housing_aid_zone', line: 7 }]));
    const audit = await t.db.query(`SELECT action, fields FROM audit_event WHERE entity_type = 'household' AND entity_id = $1 AND 'import' = ANY(fields)`, [t.fx.householdA]);
    expect(audit).toEqual([{ action: 'update', fields: expect.arrayContaining(['import', 'monthly_rent_cents']) }]);
    expect((await t.request('GET', '/api/imports/presets', { cookie: sw })).body.map((p: { name: string }) => p.name)).toEqual(['Export bailleur Creusalis']);
  });

  it('offers the report as CSV with every error by line, formulas neutralised', async () => {
    const res = await t.request('GET', `/api/imports/${firstImport}/report`, { cookie: sw });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = String(res.body).replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toBe('ligne;champ;valeur lue;erreur');
    expect(lines).toContain("4;date_naissance;31/02/1980;n'est pas une date");
    expect(lines).toContain(`5;nom;"'=HYPERLINK(""http://x"";""y"")";ressemble à une formule de tableur, pas à un nom`);
    expect(lines).toHaveLength(6);
  });

  it('sends the look-alike to the review queue; merging it updates that household and audits the merge', async () => {
    const reviews = (await t.request('GET', `/api/imports/${firstImport}/reviews`, { cookie: sw })).body;
    expect(reviews).toEqual([
      expect.objectContaining({ line: 8, status: 'en_attente', row: expect.objectContaining({ lastName: 'Duprez', firstName: 'Helene' }), candidate: expect.objectContaining({ householdId: t.fx.householdA, lastName: 'Dupré' }) }),
    ]);
    const decided = await t.request('POST', `/api/imports/${firstImport}/reviews/${reviews[0].id}`, { cookie: sw, body: { decision: 'fusion' } });
    expect(decided.statusCode).toBe(200);
    expect(decided.body).toMatchObject({ status: 'fusionne', householdId: t.fx.householdA });
    const twice = await t.request('POST', `/api/imports/${firstImport}/reviews/${reviews[0].id}`, { cookie: sw, body: { decision: 'nouveau' } });
    expect(twice.statusCode).toBe(409);
    const ref = await t.db.query(`SELECT household_id FROM partner_reference WHERE organisation_id = $1 AND reference = 'L-007'`, [t.fx.orgA]);
    expect(ref).toEqual([{ household_id: t.fx.householdA }]);
    const events = await t.db.query(`SELECT fields FROM audit_event WHERE entity_type = 'import' AND entity_id = $1 AND action = 'update' AND 'fusion' = ANY(fields)`, [firstImport]);
    expect(events).toHaveLength(1);
  });

  it('creates no duplicate when the same file is uploaded again (partner reference, then names and birth date)', async () => {
    const before = await householdsOfOrg();
    const persons = Number((await t.db.query(`SELECT count(*) AS n FROM person`))[0].n);
    const id = await importFile(iconv.encode(csv(ROWS), 'windows-1252'));
    expect(await householdsOfOrg()).toBe(before);
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM person`))[0].n)).toBe(persons);
    const status = (await t.request('GET', `/api/imports/${id}`, { cookie: sw })).body;
    // L-007 (merged) and the unreferenced Dupré row both go to the fixture household: 4 households.
    expect(status).toMatchObject({ householdsCreated: 0, householdsUpdated: 4, rowsReview: 0 });
    // Level 2 with accents, case and hyphens folded, and no reference: the same person.
    const folded = await importFile(Buffer.from('\ufeffnom,prenom,date de naissance\nMARTIN DURAND,eloise,1985-05-02\n'));
    expect(await householdsOfOrg()).toBe(before);
    expect((await t.request('GET', `/api/imports/${folded}`, { cookie: sw })).body).toMatchObject({ householdsCreated: 0, householdsUpdated: 1 });
  });

  it('reads UTF-8 with BOM and « , » with names in any script, and an XLSX workbook', async () => {
    const utf8 = Buffer.from('\ufeffnom,prénom,date de naissance\n"Østergård, jr",Søren,1970-01-01\n王,小明,1995-02-01\nعلي,محمد,\n');
    const up = await upload(utf8);
    expect(up.body).toMatchObject({ encoding: 'utf-8', delimiter: ',', header: ['nom', 'prénom', 'date de naissance'] });
    const scripts = await importFile(utf8);
    expect((await t.request('GET', `/api/imports/${scripts}`, { cookie: sw })).body).toMatchObject({ householdsCreated: 3, rowsFailed: 0 });
    expect(await t.db.query(`SELECT first_name FROM person WHERE last_name IN ('王', 'علي', 'Østergård, jr') ORDER BY first_name`)).toHaveLength(3);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Export');
    ws.addRow(['Nom', 'Prénom', 'Date de naissance', 'Loyer']);
    ws.addRow(['Lefèvre', 'Inès', new Date(Date.UTC(1988, 8, 9)), 430]);
    const before = await householdsOfOrg();
    const id = await importFile(Buffer.from(await wb.xlsx.writeBuffer()));
    expect((await t.request('GET', `/api/imports/${id}`, { cookie: sw })).body).toMatchObject({ format: 'xlsx', status: 'termine', householdsCreated: 1 });
    expect(await householdsOfOrg()).toBe(before + 1);
    const [p] = await t.db.query(`SELECT p.birth_date, h.monthly_rent_cents FROM person p JOIN household h ON h.id = p.household_id WHERE p.last_name = 'Lefèvre'`);
    expect(p).toEqual({ birth_date: '1988-09-09', monthly_rent_cents: 43000 });
  });

  it('answers bad files with a clear message and keeps serving', async () => {
    const garbage = await upload(Buffer.from([0x00, 0xff, 0x13, 0x37, 0x00, 0x42, 0x99]));
    expect(garbage.statusCode).toBe(422);
    expect(garbage.body.message).toContain('ni un CSV ni un classeur XLSX lisible');
    const oneColumn = await upload(Buffer.from('nom\nDupont\n'));
    expect(oneColumn.statusCode).toBe(422);
    expect(oneColumn.body.message).toContain("qu'une colonne");
    const big = await upload(Buffer.alloc(1024 * 1024 + 10, 'a;b\n'));
    expect(big.statusCode).toBe(413);
    expect(big.body.message).toContain('1 Mo au plus');
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM pg_largeobject_metadata`))[0].n)).toBeGreaterThanOrEqual(0);
    expect((await t.request('GET', '/api/imports', { cookie: sw })).statusCode).toBe(200);
  });

  it('summarises the screening of an import: households, those with a probable right, euros per year by benefit', async () => {
    const res = await t.request('GET', `/api/imports/${firstImport}/summary`, { cookie: sw });
    expect(res.statusCode).toBe(200);
    const rights = await t.db.query(
      `SELECT count(DISTINCT r.household_id)::int AS n FROM import_household ih JOIN detected_right r ON r.household_id = ih.household_id
        WHERE ih.import_id = $1 AND r.status IN ('detecte', 'confirme') AND r.confidence IN ('haute', 'moyenne')`,
      [firstImport],
    );
    expect(res.body.householdsScreened).toBe(4);
    expect(res.body.householdsWithRight).toBe(rights[0].n);
    expect(res.body.householdsWithRight).toBeGreaterThan(0);
    expect(res.body.annualAmountCents).toBe(res.body.byBenefit.reduce((s: number, b: { annualAmountCents: number }) => s + b.annualAmountCents, 0));
  });

  it('answers 404 to a user of another organisation on every import route, and lists none of them', async () => {
    const review = (await t.db.query(`SELECT id FROM import_review WHERE import_id = $1`, [firstImport]))[0].id;
    const routes: [string, string, unknown?][] = [
      ['GET', `/api/imports/${firstImport}`],
      ['POST', `/api/imports/${firstImport}/preview`, { mapping: { nom: 'NOM', prenom: 'Prénom' } }],
      ['POST', `/api/imports/${firstImport}/start`, { mapping: { nom: 'NOM', prenom: 'Prénom' } }],
      ['GET', `/api/imports/${firstImport}/report`],
      ['GET', `/api/imports/${firstImport}/summary`],
      ['GET', `/api/imports/${firstImport}/reviews`],
      ['POST', `/api/imports/${firstImport}/reviews/${review}`, { decision: 'nouveau' }],
    ];
    for (const [method, url, body] of routes) {
      const res = await t.request(method, url, { cookie: swB, body });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 404 });
    }
    const list = await t.request('GET', '/api/imports', { cookie: swB });
    expect(list.body).toEqual([]);
    expect((await t.request('GET', '/api/imports/presets', { cookie: swB })).body).toEqual([]);
    const presetA = (await t.request('GET', '/api/imports/presets', { cookie: sw })).body[0].id;
    expect((await t.request('DELETE', `/api/imports/presets/${presetA}`, { cookie: swB })).statusCode).toBe(404);
  });

  it('pages and sorts the list like every other list, and answers 400 to a malformed range (was 500)', async () => {
    const page = await t.request('GET', `/api/imports?range=[0,0]&sort=${encodeURIComponent('["createdAt","ASC"]')}`, { cookie: sw });
    expect(page.statusCode).toBe(200);
    expect(page.body.map((i: { id: string }) => i.id)).toEqual([firstImport]);
    expect(page.headers['content-range']).toMatch(/^imports 0-0\/\d+$/);
    const byId = await t.request('GET', `/api/imports?filter=${encodeURIComponent(JSON.stringify({ id: [firstImport] }))}`, { cookie: sw });
    expect(byId.body.map((i: { id: string }) => i.id)).toEqual([firstImport]);
    for (const range of ['x', '[1e19,1e19]', '[3,1]']) {
      const res = await t.request('GET', `/api/imports?range=${encodeURIComponent(range)}`, { cookie: sw });
      expect({ range, status: res.statusCode, field: res.body.errors?.[0]?.field }).toEqual({ range, status: 400, field: 'range' });
    }
  });
});
