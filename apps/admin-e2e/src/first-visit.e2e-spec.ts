import type { Browser } from 'playwright-core';
import { adminUrl, DEMO, DEMO_PASSWORD, launchBrowser } from './support/browser';
import { DESKTOP, expectQualityPage, PHONE, watchConsole } from './support/quality';
import { log } from './support/stack';

// The first visit of a person without a session, on the production build: the sign-in form at once,
// then the first list quickly. The times are printed beside their budget (1 s each) but asserted only
// against a ceiling: on a 2-core machine shared with other runs they vary from 0.6 to 2 s for the same
// build. What the build controls is asserted exactly: the bytes the browser must fetch before the form
// paints (the shell: React, Material UI, react-admin, the DSFR stylesheet — not the screens, whose
// chunks come while the person types).
const BUDGET_MS = 1000;
// A session check retried at 1, 2 and 4 s (the 401 taken for an error) once made the form wait ~10 s.
const CEILING_MS = 3 * BUDGET_MS;
// Compressed bytes of scripts and stylesheets fetched before the form’s first paint: 472 kB when
// written (the screens in their own chunks, only the parts of the DSFR shown); 819 kB before that.
const SHELL_BUDGET_BYTES = 600_000;

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
  ])('sur %s : le formulaire de connexion sans attente, une seule question à /api/auth/me, puis la première liste (octets du formulaire bornés, temps affichés)', async (_label, viewport) => {
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
    const shell = await page.evaluate(() => {
      const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.now();
      return (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => r.startTime <= paint && /\.(js|css)$/.test(new URL(r.name).pathname))
        .map((r) => ({ file: new URL(r.name).pathname, bytes: r.encodedBodySize }));
    });
    const shellBytes = shell.reduce((sum, r) => sum + r.bytes, 0);
    await expectQualityPage(page, 'connexion', problems);

    await page.locator('input[name="email"]').fill(DEMO.socialWorker);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: /^Bonjour / }).waitFor();
    const listStarted = Date.now();
    await page.goto(adminUrl('/households'));
    await page.locator('.RaList-main').getByText(/HH-2026-\d{5}/).first().waitFor();
    const firstListMs = Date.now() - listStarted;
    log(
      `first visit (${viewport.width} px): sign-in form ${signInFormMs} ms, first list ${firstListMs} ms after sign-in (budget ${BUDGET_MS} ms each); ` +
        `${Math.round(shellBytes / 1000)} kB compressed in ${shell.length} scripts and stylesheets before the form (budget ${SHELL_BUDGET_BYTES / 1000} kB)`,
    );
    expect(shell.map((r) => r.file).filter((f) => /\/(Dashboard|Household\w+|charts)-/.test(f))).toEqual([]);
    expect(shellBytes).toBeLessThan(SHELL_BUDGET_BYTES);
    expect(signInFormMs).toBeLessThan(CEILING_MS);
    expect(firstListMs).toBeLessThan(CEILING_MS);
    await expectQualityPage(page, 'foyers', problems);

    // The legal pages are reachable from the footer, without a session too.
    await page.getByRole('link', { name: /Accessibilité/ }).first().click();
    await page.getByRole('heading', { name: 'Déclaration d’accessibilité' }).waitFor();
    await expectQualityPage(page, 'accessibilite', problems);
    await context.close();
  });
});
