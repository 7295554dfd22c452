import type { Browser } from 'playwright-core';
import { DEMO, launchBrowser, openSession, signIn } from './support/browser';

// Menus follow the permissions the API reports in /api/auth/me (the API still refuses the rest).
const cases: Array<[string, string, string[]]> = [
  ['intervenante', DEMO.socialWorker, ['Accueil', 'Foyers', 'Droits détectés', 'Tâches', 'Campagnes']],
  ['responsable', DEMO.manager, ['Accueil', 'Foyers', 'Droits détectés', 'Tâches', 'Campagnes', 'Journal d’audit']],
  ['administrateur', DEMO.admin, ['Accueil', 'Organisations', 'Utilisateurs']],
  ['agent partenaire', DEMO.partner, ['Accueil']],
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
    await signIn(page, email);
    const items = page.locator('.RaMenu-open [role="menuitem"], .RaMenu-closed [role="menuitem"]');
    await items.first().waitFor();
    expect((await items.allInnerTexts()).map((t) => t.trim())).toEqual(expected);
    await context.close();
  });
});
