import { expect, test, type Page } from '@playwright/test';
import { demoEmail, signIn, SOUTHMOOR } from '../support/session';
import { expectAccessiblePage, newUserPage, openCurrentDraftAs } from './assessment-support';

// Southmoor's current draft starts with every answer carried over from 2025/26. The lead answers
// domain 1 "no" (so it is not started), changes 3.4 but keeps last year's evidence, then reads the
// results and the suggestions: each page says exactly what it counts and why.

const LAST_YEAR_PARTIAL_NOTE = 'Started in some services or as a one-off; not yet part of how the whole trust works.';

async function answer(page: Page, questionPath: string, label: string, note?: string): Promise<void> {
  await page.goto(questionPath);
  await page.getByRole('radio', { name: label, exact: true }).check();
  if (note !== undefined) await page.getByLabel('Evidence note (optional)').fill(note);
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page).not.toHaveURL(new RegExp(`${questionPath.replace(/\./g, '\\.')}$`));
}

test.describe
  .serial('a draft’s results and suggestions say what they are', () => {
    let assessmentPath = '';

    test('last year’s evidence under a changed answer stays, marked for review', async ({ browser }) => {
      const opened = await openCurrentDraftAs(browser, SOUTHMOOR, demoEmail('lead.southmoor'), demoEmail('admin.southmoor'));
      const lead = opened.page;
      assessmentPath = opened.assessmentPath;
      for (const ref of ['1.1', '1.2', '1.4']) await answer(lead, `${assessmentPath}/questions/${ref}`, 'No', `Question ${ref}: nothing in place this year`);
      await answer(lead, `${assessmentPath}/questions/3.4`, 'Yes');

      await lead.goto(`${assessmentPath}/questions/3.4`);
      const notice = lead.locator('#last-years-evidence');
      await expect(notice).toContainText('Last year’s evidence – review');
      await expect(notice).toContainText('given for a different answer');
      await expect(lead.getByLabel('Evidence note (optional)')).toHaveValue(LAST_YEAR_PARTIAL_NOTE);
      await expectAccessiblePage(lead);

      await lead.goto(`${assessmentPath}/check`);
      const row = lead.locator('#answer-3-4');
      await expect(row).toContainText('Yes');
      await expect(row).toContainText('Last year’s evidence – review');
      await expect(row).toContainText(LAST_YEAR_PARTIAL_NOTE);
      await expect(lead.locator('#answer-1-1')).not.toContainText('Last year’s evidence');
      await expectAccessiblePage(lead);

      // Saving the answer again with that evidence is the review: the mark goes.
      await answer(lead, `${assessmentPath}/questions/3.4`, 'Yes');
      await lead.goto(`${assessmentPath}/check`);
      await expect(lead.locator('#answer-3-4')).not.toContainText('Last year’s evidence');
      await lead.context().close();
    });

    test('the draft results say how many answers in each domain are this year’s and how many are carried over', async ({ browser }) => {
      const lead = await newUserPage(browser);
      await signIn(lead, demoEmail('lead.southmoor'));
      await lead.goto(`${assessmentPath}/results`);
      const notice = lead.locator('#draft-results-notice');
      await expect(notice).toContainText('Not finished yet');
      await expect(notice).toContainText('last year’s answers carried over that nobody has reviewed yet');
      await expect(notice.locator('li[data-domain="1"]')).toHaveText(
        '1. Public health capacity and capability: 3 of 4 answers confirmed this year, 1 answer carried over from last year and not yet reviewed.',
      );
      await expect(notice.locator('li[data-domain="4"]')).toHaveText(
        '4. System partnerships: 0 of 5 answers confirmed this year, 5 answers carried over from last year and not yet reviewed.',
      );
      // Domain 4 still scores from last year's answers, and the notice above says so.
      await expect(lead.locator('#results-table tr[data-domain="4"]')).toContainText('90%');
      await expectAccessiblePage(lead);
      await lead.context().close();
    });

    test('suggestions name the question behind them apart from the catalogue’s domain, beside the guide’s priorities', async ({ browser }) => {
      const lead = await newUserPage(browser);
      await signIn(lead, demoEmail('lead.southmoor'));
      await lead.goto(`${SOUTHMOOR}/objectives/suggestions`);
      await expect(lead.getByRole('heading', { level: 1, name: 'Suggested objectives' })).toBeVisible();

      // 7.2 sits in the catalogue's domain 4 but is suggested by question 3.7, under domain 3.
      const domain3 = lead.locator('section', { has: lead.getByRole('heading', { level: 2, name: '3. Strategic leadership and accountability' }) });
      const item = domain3.locator('li', { has: lead.getByRole('heading', { name: /^Objective 7\.2/ }) });
      await expect(item).toContainText('Suggested because of your answer to question 3.7 (domain 3 is at the maturing level).');
      await expect(item).toContainText('In the guide’s catalogue under domain 4, system partnerships.');
      await expect(lead.getByText(/^Domain \d:/)).toHaveCount(0);
      const domain1 = lead.locator('section', { has: lead.getByRole('heading', { level: 2, name: '1. Public health capacity and capability' }) });
      await expect(domain1.locator('[data-suggestion-reason]').first()).toHaveText(
        'Suggested because no answer in domain 1 has scored yet: the guide starts a domain here.',
      );

      const priorities = lead.locator('#guide-priorities-section');
      await expect(priorities.getByRole('heading', { level: 2 })).toHaveText('The guide’s priorities for trusts at an early stage');
      await expect(priorities).toContainText('1. Public health capacity and capability (not started)');
      const refs = await priorities.getByRole('heading', { level: 3 }).allInnerTexts();
      expect(refs.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(
        ['3.4', '3.5', '3.9', '4.7', '6.1', '9.3'].map((ref) => `Objective ${ref} Guide priority`),
      );
      await expect(priorities.locator('li', { has: lead.getByRole('heading', { name: /^Objective 3\.5/ }) })).toContainText(
        'Also suggested by your answers, below.',
      );
      await expect(priorities.locator('li', { has: lead.getByRole('heading', { name: /^Objective 6\.1/ }) })).toContainText(
        'Not among the suggestions from your answers.',
      );
      await expectAccessiblePage(lead);
      await lead.context().close();
    });
  });
