import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { DEMO_PASSWORD, demoEmail, NORTHFIELD, signIn } from '../support/session';

// WCAG 2.2.1 (timing adjustable), driven by Playwright's clock rather than 30 real minutes: a
// warning with a way to stay signed in comes before the idle limit, and someone signed out by it
// comes back, after signing in again, to the same form with what they had typed.

const EVIDENCE = 'Board paper of 12 March, item 7: the deprivation dashboard (typed before the timeout)';

test('the idle warning offers to stay signed in, and a timed-out form comes back with what was typed', async ({ page }) => {
  test.setTimeout(120_000);
  await page.clock.install();
  // Time runs on its own as well (axe and the app's own timers need it); fastForward jumps it.
  await page.clock.resume();
  await signIn(page, demoEmail('lead.northfield'));
  await page.goto(`${NORTHFIELD}/objectives/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Create an objective' })).toBeVisible();
  const path = new URL(page.url()).pathname;
  await page.getByLabel('Title', { exact: true }).fill('Reduce missed appointments in the most deprived areas');
  await page.getByLabel('What will be done').fill(EVIDENCE);

  // 24 minutes without a request: the warning, focused, with time left to answer it.
  const warning = page.getByRole('alertdialog', { name: 'You’re about to be signed out' });
  await expect(warning).toBeHidden();
  await page.clock.fastForward('24:30');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('We will sign you out in 5 minutes');
  await expect(warning.getByRole('button', { name: 'Stay signed in' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Enter');
  await expect(warning).toBeHidden();
  // Staying signed in starts the count again: nothing happens at what would have been the limit.
  await page.clock.fastForward('10:00');
  await expect(warning).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${path}$`));

  // This time nobody answers: at the limit the session ends and sign-in explains why.
  await page.clock.fastForward('14:30');
  await expect(warning).toBeVisible();
  await page.clock.fastForward('05:00');
  await expect(page).toHaveURL(/\/sign-in\?timed-out=kept/);
  await expect(page.getByText('You were signed out because there was no activity for 30 minutes.')).toBeVisible();
  expect((await page.request.get(`${NORTHFIELD}/objectives/new`, { maxRedirects: 0 })).status()).not.toBe(200);

  await page.getByLabel('Email address').fill(demoEmail('lead.northfield'));
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByText('We have put back what you typed before you were signed out.')).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Reduce missed appointments in the most deprived areas');
  await expect(page.getByLabel('What will be done')).toHaveValue(EVIDENCE);
  await expectNoAxeViolations(page);
});

test('a form sent after the session ended offers a way to sign in again that keeps the typing', async ({ page }) => {
  await signIn(page, demoEmail('lead.northfield'));
  await page.goto(`${NORTHFIELD}/objectives/new`);
  await page.getByLabel('Title', { exact: true }).fill('Typed before the session ended elsewhere');
  // The session ends on the server (signed out in another tab), not in this page.
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  await page.request.post('/api/auth/signout', { form: { csrfToken, json: 'true' }, headers: { Origin: new URL(page.url()).origin } });
  await page.getByRole('button', { name: 'Save as draft' }).click();
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toContainText('Your session has ended.');
  await summary.getByRole('link', { name: 'Sign in again' }).click();
  await expect(page).toHaveURL(/\/sign-in\?timed-out=kept/);
  await page.getByLabel('Email address').fill(demoEmail('lead.northfield'));
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Typed before the session ended elsewhere');
});
