import { expect, test, type Page } from '@playwright/test';
import { demoEmail, signIn, SOUTHMOOR } from '../support/session';
import { expectAccessiblePage, newUserPage, openCurrentDraftAs } from './assessment-support';

// Every button on a carried-over question's page, each pressed after the person has changed both
// the answer and the evidence: whatever the form holds when it is sent is what they meant, so it
// is what gets saved (or, for signing out, nothing is saved and last year's answer still waits
// for review). Southmoor's current draft carries over every answer from its 2025/26 assessment.

const LAST_YEAR_NOTE = 'Started in some services or as a one-off; not yet part of how the whole trust works.';

let assessmentPath = '';

async function openQuestion(page: Page, ref: string): Promise<void> {
  await page.goto(`${assessmentPath}/questions/${ref}`);
  await expect(page.getByText('This is last year’s answer, carried over for you to review.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Partial – started but not embedded' })).toBeChecked();
  await expect(page.getByLabel('Evidence note (optional)')).toHaveValue(LAST_YEAR_NOTE);
}

/** The buttons a person can press on the page (header included), by accessible name. */
async function visibleButtonNames(page: Page): Promise<string[]> {
  const buttons = page.getByRole('button');
  const names: string[] = [];
  for (let index = 0; index < (await buttons.count()); index += 1) {
    if (await buttons.nth(index).isVisible()) names.push((await buttons.nth(index).innerText()).trim());
  }
  return names.sort();
}

async function changeAnswer(page: Page, note: string): Promise<void> {
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByLabel('Evidence note (optional)').fill(note);
  await page.getByLabel('Evidence links (optional)').fill('https://www.example.nhs.uk/board-papers/2026-11');
}

async function expectSaved(page: Page, ref: string, answer: string, note: string): Promise<void> {
  await page.goto(`${assessmentPath}/check`);
  const row = page.locator(`#answer-${ref.replace('.', '-')}`);
  await expect(row.locator('p').first()).toHaveText(answer);
  await expect(row).toContainText(note);
}

test.describe
  .serial('the buttons on a carried-over question', () => {
    test('the page has exactly these buttons: the two that save, and signing out', async ({ browser }) => {
      const opened = await openCurrentDraftAs(browser, SOUTHMOOR, demoEmail('lead.southmoor'), demoEmail('admin.southmoor'));
      const lead = opened.page;
      assessmentPath = opened.assessmentPath;
      await openQuestion(lead, '2.2');
      // A new button on this page needs a test below; this list makes that impossible to miss.
      expect(await visibleButtonNames(lead)).toEqual(['Confirm last year’s answer', 'Save and continue', 'Sign out']);
      await expectAccessiblePage(lead);
      await lead.context().close();
    });

    test('“Confirm last year’s answer” after changing the answer and evidence saves the change', async ({ browser }) => {
      const lead = await newUserPage(browser);
      await signIn(lead, demoEmail('lead.southmoor'));
      await openQuestion(lead, '2.2');
      const note = 'Outcomes are not yet broken down by ethnicity or deprivation in any service';
      await changeAnswer(lead, note);
      await lead.getByRole('button', { name: 'Confirm last year’s answer' }).click();
      await expect(lead).toHaveURL(/\/questions\/2\.3$/);
      await expectSaved(lead, '2.2', 'No', note);
      await expect(lead.locator('#answer-2-2')).toContainText('https://www.example.nhs.uk/board-papers/2026-11');
      await expect(lead.locator('#answer-2-2')).not.toContainText(LAST_YEAR_NOTE);
      await expect(lead.locator('#answer-2-2')).not.toContainText('Carried over');
      await lead.context().close();
    });

    test('“Save and continue” after changing the answer and evidence saves the change', async ({ browser }) => {
      const lead = await newUserPage(browser);
      await signIn(lead, demoEmail('lead.southmoor'));
      await openQuestion(lead, '2.1');
      const note = 'Ethnicity is not yet recorded the same way in every service';
      await changeAnswer(lead, note);
      await lead.getByRole('button', { name: 'Save and continue' }).click();
      await expect(lead).not.toHaveURL(/\/questions\/2\.1$/);
      await expectSaved(lead, '2.1', 'No', note);
      await expect(lead.locator('#answer-2-1')).not.toContainText('Carried over');
      await lead.context().close();
    });

    test('“Sign out” after changing the answer saves nothing and leaves last year’s answer to review', async ({ browser }) => {
      const lead = await newUserPage(browser);
      await signIn(lead, demoEmail('lead.southmoor'));
      await openQuestion(lead, '2.6');
      await changeAnswer(lead, 'Typed, then the person signed out');
      await lead.getByRole('button', { name: 'Sign out' }).click();
      await expect(lead).toHaveURL(/\/sign-in\?signed-out=1/);
      await signIn(lead, demoEmail('lead.southmoor'));
      await openQuestion(lead, '2.6');
      await expect(lead.getByRole('button', { name: 'Confirm last year’s answer' })).toBeVisible();
      await lead.context().close();
    });

    test('after a conflict, both buttons still save what the form holds, never the other version', async ({ browser }) => {
      const lead = await newUserPage(browser);
      await signIn(lead, demoEmail('lead.southmoor'));
      await openQuestion(lead, '2.7');
      const director = await newUserPage(browser);
      await signIn(director, demoEmail('exec.southmoor'));
      await openQuestion(director, '2.7');
      await director.getByRole('radio', { name: 'Yes', exact: true }).check();
      await director.getByRole('button', { name: 'Save and continue' }).click();
      await expect(director).not.toHaveURL(/\/questions\/2\.7$/);
      await director.context().close();

      // The lead's page still offers "Confirm last year's answer": pressing it after a change made
      // elsewhere keeps everything the lead typed and shows both answers.
      const note = 'The plan names no community partners yet';
      await changeAnswer(lead, note);
      await lead.getByRole('button', { name: 'Confirm last year’s answer' }).click();
      await expect(lead.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
        'saved an answer to question 2.7 while you were working on it',
      );
      await expect(lead.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
      await expect(lead.getByLabel('Evidence note (optional)')).toHaveValue(note);
      await expect(lead.getByLabel('Evidence links (optional)')).toHaveValue('https://www.example.nhs.uk/board-papers/2026-11');
      expect(await visibleButtonNames(lead)).toEqual(['Save and continue', 'Sign out']);
      await expectAccessiblePage(lead);
      const edited = `${note}, checked again after the conflict`;
      await lead.getByLabel('Evidence note (optional)').fill(edited);
      await lead.getByRole('radio', { name: 'Partial – started but not embedded' }).check();
      await lead.getByRole('button', { name: 'Save and continue' }).click();
      await expect(lead).not.toHaveURL(/\/questions\/2\.7$/);
      await expectSaved(lead, '2.7', 'Partial – started but not embedded', edited);
      await lead.context().close();
    });
  });
