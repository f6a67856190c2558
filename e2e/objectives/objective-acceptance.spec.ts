import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { demoEmail, NORTHFIELD, signIn, signOut } from '../support/session';
import { fillSmartDetails } from './objective-steps';

// Issue 12 (objectives) and issue 13 point 5: the owner's acceptance, the overview at a glance,
// owners by name and job title, validation a person can act on, and lists that keep their choice.

const now = new Date();
const thisYear = now.getUTCMonth() >= 3 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
const HELEN = 'Helen Marsh, Chief People Officer';

// Each test runs axe several times; on a shared machine that alone can take a minute.
test.describe.configure({ timeout: 180_000 });

async function screenshots(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Every link in the error summary points at an element that exists on the page. */
async function expectSummaryLinksResolve(page: Page): Promise<void> {
  const targets = await page.locator('.nhsuk-error-summary a').evaluateAll((links) => links.map((link) => (link.getAttribute('href') ?? '').slice(1)));
  expect(targets.length).toBeGreaterThan(0);
  for (const id of targets) expect(await page.locator(`[id="${id}"]`).count(), `#${id} is on the page`).toBe(1);
}

test('the overview shows owners by name, progress, the last update, acceptance and what needs attention', async ({ page }, testInfo) => {
  await signIn(page, demoEmail('ned.northfield'));
  await page.goto(`${NORTHFIELD}/objectives?year=${thisYear}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Objectives' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Progress' }).first()).toBeVisible();

  const staff = page.getByRole('row', { name: /Understand the health inequalities our own staff face/ });
  await expect(staff.getByRole('cell', { name: HELEN, exact: true })).toBeVisible();
  await expect(staff.getByText('Not yet accepted')).toBeVisible();
  await expect(staff.getByText('No updates yet')).toBeVisible();

  const ethnicity = page.getByRole('row', { name: /Record patients’ ethnicity more completely/ });
  await expect(ethnicity.getByText('88% (baseline 84%, target 95%)')).toBeVisible();
  await expect(ethnicity.getByText('36% of the way')).toBeVisible();
  await expect(ethnicity.getByText(/^Last updated 31 July 2026$/)).toBeVisible();

  const boardData = page.getByRole('row', { name: /Report performance to the board by ethnicity and deprivation/ });
  await expect(boardData.getByText('Needs attention')).toBeVisible();
  await expect(boardData.getByText(/Overdue; No update for 30 days/)).toBeVisible();
  await expect(page.locator('#objective-counts')).toContainText(/not yet accepted by (its|their) owners?, \d+ needs? attention\./);
  await expectNoAxeViolations(page);
  await screenshots(page, testInfo, 'overview');

  // The demo trust answered yes to 3.2 (a named executive lead), so no objective asks for one.
  await page.goto(`${NORTHFIELD}/objectives?year=${thisYear - 1}`);
  await expect(page.getByRole('link', { name: 'Bring a health inequalities report to the board twice a year' })).toBeVisible();
  await expect(page.getByText(/board-level executive lead/)).toHaveCount(0);
  await page.getByRole('link', { name: 'Bring a health inequalities report to the board twice a year' }).click();
  await expect(page.getByText('No breakdowns: the measure does not count patients or local people')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('suggestions name the board member who would own each one, not the role area', async ({ page }) => {
  await signIn(page, demoEmail('lead.northfield'));
  await page.goto(`${NORTHFIELD}/objectives/suggestions`);
  const owners = page.locator('[data-owned-by]');
  await expect(owners.first()).toBeVisible();
  const texts = await owners.allTextContents();
  expect(
    texts.every((text) => /^Would be owned by (.+, .+|Nobody named yet for the .+ role)\.$/.test(text.trim())),
    texts.join(' | '),
  ).toBe(true);
  expect(texts.some((text) => /Would be owned by [A-Z][^,]+, (Chief|Director|Chair)/.test(text))).toBe(true);
  await expect(page.getByText(/^For the .+ role\.$/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('Agree on an incomplete new objective saves nothing, and every error names and links to its field', async ({ page }, testInfo) => {
  await signIn(page, demoEmail('lead.northfield'));
  await page.goto(`${NORTHFIELD}/objectives/new?ref=5.8&source=catalogue`);
  await page.getByRole('button', { name: 'Agree objective' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Nothing has been saved yet');
  await expect(page).toHaveURL(new RegExp(`${NORTHFIELD}/objectives/new`));
  await expect(page.getByRole('link', { name: 'Say what will be done' })).toHaveAttribute('href', '#description');
  await expect(page.getByRole('link', { name: 'Select the breakdowns it will be reported by' })).toHaveAttribute('href', '#breakdowns-deprivation');
  await expectSummaryLinksResolve(page);
  await expectNoAxeViolations(page);
  await page.goto(`${NORTHFIELD}/objectives?year=${thisYear}`);
  await expect(page.getByRole('link', { name: /^Understand the health inequalities our own staff face$/ })).toHaveCount(1);

  // Too long, and a target that moves the wrong way; the lists keep what was chosen (WCAG 3.3.7).
  await page.goto(`${NORTHFIELD}/objectives/new`);
  await page.getByLabel('Title', { exact: true }).fill('Cut missed appointments in the most deprived areas');
  await page.getByLabel('What will be done').fill('x'.repeat(5001));
  await expect(
    page
      .locator('.nhsuk-character-count', { has: page.locator('#description') })
      .getByText('You have 1 character too many')
      .first(),
  ).toBeVisible();
  await page.getByLabel('Baseline').fill('12');
  await page.getByLabel('Target', { exact: true }).fill('15');
  await page.getByRole('radio', { name: 'A lower value is better' }).check();
  await page.getByLabel('Financial year').selectOption(String(thisYear + 1));
  await page.getByLabel('Owner', { exact: true }).selectOption({ label: HELEN });
  await page.getByLabel('Supporting lead (optional)').selectOption({ label: 'Dr Samuel Okafor, Chief Medical Officer' });
  await page.getByRole('button', { name: 'Save as draft' }).click();

  await expect(page.getByRole('link', { name: 'What will be done must be 5000 characters or fewer' })).toHaveAttribute('href', '#description');
  await expect(page.getByRole('link', { name: /^The target \(15\) is higher than the baseline \(12\), but a lower value is better/ })).toHaveAttribute(
    'href',
    '#target',
  );
  await expectSummaryLinksResolve(page);
  await expect(page.getByLabel('Financial year')).toHaveValue(String(thisYear + 1));
  await expect(page.getByLabel('Owner', { exact: true }).locator('option:checked')).toHaveText(HELEN);
  await expect(page.getByLabel('Supporting lead (optional)').locator('option:checked')).toHaveText('Dr Samuel Okafor, Chief Medical Officer');
  await expect(page.getByRole('radio', { name: 'A lower value is better' })).toBeChecked();
  await expectNoAxeViolations(page);
  await screenshots(page, testInfo, 'objective-form-errors');
});

test('the owner is asked to accept an agreed objective, asks for a change with a reason, then accepts', async ({ page }) => {
  const title = `Support staff from the most deprived areas ${Date.now()}`;
  await signIn(page, demoEmail('lead.northfield'));
  // From the guide's objective 5.8 (people), so its Relevant part is there.
  await page.goto(`${NORTHFIELD}/objectives/new?ref=5.8&source=catalogue`);
  await fillSmartDetails(page, {
    title,
    description: 'Offer health checks at work to staff living in the most deprived neighbourhoods.',
    measure: 'Staff from the most deprived fifth of neighbourhoods offered a health check',
    baseline: '400',
    target: '900',
    unit: 'people',
    breakdowns: ['Deprivation', 'Ethnicity'],
    resources: 'Two community nurses',
    dependencies: 'None',
    start: ['1', '4', String(thisYear)],
    due: ['31', '3', String(thisYear + 1)],
    owner: HELEN,
    committee: 'Quality Committee',
  });
  await page.getByRole('radio', { name: 'A higher value is better' }).check();
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByRole('button', { name: 'Agree objective' }).click();
  await expect(page.getByText('The objective has been agreed.')).toBeVisible();
  await expect(page.getByText(`Waiting for ${HELEN} to accept it.`)).toBeVisible();
  const objectiveUrl = page.url().replace(/\?.*$/, '');
  await signOut(page);

  await signIn(page, demoEmail('exec.northfield'));
  await page.goto(`${NORTHFIELD}/objectives/mine`);
  const waiting = page.locator('#waiting-for-acceptance');
  await expect(waiting).toContainText('waiting for your acceptance');
  await expectNoAxeViolations(page);
  await waiting.getByRole('link', { name: title }).click();
  await expect(page.getByText('You own this objective: the board has agreed it and asks you to accept it, or to ask for a change.')).toBeVisible();
  await page.getByRole('button', { name: 'Send my answer' }).click();
  await expect(page.getByRole('link', { name: 'Choose whether you accept the objective or want a change' })).toHaveAttribute('href', '#answer-accept');
  await expectSummaryLinksResolve(page);
  await page.getByRole('radio', { name: 'No, I want a change' }).check();
  await page.getByRole('button', { name: 'Send my answer' }).click();
  await expect(page.getByRole('link', { name: 'Say what you want changed and why' })).toHaveAttribute('href', '#changeRequest');
  await expect(page.getByRole('radio', { name: 'No, I want a change' })).toBeChecked();
  await expectNoAxeViolations(page);
  await page.getByLabel('If you want a change, what and why?').fill('The target needs a second nurse, which is not funded yet.');
  await page.getByRole('button', { name: 'Send my answer' }).click();
  await expect(page.getByText('Your request for a change has been sent to the executive lead.')).toBeVisible();
  await expect(page.getByText('The target needs a second nurse, which is not funded yet.')).toBeVisible();
  await expectNoAxeViolations(page);
  await signOut(page);

  await signIn(page, demoEmail('lead.northfield'));
  await page.goto(`${NORTHFIELD}/objectives?year=${thisYear}`);
  await expect(page.getByRole('row', { name: new RegExp(title) }).getByText('Change requested')).toBeVisible();
  await signOut(page);

  await signIn(page, demoEmail('exec.northfield'));
  await page.goto(objectiveUrl);
  await page.getByRole('radio', { name: 'Yes, I accept it' }).check();
  await page.getByRole('button', { name: 'Send my answer' }).click();
  await expect(page.getByText('You have accepted the objective.')).toBeVisible();
  await expect(page.getByText(new RegExp(`^Accepted by ${HELEN} on `))).toBeVisible();
  await expectNoAxeViolations(page);
});
