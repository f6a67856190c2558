import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { expectReflowAt320 } from '../support/reflow';
import { demoEmail, NORTHFIELD, signIn } from '../support/session';

// WCAG 2.2 AA findings axe does not report: landmarks, the header menu at 320 px, focus rings
// round table scroll areas, the chart key, status messages and the accessibility statement.

test('the trust name is inside main, and Escape in the header’s “More” menu returns focus to its button', async ({ page }) => {
  await signIn(page, demoEmail('admin.northfield'));
  await page.goto(`${NORTHFIELD}/people`);
  await expect(page.getByRole('main').getByText('Northfield Valley Hospitals NHS Foundation Trust', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  for (const path of ['/people', '/objectives', '/review/summary', '/review', '/review/compare', '/review/assurance', '/assessments', '']) {
    await page.goto(`${NORTHFIELD}${path}`);
    await expectReflowAt320(page);
  }
  await page.goto(`${NORTHFIELD}/people`);

  await page.setViewportSize({ width: 320, height: 640 });
  const toggle = page.locator('.nhsuk-header__menu-toggle');
  await expect(toggle).toBeVisible();
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(page.locator('.nhsuk-header__menu-list a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();

  // At 400% zoom (320 px) the focused "Add a board member" link is on screen, not cut off.
  const add = page.getByRole('link', { name: 'Add a board member' });
  await add.focus();
  const box = await add.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('a table’s scroll area draws its focus ring round the table, and the chart key shows each line’s dash and marker', async ({ page }) => {
  await signIn(page, demoEmail('ned.northfield'));
  await page.goto(`${NORTHFIELD}/review`);
  const area = page.getByRole('region', { name: /maturity/i }).first();
  await area.focus();
  await expect(area).toBeFocused();
  const ring = await area.evaluate((element) => {
    const ringBox = element.parentElement!.getBoundingClientRect();
    const table = element.querySelector('table')!.getBoundingClientRect();
    const after = getComputedStyle(element, '::after');
    return {
      positioned: getComputedStyle(element.parentElement!).position,
      content: after.content,
      ringTop: ringBox.top,
      tableTop: table.top,
      ringBottom: ringBox.bottom,
      tableBottom: table.bottom,
    };
  });
  // The ring is drawn by ::after against the nearest positioned box: the area's own wrapper.
  expect(ring.positioned).toBe('relative');
  expect(ring.content).toBe('""');
  expect(ring.ringTop).toBeLessThanOrEqual(ring.tableTop);
  expect(ring.ringBottom).toBeGreaterThanOrEqual(ring.tableBottom);

  const keys = page.locator('.app-trend-legend__item');
  const count = await keys.count();
  expect(count).toBeGreaterThanOrEqual(2);
  const samples = await keys.evaluateAll((items) =>
    items.map((item) => ({
      dash: item.querySelector('line')?.getAttribute('stroke-dasharray') ?? 'solid',
      marker: item.querySelector('svg > :not(line)')?.tagName ?? '',
      text: item.textContent ?? '',
    })),
  );
  expect(new Set(samples.map((sample) => sample.dash)).size).toBe(count);
  expect(new Set(samples.map((sample) => `${sample.marker}`)).size).toBeGreaterThanOrEqual(Math.min(count, 3));
  for (const sample of samples) expect(sample.text).toMatch(/\w/);
});

test('a confirmation after saving is a success banner that takes focus', async ({ page }) => {
  await signIn(page, demoEmail('ned.northfield'));
  await page.goto(`${NORTHFIELD}/review/assurance/2025/4`);
  await page.getByRole('radio').first().check();
  await page.getByLabel('Why?').fill('The partnership board minutes show the work is joined up.');
  await page.getByRole('button', { name: 'Save judgement' }).click();
  const banner = page.locator('.nhsuk-notification-banner--success');
  await expect(banner).toBeFocused();
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(banner.getByRole('heading', { name: 'Success' })).toBeVisible();
  await expect(banner).toContainText('Your judgement on domain 4 for 2025/26 has been saved.');
  await expect(page.locator('main .nhsuk-inset-text[role="status"]')).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the accessibility statement has what the regulations ask for', async ({ page }) => {
  await page.goto('/accessibility');
  for (const heading of [
    'Compliance status',
    'What is not accessible yet',
    'Asking for another format or reporting a problem',
    'Enforcement procedure',
    'How we tested Fairboard',
    'Preparation of this statement',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByText(/partially compliant with the Web Content Accessibility Guidelines \(WCAG\) version 2\.2 at level AA/)).toBeVisible();
  await expect(page.getByText(/Equality and Human Rights Commission \(EHRC\)/)).toBeVisible();
  await expect(page.getByText(/We plan to do this by \d+ \w+ \d{4}/).first()).toBeVisible();
  await expect(page.getByText(/This statement was prepared on \d+ \w+ \d{4}/)).toBeVisible();
  await expectNoAxeViolations(page);
});
