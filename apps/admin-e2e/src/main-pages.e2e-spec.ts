// Every main page of the back office, on a phone and on a desktop: no horizontal scroll, no serious
// accessibility violation, no console error — and its screenshot for reviewers
// (test-results/admin-e2e/screenshots/<page>-<width>.png).
import type { Browser, Page } from 'playwright-core';
import { apiSession } from './support/api';
import { adminUrl, DEMO, launchBrowser, openSession, signIn } from './support/browser';
import { DESKTOP, expectQualityPage, PHONE, watchConsole } from './support/quality';

type Visit = [name: string, hashPath: string, ready: (page: Page) => Promise<unknown>];

describe.each([
  ['téléphone', PHONE],
  ['ordinateur', DESKTOP],
])('Pages principales sur %s', (_device, viewport) => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const visitAll = async (email: string, visits: Visit[]) => {
    const { page, context } = await openSession(browser);
    await page.setViewportSize(viewport);
    const problems = watchConsole(page);
    await signIn(page, email);
    for (const [name, hashPath, ready] of visits) {
      await page.goto(adminUrl(hashPath));
      await ready(page);
      await page.waitForLoadState('networkidle');
      await expectQualityPage(page, name, problems);
    }
    await context.close();
  };

  it('intervenante : Ma journée, foyers, droits, tâches, campagnes, orientations, notifications', async () => {
    const api = await apiSession(DEMO.socialWorker);
    const [household] = await api.get<{ id: string }[]>('/households?range=[0,0]');
    const [granted] = await api.get<{ id: string; householdId: string; benefit: string }[]>(`/detected-rights?filter=${encodeURIComponent('{"status":"accorde"}')}&range=[0,0]`);
    const campaigns = await api.get<{ id: string; status: string }[]>('/campaigns?range=[0,24]');
    const finished = campaigns.find((c) => c.status === 'terminee');
    expect(finished).toBeDefined(); // the demo holds a finished campaign
    const heading = (name: RegExp) => (page: Page) => page.getByRole('heading', { name }).first().waitFor();
    const rows = (page: Page) => page.locator('.RaList-content tbody tr, .RaList-content li').first().waitFor();
    await visitAll(DEMO.socialWorker, [
      ['ma-journee', '/', heading(/^Bonjour /)],
      ['foyers-liste', '/households', rows],
      ['foyer', `/households/${household.id}/show`, (page) => page.getByRole('tab', { name: 'Résumé', selected: true }).waitFor()],
      ['droits-liste', '/detected-rights', rows],
      [
        'droit-accorde-historique',
        `/households/${granted.householdId}/show`,
        async (page) => {
          // A right granted after a year of outreach (demo data), its history open.
          await page.getByRole('tab', { name: 'Droits détectés', exact: true }).click();
          const card = page.locator(`[data-testid="right-card"][data-benefit="${granted.benefit}"]`).filter({ hasText: 'Accordé' }).first();
          await card.getByRole('button', { name: 'Voir l’historique' }).click();
          await card.getByTestId('right-history').getByText('Demande déposée → Droit accordé').waitFor();
        },
      ],
      ['taches-liste', '/tasks', rows],
      ['campagnes-liste', '/campaigns', rows],
      ['campagne-terminee', `/campaigns/${finished!.id}/show`, (page) => page.getByText('Foyers de la campagne').waitFor()],
      ['orientations-liste', '/referrals', rows],
      ['notifications', '/notifications', (page) => page.locator('main').first().waitFor()],
    ]);
  });

  it('responsable : tableau de bord, relances en échec', async () => {
    await visitAll(DEMO.manager, [
      ['tableau-de-bord', '/', (page) => page.getByTestId('freshness').waitFor()],
      // The demo's one failed reminder (seed-activity.ts), with its last error.
      ['relances-en-echec', '/failed-reminders', (page) => page.getByText('ECONNREFUSED', { exact: false }).waitFor()],
    ]);
  });
});
