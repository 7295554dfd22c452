import type { Browser } from 'playwright-core';
import { DEMO, fillSignIn, launchBrowser, openSession } from './support/browser';

describe('Connexion au back-office', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
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
});
