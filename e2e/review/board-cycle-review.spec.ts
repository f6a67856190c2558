import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn, visitAndCheck } from '../support/session';

// Issue 12, "Review": what a NED needs to judge a year, and what the board summary must carry.

const REVIEW = `${NORTHFIELD}/review`;

test.describe.configure({ timeout: 180_000 });

test('assurance opens on a year with results, and the form shows the domain’s answers and evidence; the judgement reaches the board summary', async ({
  page,
}) => {
  await signIn(page, demoEmail('chair.northfield'));
  await visitAndCheck(page, `${REVIEW}/assurance`, 'Assurance');
  // The demo has a draft for this year: the page must not open on it.
  await expect(page.getByText(/self-assessment has not been approved yet/)).toHaveCount(0);
  const heading = await page.getByRole('heading', { level: 2, name: /^The board’s spread, / }).textContent();
  const year = /(\d{4}\/\d{2})/.exec(heading ?? '')?.[1] ?? '';
  expect(year).not.toBe('');
  await expect(page.getByText(/Self-assessment result: \d+%/).first()).toBeVisible();

  await page.getByRole('link', { name: `Record your judgement on domain 3, ${year}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: `What the ${year} self-assessment says` })).toBeVisible();
  const answers = page.locator('#domain-3-answers');
  await expect(answers.locator('[data-question]')).toHaveCount(9);
  await expect(answers.locator('[data-question="3.2"] dd strong')).toHaveText(/^(Yes|Partial|No|Not answered)$/);
  await expectNoAxeViolations(page);

  const reason = `No named lead below board level yet (${Date.now()}).`;
  await page.getByRole('radio', { name: 'Not assured' }).check();
  await page.getByLabel('Why?').fill(reason);
  await page.getByRole('button', { name: 'Save judgement' }).click();
  await expect(page.getByText(`Your judgement on domain 3 for ${year} has been saved.`)).toBeVisible();

  await visitAndCheck(page, `${REVIEW}/summary`, 'What changed since last year');
  await expect(page.getByRole('heading', { level: 2, name: 'Assurance from the non-executive directors' })).toBeVisible();
  const domain3 = page.getByRole('table', { name: /^3\. / });
  await expect(domain3.getByRole('row').filter({ hasText: reason })).toContainText('Not assured');
  await expectNoAxeViolations(page);
});

test('a challenge carries a response due date, chosen or four weeks on, and a date in the past is refused with the words kept', async ({ page }) => {
  await signIn(page, demoEmail('ned.northfield'));
  await page.goto(`${REVIEW}/compare?yearA=2024&yearB=2025`);
  await page
    .locator('tr[data-question="4.2"]')
    .getByRole('link', { name: /Challenge this answer/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Raise a challenge' })).toBeVisible();
  const text = `Which partners agreed the shared plan? (${Date.now()})`;
  await page.getByLabel('Your challenge').fill(text);
  await page.getByLabel('Day').fill('1');
  await page.getByLabel('Month').fill('1');
  await page.getByLabel('Year').fill('2020');
  await page.getByRole('button', { name: 'Raise challenge' }).click();
  await expect(page.getByRole('link', { name: 'The date the response is due must be today or later' })).toBeVisible();
  await expect(page.getByLabel('Your challenge')).toHaveValue(text);
  await expectNoAxeViolations(page);

  const nextYear = new Date().getUTCFullYear() + 1;
  await page.getByLabel('Day').fill('15');
  await page.getByLabel('Month').fill('1');
  await page.getByLabel('Year').fill(String(nextYear));
  await page.getByRole('button', { name: 'Raise challenge' }).click();
  await expect(page.getByText('Your challenge has been raised.')).toBeVisible();
  await expect(page.locator('#response-due')).toHaveText(`15 January ${nextYear}`);
  await expectNoAxeViolations(page);

  await visitAndCheck(page, `${REVIEW}/summary`, 'What changed since last year');
  await expect(page.getByRole('heading', { level: 2, name: 'Challenges overdue for a response' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Challenges not yet closed' }).getByRole('row').filter({ hasText: text })).toContainText(
    `15 January ${nextYear}`,
  );
});

test('compare two years can show only the questions whose answer changed', async ({ page }) => {
  await signIn(page, demoEmail('viewer.northfield'));
  await page.goto(`${REVIEW}/compare?yearA=2024&yearB=2025`);
  const everyRow = page.locator('tr[data-question]');
  await expect(everyRow).toHaveCount(25);
  await page.getByLabel('Show only the questions whose answer changed').check();
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/changed=only/);
  await expect(page.getByLabel('Show only the questions whose answer changed')).toBeChecked();
  const shown = await everyRow.count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(25);
  await expect(page.locator('#changed-only-note')).toContainText(`Showing only the ${shown} question`);
  for (const tag of await page.locator('tr[data-question] td:last-child').allTextContents())
    expect(tag).toMatch(/^(Improved|Worse|Newly answered|No longer answered)$/);
  await expectNoAxeViolations(page);
});
