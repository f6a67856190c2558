import { expect, test, type Page } from '@playwright/test';
import { QUESTIONS } from '../../lib/assessments/question-bank';
import { MATURITY_LABELS } from '../../lib/assessments/maturity-labels';
import type { AnswerValue } from '../../lib/assessments/scoring';
import { demoEmail, NORTHFIELD, signIn } from '../support/session';
import { activate, chooseRadio, typeInto } from './keyboard';
import {
  CURRENT_YEAR_LABEL,
  expectAccessiblePage,
  newUserPage,
  openCurrentDraft,
  readResultsPage,
  scoreWithCli,
  signInWithKeyboard,
} from './assessment-support';

// One assessment's whole life in Northfield Valley: the executive lead answers every question with
// the keyboard alone and submits, the company secretary records the board's approval, the results
// match the scoring command, and a non-executive director can read but not change any of it.

const ANSWERS: Readonly<Record<string, AnswerValue>> = {
  '1.1': 'yes',
  '1.2': 'partial',
  '1.3': 'no',
  '1.4': 'partial',
  '2.1': 'no',
  '2.2': 'partial',
  '2.3': 'no',
  '2.4': 'no',
  '2.5': 'partial',
  '2.6': 'no',
  '2.7': 'no',
  '3.1': 'yes',
  '3.2': 'no',
  '3.3': 'partial',
  '3.4': 'yes',
  '3.5': 'partial',
  '3.6': 'no',
  '3.7': 'partial',
  '3.8': 'no',
  '3.9': 'partial',
  '4.1': 'yes',
  '4.2': 'yes',
  '4.3': 'yes',
  '4.4': 'partial',
  '4.5': 'yes',
};

const RADIO_LABELS: Readonly<Record<AnswerValue, string>> = { yes: 'Yes', partial: 'Partial – started but not embedded', no: 'No' };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let assessmentPath = '';

