// Exports of the back office's lists (issue 14): every matching row, streamed from a cursor, French
// headers and labels, Paris times, no cell a spreadsheet would run as a formula, the export audited,
// and another organisation's user exporting nothing of ours.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { q, startTestApp, type Response, type TestContext } from '../../../test/test-app';

const csvRows = (res: Response): string[][] => parse(res.raw, { delimiter: ';', bom: true, relax_column_count: true }) as string[][];

async function xlsxRows(res: Response): Promise<unknown[][]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.raw as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('exports of the lists (HTTP, real PostgreSQL)', () => {
  let t: TestContext;
  let manager: string;
  let managerB: string;
  let sw: string;

  beforeAll(async () => {
    t = await startTestApp();
    manager = await t.login(t.fx.users.manager.email);
    managerB = await t.login(t.fx.users.managerB.email);
    sw = await t.login(t.fx.users.sw.email);
  });
  afterAll(() => t.close());

  const exportEvents = async (actorId: string) =>
    (await t.db.query(`SELECT entity_type, fields, household_ids FROM audit_event WHERE action = 'export' AND actor_id = $1 ORDER BY occurred_at, id`, [actorId])) as {
      entity_type: string;
      fields: string[];
      household_ids: string[] | null;
    }[];

  it('an export of 10 000 audit events holds the 10 000 rows, in CSV and in XLSX, and is audited', async () => {
    // 10 000 events of sw on householdA, over ten days.
    await t.db.query(
      `INSERT INTO audit_event (actor_id, organisation_id, action, entity_type, entity_id, household_id, fields, occurred_at)
       SELECT $1, $2, 'update', 'household', $3, $3, '{grantedMonthlyAmountCents,assigneeId}', timestamptz '2026-03-01 08:00:00+00' + (i || ' minutes')::interval
       FROM generate_series(1, 10000) i`,
      [t.fx.users.sw.id, t.fx.orgA, t.fx.householdA],
    );
    const filter = { actorId: t.fx.users.sw.id, action: 'update', entityType: 'household', from: '2026-03-01', to: '2026-03-31' };
    const csv = await t.request('GET', `/api/audit-events/export${q({ filter })}&format=csv`, { cookie: manager });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(String(csv.headers['content-disposition'])).toMatch(/^attachment; filename="journal-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = csvRows(csv);
    expect(rows[0]).toEqual(['Date et heure (Paris)', 'Personne', 'Organisation', 'Action', 'Objet', 'Foyer', 'Champs', 'Identifiant de l’enregistrement']);
    expect(rows).toHaveLength(10_001);
    // Newest first, Paris time (UTC+1 in March before the change), labels instead of codes.
    expect(rows[1].slice(0, 7)).toEqual(['08/03/2026 07:40', 'User sw', 'CD Creuse', 'Modification', 'Foyer', 'HH-2026-00001', 'Montant mensuel accordé, Personne chargée']);
    expect(rows[10_000][0]).toBe('01/03/2026 09:01');

    const xlsx = await t.request('GET', `/api/audit-events/export${q({ filter })}&format=xlsx`, { cookie: manager });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheet = await xlsxRows(xlsx);
    expect(sheet).toHaveLength(10_001);
    expect(sheet[0][0]).toBe('Date et heure (Paris)');
    // A real date cell holding the Paris wall-clock time.
    expect((sheet[1][0] as Date).toISOString()).toBe('2026-03-08T07:40:00.000Z');

    const events = await exportEvents(t.fx.users.manager.id);
    expect(events).toHaveLength(2);
    expect(events[0]).toEqual({ entity_type: 'audit_event', fields: ['action', 'actorId', 'entityType', 'from', 'to'], household_ids: [t.fx.householdA] });
  });

  it('another organisation’s manager exports none of our rows; a social worker may not export the organisation’s log', async () => {
    const res = await t.request('GET', `/api/audit-events/export${q({ filter: { actorId: t.fx.users.sw.id } })}`, { cookie: managerB });
    expect(res.statusCode).toBe(200);
    expect(csvRows(res)).toHaveLength(1); // the header only
    const [event] = (await exportEvents(t.fx.users.managerB.id)).slice(-1);
    expect(event.household_ids).toEqual([]);
    // A household of another organisation: not found or no access, nothing sent.
    const foreign = await t.request('GET', `/api/audit-events/export${q({ filter: { householdId: t.fx.householdA } })}`, { cookie: managerB });
    expect(foreign.statusCode).toBe(404);
    expect((await t.request('GET', '/api/audit-events/export', { cookie: sw })).statusCode).toBe(403);
  });

  it('refuses an unknown format or a range, in French, naming the parameter', async () => {
    const bad = await t.request('GET', '/api/audit-events/export?format=pdf', { cookie: manager });
    expect(bad.statusCode).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'format', message: "doit valoir l'une des valeurs : csv, xlsx" }]);
    const range = await t.request('GET', `/api/audit-events/export${q({ range: [0, 9] })}`, { cookie: manager });
    expect(range.statusCode).toBe(400);
    expect(range.body.errors[0].field).toBe('range');
  });

  it('neutralises cells a spreadsheet would run as formulas (= + - @, tab, CR), in CSV and XLSX', async () => {
    const created = await t.request('POST', '/api/households', {
      cookie: sw,
      body: {
        referentId: t.fx.users.sw.id,
        address: '+33 rue du Calcul',
        members: [{ firstName: '@SUM(A1)', lastName: '=HYPERLINK("http://x.example","clic")', relationship: 'demandeur', birthDate: '1990-01-01' }],
      },
    });
    expect(created.statusCode).toBe(201);
    const h = created.body.id as string;
    const note = await t.request('POST', '/api/contacts', { cookie: sw, body: { householdId: h, channel: 'telephone', outcome: 'non_joint', note: '-2+3' } });
    expect(note.statusCode).toBe(201);

    const csv = csvRows(await t.request('GET', `/api/households/export${q({ filter: { id: h } })}`, { cookie: manager }));
    expect(csv).toHaveLength(2);
    const row = Object.fromEntries(csv[0].map((header, i) => [header, csv[1][i]]));
    expect(row["Demandeur·se"]).toBe(`'@SUM(A1) =HYPERLINK("HTTP://X.EXAMPLE","CLIC")`);
    expect(row['Adresse']).toBe("'+33 rue du Calcul");
    expect(row['Référent·e']).toBe('User sw');

    const sheet = await xlsxRows(await t.request('GET', `/api/households/export${q({ filter: { id: h } })}&format=xlsx`, { cookie: manager }));
    const address = sheet[0].indexOf('Adresse');
    expect(sheet[1][address]).toBe("'+33 rue du Calcul");
    // No cell of the workbook is a formula.
    expect(sheet.flat().some((cell) => typeof cell === 'object' && cell !== null && 'formula' in cell)).toBe(false);

    const contacts = csvRows(await t.request('GET', `/api/contacts/export${q({ filter: { householdId: h } })}`, { cookie: manager }));
    expect(contacts[0]).toEqual(['Date du contact', 'Foyer', 'Demandeur·se', 'Auteur·rice', 'Canal', 'Résultat', 'À l’initiative de la personne', 'Droits concernés', 'Prochaine tentative', 'Note']);
    expect(contacts[1].slice(4)).toEqual(['Téléphone', 'Non jointe', 'Non', '', '', "'-2+3"]);
  });

  it('every list exports with the list’s filters and scope, labels instead of codes; another organisation gets none of our rows', async () => {
    const lists = [
      ['/api/detected-rights/export', { householdId: t.fx.householdA }, 'detected_right', ['Foyer', 'Demandeur·se'], (r: string[]) => r.includes('RSA') && r.includes('Détecté')],
      ['/api/tasks/export', { householdId: t.fx.householdA }, 'task', ['Intitulé', 'Foyer'], (r: string[]) => r[0] === 'Rappeler' && r.includes('À faire') && r.includes('05/03/2026')],
      ['/api/contacts/export', { householdId: t.fx.householdA }, 'contact', ['Date du contact', 'Foyer'], (r: string[]) => r[0] === '02/03/2026 10:00' && r.includes('Non jointe')],
      ['/api/campaigns/export', {}, 'campaign', ['Nom', 'Statut'], (r: string[]) => r[0] === 'RSA Guéret' && r[1] === 'Brouillon, non lancée'],
      ['/api/households/export', { id: t.fx.householdA }, 'household', ['Référence', 'Demandeur·se'], (r: string[]) => r[0] === 'HH-2026-00001'],
    ] as const;
    for (const [url, filter, entityType, headers, matches] of lists) {
      const res = await t.request('GET', `${url}${q({ filter })}`, { cookie: manager });
      expect([url, res.statusCode]).toEqual([url, 200]);
      const rows = csvRows(res);
      expect([url, rows[0].slice(0, 2)]).toEqual([url, headers]);
      expect([url, rows.length]).toEqual([url, 2]);
      expect([url, rows[1], matches(rows[1])]).toEqual([url, rows[1], true]);
      const [event] = (await exportEvents(t.fx.users.manager.id)).slice(-1);
      expect(event.entity_type).toBe(entityType);
      expect(event.household_ids).toEqual(entityType === 'campaign' ? null : [t.fx.householdA]);
      // Another organisation: the same export holds none of our rows.
      const foreign = await t.request('GET', `${url}${q({ filter })}`, { cookie: managerB });
      expect([url, foreign.statusCode, csvRows(foreign).length]).toEqual([url, 200, 1]);
    }
    // A social worker exports their organisation's lists too (same permission as the list).
    expect((await t.request('GET', `/api/tasks/export${q({ filter: { householdId: t.fx.householdA } })}`, { cookie: sw })).statusCode).toBe(200);
  });
});
