import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn } from '../support/session';

// WCAG 2.2 beyond axe, for every form: a failed submit moves focus to the error summary, and so
// does a second failed submit in a row (a form that saves in place keeps the summary on the page,
// and used to leave focus on the button); the page title starts "Error: "; and each summary link
// puts focus on its field, the first radio or checkbox for a group.

const summary = (page: Page) => page.locator('.nhsuk-error-summary');

/** Sends the form twice without fixing it, checking focus and the title after each. */
async function failTwice(page: Page, submit: Locator): Promise<void> {
  for (const attempt of ['first', 'second']) {
    await submit.focus();
    await page.keyboard.press('Enter');
    await expect(summary(page), `the ${attempt} failed submit on ${page.url()}`).toBeFocused();
    await expect(page).toHaveTitle(/^Error: /);
  }
}

/** Follows the summary's link and checks focus lands on the control itself. */
async function followLink(page: Page, name: string | RegExp, focused: Locator): Promise<void> {
  await summary(page).getByRole('link', { name }).click();
  await expect(focused).toBeFocused();
}

test('sign-in: the summary takes focus after every failed attempt', async ({ page }) => {
  await page.goto('/sign-in');
  await failTwice(page, page.getByRole('button', { name: 'Sign in', exact: true }));
  await page.getByLabel('Email address').fill(demoEmail('lead.northfield'));
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await failTwice(page, page.getByRole('button', { name: 'Sign in', exact: true }));
  await expect(page).toHaveTitle('Error: Sign in – Fairboard');
});

test('executive lead: question, check your answers, create and edit an objective, record progress', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demoEmail('lead.northfield'));
  await page.goto(`${NORTHFIELD}/assessments`);
  await page.getByRole('link', { name: /assessment$/ }).first().click();
  const check = page.getByRole('link', { name: /check your answers/i }).first();
  const question = page.getByRole('link', { name: /^1\.1\b/ }).first();
  const assessmentUrl = page.url();
  if ((await question.count()) > 0) {
    await question.click();
    const links = page.getByLabel('Evidence links (optional)');
    if ((await links.count()) > 0) {
      await links.fill('not a web address');
      await failTwice(page, page.getByRole('button', { name: 'Save and continue' }));
      await expectNoAxeViolations(page);
    }
  }
  await page.goto(assessmentUrl);
  if ((await check.count()) > 0) {
    await check.click();
    const submit = page.getByRole('button', { name: 'Submit the assessment' });
    if ((await submit.count()) > 0) await failTwice(page, submit);
  }

  await page.goto(`${NORTHFIELD}/objectives/new`);
  await failTwice(page, page.getByRole('button', { name: 'Save as draft' }));
  await followLink(page, 'Enter a title', page.getByLabel('Title', { exact: true }));

  await page.goto(`${NORTHFIELD}/objectives`);
  await page.locator('main table a[href*="/objectives/"]').first().click();
  const objectiveUrl = page.url();
  const progress = page.getByRole('button', { name: 'Record progress' });
  if ((await progress.count()) > 0) await failTwice(page, progress);
  await page.goto(`${objectiveUrl}/edit`);
  const title = page.getByLabel('Title', { exact: true });
  if ((await title.count()) > 0) {
    await title.fill('');
    const save = page.getByRole('button', { name: /^(Save as draft|Save changes)$/ });
    await failTwice(page, save);
  }
});

test('non-executive director: the raise-a-challenge steps (pages that reload), the challenge text, compare and assurance', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demoEmail('ned.northfield'));

  await page.goto(`${NORTHFIELD}/review/challenges/new`);
  await failTwice(page, page.getByRole('button', { name: 'Continue' }));
  await expect(page).toHaveTitle(/^Error: Raise a challenge/);
  await followLink(page, 'Select what you want to challenge', page.getByRole('radio').first());
  await page.getByRole('radio', { name: 'A domain result' }).check();
  await page.getByLabel('Which financial year?').selectOption({ label: '2025/26' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Raise a challenge' })).toBeVisible();
  await failTwice(page, page.getByRole('button', { name: 'Continue' }));
  await followLink(page, 'Select a domain to challenge', page.getByRole('radio').first());
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await failTwice(page, page.getByRole('button', { name: 'Raise challenge' }));

  await page.goto(`${NORTHFIELD}/review/compare?yearA=&yearB=`);
  await expect(summary(page)).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Compare two years/);
  await failTwice(page, page.getByRole('button', { name: 'Compare' }));

  await page.goto(`${NORTHFIELD}/review/assurance/2025/3`);
  await failTwice(page, page.getByRole('button', { name: 'Save judgement' }));
  await followLink(page, 'Select how assured you are', page.getByRole('radio').first());
  await expectNoAxeViolations(page);
});

test('company secretary and administrator: export and invite, with links to a group’s first input', async ({ browser }) => {
  test.setTimeout(120_000);
  const cosec = await (await browser.newContext()).newPage();
  await signIn(cosec, demoEmail('cosec.northfield'));
  await cosec.goto(`${NORTHFIELD}/reports/export?year=2025`);
  for (const box of await cosec.getByRole('checkbox').all()) await box.uncheck();
  await failTwice(cosec, cosec.getByRole('button', { name: 'Start export' }));
  await followLink(cosec, /section/i, cosec.getByRole('checkbox').first());
  await cosec.context().close();

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, demoEmail('admin.northfield'));
  await admin.goto(`${NORTHFIELD}/people/invite`);
  await failTwice(admin, admin.getByRole('button', { name: 'Create invitation' }));
  await expect(admin).toHaveTitle(/^Error: /);
  await followLink(admin, /role/i, admin.getByRole('radio').first());
  await admin.context().close();
});