test.describe
  .serial('the yearly self-assessment from start to approval', () => {
    test('the executive lead answers all 25 questions and submits, using only the keyboard', async ({ page, browser }) => {
      test.setTimeout(300_000);
      await signInWithKeyboard(page, demoEmail('lead.northfield'));
      assessmentPath = await openCurrentDraft(page, NORTHFIELD, async () => {
        const admin = await newUserPage(browser);
        await signInWithKeyboard(admin, demoEmail('admin.northfield'));
        return admin;
      });
      await expectAccessiblePage(page);

      if ((await page.getByText('Not ready yet').count()) > 0) {
        // Submitting too early lists every question still to do, each linked to its page.
        await activate(page, page.getByRole('link', { name: 'Check your answers' }));
        await expect(page.getByRole('heading', { level: 1, name: 'Check your answers before submitting' })).toBeVisible();
        await expectAccessiblePage(page);
        await activate(page, page.getByRole('button', { name: 'Submit the assessment' }));
        const summary = page.getByRole('alert');
        await expect(summary.getByText('There is a problem')).toBeVisible();
        await expect(summary.getByRole('link').first()).toHaveAttribute('href', /\/questions\/\d\.\d\?return=check$/);
        await expect(page).toHaveTitle(/^Error: /);
        await expectAccessiblePage(page);
        await activate(page, page.getByRole('link', { name: 'Back to the assessment' }));
        await expect(page.getByRole('heading', { level: 1, name: `${CURRENT_YEAR_LABEL} assessment` })).toBeVisible();
      }

      for (const question of QUESTIONS) {
        const value = ANSWERS[question.ref]!;
        if (!page.url().includes(`/questions/${question.ref}`)) {
          await activate(page, page.getByRole('link', { name: new RegExp(`^${escapeRegExp(question.ref)} `) }));
        }
        await expect(page).toHaveURL(new RegExp(`/questions/${escapeRegExp(question.ref)}$`));
        await expect(page.getByRole('heading', { level: 1, name: question.text })).toBeVisible();
        await expect(page).toHaveTitle(new RegExp(`^Question ${escapeRegExp(question.ref)}: `));
        await expectAccessiblePage(page);
        const group = page.getByRole('group', { name: question.text });
        await expect(group.getByRole('radio')).toHaveCount(question.allowsPartial ? 3 : 2);
        await chooseRadio(page, group, group.getByRole('radio', { name: RADIO_LABELS[value], exact: true }));
        await typeInto(page, page.getByLabel('Evidence note (optional)'), `Evidence for ${question.ref}: see the ${value} paper`);
        if (question.ref === '2.1') {
          // A mistake in a link: the page says what to fix and keeps everything typed.
          await typeInto(page, page.getByLabel('Evidence links (optional)'), 'board papers folder');
          await activate(page, page.getByRole('button', { name: 'Save and continue' }));
          await expect(page.getByRole('alert').getByRole('link', { name: /Enter each evidence link as a full web address/ })).toBeVisible();
          await expect(page.getByLabel('Evidence note (optional)')).toHaveValue(`Evidence for ${question.ref}: see the ${value} paper`);
          await expect(group.getByRole('radio', { name: RADIO_LABELS[value], exact: true })).toBeChecked();
          await expect(page).toHaveTitle(/^Error: /);
          await expectAccessiblePage(page);
          await typeInto(
            page,
            page.getByLabel('Evidence links (optional)'),
            'https://www.example.nhs.uk/board/ethnicity-data\nhttps://www.example.nhs.uk/board/audit',
          );
        } else {
          await typeInto(page, page.getByLabel('Evidence links (optional)'), '');
        }
        await activate(page, page.getByRole('button', { name: 'Save and continue' }));
        await expect(page).not.toHaveURL(new RegExp(`/questions/${escapeRegExp(question.ref)}$`));
      }

      await expect(page.getByRole('heading', { level: 1, name: `${CURRENT_YEAR_LABEL} assessment` })).toBeVisible();
      await expect(page.getByText('25 of 25 questions answered (100%)')).toBeVisible();
      await expect(page.getByText('Ready to submit')).toBeVisible();
      await expectAccessiblePage(page);

      await activate(page, page.getByRole('link', { name: 'Check your answers' }));
      await expect(page.getByRole('heading', { level: 1, name: 'Check your answers before submitting' })).toBeVisible();
      await expect(page.getByRole('link', { name: /^Change/ })).toHaveCount(25);
      await expect(page.locator('#answer-3-2')).toContainText('No');
      await expect(page.locator('#answer-2-1')).toContainText('https://www.example.nhs.uk/board/audit');
      await expectAccessiblePage(page);
      await activate(page, page.getByRole('button', { name: 'Submit the assessment' }));
      await expect(page.getByText('Status: Submitted')).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: 'The assessment has been submitted' })).toBeVisible();
      await expect(page.locator('a[href*="/questions/"]')).toHaveCount(0);
      await expectAccessiblePage(page);
    });

    test('the company secretary records the board’s approval, which locks the assessment', async ({ page }) => {
      await signIn(page, demoEmail('cosec.northfield'));
      await page.goto(assessmentPath);
      await expectAccessiblePage(page);
      await page.getByRole('button', { name: 'Record approval' }).click();
      await expect(page.getByRole('alert').getByRole('link', { name: 'Enter the date of the board meeting' })).toBeVisible();
      await expect(page.getByRole('alert').getByRole('link', { name: /Enter the board meeting reference/ })).toBeVisible();
      await expectAccessiblePage(page);

      const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date()).split('-');
      const date = page.getByRole('group', { name: 'Date of the board meeting that approved it' });
      await date.getByLabel('Day').fill(String(Number(day)));
      await date.getByLabel('Month').fill(String(Number(month)));
      await date.getByLabel('Year').fill(year!);
      await page.getByLabel('Board meeting reference').fill('Public board, item 7.2');
      await page.getByRole('button', { name: 'Record approval' }).click();
      await expect(page.getByText('Status: Approved')).toBeVisible();
      await expect(page.getByText(/reference Public board, item 7\.2/)).toBeVisible();
      await expect(page.getByRole('button', { name: 'Record approval' })).toHaveCount(0);
      await expectAccessiblePage(page);
    });

    test('the results page shows the same numbers and suggestions as the scoring command', async ({ page }) => {
      await signIn(page, demoEmail('lead.northfield'));
      await page.goto(`${assessmentPath}/results`);
      await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
      await expect(page.getByRole('img', { name: `Percentage score in each domain, ${CURRENT_YEAR_LABEL}` })).toBeVisible();
      await expectAccessiblePage(page);
      const expected = scoreWithCli(ANSWERS).domains.map((domain) => ({
        domain: domain.domain,
        score: domain.score,
        maxScore: domain.maxScore,
        percent: domain.percent,
        maturityLabel: MATURITY_LABELS[domain.maturity],
        suggestedObjectives: domain.suggestedObjectives,
      }));
      expect(await readResultsPage(page)).toEqual(expected);
    });

    test('a non-executive director can read the assessment but not change it', async ({ page }) => {
      await signIn(page, demoEmail('ned.northfield'));
      await page.goto(assessmentPath);
      await expect(page.getByText('You can read this assessment but not change it.')).toBeVisible();
      await expectNoEditControls(page);
      await expectAccessiblePage(page);

      const question = await page.goto(`${assessmentPath}/questions/1.1`);
      expect(question?.status()).toBe(200);
      await expect(page.getByText('You can read this assessment but not change it.')).toBeVisible();
      await expect(page.getByText(RADIO_LABELS[ANSWERS['1.1']!], { exact: true })).toBeVisible();
      await expectNoEditControls(page);
      await expectAccessiblePage(page);

      await page.goto(`${assessmentPath}/check`);
      await expect(page.getByRole('heading', { level: 1, name: 'Answers and evidence' })).toBeVisible();
      await expectNoEditControls(page);
      await expectAccessiblePage(page);

      await page.goto(`${assessmentPath}/results`);
      await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
      await expectAccessiblePage(page);
    });
  });

async function expectNoEditControls(page: Page): Promise<void> {
  const main = page.getByRole('main');
  await expect(main.getByRole('button')).toHaveCount(0);
  await expect(main.getByRole('radio')).toHaveCount(0);
  await expect(main.getByRole('textbox')).toHaveCount(0);
  await expect(main.getByRole('link', { name: /^Change/ })).toHaveCount(0);
  await expect(main.locator('a[href*="/questions/"]')).toHaveCount(0);
}
