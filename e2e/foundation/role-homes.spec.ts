import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn, signOut } from '../support/session';

// Issue 12: the trust's home is different for each role. Each home is checked with axe and
// photographed at desktop and phone widths (test-reports/screenshots/home-<role>-<width>.png).

test.describe.configure({ timeout: 180_000 });

async function openHome(page: Page, local: string): Promise<void> {
  await signIn(page, demoEmail(`${local}.northfield`));
  await page.goto(NORTHFIELD);
  await expect(page.getByRole('heading', { level: 1, name: 'Northfield Valley Hospitals NHS Foundation Trust' })).toBeVisible();
}

async function checkAndPhotograph(page: Page, local: string): Promise<void> {
  await expectNoAxeViolations(page);
  mkdirSync('test-reports/screenshots', { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-reports/screenshots/home-${local}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a challenge a NED raises is waiting on the executive lead’s home, with its due date', async ({ page }) => {
  await signIn(page, demoEmail('ned.northfield'));
  await page.goto(`${NORTHFIELD}/review/compare?yearA=2024&yearB=2025`);
  await page
    .locator('tr[data-question="1.2"]')
    .getByRole('link', { name: /Challenge this answer/ })
    .click();
  await page.getByLabel('Your challenge').fill(`Who reports this to the board? (${Date.now()})`);
  await page.getByRole('button', { name: 'Raise challenge' }).click();
  await expect(page.getByText('Your challenge has been raised.')).toBeVisible();
  await page.goto(NORTHFIELD);
  const open = page.getByRole('region', { name: 'Open challenges' });
  await expect(open.getByRole('link', { name: 'Question 1.2 in 2025/26' }).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Your assurance judgements' })).toBeVisible();
  await checkAndPhotograph(page, 'ned');
  await signOut(page);

  await openHome(page, 'lead');
  const waiting = page.getByRole('region', { name: 'Challenges waiting for your response' });
  await expect(waiting.getByRole('link', { name: 'Question 1.2 in 2025/26' }).first()).toBeVisible();
  await expect(waiting).toContainText('Response due');
  await expect(page.getByRole('link', { name: /self-assessment$/ })).toBeVisible();
  await checkAndPhotograph(page, 'lead');
});

test('an executive director sees their own objectives and which need an update', async ({ page }) => {
  await openHome(page, 'exec');
  const mine = page.getByRole('region', { name: 'Your objectives' });
  await expect(mine).toBeVisible();
  await expect(mine.getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Challenges waiting for your response' })).toBeVisible();
  await checkAndPhotograph(page, 'exec');
});

test('the company secretary sees each section of the annual report and where it stands', async ({ page }) => {
  await openHome(page, 'cosec');
  await expect(page.getByRole('heading', { level: 2, name: /^Annual report, \d{4}\/\d{2}$/ })).toBeVisible();
  // Each section shows its sign-off status, which the annual-report export depends on.
  await expect(page.getByText(/^\d+ of \d+ sections written, \d+ approved\./)).toBeVisible();
  const statuses = page.locator('#report-sections .nhsuk-task-list__status');
  await expect(statuses).not.toHaveCount(0);
  for (const status of await statuses.all()) await expect(status).toHaveText(/^(Not written yet|Draft|Ready for review|Approved.*)$/);
  await checkAndPhotograph(page, 'cosec');
});

test('an administrator sees the set-up tasks as a task list', async ({ page }) => {
  await openHome(page, 'admin');
  await expect(page.getByRole('heading', { level: 2, name: 'Setting up the trust' })).toBeVisible();
  await expect(page.locator('.nhsuk-task-list__item')).toHaveCount(5);
  await expect(page.getByRole('link', { name: 'Invite the company secretary' })).toBeVisible();
  await checkAndPhotograph(page, 'admin');
});

test('a viewer gets the year’s assessment and none of the role sections', async ({ page }) => {
  await openHome(page, 'viewer');
  await expect(
    page.getByRole('heading', { level: 2 }).filter({ hasText: /Your objectives|Open challenges|Setting up the trust|Challenges waiting/ }),
  ).toHaveCount(0);
  await checkAndPhotograph(page, 'viewer');
});
