import type { Browser } from 'playwright-core';
import { adminUrl, DEMO, launchBrowser, openSession, signIn } from './support/browser';
import { apiSession, findHouseholdWithSalaryAndRight } from './support/api';
import { normalise, openTab, waitForChange } from './support/ui';

describe('Détection en direct', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('un revenu modifié donne, en quelques secondes et sans recharger, un droit recalculé avec son explication', async () => {
    // A household whose RSA depends on a salary (read through the API, as the same worker).
    const api = await apiSession(DEMO.socialWorker);
    const target = await findHouseholdWithSalaryAndRight(api, 'rsa');

    const { page, context } = await openSession(browser);
    await signIn(page, DEMO.socialWorker);
    await page.goto(adminUrl(`/households/${target.householdId}/show/droits`));
    const card = page.locator('[data-testid="right-card"][data-benefit="rsa"]');
    const amount = card.getByTestId('right-amount');
    await amount.waitFor();
    const before = normalise(await amount.innerText());

    // Mark the document: a reload would lose it.
    await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

    // Lower the salary by 100 €: the RSA (a differential benefit) goes up.
    await page.getByRole('link', { name: 'Éditer' }).click();
    await page.getByRole('tab', { name: 'Logement', selected: true }).waitFor();
    await openTab(page, 'Membres');
    const income = page.locator(`input[name="${target.incomeField}"]`);
    await income.waitFor();
    await income.fill(String((target.monthlyAmountCents - 10_000) / 100));
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Modifications enregistrées').waitFor();

    await openTab(page, 'Droits détectés');
    const started = Date.now();
    const after = await waitForChange(async () => normalise(await amount.innerText()), before, 15_000);
    const seconds = (Date.now() - started) / 1000;
    expect(after).not.toBe(before);
    expect(after).toMatch(/€\/mois$/);
    // The explanation is the new one: its summary states the new amount.
    const amountOnly = after.replace(/\/mois$/, '');
    const summary = card.getByTestId('right-summary');
    await waitForChange(async () => (normalise(await summary.innerText()).includes(amountOnly) ? 'yes' : 'no'), 'no', 5_000);
    expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);
    expect(seconds).toBeLessThan(15);
    await context.close();
  });
});
