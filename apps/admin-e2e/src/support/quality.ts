// What every page of the journeys must hold for a person on a phone or a desktop: no serious or
// critical accessibility violation (axe-core), no console error, no horizontal scroll. Screenshots
// of each checked page go to test-results/admin-e2e/screenshots (gitignored) for reviewers.
import { AxeBuilder } from '@axe-core/playwright';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { RESULTS_DIR } from './stack';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1366, height: 768 };
const SCREENSHOTS = path.join(RESULTS_DIR, 'screenshots');

/**
 * Collects console errors, uncaught exceptions and React warnings of a page from now on.
 * A 401 from /api/auth/me (and from the sign-out that react-admin then sends) is how a visitor
 * without a session is told to sign in: Chromium logs the response as "Failed to load resource",
 * which is an answer, not an error of the page.
 */
export const watchConsole = (page: Page): string[] => {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    const isAnswer = /Failed to load resource.*401/.test(text) && /\/api\/auth\/(me|logout)$/.test(message.location().url);
    if (message.type() === 'error' && !isAnswer) problems.push(`console error: ${text}`);
    if (message.type() === 'warning' && /React|unknown prop|not recognize/i.test(text)) problems.push(`React warning: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
};

export const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Serious and critical axe violations of the page as it is now (WCAG 2.1 A and AA rules). */
export const seriousViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 600)}`).slice(0, 3).join(' | ')}`);
};

/** Checks the page as it is shown now, and keeps its screenshot under `name-<width>.png`. */
export const expectQualityPage = async (page: Page, name: string, consoleProblems: string[]) => {
  // Let transitions settle (drawer, notifications) before measuring.
  await page.waitForTimeout(300);
  const width = page.viewportSize()?.width ?? 0;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  expect({ page: name, width, overflowPx: await horizontalOverflow(page) }).toEqual({ page: name, width, overflowPx: 0 });
  expect({ page: name, width, violations: await seriousViolations(page) }).toEqual({ page: name, width, violations: [] });
  expect({ page: name, width, console: consoleProblems }).toEqual({ page: name, width, console: [] });
};
