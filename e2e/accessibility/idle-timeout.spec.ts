import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { DEMO_PASSWORD, demoEmail, NORTHFIELD, signIn } from '../support/session';

// WCAG 2.2.1 (timing adjustable) and 2.2.5-style care for typing: the 30-minute idle limit is
// announced before it comes, "Stay signed in" extends it, and when it passes anyway what was
// typed comes back after signing in again. Playwright's clock moves the page's time on; nothing
// here waits in real time. (The server counts real time, so only the page's own timers move.)

const MINUTE = 60_000;
const OBJECTIVE = 'Give every board member training on health inequalities this year';

async function openObjective(page: Page): Promise<string> {
  await page.goto(`${NORTHFIELD}/objectives`);
  await page.getByRole('link', { name: OBJECTIVE }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: OBJECTIVE })).toBeVisible();
  return new URL(page.url()).pathname;
}

test('the warning comes five minutes before the limit, is an alert dialog, and “Stay signed in” keeps the session past the limit', async ({ page }) => {
  await page.clock.install();
  await signIn(page, demoEmail('lead.northfield'));
  const path = await openObjective(page);
  const warning = page.getByRole('alertdialog', { name: 'You’re about to be signed out' });
  await expect(warning).toBeHidden();
  // The dialog is in the page from the start, so assistive technology hears it when it opens.
  await expect(page.locator('dialog[role="alertdialog"]')).toHaveCount(1);

  // Not yet at 23 minutes; at 24 (five before the browser's limit of 29) it opens with focus in it.
  await page.clock.fastForward(23 * MINUTE);
  await expect(warning).toBeHidden();
  await page.clock.fastForward(1 * MINUTE + 5_000);
  await expect(warning).toBeVisible();
  await expect(warning).toHaveAttribute('aria-modal', 'true');
  await expect(warning).toContainText('We will sign you out in 5 minutes');
  const stay = warning.getByRole('button', { name: 'Stay signed in' });
  await expect(stay).toBeFocused();
  await expectNoAxeViolations(page);

  // Time to respond: four and a half minutes later the person is still signed in on the page.
  await page.clock.fastForward(4.5 * MINUTE);
  expect(new URL(page.url()).pathname).toBe(path);
  await expect(warning).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(warning).toBeHidden();

  // Past the original limit (29 minutes from the last page) and then some: still here, still signed in.
  await page.clock.fastForward(10 * MINUTE);
  await expect(warning).toBeHidden();
  expect(new URL(page.url()).pathname).toBe(path);
  const session = await page.evaluate(() => fetch('/api/session', { cache: 'no-store' }).then((response) => response.json() as Promise<{ signedIn: boolean }>));
  expect(session.signedIn).toBe(true);
  // The new limit counts from "Stay signed in": the warning comes again 24 minutes after it.
  await page.clock.fastForward(14 * MINUTE);
  await expect(warning).toBeVisible();
  // Escape means "I'm still here" too.
  await page.keyboard.press('Escape');
  await expect(warning).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: OBJECTIVE })).toBeVisible();
});

test('when the limit passes, a half-filled progress update comes back after signing in again', async ({ page }) => {
  await page.clock.install();
  await signIn(page, demoEmail('lead.northfield'));
  const path = await openObjective(page);
  const narrative = 'Two of the five board sessions are booked; the chair wants the rest before March.';
  await page.getByRole('radio', { name: 'At risk' }).check();
  await page.getByLabel('Value of the measure (optional)').fill('40');
  await page.getByLabel('What is happening').fill(narrative);

  await page.clock.fastForward(30 * MINUTE);
  await expect(page).toHaveURL(/\/sign-in\?timed-out=kept/);
  await expect(page.getByText('You were signed out because there was no activity for 30 minutes.')).toBeVisible();
  await expect(page.getByText(/with what you had typed put back/)).toBeVisible();
  // The session really has ended on the server too.
  expect(
    (await page.evaluate(() => fetch('/api/session', { cache: 'no-store' }).then((response) => response.json() as Promise<{ signedIn: boolean }>))).signedIn,
  ).toBe(false);

  await page.getByLabel('Email address').fill(demoEmail('lead.northfield'));
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('heading', { level: 1, name: OBJECTIVE })).toBeVisible();
  const notice = page.getByRole('region', { name: 'Important' });
  await expect(notice).toContainText('We have put back what you typed before you were signed out.');
  await expect(notice).toBeFocused();
  await expect(page.getByRole('radio', { name: 'At risk' })).toBeChecked();
  await expect(page.getByLabel('Value of the measure (optional)')).toHaveValue('40');
  await expect(page.getByLabel('What is happening')).toHaveValue(narrative);
  await expectNoAxeViolations(page);
});

test('a half-filled new objective comes back after the limit, and not for someone else who signs in', async ({ page }) => {
  await page.clock.install();
  await signIn(page, demoEmail('lead.northfield'));
  await page.goto(`${NORTHFIELD}/objectives/new`);
  await page.getByLabel('Title', { exact: true }).fill('Interpreting for every outpatient who needs it');
  await page.getByLabel('What will be done').fill('Book interpreters at referral, not on the day.');

  await page.clock.fastForward(30 * MINUTE);
  await expect(page).toHaveURL(/\/sign-in\?timed-out=kept/);
  // Someone else signs in on this tab: the draft is not theirs and is dropped unread.
  await page.getByLabel('Email address').fill(demoEmail('admin.northfield'));
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/objectives\/new$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Create an objective' })).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('');
  await expect(page.getByText('We have put back what you typed before you were signed out.')).toHaveCount(0);
});
