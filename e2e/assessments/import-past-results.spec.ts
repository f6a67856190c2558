import { expect, test } from '@playwright/test';
import { MATURITY_LABELS } from '../../lib/assessments/maturity-labels';
import type { AnswerValue } from '../../lib/assessments/scoring';
import { demoEmail, signIn, SOUTHMOOR } from '../support/session';
import { expectAccessiblePage, readResultsPage, scoreWithCli } from './assessment-support';

// A trust that assessed itself before Fairboard records those years, so its trend starts at once.

test('the executive lead records a past year from domain scores, clearly marked as imported', async ({ page }) => {
  await signIn(page, demoEmail('lead.southmoor'));
  await page.goto(`${SOUTHMOOR}/assessments`);
  await page.getByRole('link', { name: 'Record a past year’s results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a past year’s results' })).toBeVisible();
  await expectAccessiblePage(page);

  await page.getByRole('button', { name: 'Record results' }).click();
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('link', { name: 'Enter the domain 1 score as a whole number from 0 to 8' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Enter the domain 4 score as a whole number from 0 to 10' })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expectAccessiblePage(page);

  const year = page.getByLabel('Financial year');
  const yearLabel = (await year.locator('option').nth(1).innerText()).trim();
  await year.selectOption({ label: yearLabel });
  await page.getByLabel('1. Public health capacity and capability').fill('3');
  await page.getByLabel('2. Data, insight, evidence and evaluation').fill('7');
  await page.getByLabel('3. Strategic leadership and accountability').fill('9');
  await page.getByLabel('4. System partnerships').fill('10');
  await page.getByLabel('Board meeting reference (optional)').fill('Board minutes, March');
  await page.getByRole('button', { name: 'Record results' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect(page.getByText(`${yearLabel} self-assessment`, { exact: true })).toBeVisible();
  await expect(page.getByText('Imported results', { exact: true })).toBeVisible();
  await expect(page.getByText('There are no suggested objectives for these results.', { exact: false })).toBeVisible();
  const rows = await readResultsPage(page);
  expect(rows.map(({ score, maxScore, percent, maturityLabel }) => [score, maxScore, percent, maturityLabel])).toEqual([
    [3, 8, 38, 'Developing'],
    [7, 14, 50, 'Maturing'],
    [9, 18, 50, 'Maturing'],
    [10, 10, 100, 'Thriving'],
  ]);
  await expectAccessiblePage(page);

  await page.goto(`${SOUTHMOOR}/assessments`);
  await expect(page.getByRole('row', { name: new RegExp(`^${yearLabel.replace('/', '\\/')} assessment Imported`) })).toBeVisible();
});

test('a past year recorded from answers gets the same results and suggestions as the scoring command', async ({ page }) => {
  const answers: Record<string, AnswerValue> = { '1.1': 'yes', '1.4': 'partial', '2.2': 'partial', '3.1': 'yes', '3.2': 'yes', '3.5': 'no', '4.5': 'no' };
  await signIn(page, demoEmail('lead.southmoor'));
  await page.goto(`${SOUTHMOOR}/assessments/import?method=answers`);
  await expectAccessiblePage(page);
  await page.getByLabel('Financial year').selectOption({ index: 1 });
  for (const [ref, value] of Object.entries(answers)) {
    const group = page.getByRole('group', { name: new RegExp(`^${ref.replace('.', '\\.')} `) });
    await group.getByRole('radio', { name: { yes: 'Yes', partial: 'Partial', no: 'No' }[value], exact: true }).check();
  }
  await page.getByRole('button', { name: 'Record results' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expectAccessiblePage(page);
  const expected = scoreWithCli(answers).domains.map((domain) => ({
    domain: domain.domain,
    score: domain.score,
    maxScore: domain.maxScore,
    percent: domain.percent,
    maturityLabel: MATURITY_LABELS[domain.maturity],
    suggestedObjectives: domain.suggestedObjectives,
  }));
  expect(await readResultsPage(page)).toEqual(expected);
});
