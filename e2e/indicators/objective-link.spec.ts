import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { expectReflowAt320 } from '../support/reflow';
import { demoEmail, NORTHFIELD, signIn } from '../support/session';

// Objectives tied to data: the executive lead links an objective's measure to an indicator, sees
// the data's baseline, changes it without a reason and is told (with everything typed still
// there), gives a reason and saves; the objective's page shows the data's baseline and latest figure.

const INDICATOR = 'Waiting list: share waiting over 18 weeks';
/** Northfield's demo figures: the 2025/26 all row, the year before a 2026/27 objective. */
const DATA_BASELINE = '35.8 (2025/26)';

/** SCREENSHOT_DIR=… keeps full-page pictures at 1280 and 320 px for review. */
async function screenshots(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  const size = page.viewportSize();
  await page.screenshot({ path: `${dir}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.screenshot({ path: `${dir}/${name}-320.png`, fullPage: true });
  if (size) await page.setViewportSize(size);
}

test('the executive lead links an objective to an indicator and keeps the data’s baseline unless there is a reason', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, demoEmail('lead.northfield'));
  await page.goto(`${NORTHFIELD}/objectives/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Create an objective' })).toBeVisible();

  await page.getByLabel('Title', { exact: true }).fill('Fewer people from deprived areas waiting over 18 weeks');
  await page.getByLabel('Measure', { exact: true }).fill('Share of the waiting list waiting over 18 weeks');
  await page.getByLabel('Indicator', { exact: true }).selectOption({ label: INDICATOR });
  const data = page.locator('#indicator-data');
  await expect(data).toContainText(`Baseline from the data: ${DATA_BASELINE}`);
  await expect(data).toContainText(`Latest figure: ${DATA_BASELINE}`);
  // A blank baseline is filled with the data's figure.
  await expect(page.getByLabel('Baseline', { exact: true })).toHaveValue('35.8');
  await expectNoAxeViolations(page);
  await expectReflowAt320(page);

  await page.getByLabel('Baseline', { exact: true }).fill('34');
  await page.getByLabel('Target', { exact: true }).fill('30');
  await page.getByRole('button', { name: 'Save as draft' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summary.getByRole('link', { name: 'Say why the baseline differs from the data’s figure' })).toBeVisible();
  await summary.getByRole('link', { name: 'Say why the baseline differs from the data’s figure' }).click();
  await expect(page.getByLabel('Reason for not using the data’s figure')).toBeFocused();
  // Nothing typed is lost.
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Fewer people from deprived areas waiting over 18 weeks');
  await expect(page.getByLabel('Measure', { exact: true })).toHaveValue('Share of the waiting list waiting over 18 weeks');
  await expect(page.getByLabel('Indicator', { exact: true }).locator('option:checked')).toHaveText(INDICATOR);
  await expect(page.getByLabel('Figure the measure follows').locator('option:checked')).toHaveText('All patients (the trust-wide figure)');
  await expect(page.getByLabel('Baseline', { exact: true })).toHaveValue('34');
  await expect(page.getByLabel('Target', { exact: true })).toHaveValue('30');
  await expectNoAxeViolations(page);
  await expectReflowAt320(page);
  await screenshots(page, 'objective-form-error');

  await page.getByLabel('Reason for not using the data’s figure').fill('The 2025/26 figure counted a validation backlog since cleared');
  await page.getByRole('button', { name: 'Save as draft' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Fewer people from deprived areas waiting over 18 weeks' })).toBeVisible();
  const card = page.getByRole('region', { name: 'Indicator data' });
  await expect(card).toContainText(`Baseline from data${DATA_BASELINE}`);
  await expect(card).toContainText(`Latest figure${DATA_BASELINE}`);
  await expect(card).toContainText('The 2025/26 figure counted a validation backlog since cleared');
  await expect(card.getByRole('link', { name: INDICATOR })).toHaveAttribute('href', `${NORTHFIELD}/indicators/elective-wait-18w`);
  await expectNoAxeViolations(page);
  await expectReflowAt320(page);
  await screenshots(page, 'objective-page');

  // The indicator's page lists the objectives that act on it.
  await card.getByRole('link', { name: INDICATOR }).click();
  await expect(page.getByRole('heading', { level: 1, name: INDICATOR })).toBeVisible();
  const acting = page.getByRole('region', { name: 'Objectives acting on this indicator' });
  await expect(acting.getByRole('link', { name: /Fewer people from deprived areas waiting over 18 weeks/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goBack();

  // The edit form opens with the link and the reason as saved.
  await page.getByRole('link', { name: 'Change the objective' }).click();
  await expect(page.getByLabel('Indicator', { exact: true }).locator('option:checked')).toHaveText(INDICATOR);
  await expect(page.getByLabel('Reason for not using the data’s figure')).toHaveValue('The 2025/26 figure counted a validation backlog since cleared');
  await expectNoAxeViolations(page);
  await screenshots(page, 'objective-edit-form');
});
