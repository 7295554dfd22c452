import type { Browser } from 'playwright-core';
import { DEMO, launchBrowser, openSession, signIn } from './support/browser';

describe('Erreurs de saisie renvoyées par l’API', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('affiche le message français de l’API sous le champ concerné et n’enregistre rien', async () => {
    const { page, context } = await openSession(browser);
    await signIn(page, DEMO.socialWorker);
    await page.getByRole('menuitem', { name: 'Foyers' }).click();
    await page.locator('tbody tr').first().click();
    await page.getByRole('tab', { name: 'Résumé', selected: true }).waitFor();
    await page.getByRole('link', { name: 'Éditer' }).click();
    await page.getByRole('tab', { name: 'Logement', selected: true }).waitFor();
    const editUrl = page.url();

    // Only the API knows "today" for this rule: the form itself accepts the date.
    await page.locator('input[name="lastContactOn"]').fill('2099-01-01');
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    const field = page.locator('.ra-input-lastContactOn');
    await field.getByText('ne peut pas être dans le futur').waitFor();
    expect(page.url()).toBe(editUrl);
    expect(await page.getByText('Modifications enregistrées').count()).toBe(0);
    await context.close();
  });
});
