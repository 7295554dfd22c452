// A social landlord's file in the back office: upload 1,000 rows (10 of them wrong), map the two
// columns the back office cannot guess, check the dry run, start, see 990 rows imported and the 10
// errors listed by line (and in the CSV report), watch the bulk detection finish, then open the
// campaign on the import's households and check the cohort it shows.
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { DEMO, launchBrowser, openSession, signIn } from './support/browser';
import { DESKTOP, expectQualityPage, PHONE, watchConsole } from './support/quality';
import { normalise } from './support/ui';

const ROWS = 1000;
// Columns the back office recognises by name, except "Date de naiss." and "Ressources du foyer".
const HEADER = ['Réf. locataire', 'NOM', 'Prénom', 'Date de naiss.', 'Loyer', 'Ressources du foyer', 'Statut logement', 'Type logement', 'CP', 'Code INSEE', 'Zone APL'];
const FIRST_NAMES = ['Awa', 'Éloïse', 'Jürgen', 'Luc', 'Zoé', 'Hélène', 'Karim', 'Maëlle', 'Nuno', 'Ophélie'];
const SYLLABLES = ['ba', 'ko', 'ri', 'zu', 've', 'lo', 'ni', 'sa', 'tu', 'me', 'da', 'fi', 'go', 'pe', 'xu', 'wa', 'ji', 'ha', 'ce', 'yo'];
/** A surname no demo person resembles (the fuzzy matching would send it to the review queue). */
const surname = (i: number) => `Qw${SYLLABLES[i % 20]}${SYLLABLES[Math.floor(i / 20) % 20]}${SYLLABLES[Math.floor(i / 400) % 20]}x`;

