// A social worker ticks three detected rights of three households in the list, makes them a new
// campaign, launches it after the confirmation that states the count and the euros at stake, and
// follows the campaign's households with their contact task and the state of their rights.
import type { Browser, Locator } from 'playwright-core';
import { adminUrl, DEMO, launchBrowser, openSession, signIn } from './support/browser';
import { DESKTOP, expectQualityPage, PHONE, watchConsole } from './support/quality';
import { normalise } from './support/ui';

/** "Prénom NOM — HH-2026-00012" → "HH-2026-00012" */
const referenceOf = async (row: Locator) => /HH-\d{4}-\d+/.exec(await row.innerText())![0];

describe('Campagne sur des droits choisis dans la liste', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('coche 3 droits de 3 foyers, en fait une campagne, la lance après confirmation et lit ses foyers', async () => {
    const { page } = await openSession(browser);
    await page.setViewportSize(DESKTOP);
    const problems = watchConsole(page);
    await signIn(page, DEMO.socialWorker);

    // The detected rights, largest yearly amount first: tick three rights of three different households.
    await page.getByRole('menuitem', { name: 'Droits détectés' }).click();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    const chosen: string[] = [];
    for (let i = 0; chosen.length < 3; i++) {
      const row = rows.nth(i);
      const reference = await referenceOf(row);
      if (chosen.includes(reference)) continue;
      await row.getByRole('checkbox').check();
      chosen.push(reference);
    }
    await page.getByText('3 sélectionnés').waitFor();
    await expectQualityPage(page, 'droits-selection', problems);
    await page.getByRole('button', { name: 'Ajouter à une campagne' }).click();

    // The new campaign's form says where its cohort comes from; the preview counts those three households.
    await page.getByTestId('campaign-rights-filter').filter({ hasText: '3 droits sélectionnés' }).waitFor();
    const name = `Trois droits choisis (${Date.now()})`;
    await page.locator('input[name="name"]').fill(name);
    const preview = page.getByTestId('campaign-preview');
    await preview.getByText(/^3 foyers, .* par an en jeu/).waitFor();
    const atStake = /3 foyers, ([\d ]+ €) par an en jeu/.exec(normalise(await preview.innerText()))![1];
    await expectQualityPage(page, 'campagne-droits-choisis', problems);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByTestId('campaign-status').filter({ hasText: 'Brouillon, non lancée' }).waitFor();
    expect(normalise(await page.locator('main').innerText())).toContain('3 droits choisis');

    // Launching asks first, with the count and the euros at stake.
    await page.getByRole('button', { name: 'Lancer la campagne' }).click();
    const dialog = page.getByRole('dialog');
    const summary = dialog.getByTestId('launch-summary');
    await summary.waitFor();
    expect(normalise(await summary.innerText())).toContain(`3 foyers ciblé(s), ${atStake} par an en jeu.`);
    expect(normalise(await summary.innerText())).toContain('Une tâche de contact sera créée pour 3 foyers');
    await expectQualityPage(page, 'campagne-confirmation', problems);
    // Cancelling launches nothing.
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('campaign-status').filter({ hasText: 'Brouillon, non lancée' }).waitFor();
    await page.getByRole('button', { name: 'Lancer la campagne' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer le lancement' }).click();
    await page.getByTestId('campaign-status').filter({ hasText: 'Tâches créées, suivi en cours' }).waitFor({ timeout: 30_000 });
    expect(normalise(await page.getByTestId('campaign-progress').innerText())).toContain('3 tâches créées sur 3 foyers');

    // The campaign's households: the three chosen, each with its contact task and its right's state.
    const households = page.getByTestId('campaign-households').locator('tbody tr');
    await households.nth(2).waitFor();
    expect(await households.count()).toBe(3);
    const listed = await Promise.all([0, 1, 2].map((i) => referenceOf(households.nth(i))));
    expect([...listed].sort()).toEqual([...chosen].sort());
    for (let i = 0; i < 3; i++) {
      const text = normalise(await households.nth(i).innerText());
      expect(text).toMatch(/Tâche à faire/);
      expect(await households.nth(i).getByTestId('right-status').count()).toBeGreaterThan(0);
    }
    await expectQualityPage(page, 'campagne-foyers', problems);
    const campaignUrl = page.url();
    await page.setViewportSize(PHONE);
    await page.getByText(chosen[0]).first().waitFor();
    await expectQualityPage(page, 'campagne-foyers', problems);
    await page.setViewportSize(DESKTOP);

    // A household of the list opens its file.
    await page.goto(campaignUrl);
    await households.first().click();
    await page.getByRole('tab', { name: 'Droits détectés', selected: true }).waitFor();
    expect(normalise(await page.locator('#react-admin-title').innerText())).toContain(listed[0]);
    expect(page.url().startsWith(adminUrl('/households/'))).toBe(true);
  });

  it('crée une tâche pour 3 foyers cochés, assigne deux de ses tâches à une collègue et en marque une faite', async () => {
    const { page } = await openSession(browser);
    await page.setViewportSize(DESKTOP);
    const problems = watchConsole(page);
    await signIn(page, DEMO.socialWorker);

    // A task for each of three households ticked in the households list, to me by default.
    await page.getByRole('menuitem', { name: 'Foyers' }).click();
    const householdRows = page.locator('tbody tr');
    await householdRows.nth(2).waitFor();
    for (const i of [0, 1, 2]) await householdRows.nth(i).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Créer une tâche' }).click();
    const taskDialog = page.getByRole('dialog');
    await taskDialog.getByLabel('Intitulé de la tâche').fill('Rappeler après la permanence');
    await expectQualityPage(page, 'foyers-creer-taches', problems);
    await taskDialog.getByRole('button', { name: 'Créer les tâches' }).click();
    await page.getByText(/^3 tâches créées\.$/).waitFor();

    await page.getByRole('menuitem', { name: 'Tâches' }).click();
    // The households list (and its total) stays on screen until the tasks list has rendered.
    await page.waitForURL(/#\/tasks(\?|$)/);
    await page.locator('thead th', { hasText: 'Échéance' }).first().waitFor();
    const rows = page.locator('tbody tr');
    await rows.nth(2).waitFor();
    // "1-25 sur 40": my open tasks in all.
    const total = async () => Number((/sur ([\d ]+)/.exec(normalise(await page.locator('.MuiTablePagination-displayedRows').innerText()))?.[1] ?? '').replace(/ /g, '') || (await rows.count()));
    /** Waits until the list's total reads `expected` (the list refetches after the action). */
    const totalBecomes = async (expected: number) => {
      const deadline = Date.now() + 10_000;
      while ((await total().catch(() => -1)) !== expected && Date.now() < deadline) await page.waitForTimeout(250);
      expect(await total()).toBe(expected);
    };
    const before = await total();

    // Two tasks go to a colleague: they leave "my" open tasks.
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Assigner' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Intervenant·e').click();
    // Her manager, of the same organisation (only its social workers and managers are offered).
    await page.getByRole('option', { name: 'Isabelle Roux' }).click();
    await expectQualityPage(page, 'taches-assigner', problems);
    await dialog.getByRole('button', { name: 'Assigner' }).click();
    await page.getByText('2 tâches assignée(s).').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await totalBecomes(before - 2);

    // One more is done: it leaves the open tasks too.
    await rows.nth(0).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Marquer faites' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Marquer faites' }).click();
    await page.getByText('1 tâche marquée(s) faite(s).').waitFor();
    await totalBecomes(before - 3);
    await expectQualityPage(page, 'taches-apres-action', problems);
  });
});
