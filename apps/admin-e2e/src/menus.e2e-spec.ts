import type { Browser } from 'playwright-core';
import { DEMO, fillSignIn, launchBrowser, openSession, signIn } from './support/browser';

// Menus follow the permissions the API reports in /api/auth/me (the API still refuses the rest);
// everyone has their own notifications.
const cases: Array<[string, string, string[]]> = [
  ['intervenante', DEMO.socialWorker, ['Accueil', 'Foyers', 'Droits détectés', 'Tâches', 'Campagnes', 'Imports', 'Orientations', 'Notifications']],
  ['responsable', DEMO.manager, ['Accueil', 'Foyers', 'Droits détectés', 'Tâches', 'Campagnes', 'Imports', 'Orientations', 'Journal d’audit', 'Relances en échec', 'Notifications']],
  ['administrateur', DEMO.admin, ['Accueil', 'Organisations', 'Types d’orientation', 'Utilisateurs', 'Relances en échec', 'Notifications']],
  ['agent partenaire', DEMO.partner, ['Accueil', 'Orientations', 'Notifications']],
];

describe('Menus selon le rôle', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(cases)('%s : ne voit que ses menus', async (_role, email, expected) => {
    const { page, context } = await openSession(browser);
    // A partner lands on their inbox of referrals rather than on the greeting page.
    if (email === DEMO.partner) {
      await fillSignIn(page, email, 'demo-recours-2026');
      await page.waitForURL(/#\/referrals/);
    } else await signIn(page, email);
    const items = page.locator('.RaMenu-open [role="menuitem"], .RaMenu-closed [role="menuitem"]');
    await items.first().waitFor();
    expect((await items.allInnerTexts()).map((t) => t.trim())).toEqual(expected);
    await context.close();
  });
});
