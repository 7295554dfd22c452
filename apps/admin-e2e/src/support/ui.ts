import type { Locator, Page } from 'playwright-core';

// French money as the back office displays it (Intl puts narrow no-break spaces in it).
export const normalise = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
export const euros = (cents: number) =>
  new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);

export const openTab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();

/** Picks options of a react-admin SelectArrayInput / SelectInput by their French labels. */
export const choose = async (page: Page, field: Locator, ...options: string[]) => {
  await field.click();
  for (const option of options) await page.getByRole('option', { name: option, exact: true }).click();
  // A multiple select stays open and is closed with Escape; a single one closes itself (with an
  // animation: pressing Escape while it fades out would close the dialog around it).
  const listbox = page.getByRole('listbox');
  if ((await page.locator('[role="listbox"][aria-multiselectable="true"]').count()) > 0) await page.keyboard.press('Escape');
  await listbox.waitFor({ state: 'hidden' });
};

/** Waits until `read()` returns something other than `before` (polling), returns the new value. */
export const waitForChange = async (read: () => Promise<string>, before: string, timeoutMs: number): Promise<string> => {
  const deadline = Date.now() + timeoutMs;
  let current = before;
  while (Date.now() < deadline) {
    current = await read().catch(() => before);
    if (current !== before) return current;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`still "${before}" after ${timeoutMs / 1000} s`);
};
