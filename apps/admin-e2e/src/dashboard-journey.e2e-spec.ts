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

  it('ouvre les orientations envoyées de la période depuis le tableau de bord et en retrouve le nombre', async () => {
    const { page, context } = await openSession(browser);
    const loaded = page.waitForResponse((r) => r.url().includes('/api/stats/referrals'));
    await signIn(page, DEMO.manager);
    const stats = (await (await loaded).json()) as { sent: { total: { referrals: number } } };
    expect(stats.sent.total.referrals).toBeGreaterThan(0); // the demo data hold referrals sent by the council
    await page.getByRole('heading', { name: 'Orientations', exact: true }).waitFor();

    const sent = page.getByRole('link', { name: /^Orientations envoyées : / });
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
