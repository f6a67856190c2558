import { execFileSync } from 'node:child_process';
import { expect, type Browser, type Page } from '@playwright/test';
import { financialYearOf, formatFinancialYear } from '../../lib/calendar/financial-year';
import type { AnswerValue, AssessmentResult } from '../../lib/assessments/scoring';
import { DEMO_PASSWORD } from '../support/session';
import { expectNoAxeViolations } from '../support/axe';
import { activate, typeInto } from './keyboard';

export const CURRENT_YEAR_LABEL = formatFinancialYear(financialYearOf(new Date()));

/**
 * Runs axe once the page has settled: after a client-side navigation Next.js adds the new
 * page's <title> a moment after its content, and axe would report the gap.
 */
export async function expectAccessiblePage(page: Page): Promise<void> {
  await expect(page).toHaveTitle(/\S/);
  await expectNoAxeViolations(page);
}

/** A page in a context of its own (its own cookies), as axe needs. */
export async function newUserPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

/** Signs in through the real form with the keyboard only. */
export async function signInWithKeyboard(page: Page, email: string): Promise<void> {
  await page.goto('/sign-in');
  await typeInto(page, page.getByLabel('Email address'), email);
  await typeInto(page, page.getByLabel('Password', { exact: true }), DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/sign-in/);
}

/**
 * From the trust home page, opens this financial year's assessment as a draft: starts it if it
 * does not exist yet, and, if it has already been submitted or approved (for example by demo
 * data), has the trust's administrator reopen it first. Returns the assessment's URL.
 */
export async function openCurrentDraft(page: Page, trustPath: string, adminPage: () => Promise<Page>): Promise<string> {
  await activate(page, page.getByRole('navigation', { name: 'Trust menu' }).getByRole('link', { name: 'Self-assessment' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Self-assessment' })).toBeVisible();
  await expectAccessiblePage(page);
  const start = page.getByRole('button', { name: `Start the ${CURRENT_YEAR_LABEL} assessment` });
  if ((await start.count()) > 0) {
    await activate(page, start);
  } else {
    await activate(page, page.getByRole('link', { name: `${CURRENT_YEAR_LABEL} assessment` }));
  }
  await expect(page.getByRole('heading', { level: 1, name: `${CURRENT_YEAR_LABEL} assessment` })).toBeVisible();
  const url = new URL(page.url());
  const path = `${url.pathname}`;
  if ((await page.getByText('Status: Draft').count()) === 0) {
    const admin = await adminPage();
    await admin.goto(path);
    await typeInto(admin, admin.getByLabel('Why does it need reopening?'), 'Reopened so the end-to-end test can complete it');
    await activate(admin, admin.getByRole('button', { name: 'Reopen assessment' }));
    await expect(admin.getByText('Status: Draft')).toBeVisible();
    await admin.context().close();
    await page.goto(path);
  }
  expect(path.startsWith(`${trustPath}/assessments/`)).toBe(true);
  await expect(page.getByText('Status: Draft')).toBeVisible();
  return path;
}

/** Runs the scoring command exactly as a user of the guide's tool would, on one answer set. */
export function scoreWithCli(answers: Readonly<Record<string, AnswerValue>>): AssessmentResult {
  const output = execFileSync('npm', ['run', '--silent', 'assessment:score'], { input: JSON.stringify([answers]), encoding: 'utf8', cwd: process.cwd() });
  const results = JSON.parse(output) as AssessmentResult[];
  expect(results).toHaveLength(1);
  return results[0]!;
}

/** The results page's table and suggested objectives, read back as numbers and refs. */
export async function readResultsPage(page: Page) {
  const rows = page.locator('#results-table tbody tr');
  await expect(rows).toHaveCount(4);
  const domains = [];
  for (let index = 0; index < 4; index += 1) {
    const row = rows.nth(index);
    const cells = row.locator('td');
    const refs = await page
      .locator(`section[data-domain="${index + 1}"] [data-objective-ref]`)
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-objective-ref') ?? ''));
    domains.push({
      domain: Number(await row.getAttribute('data-domain')),
      score: Number(await cells.nth(0).innerText()),
      maxScore: Number(await cells.nth(1).innerText()),
      percent: Number((await cells.nth(2).innerText()).replace('%', '')),
      maturityLabel: (await cells.nth(3).innerText()).trim(),
      suggestedObjectives: refs,
    });
  }
  return domains;
}

/** Signs `email` in on a page of its own and opens the trust's current draft (see openCurrentDraft). */
export async function openCurrentDraftAs(
  browser: Browser,
  trustPath: string,
  email: string,
  adminEmail: string,
): Promise<{ page: Page; assessmentPath: string }> {
  const page = await newUserPage(browser);
  await signInWithKeyboard(page, email);
  const assessmentPath = await openCurrentDraft(page, trustPath, async () => {
    const admin = await newUserPage(browser);
    await signInWithKeyboard(admin, adminEmail);
    return admin;
  });
  return { page, assessmentPath };
}
