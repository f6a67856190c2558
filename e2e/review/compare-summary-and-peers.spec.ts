import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn, SOUTHMOOR, visitAndCheck } from '../support/session';

test('comparing a year with no assessment says so clearly and keeps the choice', async ({ page }) => {
  await signIn(page, demoEmail('viewer.northfield'));
  await visitAndCheck(page, `${NORTHFIELD}/review/compare?yearA=2020&yearB=2025`, 'Compare two years');
  await expect(page.locator('.nhsuk-error-summary')).toContainText('There is no self-assessment for 2020/21. Choose a year that has approved results.');
  await expect(page.getByRole('link', { name: /no self-assessment for 2020\/21/ })).toHaveAttribute('href', '#yearA');

  await page.getByLabel('First year').selectOption('2025');
  await page.getByLabel('Second year').selectOption('2025');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('link', { name: 'Choose two different years to compare' })).toBeVisible();
  await expect(page.getByLabel('First year')).toHaveValue('2025');
  await expectNoAxeViolations(page);

  await page.getByLabel('First year').selectOption('2023');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '2023/24 compared with 2025/26' })).toBeVisible();
  // A viewer reads everything but is not offered challenges.
  await expect(page.getByRole('link', { name: /Challenge this/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('the board summary reads as one page and the peer comparison shows distributions for an opted-in trust', async ({ page }) => {
  await signIn(page, demoEmail('chair.northfield'));
  await visitAndCheck(page, `${NORTHFIELD}/review/summary`, 'What changed since last year');
  await expect(page.getByRole('heading', { level: 2, name: 'Domains that moved maturity level' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Questions that went backwards' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print this summary' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Board review pages' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // The year is named because other journeys may add this year's results for the demo trusts.
  await visitAndCheck(page, `${NORTHFIELD}/review/peers?year=2025`, 'Peer comparison');
  await expect(page.getByRole('heading', { level: 3, name: 'Acute trusts' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Acute trusts, 2025\/26 \(10 trusts\)/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /All opted-in trusts, 2025\/26 \(20 trusts\)/ })).toBeVisible();
  await page.getByLabel('Financial year').selectOption('2023');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByText(/Not shown for 2023\/24/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test('a trust administrator opts out and back in; while out the trust sees nothing', async ({ page }) => {
  await signIn(page, demoEmail('admin.southmoor'));
  await visitAndCheck(page, `${SOUTHMOOR}/review/peers?year=2025`, 'Peer comparison');
  await expect(page.getByRole('table', { name: /Mental health and learning disability trusts, 2025\/26/ })).toBeVisible();
  await page.getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Save choice' }).click();
  await expect(page.getByText('This trust no longer takes part in peer comparison.')).toBeVisible();
  await expect(page.getByText('This trust has not opted in to peer comparison, so it sees no comparison')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'Yes, take part' }).check();
  await page.getByRole('button', { name: 'Save choice' }).click();
  await expect(page.getByText('This trust now takes part in peer comparison.')).toBeVisible();
  await page.goto(`${SOUTHMOOR}/review/peers?year=2025`);
  await expect(page.getByRole('table', { name: /Mental health and learning disability trusts, 2025\/26/ })).toBeVisible();
});

test('a challenge raised in one trust is not found from another, even by someone on both boards', async ({ page }) => {
  await signIn(page, demoEmail('two.boards'));
  await visitAndCheck(page, `${NORTHFIELD}/review/challenges/new`, 'Raise a challenge');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('link', { name: 'Select what you want to challenge' })).toBeVisible();
  await page.getByRole('radio', { name: 'A domain result' }).check();
  await page.getByLabel('Which financial year?').selectOption('2025');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Which domain?').selectOption('4');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel('Your challenge').fill('Which partners shaped the partnership plan?');
  await page.getByRole('button', { name: 'Raise challenge' }).click();
  await expect(page.getByText('Your challenge has been raised.')).toBeVisible();
  const challengeId = new URL(page.url()).pathname.split('/').pop() ?? '';
  expect(challengeId).toMatch(/^[0-9a-f-]{36}$/);

  const response = await page.goto(`${SOUTHMOOR}/review/challenges/${challengeId}`);
  expect(response?.status()).toBe(404);
  await page.goto(`${SOUTHMOOR}/review/challenges`);
  await expect(page.getByRole('heading', { level: 2, name: 'No challenges in all years' })).toBeVisible();
});
