import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn, signOut, visitAndCheck } from '../support/session';

const REVIEW = `${NORTHFIELD}/review`;
const CHALLENGE_TEXT =
  'The evidence note says ethnicity coding is complete, but the answer is still partial. Which services are missing, and when will they be covered?';
const RESPONSE_TEXT =
  'Outpatients and community services are still missing; the coding project reaches them in the third quarter, reported to the Quality Committee.';

/** Labels of close values (75% and 78% in the demo data) must not print over each other. */
async function expectEndLabelsApart(page: Page): Promise<void> {
  const boxes = await page
    .locator('.app-trend-end-label')
    .evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect()).map((box) => ({ top: box.top, bottom: box.bottom })));
  const sorted = boxes.sort((a, b) => a.top - b.top);
  for (let index = 1; index < sorted.length; index += 1) expect(sorted[index]!.top).toBeGreaterThanOrEqual(sorted[index - 1]!.bottom - 1);
}

async function openOnlyChallenge(page: Page): Promise<void> {
  await visitAndCheck(page, `${REVIEW}/challenges`, 'Challenges');
  await page.getByRole('link', { name: 'Question 2.3 in 2025/26' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('a NED reviews three years, challenges an answer, the executive lead responds, the NED closes it and records partial assurance', async ({ page }) => {
  // Two roles, eight pages each checked with axe; the assurance page now lists the domain's answers.
  test.setTimeout(180_000);
  await signIn(page, demoEmail('ned.northfield'));
  await page.getByRole('navigation', { name: 'Trust menu' }).getByRole('link', { name: 'Board review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Year on year' })).toBeVisible();
  await expectNoAxeViolations(page);
  // The chart names each line at its end and shades the maturity bands behind the lines.
  const endLabels = page.locator('.app-trend-end-label');
  await expect(endLabels).toHaveCount(4);
  for (const domain of [1, 2, 3, 4]) await expect(endLabels.filter({ hasText: new RegExp(`^Domain ${domain}: \\d+%$`) })).toHaveCount(1);
  await expect(page.locator('.app-trend-band-label')).toHaveText([/Emerging/, /Developing/, /Maturing/, /Thriving/]);
  await expectEndLabelsApart(page);
  const maturity = page.locator('#maturity-table');
  for (const year of ['2023/24', '2024/25', '2025/26']) await expect(maturity.getByRole('columnheader', { name: year })).toBeVisible();
  // Other journeys may have approved this year's assessment already, so the trend can end later.
  await expect(page.locator('#trend-summary')).toContainText(/From 2023\/24 to 20\d\d\/\d\d/);

  await page.goto(`${REVIEW}/compare?yearA=2024&yearB=2025`);
  await expect(page.getByRole('heading', { level: 1, name: 'Compare two years' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '2024/25 compared with 2025/26' })).toBeVisible();
  await expectNoAxeViolations(page);
  const row = page.locator('tr[data-question="2.3"]');
  await expect(row).toContainText('Partial');
  await row.getByRole('link', { name: /Challenge this answer/ }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Raise a challenge' })).toBeVisible();
  await expect(page.getByText('Question 2.3 in 2025/26', { exact: false }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Raise challenge' }).click();
  await expect(page.getByRole('link', { name: 'Enter your challenge' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Your challenge').fill(CHALLENGE_TEXT);
  await page.getByRole('button', { name: 'Raise challenge' }).click();
  await expect(page.getByText('Your challenge has been raised.')).toBeVisible();
  await expect(page.getByText('Awaiting response')).toBeVisible();
  await expect(page.getByText(CHALLENGE_TEXT)).toBeVisible();
  await expectNoAxeViolations(page);

  // The board summary lists it as open.
  await visitAndCheck(page, `${REVIEW}/summary`, 'What changed since last year');
  await expect(page.getByRole('link', { name: 'Question 2.3 in 2025/26' })).toBeVisible();
  await signOut(page);

  await signIn(page, demoEmail('lead.northfield'));
  await openOnlyChallenge(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Send response' }).click();
  await expect(page.getByRole('link', { name: 'Enter your response' })).toBeVisible();
  await page.getByLabel('Your response').fill(RESPONSE_TEXT);
  await page.getByRole('button', { name: 'Send response' }).click();
  await expect(page.getByText('Your response has been added.')).toBeVisible();
  await expect(page.getByText(RESPONSE_TEXT)).toBeVisible();
  await expect(page.getByText('Responded', { exact: true })).toBeVisible();
  // The executive lead cannot close it or record assurance.
  await expect(page.getByRole('button', { name: 'Close challenge' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await signOut(page);

  await signIn(page, demoEmail('ned.northfield'));
  await openOnlyChallenge(page);
  await expect(page.getByText(RESPONSE_TEXT)).toBeVisible();
  await page.getByLabel('Closing note (optional)').fill('Assured on the plan; I will look again at the Q3 report.');
  await page.getByRole('button', { name: 'Close challenge' }).click();
  await expect(page.getByText('The challenge has been closed.')).toBeVisible();
  await expect(page.getByText('Closed', { exact: true })).toBeVisible();
  const thread = page.locator('.app-thread');
  await expect(thread.getByRole('heading', { level: 3 })).toHaveText([
    /^Challenge from Graham Whitley/,
    /^Response from Dr Samuel Okafor/,
    /^Closed from Graham Whitley/,
  ]);
  await expectNoAxeViolations(page);

  await visitAndCheck(page, `${REVIEW}/assurance?year=2025`, 'Assurance');
  await page.getByRole('link', { name: 'Record your judgement on domain 2, 2025/26' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data, insight, evidence and evaluation' })).toBeVisible();
  await expectNoAxeViolations(page);
  const reason = 'Ethnicity coding is improving but outpatients are not covered until the third quarter.';
  await page.getByLabel('Why?').fill(reason);
  await page.getByRole('button', { name: 'Save judgement' }).click();
  await expect(page.getByRole('link', { name: 'Select how assured you are' })).toBeVisible();
  await expect(page.getByLabel('Why?')).toHaveValue(reason);
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: 'Partially assured' }).check();
  await page.getByRole('button', { name: 'Save judgement' }).click();
  await expect(page.getByText('Your judgement on domain 2 for 2025/26 has been saved.')).toBeVisible();
  const domain2 = page.getByRole('region', { name: '2. Data, insight, evidence and evaluation' });
  await expect(domain2.getByRole('row', { name: /Graham Whitley \(you\)/ })).toContainText('Partially assured');
  await expect(domain2.getByRole('row', { name: /Graham Whitley \(you\)/ })).toContainText(reason);
  await expect(page.locator('#assurance-spread').getByRole('row', { name: /2\. Data, insight/ })).toHaveText(
    /Data, insight, evidence and evaluation\s*0\s*1\s*0/,
  );
  await expectNoAxeViolations(page);
});

test('only NEDs can record assurance or raise challenges, and the page says so', async ({ page }) => {
  await signIn(page, demoEmail('lead.northfield'));
  await visitAndCheck(page, `${REVIEW}/assurance/2025/1`, 'Public health capacity and capability');
  await expect(page.getByText('Only non-executive directors, including the chair, can record an assurance judgement.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save judgement' })).toHaveCount(0);
  await visitAndCheck(page, `${REVIEW}/challenges/new`, 'Raise a challenge');
  await expect(page.getByText('Only non-executive directors, including the chair, can raise a challenge.')).toBeVisible();
});