// One bad row every 100 (file lines 51, 151, …, 951), each with one error of a different kind.
const BAD: Array<(cells: string[]) => { field: string; pattern: RegExp }> = [
  (c) => ((c[3] = '31/02/1980'), { field: 'date_naissance', pattern: /n'est pas une date/ }),
  (c) => ((c[5] = 'environ mille'), { field: 'revenu_mensuel', pattern: /montant/ }),
  (c) => ((c[1] = ''), { field: 'nom', pattern: /obligatoire/ }),
  (c) => ((c[8] = 'ABCDE'), { field: 'code_postal', pattern: /code postal/ }),
  (c) => ((c[3] = '12/13/1990'), { field: 'date_naissance', pattern: /n'est pas une date/ }),
];

function partnerFile(): { csv: string; bad: Map<number, { field: string; pattern: RegExp }> } {
  const lines = [HEADER.join(';')];
  const bad = new Map<number, { field: string; pattern: RegExp }>();
  for (let i = 1; i <= ROWS; i++) {
    const year = 1950 + (i % 45);
    const cells = [
      `BX-${String(i).padStart(5, '0')}`,
      surname(i),
      FIRST_NAMES[i % FIRST_NAMES.length],
      `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/${year}`,
      `${380 + (i % 7) * 20},00`,
      String([0, 450, 700, 900, 1200, 2600][i % 6]),
      'locataire',
      'HLM',
      '23000',
      '23096',
      '3',
    ];
    if (i % 100 === 50) bad.set(i + 1, BAD[(i - 50) / 100 % BAD.length](cells));
    lines.push(cells.join(';'));
  }
  return { csv: lines.join('\r\n') + '\r\n', bad };
}

describe('Import d’un fichier partenaire', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('1 000 lignes dont 10 fausses : 990 importées, 10 erreurs par ligne, détection suivie, campagne sur la cohorte', async () => {
    const { csv, bad } = partnerFile();
    expect(bad.size).toBe(10);
    const fileName = `locataires-bailleur-x-${Date.now()}.csv`;

    const { page, context } = await openSession(browser);
    const problems = watchConsole(page);
    // The CCAS's worker: its ~1,000 new households stay out of the other journeys' organisation.
    await signIn(page, DEMO.otherOrganisationWorker);

    // Upload from the "Imports" menu.
    await page.getByRole('menuitem', { name: 'Imports' }).click();
    await page.getByRole('link', { name: 'Téléverser un fichier' }).first().click();
    await page.getByLabel('Fichier CSV ou XLSX').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('import-file-name').filter({ hasText: fileName }).waitFor();
    await page.getByRole('button', { name: 'Téléverser', exact: true }).click();

    // Mapping: the guessed columns are chosen; the two unusual headers are mapped by hand.
    await page.getByRole('heading', { name: 'Correspondance des colonnes' }).waitFor();
    expect(await page.getByLabel('Nom *', { exact: true }).inputValue()).toBe('NOM');
    expect(await page.getByLabel('Date de naissance', { exact: true }).inputValue()).toBe('');
    await page.getByLabel('Date de naissance', { exact: true }).selectOption('Date de naiss.');
    await page.getByLabel('Revenu mensuel (€)', { exact: true }).selectOption('Ressources du foyer');

    // The dry run reads every row of this file and finds the 10 errors, before anything is written.
    const counts = page.getByTestId('import-dry-run-counts');
    await counts.filter({ hasText: '10 erreurs' }).waitFor();
    expect(normalise(await counts.innerText())).toContain('1 000 lignes vérifiées : 990 valides, 10 erreurs');
    const dryRunLines = await page.getByTestId('import-dry-run-errors').locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-line'))));
    expect(dryRunLines).toEqual([...bad.keys()]);

    // Saved as a preset of the organisation, for the next export of this landlord.
    await page.getByLabel('Nom du préréglage').fill('Export bailleur X');
    await page.getByRole('button', { name: 'Enregistrer le préréglage' }).click();
    await page.getByText('Préréglage « Export bailleur X » enregistré.').waitFor();
    await page.getByRole('option', { name: 'Export bailleur X' }).waitFor({ state: 'attached' });
    await expectQualityPage(page, 'import-correspondance', problems);

    // Start: the worker reads, writes, then screens the households; the page follows by itself.
    await page.getByRole('button', { name: 'Lancer l’import' }).click();
    const imported = page.getByTestId('import-rows-imported');
    await imported.waitFor({ timeout: 30_000 });
    expect(normalise(await imported.innerText())).toBe('990 lignes importées');
    expect(normalise(await page.getByTestId('import-rows-failed').innerText())).toBe('10 lignes en erreur');

    // The 10 errors, by line, each naming its field with a French reason.
    const errorRows = page.getByTestId('import-errors').locator('tbody tr');
    const listed = await errorRows.evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent ?? '')));
    expect(listed.map((cells) => Number(cells[0]))).toEqual([...bad.keys()]);
    for (const cells of listed) {
      const expected = bad.get(Number(cells[0]))!;
      expect({ line: cells[0], field: cells[1] }).toEqual({ line: cells[0], field: expected.field });
      expect(cells[3]).toMatch(expected.pattern);
    }

    // The detection's progress bar moves up to 100 % without reloading the page.
    const percent = page.getByTestId('import-detection-percent');
    const seen: number[] = [];
    const deadline = Date.now() + 40_000;
    while (Date.now() < deadline) {
      const value = Number((await percent.innerText().catch(() => '0')).replace(/\D/g, '') || 0);
      if (seen[seen.length - 1] !== value) seen.push(value);
      if (value === 100) break;
      await page.waitForTimeout(200);
    }
    expect(seen[seen.length - 1]).toBe(100);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    await page.getByTestId('import-status').filter({ hasText: 'Terminé' }).waitFor();

    // The row-level report as CSV: a header and the 10 errors.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Télécharger le rapport (CSV)' }).click()]);
    const report = fs.readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').trim().split(/\r?\n/);
    expect(report).toHaveLength(11);
    expect(report.slice(1).map((l) => Number(l.split(';')[0]))).toEqual([...bad.keys()]);

    // The summary, then a campaign on the households of this import with a probable right.
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    expect(normalise(await page.getByTestId('import-summary-screened').innerText())).toBe('990');
    const withRight = Number(normalise(await page.getByTestId('import-summary-with-right').innerText()).replace(/\s/g, ''));
    expect(withRight).toBeGreaterThan(0);
    expect(withRight).toBeLessThanOrEqual(990);
    await expectQualityPage(page, 'import-synthese', problems);
    // The same page on a phone: tables scroll inside their own region, never the page.
    await page.setViewportSize(PHONE);
    await expectQualityPage(page, 'import-synthese', problems);
    await page.setViewportSize(DESKTOP);

    await page.getByRole('button', { name: 'Lancer une campagne' }).click();
    await page.getByTestId('campaign-import-filter').filter({ hasText: fileName }).waitFor();
    const preview = page.getByTestId('campaign-preview');
    // The count follows the form's filters (debounced): read it until it settles on the import's cohort.
    const cohortSize = async () => Number(/([\d\s]+) foyers?,/.exec(normalise(await preview.innerText()))?.[1].replace(/\s/g, '') ?? NaN);
    let shown = NaN;
    for (const until = Date.now() + 10_000; Date.now() < until && shown !== withRight; await page.waitForTimeout(250)) shown = await cohortSize();
    expect(shown).toBe(withRight);
    await expectQualityPage(page, 'import-campagne', problems);
    await context.close();
  });
});
