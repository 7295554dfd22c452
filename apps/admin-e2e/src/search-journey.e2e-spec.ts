import type { Browser } from 'playwright-core';
import { DEMO, launchBrowser, openSession, signIn } from './support/browser';
import { watchConsole } from './support/quality';

describe('Trouver un foyer de partout', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('Ctrl+K cherche une référence, « / » un nom de membre, « ? » liste les raccourcis', async () => {
    const { page, context } = await openSession(browser);
    const problems = watchConsole(page);
    await signIn(page, DEMO.socialWorker);

    // A reference read in the list, found again from the search of the header.
    await page.getByRole('menuitem', { name: 'Foyers' }).click();
    const reference = (await page.locator('.RaList-main').getByText(/HH-2026-\d{5}/).first().innerText()).match(/HH-2026-\d{5}/)![0];
    await page.keyboard.press('Control+k');
    const search = page.getByRole('dialog', { name: 'Rechercher' });
    await search.getByRole('textbox').fill(reference);
    await search.getByRole('button', { name: new RegExp(reference) }).waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/households\/[0-9a-f-]{36}\/show$/);
    await page.getByText(reference).first().waitFor();

    // "/" from the page, a member's name typed as a person would (no accents).
    await page.locator('body').press('/');
    await search.getByRole('textbox').fill('martin');
    const first = search.getByRole('button').filter({ hasText: /HH-2026-\d{5}/ }).first();
    await first.waitFor();
    await first.click();
    await page.waitForURL(/#\/households\/[0-9a-f-]{36}\/show$/);

    await page.locator('body').press('?');
    const shortcuts = page.getByRole('dialog', { name: 'Raccourcis clavier' });
    await shortcuts.getByText('Ctrl + K ou /').waitFor();
    await page.keyboard.press('Escape');
    await shortcuts.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await context.close();
  });
});
