import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn, SOUTHMOOR, visitAndCheck } from '../support/session';
import { fillSmartDetails, startingPoints, type SmartDetails } from './objective-steps';

// Financial year 2026/27 at the time of writing; the dates are worked out from today so the test
// keeps working in later years.
const now = new Date();
const yearStart = now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
const START = ['1', '4', String(yearStart)] as const;
const DUE = ['31', '3', String(yearStart + 1)] as const;

const FIRST_TITLE = `Every patient record shows ethnicity ${Date.now()}`;
// Begins with "=", so the CSV export must escape it.
const SECOND_TITLE = `=Equal waiting times across deprivation groups ${Date.now()}`;

const FIRST: SmartDetails = {
  description: 'Improve how ethnicity is recorded at admission, with training for ward clerks.',
  measure: 'Percentage of inpatient records with ethnicity recorded',
  baseline: '71.5',
  target: '95',
  unit: '%',
  breakdowns: ['Ethnicity', 'Age'],
  resources: 'Two data quality officers for six months',
  dependencies: 'The new patient administration system',
  start: START,
  due: DUE,
  owner: 'Helen Marsh, Chief People Officer',
  committee: 'People Committee',
};

const SECOND: SmartDetails = {
  title: SECOND_TITLE,
  description: 'Report elective waiting times by deprivation quintile to every board meeting.',
  measure: 'Gap in median wait between the most and least deprived quintiles',
  baseline: '6',
  target: '2',
  unit: 'weeks',
  breakdowns: ['Deprivation', 'Ethnicity'],
  resources: 'Business intelligence analyst time',
  dependencies: 'None',
  start: START,
  due: DUE,
  owner: 'Dr Samuel Okafor, Chief Medical Officer',
  committee: 'Quality Committee',
};

