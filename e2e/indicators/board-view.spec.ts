import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn } from '../support/session';

// The board sees it: a NED finds the widened gap on the board summary and follows it to the
// indicator's page; the executive lead filters the indicators page and reads one indicator's chart
// and table. Each page is checked by axe at 1280 px and again at 320 px, and photographed at both.

const WIDENED = 'Waiting list: share waiting over 18 weeks';

/** axe at the desktop width and at 320 px (with the reflow check), and a full-page picture at each. */
async function checkAtBothWidths(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `/tmp/h15b-${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `/tmp/h15b-${name}-320.png`, fullPage: true });
  } finally {
    await page.setViewportSize({ width: 1280, height: 900 });
  }
}

test('a NED sees the widened gap on the board summary and follows it to the indicator', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demoEmail('ned.northfield'));
  await page.goto(`${NORTHFIELD}/review/summary`);
  const widened = page.getByRole('list', { name: 'Indicators whose gap widened' });
  await expect(widened.getByRole('listitem')).toHaveCount(1);
  await expect(widened).toContainText(
    /\(2025\/26\): The gap between the most and least deprived groups widened from [\d.]+ to [\d.]+ points since 2023\/24, more than chance would explain\./,
  );
  await checkAtBothWidths(page, 'board-summary');

  await page.goto(`${NORTHFIELD}/review`);
  await expect(page.getByRole('list', { name: 'Indicators whose gap widened' }).getByRole('link', { name: WIDENED })).toBeVisible();
  await page.goto(`${NORTHFIELD}/review/summary`);
  await widened.getByRole('link', { name: WIDENED }).click();
  await expect(page.getByRole('heading', { level: 1, name: WIDENED })).toBeVisible();
  await expect(page.getByText('Gap widened beyond its interval')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Gap measures, 2025/26, with 95% confidence intervals' }).getByRole('row', { name: /^Slope index of inequality/ }),
  ).toBeVisible();
});

test('the executive lead filters the indicators page and reads one indicator’s chart and table', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, demoEmail('lead.northfield'));
  await page.goto(NORTHFIELD);
  await page.getByRole('navigation', { name: 'Trust menu' }).getByRole('link', { name: 'Indicators', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indicators' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Upload a file of figures' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(`^${WIDENED}`) });
  await expect(row).toContainText('Gap widened beyond its interval');
  await expect(row).toContainText('35.8%');
  await checkAtBothWidths(page, 'indicators');

  await page.getByLabel('Breakdown', { exact: true }).selectOption({ label: 'Ethnic group' });
  await page.getByLabel('Period', { exact: true }).selectOption('2024/25');
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page).toHaveURL(/breakdown=ethnicity&period=2024%2F25/);
  await expect(page.getByRole('columnheader', { name: 'Records with no ethnic group' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`^${WIDENED}`) })).toContainText('2024/25');

  // A period typed by hand that cannot exist is answered with a message, not an error page.
  await page.goto(`${NORTHFIELD}/indicators?period=2025/27`);
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('Choose a period from the list');
  await expect(page.getByRole('row', { name: new RegExp(`^${WIDENED}`) })).toContainText('2025/26');

  await page.goto(`${NORTHFIELD}/indicators?breakdown=ethnicity&period=2024%2F25`);
  await page.getByRole('link', { name: WIDENED }).click();
  await expect(page.getByRole('heading', { level: 1, name: WIDENED })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'By ethnic group, 2024/25' })).toBeVisible();
  await expect(page.locator('svg.recharts-surface[role="img"]').first()).toBeVisible();
  const table = page.getByRole('region', { name: `${WIDENED} by ethnic group, 2024/25` });
  await expect(table.getByRole('row', { name: /^White/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /^Not stated/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /Absolute gap .* by period/ }).getByRole('row')).toHaveCount(3);
  await page.getByLabel('Breakdown', { exact: true }).selectOption({ label: 'Deprivation (fifths)' });
  await page.getByLabel('Period', { exact: true }).selectOption('');
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'By deprivation (fifths), 2025/26' })).toBeVisible();
  await expect(page.locator('svg.recharts-surface[role="img"]')).toHaveCount(2);
  await expect(page.getByText('Dashed line: the trust average, 35.8%.')).toBeVisible();
  await checkAtBothWidths(page, 'indicator');

  const unknown = await page.goto(`${NORTHFIELD}/indicators/no-such-indicator`);
  expect(unknown?.status()).toBe(404);
});
