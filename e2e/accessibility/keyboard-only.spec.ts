import { expect, test, type Locator, type Page } from '@playwright/test';
import { activate, chooseRadio, tabTo, typeInto } from '../assessments/keyboard';
import { newUserPage, openCurrentDraft, signInWithKeyboard } from '../assessments/assessment-support';
import { expectFocusVisible } from '../support/focus-visible';
import { demoEmail, NORTHFIELD, SOUTHMOOR } from '../support/session';

// WCAG 2.1.1 (keyboard) and 2.4.7 (focus visible): the five main tasks done with Tab, Shift+Tab,
// Enter, Space, arrow keys and typing only; no clicks, and no field filled before Tab reaches it.
// Every Tab and arrow press checks that what has focus shows its ring (e2e/assessments/keyboard.ts).
// The data each task writes is in places the other journeys do not count: Southmoor's objectives
// and exports, and a Northfield domain challenge on 2024/25.

/** Tabs to a select and moves through it with the arrow keys until `label` is chosen. */
async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  const count = await select.locator('option').count();
  for (let moves = 0; moves < count; moves += 1) {
    if ((await select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent?.trim())) === label) return;
    await page.keyboard.press('ArrowDown');
  }
  expect(await select.evaluate((element: HTMLSelectElement) => element.selectedOptions[0]?.textContent?.trim())).toBe(label);
}

