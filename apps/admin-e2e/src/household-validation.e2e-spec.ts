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

  it('complète la commune sur son nom sans accent ou son code postal, et remplit le code INSEE, le code postal et la zone', async () => {
    const { page, context } = await openSession(browser);
    await signIn(page, DEMO.socialWorker);
    await page.getByRole('menuitem', { name: 'Foyers' }).click();
    await page.getByRole('link', { name: 'Créer' }).click();
    await page.getByRole('tab', { name: 'Logement', selected: true }).waitFor();

    const commune = page.getByRole('combobox', { name: 'Commune' });
    await commune.fill('gueret');
    await page.getByRole('option', { name: /^Guéret/ }).first().click();
    expect(await commune.inputValue()).toBe('Guéret');
    expect(await page.locator('input[name="communeInsee"]').inputValue()).toBe('23096');
    expect(await page.locator('input[name="postcode"]').inputValue()).toBe('23000');
    await page.locator('.ra-input-housingAidZone').getByText('Zone 3').waitFor();

    // By postcode: the communes of 69003 are Lyon, in zone 2.
    await commune.fill('69003');
    await page.getByRole('option', { name: /^Lyon/ }).first().click();
    expect(await page.locator('input[name="communeInsee"]').inputValue()).toBe('69123');
    expect(await page.locator('input[name="postcode"]').inputValue()).toBe('69003');
    await page.locator('.ra-input-housingAidZone').getByText('Zone 2').waitFor();
    await context.close();
  });
});
