// The evaluation export on the demo data (issue 14): no personal data, no published cell under 5
// households, the same columns and rows for every territory, the rule written in the file.
import { parse } from 'csv-parse/sync';
import { DETECTABLE_BENEFITS, LABELS } from '@recours/domain';
import { q, startTestApp, type Response, type TestContext } from '../../../test/test-app';
import { DEMO_PASSWORD } from '../../seed/demo-data';
import { seedDemo } from '../../seed/seed';

const PREAMBLE_LINES = 3;
const lines = (res: Response): string[][] => parse(res.raw, { delimiter: ';', bom: true, relax_column_count: true }) as string[][];

describe('evaluation export (HTTP, real PostgreSQL, demo data)', () => {
  let t: TestContext;
  let admin23: string;
  let admin69: string;
  let manager23: string;

  beforeAll(async () => {
    t = await startTestApp();
    // The fixtures' territories use the demo's department codes: give them others first.
    await t.db.query(`UPDATE territory SET code = '9' || code`);
    await seedDemo(t.db, { log: () => undefined });
    // Decisions on the demo's detected rights of the Creuse this month: 7 prime d'activité granted (150 €/month), 3 RSA.
    for (const [benefit, n] of [['prime_activite', 7], ['rsa', 3]] as const) {
      await t.db.query(
        `UPDATE detected_right SET status = 'accorde', granted_monthly_amount_cents = 15000, status_changed_at = now()
         WHERE id IN (SELECT dr.id FROM detected_right dr JOIN territory te ON te.id = dr.territory_id
                      WHERE te.code = '23' AND dr.benefit = $1 ORDER BY dr.id LIMIT $2)`,
        [benefit, n],
      );
    }
    admin23 = await t.login('admin@demo.recours.fr', DEMO_PASSWORD);
    admin69 = await t.login('admin.lyon@demo.recours.fr', DEMO_PASSWORD);
    manager23 = await t.login('manager@demo.recours.fr', DEMO_PASSWORD);
  }, 120_000);
  afterAll(() => t.close());

  it('holds no personal data and no cell under 5, with the rule stated, identical columns and rows for every territory', async () => {
    const res = await t.request('GET', '/api/stats/evaluation-export', { cookie: admin23 });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="evaluation-recours-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv"$/);
    const all = lines(res);
    expect(all[1][0]).toMatch(/^Secret statistique : toute case comptant moins de 5 foyers \(zéro compris\) est remplacée par « < 5 »/);
    const [header, ...rows] = all.slice(PREAMBLE_LINES);
    expect(header.slice(0, 7)).toEqual(['Code territoire', 'Territoire', 'Périmètre', 'Mois', 'Code prestation', 'Prestation', 'Foyers avec un droit détecté (première détection dans le mois)']);
    // 12 months × every benefit, for the one territory of the coordinator.
    expect(rows).toHaveLength(12 * DETECTABLE_BENEFITS.length);
    expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(['23']));

    // No cell counts fewer than 5 households: every figure is "< 5" or at least 5.
    const figures = rows.flatMap((r) => r.slice(6));
    expect(figures.filter((cell) => cell !== '< 5' && !(/^\d+(,\d+)?$/.test(cell) && Number(cell.replace(',', '.')) >= 5))).toEqual([]);
    expect(figures.some((cell) => cell !== '< 5')).toBe(true); // the demo publishes some figures

    // No personal data: no name, address, birth date or free text of the demo's people.
    const text = res.raw.toString('utf8');
    const people: { first_name: string; last_name: string; birth_date: string }[] = await t.db.query(
      `SELECT p.first_name, p.last_name, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date FROM person p JOIN household h ON h.id = p.household_id
       JOIN territory te ON te.id = h.territory_id WHERE te.code = '23'`,
    );
    const addresses: { address: string }[] = await t.db.query(`SELECT DISTINCT address FROM household WHERE address IS NOT NULL`);
    expect(people.length).toBeGreaterThan(100);
    const leaks = [
      ...people.flatMap((p) => [` ${p.last_name};`, `;${p.last_name}`, p.birth_date, `${p.birth_date.slice(8)}/${p.birth_date.slice(5, 7)}/${p.birth_date.slice(0, 4)}`]),
      ...addresses.map((a) => a.address),
    ].filter((needle) => text.includes(needle));
    expect(leaks).toEqual([]);
    // Every cell is a code, a label of the file's vocabulary, a month or a figure: no free text.
    const territoryNames: { name: string }[] = await t.db.query('SELECT name FROM territory');
    const vocabulary = new Set([...territoryNames.map((x) => x.name), ...Object.values(LABELS.detectableBenefit), ...DETECTABLE_BENEFITS, 'Territoire', 'Organisation', '23', '< 5']);
    const isVocabulary = (cell: string) => vocabulary.has(cell) || /^\d{4}-\d{2}$/.test(cell) || /^\d+(,\d+)?$/.test(cell);
    expect(rows.flat().filter((cell) => !isVocabulary(cell))).toEqual([]);

    // The published figures are the indicators' (`GET /api/stats/rights-opened`, same scope); small ones hidden.
    const month = rows.map((r) => r[3]).sort().at(-1)!;
    const cell = (benefit: string, column: string) => rows.find((r) => r[3] === month && r[4] === benefit)![header.indexOf(column)];
    const opened = async (benefit: string) => {
      const stats = await t.request('GET', `/api/stats/rights-opened${q({ filter: { benefit } })}`, { cookie: admin23 });
      return (stats.body.byMonth as { month: string; households: number; annualCents: number }[]).find((m) => m.month === month)!;
    };
    const prime = await opened('prime_activite');
    expect(prime.households).toBeGreaterThanOrEqual(7);
    expect(cell('prime_activite', 'Foyers avec un droit ouvert (accord dans le mois)')).toBe(String(prime.households));
    expect(cell('prime_activite', 'Euros par an ouverts')).toBe(String(Math.round(prime.annualCents / 100)));
    const rsa = await opened('rsa');
    expect(rsa.households).toBeGreaterThanOrEqual(1);
    expect(rsa.households).toBeLessThan(5);
    expect(cell('rsa', 'Foyers avec un droit ouvert (accord dans le mois)')).toBe('< 5');
    expect(cell('rsa', 'Euros par an ouverts')).toBe('< 5');

    // Another territory's file stacks under this one: the same header and the same rows (months × benefits).
    const other = lines(await t.request('GET', '/api/stats/evaluation-export', { cookie: admin69 })).slice(PREAMBLE_LINES);
    expect(other[0]).toEqual(header);
    expect(other.slice(1).map((r) => `${r[3]} ${r[4]}`)).toEqual(rows.map((r) => `${r[3]} ${r[4]}`));
    expect(new Set(other.slice(1).map((r) => r[0]))).toEqual(new Set(['69']));

    // The export is audited, without any household.
    const [event] = await t.db.query(`SELECT action, entity_type, fields, household_ids FROM audit_event WHERE entity_type = 'statistics' AND action = 'export' ORDER BY occurred_at LIMIT 1`);
    expect(event).toEqual({ action: 'export', entity_type: 'statistics', fields: ['evaluation'], household_ids: null });
  });

  it('a manager exports their organisation, filtered; social workers and another organisation’s filters get nothing', async () => {
    const res = await t.request('GET', `/api/stats/evaluation-export${q({ filter: { from: '2026-01-01', to: '2026-03-31', benefit: 'prime_activite' } })}`, { cookie: manager23 });
    expect(res.statusCode).toBe(200);
    const rows = lines(res).slice(PREAMBLE_LINES + 1);
    expect(rows.map((r) => `${r[2]} ${r[3]} ${r[4]}`)).toEqual(['Organisation 2026-01 prime_activite', 'Organisation 2026-02 prime_activite', 'Organisation 2026-03 prime_activite']);
    expect((await t.request('GET', '/api/stats/evaluation-export', { cookie: await t.login(t.fx.users.sw.email) })).statusCode).toBe(403);
    const bad = await t.request('GET', `/api/stats/evaluation-export${q({ filter: { from: '2026-13-01' } })}`, { cookie: manager23 });
    expect(bad.statusCode).toBe(400);
    expect(bad.body.errors[0].field).toBe('filter.from');
    // An organisation of another territory named in the filter: only empty cells.
    const [{ id: lyon }] = await t.db.query(`SELECT o.id FROM organisation o JOIN territory te ON te.id = o.territory_id WHERE te.code = '69' LIMIT 1`);
    const foreign = lines(await t.request('GET', `/api/stats/evaluation-export${q({ filter: { organisationId: lyon } })}`, { cookie: manager23 })).slice(PREAMBLE_LINES + 1);
    expect(foreign.flatMap((r) => r.slice(6)).every((c) => c === '< 5')).toBe(true);
  });
});
