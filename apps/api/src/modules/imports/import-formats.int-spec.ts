// Partner files as they come (test/fixtures/imports/): each encoding, each separator, quoted fields,
// an XLSX workbook, every kind of row error, names in every script — imported through the HTTP upload
// and the worker's handlers, checked in the database, in the report CSV and in the exports.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { importFixture, importHarness, type ImportHarness } from '../../../test/imports-harness';
import { q, startTestApp, type Response, type TestContext } from '../../../test/test-app';

const REPORT_HEADER = 'ligne;champ;valeur lue;erreur';
const csvRows = (res: Response): string[][] => parse(res.raw, { delimiter: ';', bom: true, relax_column_count: true }) as string[][];

describe('partner files in every encoding, separator and format', () => {
  let t: TestContext;
  let h: ImportHarness;
  let sw: string;
  let swB: string;

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

  /** The imported households of an import with their applicant, by line. */
  const imported = (importId: string) =>
    t.db.query(
      `SELECT ih.line, ih.outcome, h.address, h.postcode, h.monthly_rent_cents, h.housing_status, p.last_name, p.first_name, p.birth_date,
              (SELECT i.monthly_amount_cents FROM income i WHERE i.person_id = p.id) AS income
         FROM import_household ih JOIN household h ON h.id = ih.household_id
         JOIN person p ON p.household_id = h.id AND p.relationship = 'demandeur'
        WHERE ih.import_id = $1 ORDER BY ih.line`,
      [importId],
    );

  it.each([
    ['utf8-bom-point-virgule.csv', { format: 'csv', encoding: 'utf-8', delimiter: ';' }],
    ['utf8-virgule.csv', { format: 'csv', encoding: 'utf-8', delimiter: ',' }],
    ['windows-1252.csv', { format: 'csv', encoding: 'windows-1252', delimiter: ';' }],
    ['classeur.xlsx', { format: 'xlsx', encoding: null, delimiter: null }],
  ])('recognises %s and reads its header', async (name, source) => {
    const up = await h.upload(importFixture(name), sw, name);
    expect(up.statusCode).toBe(201);
    expect(up.body).toMatchObject({ ...source, status: 'televerse', fileName: name });
    // The BOM is not part of the first header; the mapping is guessed from the French headers.
    expect(up.body.header).toEqual(['Réf. locataire', 'NOM', 'Prénom', 'Date de naissance', 'Loyer', 'Revenus', 'Statut logement', 'CP', 'Adresse']);
    expect(up.body.suggestedMapping).toEqual({
      reference_partenaire: 'Réf. locataire', nom: 'NOM', prenom: 'Prénom', date_naissance: 'Date de naissance',
      loyer: 'Loyer', revenu_mensuel: 'Revenus', statut_logement: 'Statut logement', code_postal: 'CP', adresse: 'Adresse',
    });
  });

  it('imports UTF-8 with a BOM and « ; »: accents, quoted separators, doubled quotes and a line break inside a cell', async () => {
    const status = await h.importFile(importFixture('utf8-bom-point-virgule.csv'), sw);
    expect(status).toMatchObject({ status: 'termine', rowsRead: 3, rowsFailed: 0, householdsCreated: 3 });
    expect(await imported(status.id)).toEqual([
      { line: 2, outcome: 'cree', address: "3 rue de l'Église; bât. B", postcode: '23000', monthly_rent_cents: 41250, housing_status: 'locataire', last_name: 'Lefèvre', first_name: 'Maëlle', birth_date: '1987-04-03', income: 118000 },
      { line: 3, outcome: 'cree', address: 'Résidence "Les Châtaigniers"', postcode: '23000', monthly_rent_cents: 38900, housing_status: 'locataire', last_name: 'Garnier-Lévêque', first_name: 'Marie-Hélène', birth_date: '1975-06-01', income: 95000 },
      // The line break of the address is kept as one space; the postcode lost its leading zero in a spreadsheet.
      { line: 4, outcome: 'cree', address: '12 allée des Écoliers Appartement 4', postcode: '02300', monthly_rent_cents: 45500, housing_status: 'locataire', last_name: "N'Diaye", first_name: 'Ousmane', birth_date: '1992-11-15', income: 0 },
    ]);
    expect(await h.report(status.id, sw)).toEqual([REPORT_HEADER]);
  });

  it('imports UTF-8 without a BOM and « , »: quoted commas and amounts, empty optional cells', async () => {
    const status = await h.importFile(importFixture('utf8-virgule.csv'), sw);
    expect(status).toMatchObject({ status: 'termine', rowsRead: 3, rowsFailed: 0, householdsCreated: 3 });
    expect(await imported(status.id)).toEqual([
      { line: 2, outcome: 'cree', address: '8, place du Marché', postcode: '23200', monthly_rent_cents: 40120, housing_status: 'locataire', last_name: 'Benoît', first_name: 'Noël', birth_date: '1990-12-25', income: 87000 },
      { line: 3, outcome: 'cree', address: 'Le Bourg, "La Forge"', postcode: '23200', monthly_rent_cents: 39800, housing_status: 'locataire', last_name: 'Da Costa', first_name: 'Ana', birth_date: '1982-09-10', income: 102000 },
      { line: 4, outcome: 'cree', address: null, postcode: '23200', monthly_rent_cents: null, housing_status: null, last_name: 'Ferré', first_name: 'Loïc', birth_date: '1969-07-07', income: null },
    ]);
  });

  it('imports Windows-1252 (œ, ç, ü) with CRLF line ends and a quoted « ; »', async () => {
    const status = await h.importFile(importFixture('windows-1252.csv'), sw);
    expect(status).toMatchObject({ status: 'termine', format: 'csv', encoding: 'windows-1252', rowsRead: 3, rowsFailed: 0, householdsCreated: 3 });
    const rows = await imported(status.id);
    expect(rows.map((r: { last_name: string; first_name: string; address: string }) => [r.last_name, r.first_name, r.address])).toEqual([
      ['Lemaître', 'Cécile', '9 rue Émile-Zola'],
      ['Bœuf', 'François', 'Hameau de Sœurs'],
      ['Müller', 'Jürgen', 'Chez M. Ça; 2e étage'],
    ]);
    expect(rows[1]).toMatchObject({ monthly_rent_cents: 31075, income: 140000, birth_date: '1958-09-30' });
  });

  it('imports an XLSX workbook: date and number cells typed, a formula cell read as its shown value, never run', async () => {
    const status = await h.importFile(importFixture('classeur.xlsx'), sw, { fileName: 'classeur.xlsx' });
    expect(status).toMatchObject({ status: 'termine', format: 'xlsx', rowsRead: 3, rowsFailed: 0, householdsCreated: 3 });
    expect(await imported(status.id)).toEqual([
      { line: 2, outcome: 'cree', address: '1 rue Haute', postcode: '23000', monthly_rent_cents: 40550, housing_status: 'locataire', last_name: 'Chevalier', first_name: 'Anaïs', birth_date: '1984-01-31', income: 110000 },
      { line: 3, outcome: 'cree', address: '4 rue Basse', postcode: '23000', monthly_rent_cents: 38000, housing_status: 'locataire', last_name: 'Rousseau', first_name: 'Théo', birth_date: '1991-12-12', income: 0 },
      { line: 4, outcome: 'cree', address: null, postcode: '23000', monthly_rent_cents: null, housing_status: null, last_name: 'Perrin', first_name: 'Zoé', birth_date: '1970-07-14', income: null },
    ]);
  });

  it('reports every kind of row error by line, field, value and French reason, and imports the valid rows', async () => {
    const up = await h.upload(importFixture('erreurs.csv'), sw, 'erreurs.csv');
    const dry = await t.request('POST', `/api/imports/${up.body.id}/preview`, { cookie: sw, body: { mapping: up.body.suggestedMapping } });
    expect(dry.body).toMatchObject({ rowsChecked: 10, rowsValid: 2, complete: true });
    const before = Number((await t.db.query(`SELECT count(*) AS n FROM household`))[0].n);
    const status = await h.importFile(importFixture('erreurs.csv'), sw, { fileName: 'erreurs.csv' });
    expect(status).toMatchObject({ status: 'termine', rowsRead: 10, rowsFailed: 8, householdsCreated: 2 });
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM household`))[0].n)).toBe(before + 2);
    expect((await imported(status.id)).map((r: { line: number; last_name: string }) => [r.line, r.last_name])).toEqual([[2, 'Arnaud'], [11, 'Vincent']]);
    const expected = [
      "ligne 3, date_naissance : « 31/02/1980 » n'est pas une date",
      'ligne 4, nom : est obligatoire',
      "ligne 5, loyer : « cher » n'est pas un montant en euros",
      'ligne 6, prenom : est obligatoire',
      "ligne 6, date_naissance : « 1980-13-01 » n'est pas une date",
      "ligne 6, revenu_mensuel : « 12,345 » n'est pas un montant en euros",
      'ligne 7 : 3 colonne(s) au lieu de 9',
      'ligne 8 : 10 colonne(s) au lieu de 9',
      'ligne 9, adresse : « =HYPERLINK("http://x.test";"clic") » ressemble à une formule de tableur',
      "ligne 10, statut_logement : « château » n'est pas une valeur reconnue (attendu : locataire, propriétaire, hébergé, sans domicile)",
    ];
    expect(status.errors.map((e) => e.text)).toEqual(expected);
    expect(dry.body.errors.map((e: { text: string }) => e.text)).toEqual(expected);
    expect(await t.db.query(`SELECT line, field, value FROM import_row_error WHERE import_id = $1 AND line = 3`, [status.id])).toEqual([{ line: 3, field: 'date_naissance', value: '31/02/1980' }]);
    // The report CSV: one line per error, the formula neutralised (a spreadsheet shows it, never runs it).
    expect(await h.report(status.id, sw)).toEqual([
      REPORT_HEADER,
      "3;date_naissance;31/02/1980;n'est pas une date",
      '4;nom;;est obligatoire',
      "5;loyer;cher;n'est pas un montant en euros",
      '6;prenom;;est obligatoire',
      "6;date_naissance;1980-13-01;n'est pas une date",
      "6;revenu_mensuel;12,345;n'est pas un montant en euros",
      '7;;;3 colonne(s) au lieu de 9',
      '8;;;10 colonne(s) au lieu de 9',
      `9;adresse;"'=HYPERLINK(""http://x.test"";""clic"")";ressemble à une formule de tableur`,
      "10;statut_logement;château;n'est pas une valeur reconnue (attendu : locataire, propriétaire, hébergé, sans domicile)",
    ]);
  });

  it('keeps names in every script as written, through the household page, the search and the exports', async () => {
    const names = [
      ['Αλεξίου', 'Δημήτρης'], // Greek
      ['Смирнова', 'Анастасия'], // Cyrillic
      ['王', '秀英'], // Chinese
      ['الهاشمي', 'فاطمة'], // Arabic
      ['Nguyễn', 'Thị Lan'], // Vietnamese (combining marks)
      ['हरि', 'प्रसाद'], // Devanagari
    ];
    const file = Buffer.from(['nom,prénom,adresse', ...names.map(([l, f], i) => `${l},${f},${i === 0 ? '-1+1 résidence' : ''}`)].join('\n') + '\n');
    const status = await h.importFile(file, sw);
    expect(status).toMatchObject({ status: 'termine', rowsFailed: 0, householdsCreated: names.length });
    const rows = await imported(status.id);
    expect(rows.map((r: { last_name: string; first_name: string }) => [r.last_name, r.first_name])).toEqual(names);
    const ids = (await t.db.query(`SELECT household_id FROM import_household WHERE import_id = $1 ORDER BY line`, [status.id])).map((r: { household_id: string }) => r.household_id);
    for (const [i, id] of ids.entries()) {
      const page = await t.request('GET', `/api/households/${id}`, { cookie: sw });
      expect(page.body.members.map((m: { lastName: string; firstName: string }) => [m.lastName, m.firstName])).toEqual([names[i]]);
    }
    const found = await t.request('GET', `/api/households${q({ filter: { q: 'Смирнова' } })}`, { cookie: sw });
    expect(found.body.map((r: { id: string }) => r.id)).toEqual([ids[1]]);
    // The list export, CSV and XLSX: every script round-trips, and a value a spreadsheet would run is neutralised.
    const csv = csvRows(await t.request('GET', `/api/households/export${q({ filter: { id: ids[0] } })}`, { cookie: sw }));
    const row = Object.fromEntries(csv[0].map((header, i) => [header, csv[1][i]]));
    expect(row['Adresse']).toBe("'-1+1 résidence");
    const all = csvRows(await t.request('GET', `/api/households/export${q({ sort: ['reference', 'ASC'] })}`, { cookie: sw })).map((r) => r[1]);
    for (const [last, first] of names) expect(all).toContain(`${first} ${last.toLocaleUpperCase('fr-FR')}`);
    const xlsx = await t.request('GET', `/api/households/export${q({ filter: { id: ids[0] } })}&format=xlsx`, { cookie: sw });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const sheet: unknown[][] = [];
    book.worksheets[0].eachRow((r) => sheet.push((r.values as unknown[]).slice(1)));
    expect(sheet[1][sheet[0].indexOf('Adresse')]).toBe("'-1+1 résidence");
    expect(sheet[1][sheet[0].indexOf('Demandeur·se')]).toBe('Δημήτρης ΑΛΕΞΊΟΥ');
  });

  it('shows none of these imports to a user of another organisation, nor lets them start one or download its report', async () => {
    const mine = (await t.request('GET', '/api/imports', { cookie: sw })).body as { id: string }[];
    expect(mine.length).toBeGreaterThanOrEqual(6);
    expect((await t.request('GET', '/api/imports', { cookie: swB })).body).toEqual([]);
    const waiting = await h.upload(importFixture('utf8-virgule.csv'), sw);
    for (const id of [mine[0].id, waiting.body.id]) {
      expect((await t.request('GET', `/api/imports/${id}`, { cookie: swB })).statusCode).toBe(404);
      expect((await t.request('GET', `/api/imports/${id}/report`, { cookie: swB })).statusCode).toBe(404);
      expect((await t.request('POST', `/api/imports/${id}/start`, { cookie: swB, body: { mapping: waiting.body.suggestedMapping } })).statusCode).toBe(404);
    }
    expect((await t.request('GET', `/api/imports/${waiting.body.id}`, { cookie: sw })).body.status).toBe('televerse');
  });
});
