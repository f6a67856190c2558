import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { expectReflowAt320 } from './reflow';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * Fails the test with every WCAG 2.2 AA violation axe finds on the page as it is now, and if the
 * page scrolls sideways at 320 px (reflow, 1.4.10, which axe does not check): so every page the
 * browser tests check is checked at 400% zoom too.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe found WCAG 2.2 AA violations on ${page.url()}`).toEqual([]);
  await expectReflowAt320(page);
}
