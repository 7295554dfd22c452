import type { Browser, Page } from 'playwright-core';
import { apiSession } from './support/api';
import { adminUrl, DEMO, DEMO_PASSWORD, fillSignIn, launchBrowser, openSession, signIn } from './support/browser';
import { normalise } from './support/ui';

/** A household of the social worker with a detected prime d'activité, never referred (the demo seed refers some). */
const householdWithDetectedPpa = async () => {
  const api = await apiSession(DEMO.socialWorker);
  const filter = encodeURIComponent(JSON.stringify({ benefit: 'prime_activite', status: ['detecte'] }));
  const rights = await api.get<Array<{ id: string; householdId: string; householdReference: string; referentId: string | null }>>(
    `/detected-rights?filter=${filter}&range=[0,99]&sort=["householdReference","ASC"]`,
  );
  for (const right of rights) {
    const referred = await api.get<unknown[]>(`/referrals?filter=${encodeURIComponent(JSON.stringify({ householdId: right.householdId }))}`);
    const consents = await api.get<unknown[]>(`/consents?filter=${encodeURIComponent(JSON.stringify({ householdId: right.householdId }))}`);
    if (referred.length === 0 && consents.length === 0) return right;
  }
  throw new Error('no household with a detected prime d’activité left to refer in the demo data');
};

const clickAction = async (page: Page, action: string, status: string, fill?: (page: Page) => Promise<void>) => {
  await page.getByTestId('referral-actions').getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(page);
  await dialog.getByRole('button', { name: 'Valider' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('referral-status').filter({ hasText: status }).first().waitFor();
};

describe('Orientation vers la CAF : du droit détecté au droit ouvert, sans perdre le fil', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('l’intervenante recueille le consentement et oriente ; la CAF accuse réception, accepte et clôture ; le droit est accordé', async () => {
    const right = await householdWithDetectedPpa();

    // The social worker refers the household for its detected prime d'activité.
    const worker = await openSession(browser);
    await signIn(worker.page, DEMO.socialWorker);
    await worker.page.goto(adminUrl(`/households/${right.householdId}/show/droits`));
    const card = worker.page.locator(`[data-testid="right-card"][data-benefit="prime_activite"][data-status="detecte"]`);
    await card.waitFor();
    await card.getByRole('button', { name: 'Orienter' }).click();
    const dialog = worker.page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Destinataire' }).click();
    // The directory offers the organisations that handle the prime d'activité.
    const options = await worker.page.getByRole('option').allInnerTexts();
    expect(options).toContain('CAF de la Creuse');
    expect(options).not.toContain('CPAM de la Creuse');
    await worker.page.getByRole('option', { name: 'CAF de la Creuse', exact: true }).click();
    // No sharing consent yet: it is recorded in the same dialog, then the referral can go.
    await dialog.getByTestId('consent-missing').waitFor();
    const send = dialog.getByRole('button', { name: 'Envoyer l’orientation' });
    expect(await send.isDisabled()).toBe(true);
    await dialog.getByRole('button', { name: 'Enregistrer le consentement' }).click();
    await dialog.getByTestId('consent-ok').waitFor();
    await dialog.getByLabel('Message au partenaire (facultatif)').fill('Madame est joignable le matin.');
    await send.click();
    await worker.page.getByTestId('referral-status').filter({ hasText: 'Envoyée' }).waitFor();
    expect(normalise(await worker.page.getByTestId('shared-data').innerText())).toContain('Prime d\'activité');

    // The CAF partner signs in and lands on the inbox, where the referral waits.
    const partner = await openSession(browser);
    await fillSignIn(partner.page, DEMO.partner, DEMO_PASSWORD);
    await partner.page.waitForURL(/#\/referrals/);
    await partner.page.getByRole('tab', { name: 'Reçues', selected: true }).waitFor();
    const row = partner.page.locator('tr', { hasText: right.householdReference });
    await row.waitFor();
    await row.click();

    // Only the shared fields: identity, composition, incomes, the right and its explanation; never the housing.
    const shared = partner.page.getByTestId('shared-data');
    await shared.waitFor();
    for (const section of ['shared-identity', 'shared-composition', 'shared-incomes', 'shared-rights']) await shared.getByTestId(section).waitFor();
    expect(await shared.getByTestId('shared-housing').count()).toBe(0);
    expect(normalise(await shared.getByTestId('shared-rights').innerText())).toContain('Prime d\'activité');
    expect(await partner.page.getByTestId('referral-timeline').innerText()).toContain('Madame est joignable le matin.');

    await clickAction(partner.page, 'Accuser réception', 'Reçue');
    await clickAction(partner.page, 'Accepter', 'Acceptée');
    await clickAction(partner.page, 'Clôturer', 'Clôturée', async (p) => {
      await p.getByRole('dialog').locator('input[name="monthlyAmountCents"]').fill('187.5');
    });
    expect(normalise(await partner.page.getByTestId('referral-outcome').innerText())).toContain('Droit ouvert : 187,50 €/mois');

    // Back at the council: the outcome on the household, and the detected right granted with that amount.
    await worker.page.goto(adminUrl(`/households/${right.householdId}/show/orientations`));
    const outcome = worker.page.getByTestId('household-referral-outcome').first();
    await outcome.waitFor();
    expect(normalise(await outcome.innerText())).toContain('Droit ouvert : 187,50 €/mois');
    await worker.page.getByRole('tab', { name: 'Droits détectés', exact: true }).click();
    const granted = worker.page.locator(`[data-testid="right-card"][data-benefit="prime_activite"][data-status="accorde"]`);
    await granted.waitFor();
    expect(normalise(await granted.innerText())).toContain('Accordé : 187,50 €/mois');
    // The CAF's reads of the referral are in the household's access history.
    await worker.page.getByRole('tab', { name: 'Historique des accès', exact: true }).click();
    await worker.page
      .locator('tbody tr', { hasText: '(CAF de la Creuse)' })
      .filter({ hasText: 'Consultation' })
      .filter({ hasText: 'Orientation' })
      .first()
      .waitFor();
    await worker.context.close();
    await partner.context.close();
  });
});
