import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

export const DEMO_PASSWORD = 'Fairboard-demo-only-2025';
export const demoEmail = (local: string) => `${local}@demo.fairboard.test`;

/** The app's own origin, as playwright.config.ts serves it: what a browser puts in Origin on a write. */
export const APP_ORIGIN = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

export const NORTHFIELD = '/t/northfield-valley';
export const SOUTHMOOR = '/t/southmoor';

/** Signs in through the real form and waits until the app has redirected away from it. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in\?signed-out=1/);
  await expect(page.getByText('You have signed out.')).toBeVisible();
}

/** Visits a page, checks its main heading and runs axe on it. */
export async function visitAndCheck(page: Page, url: string, heading: string | RegExp): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expectNoAxeViolations(page);
}
