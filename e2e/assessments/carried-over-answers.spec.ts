import { expect, test } from '@playwright/test';
import { demoEmail, SOUTHMOOR } from '../support/session';
import { expectAccessiblePage, openCurrentDraft, signInWithKeyboard } from './assessment-support';

// From the second year on, last year's answers open pre-filled and marked for review; the demo
// data gives Southmoor past years, so its current assessment starts that way.

test('a carried-over answer can be confirmed as it stands, and then counts as answered', async ({ page, browser }) => {
  await signInWithKeyboard(page, demoEmail('lead.southmoor'));
  const assessmentPath = await openCurrentDraft(page, SOUTHMOOR, async () => {
    const admin = await (await browser.newContext()).newPage();
    await signInWithKeyboard(admin, demoEmail('admin.southmoor'));
    return admin;
  });
  const carriedOver = page.locator('.nhsuk-task-list__item', { hasText: 'Carried over – review' });
  // Each run starts from fresh demo data, where Southmoor's draft has answers carried over.
  expect(await carriedOver.count(), 'Southmoor’s current draft should hold answers carried over from last year').toBeGreaterThan(0);

  const task = carriedOver.first().getByRole('link');
  const ref = (await task.innerText()).split(' ')[0]!;
  await task.click();
  await expect(page).toHaveURL(new RegExp(`/questions/${ref.replace('.', '\\.')}$`));
  await expect(page.getByText('This is last year’s answer, carried over for you to review.')).toBeVisible();
  const chosen = page.getByRole('radio', { checked: true });
  await expect(chosen).toHaveCount(1);
  const answer = await chosen.getAttribute('value');
  await expectAccessiblePage(page);
  await page.getByRole('button', { name: 'Confirm last year’s answer' }).click();
  await expect(page).not.toHaveURL(new RegExp(`/questions/${ref.replace('.', '\\.')}$`));

  await page.goto(`${assessmentPath}/questions/${ref}`);
  await expect(page.getByText('This is last year’s answer, carried over for you to review.')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Confirm last year’s answer' })).toHaveCount(0);
  await expect(page.locator(`input[name="value"][value="${answer}"]`)).toBeChecked();
  await page.goto(assessmentPath);
  await expect(page.locator('.nhsuk-task-list__item', { has: page.getByRole('link', { name: new RegExp(`^${ref.replace('.', '\\.')} `) }) })).toContainText(
    'Completed',
  );
});
