import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { apiSession } from './support/api';
import { DEMO, launchBrowser, openSession, signIn } from './support/browser';
import { choose, normalise } from './support/ui';

/**
 * The dashboard reads the rollups the worker refreshes (every few seconds in this run): the journeys
 * before this one granted rights, so the figures compared with the live lists must come from a
 * refresh that followed them.
 */
async function rollupsRefreshedAfter(since: number) {
  const manager = await apiSession(DEMO.manager);
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 500))) {
    const { computedAt } = await manager.get<{ computedAt: string }>('/stats/rights-opened');
    if (Date.parse(computedAt) > since) return;
  }
  throw new Error('the statistics rollups were not refreshed within 60 s');
}

describe('Tableau de bord du responsable', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('filtre sur la prime d’activité, télécharge l’export d’évaluation, ouvre les droits « accordés », retrouve la même liste et la télécharge en XLSX', async () => {
    await rollupsRefreshedAfter(Date.now());
    const { page, context } = await openSession(browser);
    await signIn(page, DEMO.manager);
    await page.getByRole('heading', { name: 'Tableau de bord de l’organisation' }).waitFor();
    expect(normalise(await page.getByTestId('freshness').innerText())).toMatch(/^Chiffres calculés le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}/);

    const filtered = page.waitForResponse((r) => r.url().includes('/api/stats/rights-opened') && decodeURIComponent(r.url()).includes('"benefit":"prime_activite"'));
    await choose(page, page.getByRole('combobox', { name: 'Prestation' }), 'Prime d\'activité');
    const stats = (await (await filtered).json()) as { total: { rights: number } };
    expect(stats.total.rights).toBeGreaterThan(0); // the demo data hold granted primes d'activité

    // The evaluation file of the filtered dashboard: anonymised, the prime d'activité over the 12 months.
    const [evaluation] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export d’évaluation (CSV anonymisé)' }).click()]);
    expect(evaluation.suggestedFilename()).toMatch(/^evaluation-recours-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = parse(fs.readFileSync((await evaluation.path())!), { delimiter: ';', bom: true, relax_column_count: true }) as string[][];
    expect(lines[1][0]).toMatch(/^Secret statistique : toute case comptant moins de 5 foyers/);
    const [header, ...rows] = lines.slice(3);
    expect(header.slice(0, 6)).toEqual(['Code territoire', 'Territoire', 'Périmètre', 'Mois', 'Code prestation', 'Prestation']);
    expect(header.filter((h) => /nom|prénom|adresse|naissance|téléphone|courriel|commentaire|note|NIR/i.test(h))).toEqual([]);
    expect(rows).toHaveLength(12);
    expect(new Set(rows.map((r) => `${r[2]} ${r[4]} ${r[5]}`))).toEqual(new Set(['Organisation prime_activite Prime d\'activité']));
    const figures = rows.flatMap((r) => r.slice(6));
    expect(figures.length).toBe(12 * (header.length - 6));
    expect(figures.filter((cell) => cell !== '< 5' && !(/^\d+(,\d+)?$/.test(cell) && Number(cell.replace(',', '.')) >= 5))).toEqual([]);

    const granted = page.getByRole('link', { name: /^Droits accordés\b/ });
    await granted.filter({ hasText: String(stats.total.rights) }).waitFor();
    const list = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/detected-rights');
    await granted.click();
    await page.waitForURL(/#\/detected-rights\?filter=/);
    const filter = JSON.parse(decodeURIComponent(new URL(page.url().replace('#/', '')).searchParams.get('filter')!));
    expect(filter).toMatchObject({ status: 'accorde', benefit: 'prime_activite' });
    const total = Number(((await list).headers()['content-range'] ?? '').split('/')[1]);
    expect(total).toBe(stats.total.rights);
    const shown = page.locator('.RaList-content table tbody tr');
    await shown.first().waitFor();
    expect(await shown.count()).toBe(Math.min(total, 25));
    for (const text of await shown.allInnerTexts()) expect(text).toMatch(/Prime d'activité[\s\S]*accordé/i);

    // The list's Excel file: every matching row, French headers and labels.
    await page.getByRole('button', { name: 'Exporter' }).click();
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Classeur Excel XLSX (toutes les lignes)' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await xlsx.path())!);
    const sheet = workbook.worksheets[0];
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString() : String(v ?? '')));
    const headers = values(1);
    expect(headers).toEqual(expect.arrayContaining(['Foyer', 'Demandeur·se', 'Commune', 'Prestation', 'Statut', 'Montant mensuel accordé (€)', 'Détecté le']));
    expect(headers.filter((h) => /^[a-z]+[A-Z]/.test(h) || h.includes('_'))).toEqual([]); // no code-style names
    expect(sheet.actualRowCount - 1).toBe(total);
    const [benefit, status] = [headers.indexOf('Prestation'), headers.indexOf('Statut')];
    for (let n = 2; n <= sheet.actualRowCount; n++) {
      const row = values(n);
      expect([row[benefit], row[status]]).toEqual(['Prime d\'activité', 'Droit accordé']);
    }
    await context.close();
  });

  it('ouvre les orientations envoyées de la période depuis le tableau de bord et en retrouve le nombre', async () => {
    const { page, context } = await openSession(browser);
    const loaded = page.waitForResponse((r) => r.url().includes('/api/stats/referrals'));
    await signIn(page, DEMO.manager);
    const stats = (await (await loaded).json()) as { sent: { total: { referrals: number } } };
    expect(stats.sent.total.referrals).toBeGreaterThan(0); // the demo data hold referrals sent by the council
    await page.getByRole('heading', { name: 'Orientations', exact: true }).waitFor();

    const sent = page.getByRole('link', { name: /^Orientations envoyées\b/ });
    await sent.filter({ hasText: String(stats.sent.total.referrals) }).waitFor();
    const list = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/referrals' && decodeURIComponent(r.url()).includes('"sentFrom"'));
    await sent.click();
    await page.waitForURL(/#\/referrals\?filter=/);
    const filter = JSON.parse(decodeURIComponent(new URL(page.url().replace('#/', '')).searchParams.get('filter')!));
    expect(filter).toMatchObject({ box: 'sent', sentFrom: expect.any(String), sentTo: expect.any(String) });
    // The list behind the figure holds exactly as many referrals (Content-Range: referrals 0-24/N).
    const total = Number(((await list).headers()['content-range'] ?? '').split('/')[1]);
    expect(total).toBe(stats.sent.total.referrals);
    await page.locator('.RaList-content table tbody tr').first().waitFor();
    await context.close();
  });
});