test('answering a question with the keyboard alone', async ({ page, browser }) => {
  await signInWithKeyboard(page, demoEmail('lead.northfield'));
  const assessment = await openCurrentDraft(page, NORTHFIELD, async () => {
    const admin = await newUserPage(browser);
    await signInWithKeyboard(admin, demoEmail('admin.northfield'));
    return admin;
  });
  await activate(page, page.getByRole('link', { name: /^4\.5 / }));
  await expect(page).toHaveURL(new RegExp(`${assessment}/questions/4\\.5$`));
  const group = page
    .getByRole('group', { name: /./ })
    .filter({ has: page.getByRole('radio') })
    .first();
  await chooseRadio(page, group, group.getByRole('radio', { name: 'Yes', exact: true }));
  await typeInto(page, page.getByLabel('Evidence note (optional)'), 'The joint strategic needs assessment names our Core20PLUS groups.');
  await activate(page, page.getByRole('button', { name: 'Save and continue' }));
  await expect(page).not.toHaveURL(/\/questions\/4\.5$/);

  await page.goto(`${assessment}/questions/4.5`);
  await expect(page.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(page.getByLabel('Evidence note (optional)')).toHaveValue('The joint strategic needs assessment names our Core20PLUS groups.');
});

test('creating an objective and recording progress with the keyboard alone', async ({ page }) => {
  const title = `Interpreters booked at referral ${Date.now()}`;
  await signInWithKeyboard(page, demoEmail('lead.southmoor'));
  await activate(page, page.getByRole('navigation', { name: 'Trust menu' }).getByRole('link', { name: 'Objectives' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Objectives' })).toBeVisible();
  await activate(page, page.getByRole('link', { name: 'Create an objective' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Create an objective' })).toBeVisible();
  await typeInto(page, page.getByLabel('Title', { exact: true }), title);
  await typeInto(page, page.getByLabel('What will be done'), 'Book an interpreter when the referral arrives, not on the day.');
  await activate(page, page.getByRole('button', { name: 'Save as draft' }));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('The objective has been saved as a draft.')).toBeVisible();

  // Progress on an agreed objective of this year, reached from the overview by Tab and Enter.
  await page.goto(`${SOUTHMOOR}/objectives`);
  const objective = 'Give every board member training on health inequalities this year';
  await activate(page, page.getByRole('link', { name: objective }).first());
  await expect(page.getByRole('heading', { level: 1, name: objective })).toBeVisible();
  const status = page.getByRole('group', { name: 'Status' });
  await chooseRadio(page, status, status.getByRole('radio', { name: 'On track' }));
  await typeInto(page, page.getByLabel('What is happening'), 'Three of the five sessions have been held.');
  await activate(page, page.getByRole('button', { name: 'Record progress' }));
  await expect(page.getByText('The progress update has been recorded.')).toBeVisible();
  await expect(page.getByRole('cell', { name: /Three of the five sessions have been held/ })).toBeVisible();
});

test('raising a challenge with the keyboard alone', async ({ page }) => {
  const text = 'The 2024/25 result for this domain rose a level: which new work explains it?';
  await signInWithKeyboard(page, demoEmail('ned.northfield'));
  await page.goto(`${NORTHFIELD}/review/challenges`);
  await activate(page, page.getByRole('link', { name: 'Raise a challenge' }).first());
  await expect(page.getByRole('heading', { level: 1, name: 'Raise a challenge' })).toBeVisible();
  const kind = page.getByRole('group', { name: 'What do you want to challenge?' });
  await chooseRadio(page, kind, kind.getByRole('radio', { name: 'A domain result' }));
  await chooseOption(page, page.getByLabel('Which financial year?'), '2024/25');
  await activate(page, page.getByRole('button', { name: 'Continue' }));
  await chooseOption(page, page.getByLabel('Which domain?'), '1. Public health capacity and capability');
  await activate(page, page.getByRole('button', { name: 'Continue' }));
  await typeInto(page, page.getByLabel('Your challenge'), text);
  await activate(page, page.getByRole('button', { name: 'Raise challenge' }));
  await expect(page.getByText('Your challenge has been raised.')).toBeVisible();
  await expect(page.getByText(text)).toBeVisible();
});

test('exporting the annual report section with the keyboard alone', async ({ page }) => {
  await signInWithKeyboard(page, demoEmail('cosec.southmoor'));
  await activate(page, page.getByRole('navigation', { name: 'Trust menu' }).getByRole('link', { name: 'Annual report' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Annual report' })).toBeVisible();
  await activate(page, page.getByRole('link', { name: 'Export the annual report section' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Export the annual report section' })).toBeVisible();
  const years = page.getByRole('group', { name: 'Which financial year?' });
  await chooseRadio(page, years, years.getByRole('radio', { name: '2025/26' }));
  const purpose = page.getByRole('group', { name: 'What is it for?' });
  await chooseRadio(page, purpose, purpose.getByRole('radio', { name: 'A board paper' }));
  // A board paper needs its cover details, typed in with the keyboard like the rest.
  await typeInto(page, page.getByLabel('Name of the meeting'), 'Trust board meeting in public');
  const date = page.getByRole('group', { name: 'Date of the meeting' });
  await typeInto(page, date.getByLabel('Day'), '11');
  await typeInto(page, date.getByLabel('Month'), '6');
  await typeInto(page, date.getByLabel('Year'), '2026');
  await typeInto(page, page.getByLabel('Agenda item number'), '7.2');
  await typeInto(page, page.getByLabel('Name of the executive sponsor'), 'Dr Amara Okafor');
  await typeInto(page, page.getByLabel('Job title of the executive sponsor'), 'Chief Nurse');
  await typeInto(page, page.getByLabel('Name of the author'), 'Tom Barraclough');
  await typeInto(page, page.getByLabel('Job title of the author'), 'Company Secretary');
  const coverPurpose = page.getByRole('group', { name: 'What is the paper for?' });
  await chooseRadio(page, coverPurpose, coverPurpose.getByRole('radio', { name: 'For assurance' }));
  await typeInto(page, page.getByLabel('Recommendation'), 'The board is asked to take assurance from this section.');
  const format = page.getByRole('group', { name: 'Which file format?' });
  await chooseRadio(page, format, format.getByRole('radio', { name: 'CSV', exact: true }));
  await activate(page, page.getByRole('button', { name: 'Start export' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Your export is ready' })).toBeVisible({ timeout: 30_000 });
  const link = page.getByRole('link', { name: /^Download the CSV/ });
  await tabTo(page, link);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
});

test('Shift+Tab goes back the way Tab came, with the ring shown at each step', async ({ page }) => {
  await page.goto('/sign-in');
  const email = page.getByLabel('Email address');
  await tabTo(page, page.getByRole('button', { name: 'Sign in', exact: true }));
  for (let presses = 0; presses < 5 && !(await email.evaluate((element) => element === document.activeElement)); presses += 1) {
    await page.keyboard.press('Shift+Tab');
    await expectFocusVisible(page);
  }
  await expect(email).toBeFocused();
});
