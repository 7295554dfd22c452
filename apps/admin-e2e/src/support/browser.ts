import { generate } from 'otplib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const DEMO_PASSWORD = 'demo-recours-2026';
export const DEMO = {
  socialWorker: 'intervenante@demo.recours.fr',
  otherOrganisationWorker: 'intervenant2@demo.recours.fr',
  partner: 'partenaire.caf@demo.recours.fr',
  manager: 'manager@demo.recours.fr',
  admin: 'admin@demo.recours.fr',
} as const;

export const adminUrl = (hashPath = '/') => {
  const base = process.env.E2E_ADMIN_URL;
  if (!base) throw new Error('E2E_ADMIN_URL is not set: run through apps/admin-e2e/jest.config.js');
  // react-admin routes with the URL hash.
  return `${base}/#${hashPath}`;
};

/** Debian's Chromium (no browser download here), headless. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

/** A fresh browser profile (own cookies) for one person; its page is screenshotted on failure. */
export const openSession = async (browser: Browser): Promise<{ context: BrowserContext; page: Page }> => {
  const context = await browser.newContext({
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1440, height: 960 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  (globalThis as { __e2ePage?: Page }).__e2ePage = page;
  return { context, page };
};

/** Content-Security-Policy violations Chromium reports on the page's console from now on. */
export const collectCspViolations = (page: Page): string[] => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
};

export const fillSignIn = async (page: Page, email: string, password: string) => {
  await page.goto(adminUrl('/login'));
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
};

/** The demo admins' published second-factor key (apps/api/src/seed/demo-data.ts, README). */
export const DEMO_ADMIN_TOTP_SECRET = 'DEMORECOURSADMINTOTPSECRETKEY234';

export const signIn = async (page: Page, email: string, password = DEMO_PASSWORD) => {
  await fillSignIn(page, email, password);
  if (email === DEMO.admin) {
    // Admins must have a second factor: the code their app would show.
    await page.locator('input[name="code"]').fill(await generate({ secret: DEMO_ADMIN_TOTP_SECRET }));
    await page.getByRole('button', { name: 'Valider le code' }).click();
  }
  await page.getByRole('heading', { name: /^Bonjour / }).waitFor();
};
