import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn, visitAndCheck } from '../support/session';
import { invitationPathFromOutbox } from '../support/invitation-outbox';

test('a viewer who follows a link to the people administration pages is told, inside the service, that only the administrator may use them', async ({
  page,
}) => {
  await signIn(page, demoEmail('viewer.northfield'));
  await expect(page.getByRole('navigation', { name: 'Trust menu' }).getByRole('link', { name: 'People' })).toHaveCount(0);
  for (const path of ['/people', '/people/invite', '/people/board/new']) {
    const response = await page.goto(`${NORTHFIELD}${path}`);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to use this page' })).toBeVisible();
    await expect(page.getByText('Only the trust administrator can use it.')).toBeVisible();
  }
});

test('an administrator invites someone, who is e-mailed the link, accepts it once and signs in', async ({ page, browser }) => {
  await signIn(page, demoEmail('admin.northfield'));
  await visitAndCheck(page, `${NORTHFIELD}/people`, 'People');
  await page.getByRole('link', { name: 'Invite someone' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invite someone' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Bad input: every problem is listed, and what was typed stays.
  await page.getByLabel('Email address').fill('not-an-email');
  await page.getByRole('button', { name: 'Create invitation' }).click();
  await expect(page.locator('.nhsuk-error-summary').getByText('There is a problem')).toBeVisible();
  await expect(page.getByRole('link', { name: /correct format/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Select a role' })).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveValue('not-an-email');
  await expectNoAxeViolations(page);

  const email = `new.director.${Date.now()}@demo.fairboard.test`;
  await page.getByLabel('Email address').fill(email);
  await page.getByRole('radio', { name: 'Executive director', exact: true }).check();
  await page.getByRole('button', { name: 'Create invitation' }).click();
  await expect(page.getByRole('heading', { name: 'Invitation sent' })).toBeVisible();
  await expect(page.getByText(`An invitation has been sent to ${email}`)).toBeVisible();
  // The inviter never sees the link: it goes only to the invited address.
  expect(await page.content()).not.toContain('/invitations/');
  const link = await invitationPathFromOutbox(email);

  const inviteeContext = await browser.newContext();
  const invitee = await inviteeContext.newPage();
  await invitee.goto(link);
  await expect(invitee.getByRole('heading', { level: 1, name: /Join Northfield Valley/ })).toBeVisible();
  await expectNoAxeViolations(invitee);
  await invitee.getByLabel('Your name').fill('Nia Director');
  await invitee.getByLabel('Create a password').fill('short');
  await invitee.getByRole('button', { name: 'Create account and accept' }).click();
  await expect(invitee.getByRole('link', { name: 'Your password must be at least 12 characters' })).toBeVisible();
  await expect(invitee.getByLabel('Your name')).toHaveValue('Nia Director');
  await invitee.getByLabel('Create a password').fill('correct horse battery staple');
  await invitee.getByRole('button', { name: 'Create account and accept' }).click();
  await expect(invitee).toHaveURL(/\/sign-in/);

  await invitee.goto(link);
  await expect(invitee.getByText('already been used')).toBeVisible();

  await signIn(invitee, email, 'correct horse battery staple');
  await expect(invitee.getByRole('heading', { level: 1, name: /Northfield Valley/ })).toBeVisible();
  await expect(invitee.getByText('You are signed in as executive director.')).toBeVisible();
  await inviteeContext.close();

  await page.goto(`${NORTHFIELD}/people`);
  await expect(page.getByRole('cell', { name: email })).toBeVisible();

  // Issue 14, finding 6: the member's page offers the administrator a way to let them sign in at once
  // (tests/integration/auth/lockout-abuse.test.ts locks the account first and proves the unlock works).
  await page.getByRole('link', { name: 'Change Nia Director' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Signing in' })).toBeVisible();
  await expect(page.getByText('Sign-in to this account is not being slowed down.')).toBeVisible();
  await page.getByRole('button', { name: 'Let Nia Director sign in again now' }).click();
  await expect(page.getByText('Nia Director can sign in again now.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an administrator adds a board member, and the form keeps what was typed when a date is wrong', async ({ page }) => {
  await signIn(page, demoEmail('admin.northfield'));
  await page.goto(`${NORTHFIELD}/people/board/new`);
  await expectNoAxeViolations(page);
  await page.getByLabel('Full name').fill('Dr Test Person');
  await page.getByLabel('Job title').fill('Director of Research');
  await page.getByLabel('Executive', { exact: true }).check();
  await page.getByLabel('Clinical, quality and research').check();
  const start = page.getByRole('group', { name: 'When did they join the board?' });
  await start.getByLabel('Day').fill('31');
  await start.getByLabel('Month').fill('2');
  await start.getByLabel('Year').fill('2025');
  await page.getByRole('button', { name: 'Add board member' }).click();
  await expect(page.getByRole('link', { name: /start date must be a real date/ })).toBeVisible();
  await expect(page.getByLabel('Full name')).toHaveValue('Dr Test Person');
  await expect(page.getByLabel('Clinical, quality and research')).toBeChecked();
  await expectNoAxeViolations(page);
  await start.getByLabel('Day').fill('1');
  await page.getByRole('button', { name: 'Add board member' }).click();
  await expect(page).toHaveURL(/\/people\?updated=board-member/);
  await expect(page.getByRole('cell', { name: /^Dr Test Person/ })).toBeVisible();
});
