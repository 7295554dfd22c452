import type { Browser, Page } from 'playwright-core';
import { apiSession } from './support/api';
import { DEMO, DEMO_PASSWORD, fillSignIn, launchBrowser, openSession } from './support/browser';

/** The unread count the bell announces (its accessible name), as the partner sees it. */
const bellCount = async (page: Page): Promise<number> => {
  const label = (await page.getByRole('link', { name: /^Notifications :/ }).getAttribute('aria-label')) ?? '';
  const match = /(\d+) notifications? non lues?/.exec(label);
  return match ? Number(match[1]) : 0;
};

describe('Cloche de notifications : la CAF voit arriver une orientation sans recharger la page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('le partenaire voit le compteur monter, ouvre la notification et arrive sur l’orientation', async () => {
    const partner = await openSession(browser);
    // A partner's home is the referral inbox (no "Ma journée").
    await fillSignIn(partner.page, DEMO.partner, DEMO_PASSWORD);
    await partner.page.waitForURL(/#\/referrals/);
    await partner.page.getByRole('link', { name: /^Notifications :/ }).waitFor();
    const before = await bellCount(partner.page);

    // Meanwhile, at the Département, a manager refers a household to the CAF.
    const manager = await apiSession(DEMO.manager);
    const households = await manager.get<Array<{ id: string }>>(`/households?range=[0,9]&sort=["reference","ASC"]`);
    const caf = (await manager.get<Array<{ id: string; name: string }>>(`/partners?filter=${encodeURIComponent(JSON.stringify({ q: 'CAF' }))}`)).find((o) =>
      o.name.includes('CAF'),
    );
    if (!caf || households.length === 0) throw new Error('demo data: no household or no CAF partner');
    let referral: { id: string } | undefined;
    // The first household whose person did not refuse outreach.
    for (const h of households) {
      referral = await manager
        .post<{ id: string }>('/referrals', {
          householdId: h.id,
          recipientOrganisationId: caf.id,
          purpose: 'Ouverture de droits',
          consentOverrideReason: 'Situation urgente, consentement oral à recueillir par la CAF',
        })
        .catch(() => undefined);
      if (referral) break;
    }
    if (!referral) throw new Error('demo data: no household could be referred');

    // No reload: the bell polls its count.
    await partner.page.waitForFunction(
      (n) => {
        const label = document.querySelector('a[aria-label^="Notifications :"]')?.getAttribute('aria-label') ?? '';
        const m = /(\d+) notifications? non lues?/.exec(label);
        return (m ? Number(m[1]) : 0) > n;
      },
      before,
      { timeout: 40_000 },
    );
    expect(await bellCount(partner.page)).toBe(before + 1);

    await partner.page.getByRole('link', { name: /^Notifications :/ }).click();
    await partner.page.waitForURL(/#\/notifications/);
    const row = partner.page.locator('tr', { hasText: 'Orientation reçue' }).filter({ hasText: 'Nouveau' }).first();
    await row.click();
    await partner.page.waitForURL(new RegExp(`#/referrals/${referral.id}/show`));
    await partner.page.getByTestId('referral-status').filter({ hasText: 'Envoyée' }).first().waitFor();
    // Opened, so read: the count is back where it was.
    for (let i = 0; i < 40 && (await bellCount(partner.page)) !== before; i++) await partner.page.waitForTimeout(250);
    expect(await bellCount(partner.page)).toBe(before);
  });
});
