import { expect, test } from '@playwright/test';
import type pg from 'pg';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, signIn, SOUTHMOOR } from '../support/session';
import { invitationPathFromOutbox } from '../support/invitation-outbox';
import { openE2eDatabase, sqlOf } from '../security/victim-values';
import { createThrowawayUser, removeThrowawayUsers, type ThrowawayUser } from '../security/throwaway-users';

// Someone who already has a Fairboard account accepts an invitation from another trust: the
// invitation page asks for no password; they sign in through the normal sign-in, come back to the
// invitation and confirm while signed in as the invited address (issue 14, finding 2).

let db: pg.Client;
const made: ThrowawayUser[] = [];

test.beforeAll(async () => {
  db = await openE2eDatabase();
});

test.afterAll(async () => {
  await removeThrowawayUsers(sqlOf(db), made);
  await db.end();
});

test('someone with an account accepts an invitation by signing in as the invited address, then confirming', async ({ page }) => {
  const member = await createThrowawayUser(sqlOf(db), 'invited-existing', { trustSlug: 'northfield-valley', role: 'viewer' });
  made.push(member);

  await signIn(page, demoEmail('admin.southmoor'));
  await page.goto(`${SOUTHMOOR}/people/invite`);
  await page.getByLabel('Email address').fill(member.email);
  await page.getByRole('radio', { name: 'Viewer', exact: true }).check();
  await page.getByRole('button', { name: 'Create invitation' }).click();
  await expect(page.getByRole('heading', { name: 'Invitation sent' })).toBeVisible();
  const link = await invitationPathFromOutbox(member.email);

  // Opened while signed in as someone else: told plainly, with a way to sign out.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'This invitation is for a different email address' })).toBeVisible();
  await expect(page.getByRole('main').getByText(demoEmail('admin.southmoor'))).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  // Signed out, the page asks for no password for an existing account: it offers sign-in.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: /Join Southmoor/ })).toBeVisible();
  await expect(page.getByLabel('Password for your existing account')).toHaveCount(0);
  await page.getByRole('link', { name: 'Sign in to accept' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Fairboard' })).toBeVisible();
  await page.getByLabel('Email address').fill(member.email);
  await page.getByLabel('Password', { exact: true }).fill(member.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();

  // Back on the invitation, signed in as the invited address: confirm, with no password asked.
  await expect(page).toHaveURL(new RegExp(`${link}$`));
  await expect(page.getByText(`You are signed in as ${member.email}, the address this invitation is for.`)).toBeVisible();
  await expect(page.getByLabel(/password/i)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page).toHaveURL(new RegExp(`${SOUTHMOOR}$`));
  await expect(page.getByRole('heading', { level: 1, name: /Southmoor/ })).toBeVisible();

  await page.goto(link);
  await expect(page).toHaveURL(new RegExp(`${SOUTHMOOR}$`));
});
