import type { Browser } from 'playwright-core';
import { adminUrl, collectCspViolations, DEMO, fillSignIn, launchBrowser, openSession, signIn } from './support/browser';

describe('Connexion au back-office', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sert le back-office avec sa politique de sécurité du contenu, sans aucune violation', async () => {
    const { page, context } = await openSession(browser);
    const violations = collectCspViolations(page);
    const response = await page.goto(adminUrl('/login'));
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self';.*frame-ancestors 'none'/);
    await fillSignIn(page, DEMO.manager, 'demo-recours-2026');
    await page.getByRole('heading', { name: /^Bonjour / }).waitFor();
    for (const path of ['/households', '/detected-rights', '/campaigns', '/tasks']) {
      await page.goto(adminUrl(path));
      await page.locator('main').waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(violations).toEqual([]);
    await context.close();
  });

  it('refuse un mauvais mot de passe avec un message en français, sans ouvrir de session', async () => {
    const { page, context } = await openSession(browser);
    await fillSignIn(page, DEMO.socialWorker, 'pas-le-bon-mot-de-passe');

    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.innerText()).toBe('Identifiant ou mot de passe incorrect');
    // Still on the sign-in page, and no session cookie was handed out.
    expect(page.url()).toContain('#/login');
    await page.goto(page.url().replace(/#.*$/, '#/households'));
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    await context.close();
  });

  it('ouvre une session puis la ferme : les pages protégées renvoient ensuite à la connexion', async () => {
    const { page, context } = await openSession(browser);
    await signIn(page, DEMO.socialWorker);

    await page.getByRole('button', { name: 'Profil' }).click();
    await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();

    // The session is closed server-side too: a fresh load of a protected page asks to sign in.
    await page.goto(adminUrl('/households'));
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    expect(page.url()).toContain('#/login');
    await context.close();
  });
});
