import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn, visitAndCheck } from '../support/session';

// Figures in: the executive lead uploads the demo trust's figures, is shown every problem in a bad
// file by row and column (and nothing is saved), corrects it, and enters one figure by hand.

const HEADER = 'indicator,period,breakdown,group,numerator,denominator,value';
const DEMO_CSV = path.join(__dirname, 'fixtures', 'northfield-figures.csv');
const WITH_PROBLEMS = [
  HEADER,
  'elective-wait-18w,2025/26,all,all,16146,45100,35.8',
  'elective-wait-18w,2025/26,deprivation quintile,1,3561,8856,41.2',
  'elective-wait-18w,2025/26,deprivation quintile,7,3000,8000,37.5',
  'elective-wait-99w,2025/26,all,all,10,100,10.0',
];
const CORRECTED = [
  HEADER,
  'elective-wait-18w,2025/26,all,all,16146,45100,35.8',
  'elective-wait-18w,2025/26,deprivation quintile,1,3561,8856,40.2',
  'elective-wait-18w,2025/26,deprivation quintile,2,3000,8000,37.5',
  'elective-wait-52w,2025/26,all,all,2300,45100,5.1',
];
const csvFile = (lines: string[]) => ({ name: 'figures.csv', mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`) });

async function upload(page: Page, file: string | ReturnType<typeof csvFile>): Promise<void> {
  await page.getByLabel('Upload a CSV file of figures').setInputFiles(file);
  await page.getByRole('button', { name: 'Upload and check figures' }).click();
}

/** From any trust page, the menu's "Indicators" leads to the indicators page, which lists the role's tasks. */
async function openIndicatorData(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Trust menu' }).getByRole('link', { name: 'Indicators', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indicators' })).toBeVisible();
}

test('the executive lead uploads figures, corrects a file from its list of problems, and enters a figure by hand', async ({ page }) => {
  // Seven pages checked by axe and at 320 px, and a 249-row upload.
  test.setTimeout(180_000);
  await signIn(page, demoEmail('lead.northfield'));
  await page.goto(NORTHFIELD);
  await openIndicatorData(page);
  await expect(page.getByRole('link', { name: 'Choose which indicators your trust reports' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Upload a file of figures' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Upload indicator figures' })).toBeVisible();
  await visitAndCheck(page, `${NORTHFIELD}/indicators/upload`, 'Upload indicator figures');
  const template = await page.request.get((await page.getByRole('link', { name: 'Download the CSV template' }).getAttribute('href')) ?? '');
  expect(template.ok()).toBe(true);
  expect((await template.text()).split('\n')[0]).toBe(HEADER);

  await upload(page, DEMO_CSV);
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    'Imported 249 figures from northfield-figures.csv. They replaced 249 figures saved before',
  );
  await expectNoAxeViolations(page);

  await upload(page, csvFile(WITH_PROBLEMS));
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(summary.getByRole('link')).toHaveText([
    /^Row 3, column value: 41\.2 does not match the numerator ÷ denominator × 100, which is 40\.21/,
    /^Row 4, column group: “7” is not a group of the deprivation quintile breakdown/,
    /^Row 5, column indicator: “elective-wait-99w” is not an indicator in your catalogue/,
  ]);
  await expect(page.getByText('The file has problems, listed at the top of the page. Nothing was saved.')).toBeVisible();
  await expectNoAxeViolations(page);
  await summary.getByRole('link').first().click();
  await expect(page.getByLabel('Upload a CSV file of figures')).toBeFocused();

  await upload(page, csvFile(CORRECTED));
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
    /Imported 4 figures from figures\.csv\. They replaced \d+ figures saved before/,
  );
  await page.getByRole('link', { name: 'See the upload history', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Upload history' })).toBeVisible();
  const uploads = page.getByRole('region', { name: 'Uploads and hand entries, newest first' });
  await expect(uploads.getByRole('row').nth(1)).toContainText('figures.csv');
  await expect(uploads.getByRole('row').nth(2)).toContainText('northfield-figures.csv');
  await page.getByRole('link', { name: 'Waiting list: share waiting over 18 weeks, 2025/26' }).click();
  const versions = page.getByRole('region', { name: 'Every version of Waiting list: share waiting over 18 weeks, 2025/26' });
  await expect(versions.getByRole('row', { name: /Deprivation \(fifths\): 1 \(most deprived fifth\) 3,561 8,856 40\.2 Current/ })).toBeVisible();
  await expect(versions.getByRole('row', { name: /Replaced/ }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await visitAndCheck(page, `${NORTHFIELD}/indicators/enter`, 'Enter a figure by hand');
  await page.getByLabel('Indicator').selectOption({ label: 'Waiting list: share waiting over 18 weeks (percentage)' });
  await page.getByLabel('Period').fill('2025/26');
  await page.getByLabel('Breakdown').selectOption({ label: 'Deprivation (fifths)' });
  await page.getByLabel('Group').fill('3');
  await page.getByLabel('Numerator').fill('3000');
  await page.getByLabel('Denominator').fill('8000');
  await page.getByLabel(/^Value/).fill('40.0');
  await page.getByRole('button', { name: 'Save figure' }).click();
  const entrySummary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(entrySummary.getByRole('link', { name: /^40\.0 does not match the numerator ÷ denominator × 100, which is 37\.5$/ })).toBeVisible();
  await expect(page.getByLabel('Period')).toHaveValue('2025/26');
  await expect(page.getByLabel('Group')).toHaveValue('3');
  await expect(page.getByLabel('Indicator').locator('option:checked')).toHaveText('Waiting list: share waiting over 18 weeks (percentage)');
  await expect(page.getByLabel('Breakdown').locator('option:checked')).toHaveText('Deprivation (fifths)');
  await expectNoAxeViolations(page);
  await entrySummary.getByRole('link').click();
  await expect(page.getByLabel(/^Value/)).toBeFocused();
  await page.getByLabel(/^Value/).fill('37.5');
  await page.getByRole('button', { name: 'Save figure' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText('Saved 1 figure. No earlier figures were replaced.');
  await expectNoAxeViolations(page);
});

test('the trust administrator keeps the catalogue and records Core20PLUS5', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, demoEmail('admin.northfield'));
  await page.goto(NORTHFIELD);
  await openIndicatorData(page);
  await expect(page.getByRole('link', { name: 'Record your Core20PLUS5 population, groups and clinical areas' })).toBeVisible();
  await page.getByRole('link', { name: 'Choose which indicators your trust reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Indicator catalogue' })).toBeVisible();
  await visitAndCheck(page, `${NORTHFIELD}/indicators/catalogue`, 'Indicator catalogue');
  const row = page.getByRole('row', { name: /Waiting list: share waiting over 65 weeks/ });
  await row.getByRole('button', { name: 'Switch off Waiting list: share waiting over 65 weeks' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText('Waiting list: share waiting over 65 weeks is now switched off.');
  await expect(row.getByText('Off', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await row.getByRole('button', { name: 'Switch on Waiting list: share waiting over 65 weeks' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText('is now switched on.');
  await expect(row.getByText('On', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: 'Add a local indicator' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a local indicator' })).toBeVisible();
  await page.getByLabel('Name').fill('Smoking at time of booking');
  await page.getByLabel('Code').fill('Local smoking!');
  await page.getByRole('button', { name: 'Add indicator' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary.getByRole('link', { name: 'Select the unit' })).toBeVisible();
  await expect(page.getByLabel('Name')).toHaveValue('Smoking at time of booking');
  await expectNoAxeViolations(page);
  await page.getByLabel('Code').fill('local-smoking-booking');
  await page.getByLabel('Definition').fill('Women who smoke at their booking appointment, out of all bookings in the period');
  await page.getByLabel('Percentage').check();
  await page.getByLabel('Crude: the numerator divided by the denominator').check();
  await page.getByLabel('No, lower is better').check();
  await page.getByLabel('Source').fill('Maternity information system');
  await page.getByRole('button', { name: 'Add indicator' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText('Smoking at time of booking is added to your catalogue and switched on.');
  await expect(page.getByRole('row', { name: /Smoking at time of booking.*Local to your trust/ })).toBeVisible();

  await visitAndCheck(page, `${NORTHFIELD}/indicators/core20plus5`, 'Core20PLUS5');
  const share = page.getByLabel(/What percentage of the people your trust serves/);
  await share.fill('150');
  await page.getByLabel(/Which PLUS groups/).fill('People experiencing homelessness\nUnpaid carers');
  await page.getByLabel(/^Maternity/).check();
  await page.getByRole('button', { name: 'Save Core20PLUS5' }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'There is a problem' })
      .getByRole('link', { name: /Core20 share as a percentage from 0 to 100/ }),
  ).toBeVisible();
  await expect(page.getByLabel(/Which PLUS groups/)).toHaveValue('People experiencing homelessness\nUnpaid carers');
  await expect(page.getByLabel(/^Maternity/)).toBeChecked();
  await expectNoAxeViolations(page);
  await share.fill('23.5');
  await page.getByLabel(/^Asthma/).check();
  await page.getByRole('button', { name: 'Save Core20PLUS5' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText('Core20PLUS5 saved.');
  await expect(share).toHaveValue('23.5');
  await expect(page.getByLabel(/^Maternity/)).toBeChecked();
  await expect(page.getByLabel(/^Asthma/)).toBeChecked();
  await expectNoAxeViolations(page);
});

test('a NED finds the indicator data in the menu and is offered no task that changes it', async ({ page }) => {
  await signIn(page, demoEmail('ned.northfield'));
  await page.goto(NORTHFIELD);
  await openIndicatorData(page);
  await expect(page.getByRole('link', { name: 'Upload a file of figures' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Choose which indicators your trust reports' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
