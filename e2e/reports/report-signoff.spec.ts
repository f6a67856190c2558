import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn, visitAndCheck } from '../support/session';

// Signing off the annual report: the administrator records the governance facts the report
// prints; the company secretary sees what is not yet approved before exporting, is refused an
// annual-report export with an unapproved section, approves it, and then exports.

async function screenshots(page: Page, name: string): Promise<void> {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('the administrator records the governance facts, with errors that name each field', async ({ page }) => {
  await signIn(page, demoEmail('admin.northfield'));
  await visitAndCheck(page, `${NORTHFIELD}/governance`, 'Governance settings');
  await expectNoAxeViolations(page);
  await page.getByLabel('Which committee oversees the trust’s work on health inequalities?').fill('');
  await page.getByRole('button', { name: 'Save governance settings' }).click();
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary.getByRole('link', { name: 'Enter the name of the committee that oversees this work' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Select how often the committee reports to the board' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Which committee oversees the trust’s work on health inequalities?').fill('Health Equity Committee');
  await page.getByRole('radio', { name: 'Every quarter' }).check();
  await page.getByRole('radio', { name: /The first edition, published on 27 November 2023/ }).check();
  await page.getByRole('button', { name: 'Save governance settings' }).click();
  const banner = page.locator('.nhsuk-notification-banner--success');
  await expect(banner.getByRole('heading', { name: 'Success' })).toBeVisible();
  await expect(banner).toContainText('Governance settings saved.');
  await expect(page.getByLabel('Which committee oversees the trust’s work on health inequalities?')).toHaveValue('Health Equity Committee');
  await expectNoAxeViolations(page);
  await screenshots(page, 'governance');
});

test('the company secretary sees what is not approved, is refused the annual report, approves the section and exports', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, demoEmail('cosec.northfield'));
  await visitAndCheck(page, `${NORTHFIELD}/reports/export?year=2025`, 'Export the annual report section');
  const notApproved = page.locator('#not-approved');
  await expect(notApproved).toContainText('Data quality and limitations');
  await expect(notApproved.getByRole('link', { name: /^(Write|Review) Data quality and limitations$/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Patient and Carer Race Equality Framework' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Our plans for next year' })).not.toBeChecked();
  await expectNoAxeViolations(page);
  await screenshots(page, 'export-checklist');

  // Only the data-quality note and the figures, as the annual report: refused, naming the section.
  const choose = async (variant: 'The annual report' | 'A board paper') => {
    for (const name of ['How the board leads this work', 'Our objectives', 'Review against the statement on information on health inequalities'])
      await page.getByRole('checkbox', { name }).uncheck();
    await page.getByRole('radio', { name: '2025/26' }).check();
    await page.getByRole('radio', { name: variant }).check();
    await page.getByRole('radio', { name: 'CSV' }).check();
    await page.getByRole('button', { name: 'Start export' }).click();
  };
  await choose('The annual report');
  const exportErrors = page.locator('.nhsuk-error-summary');
  await expect(exportErrors.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(exportErrors.getByRole('link', { name: /Approve these sections first, or leave them out: Data quality and limitations/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Data quality and limitations' })).toBeChecked();
  await expectNoAxeViolations(page);

  // Write it, mark it ready, approve it: who and when are shown.
  await notApproved.getByRole('link', { name: /^(Write|Review) Data quality and limitations$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data quality and limitations' })).toBeVisible();
  await page
    .getByLabel('What readers should know about the quality and limits of the figures in this section.')
    .fill('Ethnicity is not recorded for 7% of attendances.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Your draft has been saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Mark as ready for review' }).click();
  await expect(page.getByText('This section is marked as ready for review.')).toBeVisible();
  await expect(page.getByText('Ready for review', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Approve this text' }).click();
  await expect(page.getByText('This section is approved.', { exact: false })).toBeVisible();
  await expect(page.getByText(/^Approved .* by Tom Barraclough$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshots(page, 'narrative-approved');

  await visitAndCheck(page, `${NORTHFIELD}/reports?year=2025`, 'Annual report');
  await expect(page.locator('.nhsuk-summary-list__row').filter({ hasText: 'Data quality and limitations' })).toContainText('Approved');
  await expectNoAxeViolations(page);

  await visitAndCheck(page, `${NORTHFIELD}/reports/export?year=2025`, 'Export the annual report section');
  await expect(page.locator('#not-approved')).not.toContainText('Data quality and limitations');
  await choose('The annual report');
  await expect(page.getByRole('heading', { level: 1, name: 'Your export is ready' })).toBeVisible({ timeout: 30_000 });
});
