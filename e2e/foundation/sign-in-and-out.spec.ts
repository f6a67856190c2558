import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, SOUTHMOOR, signIn, signOut, visitAndCheck } from '../support/session';

const ROLES = ['admin', 'lead', 'exec', 'ned', 'chair', 'cosec', 'viewer'] as const;
const TRUSTS = [
  { key: 'northfield', home: NORTHFIELD, name: 'Northfield Valley Hospitals NHS Foundation Trust' },
  { key: 'southmoor', home: SOUTHMOOR, name: 'Southmoor Community and Mental Health NHS Trust' },
] as const;

test('the sign-in page has no accessibility violations and explains a failed sign-in without saying why', async ({ page }) => {
  await visitAndCheck(page, '/sign-in', 'Sign in to Fairboard');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.locator('.nhsuk-error-summary').getByText('There is a problem')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Enter an email address in the correct format, like name@nhs.net' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Email address').fill('nobody@demo.fairboard.test');
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toContainText('not right');
  const unknownMessage = await summary.textContent();
  await page.getByLabel('Email address').fill(demoEmail('viewer.northfield'));
  await page.getByLabel('Password', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(summary).toHaveText(unknownMessage ?? 'missing');
});

for (const trust of TRUSTS) {
  for (const role of ROLES) {
    test(`the ${role} of ${trust.key} signs in, lands on the trust home page and signs out`, async ({ page }) => {
      await signIn(page, demoEmail(`${role}.${trust.key}`));
      await expect(page).toHaveURL(new RegExp(`${trust.home}$`));
      await expect(page.getByRole('heading', { level: 1, name: trust.name })).toBeVisible();
      await expect(page).toHaveTitle(`${trust.name} home – Fairboard`);
      await expectNoAxeViolations(page);
      await signOut(page);
      await page.goto(trust.home);
      await expect(page).toHaveURL(/\/sign-in/);
    });
  }
}

test('someone on two boards chooses a trust and switches between them', async ({ page }) => {
  await signIn(page, demoEmail('two.boards'));
  await expect(page).toHaveURL(/\/trusts$/);
  await visitAndCheck(page, '/trusts', 'Choose a trust');
  await page.getByRole('link', { name: TRUSTS[1].name }).click();
  await expect(page.getByRole('heading', { level: 1, name: TRUSTS[1].name })).toBeVisible();
  await page.getByRole('link', { name: 'Switch trust' }).click();
  await page.getByRole('link', { name: TRUSTS[0].name }).click();
  await expect(page.getByRole('heading', { level: 1, name: TRUSTS[0].name })).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await signIn(page, demoEmail('lead.northfield'));
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main-content$/);
  await expect(page.locator('main#main-content')).toBeVisible();
});

test('pages carry a strict content security policy with a fresh nonce, and nothing on them breaks it', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const first = await page.goto('/sign-in');
  const second = await page.goto('/sign-in');
  const policy = first?.headers()['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(second?.headers()['content-security-policy']).not.toBe(policy);
  expect(first?.headers()['strict-transport-security']).toContain('max-age=');
  await signIn(page, demoEmail('admin.northfield'));
  await page.goto(`${NORTHFIELD}/people/invite`);
  await expect(page.getByRole('heading', { level: 1, name: 'Invite someone' })).toBeVisible();
  expect(violations).toEqual([]);
});
