import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn, visitAndCheck } from '../support/session';

const now = new Date();
const thisYear = now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
const label = (year: number) => `${year}/${String((year + 1) % 100).padStart(2, '0')}`;

/** Creates a draft of the trust's own through the form and returns its page's URL. */
async function createDraft(page: Page, title: string, options: Readonly<{ year?: number; owner?: string; measure?: string }> = {}): Promise<string> {
  await page.goto(`${NORTHFIELD}/objectives/new`);
  await page.getByLabel('Title', { exact: true }).fill(title);
  if (options.measure) await page.getByLabel('Measure', { exact: true }).fill(options.measure);
  if (options.year) await page.getByLabel('Financial year').selectOption(String(options.year));
  if (options.owner) await page.getByLabel('Owner', { exact: true }).selectOption({ label: options.owner });
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('The objective has been saved as a draft.')).toBeVisible();
  return new URL(page.url()).pathname;
}

test('filters the catalogue without JavaScript-only controls', async ({ page }) => {
  await signIn(page, demoEmail('viewer.northfield'));
  await visitAndCheck(page, `${NORTHFIELD}/objectives/catalogue`, 'The guide’s objectives');
  await expect(page.getByRole('link', { name: /^Use this objective/ })).toHaveCount(0);
  await page.getByLabel('Board role').selectOption({ label: '3. Chief executive' });
  await page.getByLabel('Only the guide’s priority objectives for trusts starting out').check();
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/roleArea=chief-executive/);
  await expect(page.getByText(/^Showing \d+ of 78 objectives\.$/)).not.toHaveText('Showing 78 of 78 objectives.');
  await expect(page.getByRole('heading', { level: 2, name: '3. Chief executive' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '1. Chair' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('people who may not manage objectives are not offered the manager pages', async ({ page }) => {
  await signIn(page, demoEmail('viewer.northfield'));
  await visitAndCheck(page, `${NORTHFIELD}/objectives`, 'Objectives');
  await expect(page.getByRole('link', { name: 'Create an objective' })).toHaveCount(0);
  for (const path of ['/objectives/new', '/objectives/carry-forward', '/objectives/outbox']) {
    const response = await page.goto(`${NORTHFIELD}${path}`);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to use this page' })).toBeVisible();
  }
  await visitAndCheck(page, `${NORTHFIELD}/objectives/mine`, 'My objectives');
  await expect(page.getByText('You do not own any objectives in this trust.')).toBeVisible();
});

test('two people editing one objective: the second sees both versions and keeps what they typed', async ({ page, browser }) => {
  await signIn(page, demoEmail('lead.northfield'));
  const path = await createDraft(page, `Shared objective ${Date.now()}`);
  await page.goto(`${path}/edit`);
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, demoEmail('admin.northfield'));
  await other.goto(`${path}/edit`);

  await page.getByLabel('Measure', { exact: true }).fill('Saved first by the executive lead');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText('The objective has been saved as a draft.')).toBeVisible();

  await other.getByLabel('Measure', { exact: true }).fill('Typed second by the administrator');
  await other.getByRole('button', { name: 'Save as draft' }).click();
  await expect(other.getByRole('heading', { name: 'Compare the two versions' })).toBeVisible();
  const comparison = other.getByRole('row').filter({ hasText: 'Measure' });
  await expect(comparison).toContainText('Saved first by the executive lead');
  await expect(comparison).toContainText('Typed second by the administrator');
  await expect(other.getByLabel('Measure', { exact: true })).toHaveValue('Typed second by the administrator');
  await expectNoAxeViolations(other);
  await other.getByRole('button', { name: 'Save as draft' }).click();
  await expect(other.getByText('The objective has been saved as a draft.')).toBeVisible();
  await expect(other.getByText('Typed second by the administrator')).toBeVisible();
  await otherContext.close();
});

test('an administrator carries last year’s unfinished objective forward, reads the outbox and prints a statement', async ({ page }) => {
  await signIn(page, demoEmail('admin.northfield'));
  const title = `Last year’s unfinished objective ${Date.now()}`;
  const oldPath = await createDraft(page, title, { year: thisYear - 1, owner: 'Helen Marsh, Chief People Officer', measure: 'Staff trained' });

  await visitAndCheck(page, `${NORTHFIELD}/objectives/carry-forward`, 'Carry forward unfinished objectives');
  await page.getByRole('button', { name: 'Carry forward' }).click();
  await expect(page.getByRole('link', { name: 'Select the objectives to carry forward' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('checkbox', { name: title }).check();
  await page.getByRole('button', { name: 'Carry forward' }).click();
  await expect(page.getByRole('heading', { name: '1 objective has been carried forward' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('link', { name: `${label(thisYear - 1)}: ${title}` })).toHaveAttribute('href', oldPath);
  await expectNoAxeViolations(page);

  await visitAndCheck(page, `${NORTHFIELD}/objectives/outbox`, 'Reminder e-mails');

  await page.goto(`${NORTHFIELD}/objectives?groupBy=owner`);
  await page.getByRole('link', { name: 'Statement of Helen Marsh’s objectives for appraisal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Objectives of Helen Marsh, ${label(thisYear)}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(title) })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this statement' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the self-assessment results page offers to turn each suggestion into an objective', async ({ page }) => {
  await signIn(page, demoEmail('lead.northfield'));
  await page.goto(`${NORTHFIELD}/assessments`);
  await page
    .getByRole('link', { name: /^Results for / })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  const links = page.getByRole('link', { name: /^Turn into an objective \d+\.\d+$/ });
  await expect(links.first()).toBeVisible();
  await expectNoAxeViolations(page);
  const name = (await links.first().textContent()) ?? '';
  const ref = /(\d+\.\d+)$/.exec(name.trim())?.[1] ?? '';
  await links.first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create an objective' })).toBeVisible();
  await expect(page.getByText(`From guide objective ${ref}`)).toBeVisible();
  await expect(page.getByLabel('Guide objectives it addresses')).toHaveValue(ref);
});
