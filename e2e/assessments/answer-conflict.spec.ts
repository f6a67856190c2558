import { expect, test, type Page } from '@playwright/test';
import { demoEmail, signIn, SOUTHMOOR } from '../support/session';
import { expectAccessiblePage, newUserPage, openCurrentDraft, signInWithKeyboard } from './assessment-support';

// Southmoor's current assessment, edited by two executives at once, and poked at by a
// non-executive director who may only read it.

const QUESTION = '1.2';

/** The question form's fields as a browser without JavaScript would post them. */
async function formFields(page: Page): Promise<Record<string, string>> {
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Save and continue' }) });
  const hidden = await form
    .locator('input[type=hidden]')
    .evaluateAll((inputs) => inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value]));
  return Object.fromEntries(hidden);
}

let questionPath = '';

test.describe
  .serial('answers saved by more than one person', () => {
    test('a stale save shows both answers and keeps everything the second person typed', async ({ browser }) => {
      const lead = await newUserPage(browser);
      await signInWithKeyboard(lead, demoEmail('lead.southmoor'));
      const assessmentPath = await openCurrentDraft(lead, SOUTHMOOR, async () => {
        const admin = await newUserPage(browser);
        await signInWithKeyboard(admin, demoEmail('admin.southmoor'));
        return admin;
      });
      questionPath = `${assessmentPath}/questions/${QUESTION}`;

      const director = await newUserPage(browser);
      await signIn(director, demoEmail('exec.southmoor'));
      await director.goto(questionPath);
      await lead.goto(questionPath);

      await lead.getByRole('radio', { name: 'Yes', exact: true }).check();
      await lead.getByLabel('Evidence note (optional)').fill('Training plan agreed by the people committee');
      await lead.getByRole('button', { name: 'Save and continue' }).click();
      await expect(lead).toHaveURL(/\/questions\/1\.3$/);

      const typedNote = 'Only nursing staff have had training so far, so this is not yet true';
      await director.getByRole('radio', { name: 'No', exact: true }).check();
      await director.getByLabel('Evidence note (optional)').fill(typedNote);
      await director.getByLabel('Evidence links (optional)').fill('https://www.example.nhs.uk/training-records');
      await director.getByRole('button', { name: 'Save and continue' }).click();

      const summary = director.getByRole('alert');
      await expect(summary.getByRole('link', { name: /saved an answer to question 1\.2 while you were working on it/ })).toHaveAttribute('href', '#conflict');
      await expect(director).toHaveTitle(/^Error: /);
      const comparison = director.locator('#conflict');
      const saved = comparison.locator('dl').nth(0);
      const attempted = comparison.locator('dl').nth(1);
      await expect(saved).toContainText('Yes');
      await expect(saved).toContainText('Training plan agreed by the people committee');
      await expect(saved).toContainText('By Dr Mei Lin Chen on');
      await expect(attempted).toContainText('No');
      await expect(attempted).toContainText(typedNote);
      await expect(attempted).toContainText('https://www.example.nhs.uk/training-records');
      // Nothing typed is lost: the form still holds the director's answer, ready to save again.
      await expect(director.getByLabel('Evidence note (optional)')).toHaveValue(typedNote);
      await expect(director.getByLabel('Evidence links (optional)')).toHaveValue('https://www.example.nhs.uk/training-records');
      await expect(director.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
      await expectAccessiblePage(director);

      // Saving again is a deliberate choice to replace the other answer.
      await director.getByRole('button', { name: 'Save and continue' }).click();
      await expect(director).toHaveURL(/\/questions\/1\.3$/);
      await director.goto(`${assessmentPath}/check`);
      await expect(director.locator('#answer-1-2')).toContainText('No');
      await expect(director.locator('#answer-1-2')).toContainText(typedNote);
      await director.context().close();
      await lead.context().close();
    });

    test('the form works without JavaScript, and a non-executive director’s posted answer is refused', async ({ browser }) => {
      const director = await newUserPage(browser);
      await signIn(director, demoEmail('exec.southmoor'));
      await director.goto(questionPath);
      const posted = await director.request.post(questionPath, {
        headers: { Origin: new URL(director.url()).origin },
        multipart: { ...(await formFields(director)), value: 'partial', evidenceNote: 'Saved by a plain form post', evidenceLinks: '', intent: 'save' },
      });
      expect(posted.ok()).toBe(true);
      expect(posted.url()).toMatch(/\/questions\/1\.3$/);
      await director.goto(questionPath);
      await expect(director.getByRole('radio', { name: 'Partial – started but not embedded' })).toBeChecked();
      const fields = await formFields(director);
      await director.context().close();

      const ned = await newUserPage(browser);
      await signIn(ned, demoEmail('ned.southmoor'));
      const response = await ned.request.post(questionPath, {
        headers: { Origin: new URL(ned.url()).origin },
        multipart: { ...fields, value: 'yes', evidenceNote: 'Changed by a reader', evidenceLinks: '', intent: 'save' },
      });
      expect(response.status()).toBeLessThan(500);
      await ned.goto(questionPath);
      await expect(ned.getByText('You can read this assessment but not change it.')).toBeVisible();
      await expect(ned.getByRole('main').getByRole('radio')).toHaveCount(0);
      await expect(ned.getByText('Partial – started but not embedded', { exact: true })).toBeVisible();
      await expect(ned.getByText('Saved by a plain form post')).toBeVisible();
      await expect(ned.getByText('Changed by a reader')).toHaveCount(0);
      await expectAccessiblePage(ned);
      await ned.context().close();
    });
  });
