import type { Browser, Page } from 'playwright-core';
import { DEMO, launchBrowser, openSession, signIn } from './support/browser';

// A household of the social worker's organisation in the demo seed (apps/api/src/seed).
const SEARCH = process.env.E2E_HOUSEHOLD_SEARCH ?? 'Martin';

// French money as the back office displays it (Intl puts narrow no-break spaces in it).
const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const normalise = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

const openTab = (page: Page, name: string) => page.getByRole('tab', { name }).click();

describe('Parcours d’une intervenante sur un foyer', () => {
  let browser: Browser;
  let householdUrl = '';
  let newAmountCents = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('cherche un foyer, modifie un revenu et retrouve sa consultation et sa modification dans l’historique', async () => {
    const { page, context } = await openSession(browser);
    await signIn(page, DEMO.socialWorker);
    const me = normalise((await page.getByRole('heading', { name: /^Bonjour / }).innerText()).replace(/^Bonjour\s+/, ''));

    // Search the household list.
    await page.getByRole('menuitem', { name: 'Foyers' }).click();
    const searched = page.waitForResponse(
      (r) => new URL(r.url()).pathname === '/api/households' && JSON.parse(new URL(r.url()).searchParams.get('filter') ?? '{}').q === SEARCH,
    );
    await page.getByPlaceholder('Nom ou référence').fill(SEARCH);
    // The search is debounced: wait until the list has applied it before opening a row.
    await page.waitForURL((url) => JSON.parse(new URLSearchParams(url.hash.split('?')[1]).get('filter') ?? '{}').q === SEARCH);
    const listUrl = page.url();
    // Until the search's answer is drawn, the unfiltered list's rows are still on screen.
    const found = ((await (await searched).json()) as unknown[]).length;
    await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length === n, found);
    const rows = page.locator('tbody tr', { hasText: SEARCH });
    await rows.first().waitFor();
    const candidates = Math.min(await rows.count(), 10);

    // Edit the first income of the first household found that has one (the seed leaves some without).
    const amount = page.locator('input[name$=".monthlyAmountCents"][name^="members."]').first();
    for (let i = 0; i < candidates; i++) {
      if (i > 0) await page.goto(listUrl);
      await rows.nth(i).click();
      // The file opens on its summary.
      await page.getByRole('tab', { name: 'Résumé', selected: true }).waitFor();
      householdUrl = page.url().replace(/\/show.*$/, '/show');
      expect(householdUrl).toMatch(/#\/households\/[0-9a-f-]{36}\/show$/);
      await page.getByRole('link', { name: 'Éditer' }).click();
      // The edit form's own tabs (the file's "Membres" tab looks the same).
      await page.getByRole('tab', { name: 'Logement', selected: true }).waitFor();
      await openTab(page, 'Membres');
      await page.getByRole('button', { name: 'Ajouter un membre' }).waitFor();
      if ((await amount.count()) > 0) break;
    }
    await amount.waitFor();
    const before = Number(await amount.inputValue());
    newAmountCents = Math.round(before * 100) + 1234; // +12,34 €
    await amount.fill(String(newAmountCents / 100));
    // The household asks for help with its quarterly declarations (RSA, prime d'activité).
    await openTab(page, 'Logement');
    await page.getByLabel('Aide demandée pour les déclarations trimestrielles').setChecked(true);
    await page.getByRole('button', { name: 'Enregistrer' }).click();

    // Pessimistic save: back on the file once the API has accepted it, with the new amount.
    await page.getByText('Modifications enregistrées').waitFor();
    await page.getByRole('tab', { name: 'Résumé', selected: true }).waitFor();
    const help = page.locator('.ra-field-declarationHelpRequested');
    await help.waitFor();
    expect(normalise(await help.innerText())).toMatch(/^Aide demandée pour les déclarations trimestrielles\s+Oui$/);
    await openTab(page, 'Membres');
    await page.getByText(euros(newAmountCents), { exact: true }).first().waitFor();

    // The access history lists this very visit and change, by this user.
    await openTab(page, 'Historique des accès');
    const history = page.locator('tbody');
    const myUpdates = history.locator('tr', { hasText: 'Modification' }).filter({ hasText: me });
    // One event per record changed: the income, and the household's own field, each named in French.
    await myUpdates.filter({ hasText: /Revenus|Montant mensuel/ }).first().waitFor();
    await myUpdates.filter({ hasText: 'Aide aux déclarations trimestrielles' }).first().waitFor();
    await history.locator('tr', { hasText: 'Consultation' }).filter({ hasText: me }).first().waitFor();

    await context.close();
  });

  it('ne montre pas ce foyer à un intervenant d’une autre organisation', async () => {
    expect(householdUrl).not.toBe('');
    const { page, context } = await openSession(browser);
    await signIn(page, DEMO.otherOrganisationWorker);

    await page.goto(householdUrl);
    const alert = page.getByRole('alert').filter({ hasText: 'introuvable' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Foyer introuvable/);
    // Neither the data nor the edit action leaks.
    expect(await page.getByText(SEARCH).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Éditer' }).count()).toBe(0);
    expect(page.url()).toBe(householdUrl);

    await context.close();
  });
});