test('the executive lead agrees two SMART objectives, an owner records an at-risk update, and the board sees it', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, demoEmail('lead.northfield'));
  await page.getByRole('navigation', { name: 'Trust menu' }).getByRole('link', { name: 'Objectives' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Objectives' })).toBeVisible();
  await expectNoAxeViolations(page);
  await visitAndCheck(page, `${NORTHFIELD}/objectives/catalogue`, 'The guide’s objectives');
  await expect(page.getByText('Showing 78 of 78 objectives.')).toBeVisible();
  await visitAndCheck(page, `${NORTHFIELD}/objectives/suggestions`, 'Suggested objectives');
  const [firstStart, secondStart] = await startingPoints(page, NORTHFIELD, 2);
  expect(firstStart && secondStart, 'two suggestions or catalogue objectives to start from').toBeTruthy();

  // The first: trying to agree it before it is SMART saves nothing and lists what is missing.
  await page.goto(firstStart!);
  await expect(page.getByRole('heading', { level: 1, name: 'Create an objective' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Title', { exact: true }).fill(FIRST_TITLE);
  await page.getByLabel('What will be done').fill(FIRST.description);
  await page.getByRole('button', { name: 'Agree objective' }).click();
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toContainText(
    'Nothing has been saved yet. It cannot be agreed until its Measurable, Achievable, Time-bound and Owner parts are complete',
  );
  await expect(page).toHaveURL(/\/objectives\/new/);
  await expect(summary.getByRole('link', { name: 'Enter the measure' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Choose the board member who owns it' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(FIRST_TITLE);
  await expectNoAxeViolations(page);
  await fillSmartDetails(page, FIRST);
  await page.getByRole('button', { name: 'Agree objective' }).click();
  await expect(page.getByText('The objective has been agreed.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: FIRST_TITLE })).toBeVisible();
  await expectNoAxeViolations(page);

  // The second, complete at the first attempt.
  await page.goto(secondStart!);
  await fillSmartDetails(page, SECOND);
  await page.getByRole('button', { name: 'Agree objective' }).click();
  await expect(page.getByText('The objective has been agreed.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: SECOND_TITLE })).toBeVisible();

  // The owner records progress on her own objective.
  const execContext = await browser.newContext();
  const exec = await execContext.newPage();
  await signIn(exec, demoEmail('exec.northfield'));
  await visitAndCheck(exec, `${NORTHFIELD}/objectives/mine`, 'My objectives');
  await expect(exec.getByRole('link', { name: SECOND_TITLE })).toHaveCount(0);
  // Agreed and not yet accepted: it is listed as waiting for her acceptance, and under its year.
  await expect(exec.locator('#waiting-for-acceptance').getByRole('link', { name: FIRST_TITLE })).toBeVisible();
  await exec.locator('section').getByRole('link', { name: FIRST_TITLE }).click();
  await expect(exec.getByRole('heading', { level: 1, name: FIRST_TITLE })).toBeVisible();
  await expectNoAxeViolations(exec);
  await exec.getByRole('radio', { name: 'At risk' }).check();
  await exec.getByLabel('Value of the measure (optional)').fill('78.25');
  await exec.getByRole('button', { name: 'Record progress' }).click();
  await expect(exec.getByRole('link', { name: 'Say why it is at risk or off track and what is being done about it' })).toBeVisible();
  await expect(exec.getByLabel('Value of the measure (optional)')).toHaveValue('78.25');
  await expect(exec.getByRole('radio', { name: 'At risk' })).toBeChecked();
  await expectNoAxeViolations(exec);
  await exec.getByLabel('What is happening').fill('Ward clerk training slipped to January because of winter pressures.');
  await exec.getByRole('button', { name: 'Record progress' }).click();
  await expect(exec.getByText('The progress update has been recorded.')).toBeVisible();
  await expect(exec.getByRole('cell', { name: /Ward clerk training slipped/ })).toBeVisible();
  await expectNoAxeViolations(exec);
  await execContext.close();

  // The board overview shows it at risk, in the list and grouped by status.
  await page.goto(`${NORTHFIELD}/objectives`);
  const row = page.getByRole('row').filter({ hasText: FIRST_TITLE });
  await expect(row).toContainText('At risk');
  await expect(row).toContainText('Helen Marsh');
  await page.getByLabel('Group by').selectOption('status');
  await page.getByRole('button', { name: 'Show objectives' }).click();
  await expect(page).toHaveURL(/groupBy=status/);
  await expect(page.getByRole('region', { name: /^At risk/ }).getByRole('link', { name: FIRST_TITLE })).toBeVisible();
  await expectNoAxeViolations(page);

  // The CSV: UTF-8 with a byte order mark, the "=" title escaped so spreadsheets show it as text.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download all objectives/ }).click()]);
  expect(download.suggestedFilename()).toBe('northfield-valley-objectives-all-years.csv');
  const bytes = await new Promise<Buffer>((resolve, reject) => {
    void download.createReadStream().then((stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
      stream.on('error', reject);
    });
  });
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = bytes.toString('utf8');
  expect(csv).toContain(`,'${SECOND_TITLE},`);
  expect(csv).not.toContain(`,${SECOND_TITLE},`);
  expect(csv).toContain(FIRST_TITLE);
});

test('the CSV export is refused to anyone who is not a member of the trust', async ({ page }) => {
  // Signed out, it is sent to sign in and brought back, as the other downloads are.
  const signedOut = await page.request.get(`${NORTHFIELD}/objectives/export?year=${yearStart}`, { maxRedirects: 0 });
  expect(signedOut.status()).toBe(303);
  expect(signedOut.headers().location).toBe(`/sign-in?callbackUrl=${encodeURIComponent(`${NORTHFIELD}/objectives/export?year=${yearStart}`)}`);
  expect(await signedOut.text()).toBe('');
  await signIn(page, demoEmail('lead.southmoor'));
  const response = await page.request.get(`${NORTHFIELD}/objectives/export`);
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain('Northfield');
  const own = await page.request.get(`${SOUTHMOOR}/objectives/export?year=${yearStart}`);
  expect(own.status()).toBe(200);
  expect(own.headers()['content-type']).toContain('text/csv');
  expect(own.headers()['content-disposition']).toContain(`southmoor-objectives-${yearStart}-${String((yearStart + 1) % 100).padStart(2, '0')}.csv`);
});
