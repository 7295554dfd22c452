import type { Browser, Page } from 'playwright-core';
import { DEMO, launchBrowser, openSession, signIn } from './support/browser';
import { expectQualityPage, watchConsole } from './support/quality';
import { choose, normalise, openTab } from './support/ui';

const rightCard = (page: Page, benefit: string) => page.locator(`[data-testid="right-card"][data-benefit="${benefit}"]`);

/** Clicks a transition button of a right, validates its dialog, waits for the new status. */
const moveRight = async (page: Page, benefit: string, action: string, status: string, fill?: (page: Page) => Promise<void>) => {
  await rightCard(page, benefit).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(page);
  await dialog.getByRole('button', { name: 'Valider' }).click();
  await dialog.waitFor({ state: 'detached' });
  await rightCard(page, benefit).getByTestId('right-status').filter({ hasText: status }).waitFor();
};

describe('Aller-vers : de « Ma journée » au droit accordé, compté par la campagne', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('ouvre le premier foyer, lance une campagne qui le cible, l’informe par téléphone et obtient le droit', async () => {
    const { page, context } = await openSession(browser);
    const consoleProblems = watchConsole(page);
    await signIn(page, DEMO.socialWorker);

    // "Ma journée": the household with the most at stake comes first.
    const top = page.getByTestId('my-day-household').first();
    await top.waitFor();
    const topName = (await top.locator('h3').nth(1).innerText()).trim();
    await top.click();
    await page.getByRole('tab', { name: 'Droits détectés', selected: true }).waitFor();
    const householdUrl = page.url().replace(/\/show.*$/, '/show');
    expect(normalise(await page.locator('#react-admin-title').innerText()).toLowerCase()).toContain(topName.toLowerCase());

    // Its largest right, with its amount and explanation.
    const firstCard = page.getByTestId('right-card').first();
    await firstCard.waitFor();
    const benefit = (await firstCard.getAttribute('data-benefit'))!;
    const benefitLabel = (await firstCard.locator('h3').innerText()).trim();
    expect(normalise(await firstCard.getByTestId('right-amount').innerText())).toMatch(/€\/(mois|an)$/);
    // Its calculation is open: the steps of the engine, with their legal references.
    await firstCard.getByTestId('right-summary').waitFor();
    await firstCard.getByTestId('explanation-steps').locator('li').first().waitFor();
    expect(await firstCard.getByTestId('explanation-steps').locator('li').count()).toBeGreaterThan(1);
    // Legal references link to Légifrance (checked as an href: no network here); no line per unconfirmed parameter.
    expect(await firstCard.getByTestId('legifrance-link').first().getAttribute('href')).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\/search\/code\?/);
    expect(await firstCard.getByText(/Le paramètre .* n'a été vérifié/).count()).toBe(0);

    // The postcode of the household, to aim a campaign at its neighbourhood.
    await openTab(page, 'Résumé');
    const postcode = /\b(\d{5})\b/.exec(await page.locator('.ra-field-address').innerText())![1];

    // A campaign on that benefit and postcode: preview, launch, live progress up to 100 %.
    await page.getByRole('menuitem', { name: 'Campagnes' }).click();
    await page.getByRole('link', { name: 'Nouvelle campagne' }).click();
    const name = `Campagne ${benefitLabel} ${postcode} (${Date.now()})`;
    await page.locator('input[name="name"]').fill(name);
    await choose(page, page.getByLabel('Prestations'), benefitLabel);
    await page.locator('input[name="filters.postcode"]').fill(postcode);
    const preview = page.getByTestId('campaign-preview');
    await preview.getByText(/foyers?, .* par an en jeu, \d+ exclus? \(refus de la personne\)/).waitFor();
    expect(normalise(await preview.innerText())).toMatch(/[1-9]\d* foyers?, [\d ]+ € par an en jeu/);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByRole('button', { name: 'Lancer la campagne' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer le lancement' }).click();
    await page.getByTestId('campaign-progress-percent').filter({ hasText: '100 %' }).waitFor({ timeout: 30_000 });
    await page.getByTestId('campaign-status').filter({ hasText: 'Tâches créées, suivi en cours' }).waitFor();
    const campaignUrl = page.url();

    // Back to the household: confirm the right.
    await page.goto(householdUrl);
    await openTab(page, 'Droits détectés');
    await moveRight(page, benefit, 'Confirmer le droit', 'Confirmé');

    // A phone call that reaches the person informs them of the confirmed right: the dialog offers to
    // move it to "Personne informée" once the person is reached, ticked by default.
    await openTab(page, 'Contacts');
    await page.getByRole('button', { name: 'Nouveau contact' }).click();
    const contact = page.getByRole('dialog');
    const informChoice = contact.getByRole('switch', { name: `Passer le droit ${benefitLabel} à « Personne informée »` });
    await choose(page, contact.getByLabel('Résultat'), 'Non jointe');
    expect(await informChoice.count()).toBe(0);
    await choose(page, contact.getByLabel('Résultat'), 'Personne jointe');
    expect(await contact.getByRole('checkbox', { name: new RegExp(`^${benefitLabel} `) }).isChecked()).toBe(true);
    expect(await informChoice.isChecked()).toBe(true);
    await contact.locator('textarea[name="note"]').fill('Appel : la personne ignorait ce droit, rendez-vous pour le dossier.');
    await expectQualityPage(page, 'contact-personne-informee', consoleProblems);
    await contact.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await contact.waitFor({ state: 'detached' });
    const logged = page.getByTestId('contact-item').first();
    await logged.getByText('Personne jointe').waitFor();
    expect(await logged.innerText()).toContain('Téléphone');

    await openTab(page, 'Droits détectés');
    await rightCard(page, benefit).getByTestId('right-status').filter({ hasText: 'Personne informée' }).waitFor();
    await moveRight(page, benefit, 'Demande déposée', 'Demande déposée', async (p) => {
      await p.getByRole('dialog').locator('textarea[name="note"]').fill('Dossier déposé en ligne avec la personne.');
    });
    await moveRight(page, benefit, 'Droit accordé', 'Droit accordé', async (p) => {
      await p.getByRole('dialog').locator('input[name="grantedMonthlyAmountCents"]').fill('312.5');
    });
    expect(normalise(await rightCard(page, benefit).innerText())).toContain('Accordé : 312,50 €/mois');

    // The right's history: each step with its author and the note typed at that step, and the call.
    await rightCard(page, benefit).getByRole('button', { name: 'Voir l’historique' }).click();
    const history = rightCard(page, benefit).getByTestId('right-history');
    await history.getByText('Demande déposée → Droit accordé').waitFor();
    await history.getByText(/^Contact \(Téléphone\) : Personne jointe$/).waitFor();
    // The move recorded with the contact, with its note.
    await history.getByText('Confirmé → Personne informée').waitFor();
    const text = normalise(await history.innerText());
    expect(text).toContain('Contact : Téléphone, Personne jointe — Appel : la personne ignorait ce droit, rendez-vous pour le dossier.');
    expect(text).toContain('Dossier déposé en ligne avec la personne.');
    expect(text).toContain('Appel : la personne ignorait ce droit, rendez-vous pour le dossier.');
    expect(text).toMatch(/Camille/);
    await expectQualityPage(page, 'droit-historique', consoleProblems);

    // The campaign's funnel counts the granted right and its yearly amount.
    await page.goto(campaignUrl);
    const funnel = page.getByTestId('campaign-funnel');
    await funnel.waitFor();
    // The page may first show the counts cached at launch, then the fresh ones.
    await page.locator('[data-testid="funnel-granted-count"]', { hasText: /^1$/ }).waitFor();
    expect(Number(await funnel.getByTestId('funnel-reached-count').innerText())).toBeGreaterThanOrEqual(1);
    expect(normalise(await funnel.getByTestId('funnel-granted-amount').innerText())).toBe('3 750 € par an accordés');
    await context.close();
  });
});

describe('Transition refusée parce que le droit a changé entre-temps', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('affiche le message de l’API (409) et recharge le droit dans son état actuel', async () => {
    // Two tabs of the same worker on the same household, each signed in.
    const first = await openSession(browser);
    const second = await openSession(browser);
    await signIn(first.page, DEMO.socialWorker);
    await signIn(second.page, DEMO.socialWorker);
    const card = first.page.getByTestId('my-day-household').nth(1);
    await card.waitFor();
    await card.click();
    await first.page.getByRole('tab', { name: 'Droits détectés', selected: true }).waitFor();
    const detected = first.page.locator('[data-testid="right-card"][data-status="detecte"]').first();
    await detected.waitFor();
    const benefit = (await detected.getAttribute('data-benefit'))!;
    await second.page.goto(first.page.url());
    await rightCard(second.page, benefit).getByTestId('right-status').filter({ hasText: 'Détecté' }).waitFor();

    // The first tab dismisses the right; the second, still showing "Détecté", tries to confirm it.
    await moveRight(first.page, benefit, 'Écarter', 'Écarté', async (p) => {
      await choose(p, p.getByRole('dialog').getByRole('combobox', { name: 'Motif' }), 'Déjà perçu');
    });
    await rightCard(second.page, benefit).getByRole('button', { name: 'Confirmer le droit', exact: true }).click();
    await second.page.getByRole('dialog').getByRole('button', { name: 'Valider' }).click();
    await second.page.getByText(/Transition impossible depuis l'état « Écarté »/).waitFor();
    await rightCard(second.page, benefit).getByTestId('right-status').filter({ hasText: 'Écarté' }).waitFor();
    expect(await rightCard(second.page, benefit).getByRole('button', { name: 'Confirmer le droit' }).count()).toBe(0);
    await first.context.close();
    await second.context.close();
  });
});
