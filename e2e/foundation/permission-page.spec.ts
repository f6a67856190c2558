import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn, SOUTHMOOR } from '../support/session';
import { isPermissionPage, PERMISSION_PAGE_HEADING } from '../security/route-verdict';
import { can } from '../../lib/tenancy/permissions';
import { pagePermission } from '../../lib/tenancy/page-permissions';
import type { MemberRole } from '../../lib/tenancy/roles';

// Issue 12: a member who follows a link to a page their role may not use gets a page inside the
// service saying so and naming the roles that may; another trust's address stays a plain 404.

const ROLES: Readonly<Record<string, MemberRole>> = {
  admin: 'trust_admin',
  lead: 'executive_lead',
  exec: 'executive_director',
  ned: 'non_executive_director',
  cosec: 'company_secretary',
  viewer: 'viewer',
};

const REFUSING_PAGES = [
  '/assessments/import',
  '/data-export',
  '/objectives/new',
  '/objectives/carry-forward',
  '/objectives/outbox',
  '/people',
  '/people/invite',
  '/people/board/new',
  '/reports/export',
];

test.describe.configure({ timeout: 180_000 });

test('a viewer refused a page sees why, inside the service, with the menu and sign-out', async ({ page }) => {
  await signIn(page, demoEmail('viewer.northfield'));
  const response = await page.goto(`${NORTHFIELD}/people/invite`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: PERMISSION_PAGE_HEADING })).toBeVisible();
  await expect(page.getByText('This page is for people who manage people and board members.')).toBeVisible();
  await expect(page.getByText('Only the trust administrator can use it.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Trust menu' }).getByRole('link', { name: 'Objectives' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page).toHaveTitle(/You do not have permission/);
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to the trust’s home page' }).click();
  await expect(page).toHaveURL(new RegExp(`${NORTHFIELD}$`));

  // The same page of a trust the viewer does not belong to: the 404 anyone gets, nothing more.
  const elsewhere = await page.goto(`${SOUTHMOOR}/people/invite`);
  expect(elsewhere?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect(isPermissionPage(await page.content())).toBe(false);
});

for (const [local, role] of Object.entries(ROLES)) {
  test(`${local}: each page that needs a permission opens for a role that has it and gives the permission page otherwise`, async ({ page }) => {
    await signIn(page, demoEmail(`${local}.northfield`));
    const wrong: string[] = [];
    for (const path of REFUSING_PAGES) {
      const permission = pagePermission(`${NORTHFIELD}${path}`);
      if (!permission) throw new Error(`no permission known for ${path}`);
      const answer = await page.request.get(`${NORTHFIELD}${path}`, { maxRedirects: 0 });
      const body = await answer.text();
      const expected = can({ role }, permission) ? 200 : 403;
      if (answer.status() !== expected || (expected === 403) !== isPermissionPage(body)) wrong.push(`${path}: ${answer.status()}, expected ${expected}`);
      const other = await page.request.get(`${SOUTHMOOR}${path}`, { maxRedirects: 0 });
      if (other.status() !== 404 || isPermissionPage(await other.text())) wrong.push(`southmoor ${path}: ${other.status()}, expected a plain 404`);
    }
    expect(wrong).toEqual([]);
  });
}
