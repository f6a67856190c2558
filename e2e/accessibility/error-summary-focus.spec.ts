import { expect, test, type Locator, type Page } from '@playwright/test';
import { openCurrentDraft, newUserPage, signInWithKeyboard } from '../assessments/assessment-support';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn } from '../support/session';

// WCAG 3.3.1 and 2.4.3: after a failed submit, focus lands on the error summary, and again after
// a second failed submit in a row (the summary is already there, so only the form's new state can
// move focus back to it); the title starts "Error: ", and each summary link focuses its field.
// Nothing here saves anything: every submit is refused.

const summaryOf = (page: Page) => page.locator('.nhsuk-error-summary');

async function expectSummaryFocused(page: Page): Promise<void> {
  const summary = summaryOf(page);
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
  await expect(page).toHaveTitle(/^Error: /);
}

/** Submits twice in a row without fixing anything; after each, focus is on the summary. */
async function failTwice(page: Page, submit: Locator): Promise<void> {
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    // The design system's preventDoubleClick buttons (export) ignore a second press within a second.
    if (attempt === 2) await page.waitForTimeout(1_100);
    await submit.click();
    // The click leaves focus on the button; only the refusal can move it to the summary.
    await expectSummaryFocused(page);
  }
}

/** A summary link puts focus on the first input of the group it names. */
async function expectLinkFocusesFirstInput(page: Page, groupId: string): Promise<void> {
  await summaryOf(page).locator(`a[href="#${groupId}"]`).click();
  // The id is the group's (whose first input should have focus) or, in server-rendered radios, the first radio's.
  const focusedFirst = () =>
    page.evaluate((id) => {
      const target = document.getElementById(id);
      const first = target?.matches('input') ? target : target?.querySelector('input');
      return first !== null && first !== undefined && first === document.activeElement;
    }, groupId);
  await expect.poll(focusedFirst, { message: `focus on the first input of #${groupId}` }).toBe(true);
}

test('sign-in, the question page and check your answers move focus to the summary on every failed submit', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto('/sign-in');
  await failTwice(page, page.getByRole('button', { name: 'Sign in', exact: true }));
  await expectNoAxeViolations(page);

  await signInWithKeyboard(page, demoEmail('lead.northfield'));
  const assessment = await openCurrentDraft(page, NORTHFIELD, async () => {
    const admin = await newUserPage(browser);
    await signInWithKeyboard(admin, demoEmail('admin.northfield'));
    return admin;
  });
  // A fresh draft has questions still to answer, so submitting it from check your answers fails.
  expect(await page.getByText('Not ready yet').count(), 'the current draft still has questions to answer').toBeGreaterThan(0);
  await page.goto(`${assessment}/questions/2.1`);
  await page.getByLabel('Evidence links (optional)').fill('board papers folder');
  await failTwice(page, page.getByRole('button', { name: 'Save and continue' }));
  await expect(page.getByLabel('Evidence links (optional)')).toHaveValue('board papers folder');

  await page.goto(`${assessment}/check`);
  await failTwice(page, page.getByRole('button', { name: 'Submit the assessment' }));
});

test('objective forms and the progress update move focus to the summary on every failed submit', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demoEmail('lead.northfield'));
  await page.goto(`${NORTHFIELD}/objectives/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Create an objective' })).toBeVisible();
  await page.getByLabel('What will be done').fill('Half an objective');
  await failTwice(page, page.getByRole('button', { name: 'Agree objective' }));
  await expect(page.getByLabel('What will be done')).toHaveValue('Half an objective');

  await page.goto(`${NORTHFIELD}/objectives`);
  await page.getByRole('link', { name: 'Give every board member training on health inequalities this year' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Give every board member training on health inequalities this year' })).toBeVisible();
  const objectivePath = new URL(page.url()).pathname;

  // Progress with no status and nothing said about it.
  await failTwice(page, page.getByRole('button', { name: 'Record progress' }));
  await expectNoAxeViolations(page);

  await page.goto(`${objectivePath}/edit`);
  await page.getByLabel('Title', { exact: true }).fill('');
  const save = page.getByRole('button', { name: /^(Save changes|Save as draft)$/ });
  await failTwice(page, save);
  await expectNoAxeViolations(page);
});

test('raising a challenge, assurance, export and invite move focus to the summary, and its links to each group’s first input', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, demoEmail('ned.northfield'));

  // Forms that reload the page: the summary has focus when the page arrives with it.
  await page.goto(`${NORTHFIELD}/review/compare`);
  await page.getByLabel('First year').selectOption('');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expectSummaryFocused(page);
  await expect(page).toHaveURL(/yearA=&/);

  await page.goto(`${NORTHFIELD}/review/challenges/new`);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/step=1/);
  await expectSummaryFocused(page);
  await expectLinkFocusesFirstInput(page, 'targetKind');
  await page.getByRole('radio', { name: 'A domain result' }).check();
  await page.getByLabel('Which financial year?').selectOption({ label: '2025/26' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Which domain?')).toBeVisible();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/step=2/);
  await expectSummaryFocused(page);
  await page.getByLabel('Which domain?').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Continue' }).click();

  // The last step saves in place: nothing written is a refusal, twice.
  await expect(page.getByLabel('Your challenge')).toBeVisible();
  await failTwice(page, page.getByRole('button', { name: 'Raise challenge' }));
  await expectNoAxeViolations(page);

  await page.goto(`${NORTHFIELD}/review/assurance/2025/3`);
  await page.getByLabel('Why?').fill('Not sure yet');
  await failTwice(page, page.getByRole('button', { name: 'Save judgement' }));
  await expectLinkFocusesFirstInput(page, 'level');
  await expect(page.getByLabel('Why?')).toHaveValue('Not sure yet');

  const cosec = await newUserPage(browser);
  await signIn(cosec, demoEmail('cosec.northfield'));
  await cosec.goto(`${NORTHFIELD}/reports/export?year=2025`);
  for (const box of await cosec.getByRole('group', { name: 'Which sections do you want to include?' }).getByRole('checkbox').all()) await box.uncheck();
  await failTwice(cosec, cosec.getByRole('button', { name: 'Start export' }));
  await expectLinkFocusesFirstInput(cosec, 'sections');
  await cosec.context().close();

  const admin = await newUserPage(browser);
  await signIn(admin, demoEmail('admin.northfield'));
  await admin.goto(`${NORTHFIELD}/people/invite`);
  await admin.getByLabel('Email address').fill('not an email address');
  await failTwice(admin, admin.getByRole('button', { name: 'Create invitation' }));
  await expectLinkFocusesFirstInput(admin, 'role');
  await expect(admin.getByLabel('Email address')).toHaveValue('not an email address');
  await admin.context().close();
});
