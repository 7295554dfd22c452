import type { Browser } from 'playwright-core';
import { adminUrl, DEMO, DEMO_PASSWORD, launchBrowser } from './support/browser';
import { DESKTOP, expectQualityPage, PHONE, watchConsole } from './support/quality';
import { log } from './support/stack';

// The first visit of a person without a session, on the production build: the sign-in form at once,
// then the first list quickly. The figures are printed beside their budget (1 s each): performance
// is measured, not asserted, on a machine shared with other runs.
const BUDGET_MS = 1000;

describe('Première visite', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['téléphone', PHONE],
    ['ordinateur', DESKTOP],
  ])('sur %s : le formulaire de connexion sans attente, une seule question à /api/auth/me, puis la première liste (temps affichés)', async (_label, viewport) => {
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport });
    const page = await context.newPage();
    (globalThis as { __e2ePage?: unknown }).__e2ePage = page;
    const problems = watchConsole(page);
    const meCalls: number[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('/api/auth/me')) meCalls.push(response.status());
    });

    const started = Date.now();
    await page.goto(adminUrl('/'));
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    const signInFormMs = Date.now() - started;
    expect(meCalls).toEqual([401]);
    await expectQualityPage(page, 'connexion', problems);

    await page.locator('input[name="email"]').fill(DEMO.socialWorker);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: /^Bonjour / }).waitFor();
    const listStarted = Date.now();
    await page.goto(adminUrl('/households'));
    await page.locator('.RaList-main').getByText(/HH-2026-\d{5}/).first().waitFor();
    const firstListMs = Date.now() - listStarted;
    log(`first visit (${viewport.width} px): sign-in form ${signInFormMs} ms, first list ${firstListMs} ms after sign-in (budget ${BUDGET_MS} ms each)`);
    await expectQualityPage(page, 'foyers', problems);

    // The legal pages are reachable from the footer, without a session too.
    await page.getByRole('link', { name: /Accessibilité/ }).first().click();
    await page.getByRole('heading', { name: 'Déclaration d’accessibilité' }).waitFor();
    await expectQualityPage(page, 'accessibilite', problems);
    await context.close();
  });
});
