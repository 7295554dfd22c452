import type { Browser } from 'playwright-core';
import { DEMO, launchBrowser, openSession, signIn } from './support/browser';
import { choose, normalise } from './support/ui';

describe('Tableau de bord du responsable', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('filtre sur la prime d’activité, ouvre les droits « accordés » et retrouve la même liste', async () => {
    const { page, context } = await openSession(browser);
    await signIn(page, DEMO.manager);
    await page.getByRole('heading', { name: 'Tableau de bord de l’organisation' }).waitFor();
    expect(normalise(await page.getByTestId('freshness').innerText())).toMatch(/^Chiffres calculés le \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}/);

    const filtered = page.waitForResponse((r) => r.url().includes('/api/stats/rights-opened') && decodeURIComponent(r.url()).includes('"benefit":"prime_activite"'));
    await choose(page, page.getByRole('combobox', { name: 'Prestation' }), 'Prime d\'activité');
    const stats = (await (await filtered).json()) as { total: { rights: number } };
    expect(stats.total.rights).toBeGreaterThan(0); // the demo data hold granted primes d'activité

    const granted = page.getByRole('link', { name: /^Droits accordés : / });
    await granted.filter({ hasText: String(stats.total.rights) }).waitFor();
    await granted.click();
    await page.waitForURL(/#\/detected-rights\?filter=/);
    const filter = JSON.parse(decodeURIComponent(new URL(page.url().replace('#/', '')).searchParams.get('filter')!));
    expect(filter).toMatchObject({ status: 'accorde', benefit: 'prime_activite' });
    const rows = page.locator('.RaList-content table tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(stats.total.rights);
    for (const text of await rows.allInnerTexts()) expect(text).toMatch(/Prime d'activité[\s\S]*accordé/i);
    await context.close();
  });
});
