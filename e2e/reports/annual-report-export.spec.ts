import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { fillBoardPaperCover } from '../support/board-paper-cover';
import { demoEmail, NORTHFIELD, signIn, visitAndCheck } from '../support/session';

// The company secretary's journey: write part of the narrative, export it as a board paper in PDF
// and Word with the cover details board papers carry (a board paper may carry drafts; the annual report needs every section approved, see
// report-signoff.spec.ts), then download the same PDF again from the history and get the same bytes.

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function downloadFrom(page: Page, link: Locator): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const file = await download.path();
  return { download, bytes: readFileSync(file) };
}

/** A board paper without its cover details: each missing one is named in the error summary, and what was typed stays. */
async function tryWithoutCover(page: Page): Promise<void> {
  await page.getByLabel('Name of the meeting').fill('Trust board meeting in public');
  await page.getByRole('button', { name: 'Start export' }).click();
  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: /);
  for (const message of [
    'Enter the date of the meeting',
    'Enter the agenda item number, like 7.2',
    'Enter the name of the executive sponsor',
    'Enter the job title of the author',
    'Select whether the paper is for approval, assurance or information',
    'Enter the recommendation to the board',
  ]) {
    await expect(summary.getByRole('link', { name: message })).toBeVisible();
  }
  await expect(summary.getByRole('link', { name: /name of the meeting/ })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'A board paper' })).toBeChecked();
  await expect(page.getByLabel('Name of the meeting')).toHaveValue('Trust board meeting in public');
  await expectNoAxeViolations(page);
  await summary.getByRole('link', { name: 'Enter the agenda item number, like 7.2' }).click();
  await expect(page.getByLabel('Agenda item number')).toBeFocused();
}

/** Fills in the export form, starts it and waits on the export's own page until the file is ready. */
async function exportSection(page: Page, format: 'PDF' | 'Word'): Promise<{ bytes: Buffer; recordedHash: string; fileName: string }> {
  await page.goto(`${NORTHFIELD}/reports?year=2025`);
  await page.getByRole('link', { name: 'Export the annual report section' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Export the annual report section' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('radio', { name: '2025/26' }).check();
  for (const section of [
    'How the board leads this work',
    'Self-assessment results',
    'Our objectives',
    'Review against the statement on information on health inequalities',
    'Data quality and limitations',
  ]) {
    await expect(page.getByRole('checkbox', { name: section })).toBeChecked();
  }
  // The cover details are asked for only when the board paper is chosen.
  await expect(page.getByLabel('Name of the meeting')).toHaveCount(0);
  await page.getByRole('radio', { name: 'A board paper' }).check();
  await page.getByRole('radio', { name: format, exact: true }).check();
  await expect(page.getByRole('group', { name: 'Board paper cover' })).toBeVisible();
  if (format === 'PDF') await tryWithoutCover(page);
  else await expectNoAxeViolations(page);
  await fillBoardPaperCover(page);
  await page.getByRole('button', { name: 'Start export' }).click();

  await expect(page).toHaveURL(new RegExp(`${NORTHFIELD}/reports/exports/[0-9a-f-]{36}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Your export is ready' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status')).toContainText(`The ${format} file is ready`);
  await expectNoAxeViolations(page);
  const recordedHash = (await page.getByTestId('export-sha256').innerText()).trim();
  expect(recordedHash).toMatch(/^[0-9a-f]{64}$/);
  const { download, bytes } = await downloadFrom(page, page.getByRole('link', { name: `Download the ${format} file` }));
  return { bytes, recordedHash, fileName: download.suggestedFilename() };
}

test('the company secretary writes the narrative, exports PDF and Word, and downloads the same PDF again from the history', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page, demoEmail('cosec.northfield'));
  await page.getByRole('navigation', { name: 'Trust menu' }).getByRole('link', { name: 'Annual report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annual report' })).toBeVisible();
  await visitAndCheck(page, `${NORTHFIELD}/reports?year=2025`, 'Annual report');
  await expect(page.getByRole('heading', { level: 2, name: '2025/26' })).toBeVisible();

  // Edit one narrative: the statement's first expectation, with its prompt as the label.
  const narrative = `In 2025/26 we matched outpatient records to the Index of Multiple Deprivation (run ${Date.now()}).`;
  await page.getByRole('link', { name: /^(Write|Change) Understanding need and our Core20PLUS groups$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Understanding need and our Core20PLUS groups' })).toBeVisible();
  await expectNoAxeViolations(page);
  const box = page.getByLabel('How we used information to understand the needs of the people we serve and to identify our Core20PLUS groups.');
  await box.fill(narrative);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByText('Your draft has been saved.')).toBeVisible();
  await expect(box).toHaveValue(narrative);
  await expect(page.getByRole('table', { name: 'Saved drafts, newest first' })).toContainText('by Tom Barraclough');
  await expectNoAxeViolations(page);

  // Export the PDF and the Word file.
  const pdf = await exportSection(page, 'PDF');
  // The export's page keeps the cover details it was made with.
  const about = (key: string) =>
    page
      .locator('.nhsuk-summary-list__row')
      .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${key}$`) }) })
      .getByRole('definition');
  await expect(about('Meeting')).toHaveText('Trust board meeting in public');
  await expect(about('Agenda item')).toHaveText('7.2');
  await expect(about('Executive sponsor')).toHaveText('Dr Amara Okafor, Chief Nurse');
  await expect(about('Recommendation')).toHaveText('The board is asked to take assurance from the health inequalities section ✅.');
  expect(sha256(pdf.bytes)).toBe(pdf.recordedHash);
  expect(pdf.fileName).toBe('northfield-valley-board-paper-2025-26.pdf');
  expect(pdf.bytes.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
  const text = execFileSync('pdftotext', ['-', '-'], { input: pdf.bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Northfield Valley Hospitals NHS Foundation Trust');
  expect(text).toContain(narrative);
  expect(text).toContain('Public health capacity and capability');
  // The cover carries the details typed in; the emoji Arimo lacks prints as a visible marker.
  const cover = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-raw', '-', '-'], { input: pdf.bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const line of [
    'Meeting Trust board meeting in public',
    'Date of meeting 11 June 2026',
    'Agenda item 7.2',
    'Executive sponsor Dr Amara Okafor, Chief Nurse',
    'Author Tom Barraclough, Company Secretary',
    'Purpose For assurance',
  ]) {
    expect(cover).toContain(line);
  }
  expect(cover).toContain('The board is asked to take assurance from the health inequalities section [emoji].');

  const word = await exportSection(page, 'Word');
  expect(sha256(word.bytes)).toBe(word.recordedHash);
  expect(word.fileName).toBe('northfield-valley-board-paper-2025-26.docx');
  expect(word.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  // The export history lists both; the PDF downloads again byte for byte.
  await visitAndCheck(page, `${NORTHFIELD}/reports/exports`, 'Export history');
  const history = page.getByRole('table', { name: 'Exports, newest first' });
  await expect(history).toContainText(pdf.recordedHash.slice(0, 12));
  await expect(history).toContainText(word.recordedHash.slice(0, 12));
  const pdfRow = history.getByRole('row').filter({ hasText: pdf.recordedHash.slice(0, 12) });
  await expect(pdfRow).toContainText('Trust board meeting in public, 11 June 2026, item 7.2, for assurance');
  const again = await downloadFrom(page, pdfRow.getByRole('link', { name: /^Download PDF, 2025\/26/ }));
  expect(sha256(again.bytes)).toBe(pdf.recordedHash);
  expect(Buffer.compare(again.bytes, pdf.bytes)).toBe(0);

  // A non-executive director may read the history and download, but not export.
  const nedContext = await browser.newContext();
  const ned = await nedContext.newPage();
  await signIn(ned, demoEmail('ned.northfield'));
  await visitAndCheck(ned, `${NORTHFIELD}/reports/exports`, 'Export history');
  await expect(ned.getByRole('link', { name: 'Make a new export' })).toHaveCount(0);
  const nedCopy = await downloadFrom(
    ned,
    ned
      .getByRole('table', { name: 'Exports, newest first' })
      .getByRole('row')
      .filter({ hasText: pdf.recordedHash.slice(0, 12) })
      .getByRole('link', { name: /^Download PDF/ }),
  );
  expect(sha256(nedCopy.bytes)).toBe(pdf.recordedHash);
  expect((await ned.goto(`${NORTHFIELD}/reports/export?year=2025`))?.status()).toBe(403);
  await expect(ned.getByText('The roles that can use it are: trust administrator and company secretary.')).toBeVisible();
  const downloadUrl = await pdfRow.getByRole('link', { name: /^Download PDF/ }).getAttribute('href');
  await nedContext.close();

  // Someone from another trust gets the same 404 as for an export that does not exist.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signIn(other, demoEmail('cosec.southmoor'));
  expect(downloadUrl).toMatch(/\/download$/);
  const refused = await other.request.get(downloadUrl ?? '');
  expect(refused.status()).toBe(404);
  expect(await refused.text()).not.toContain('%PDF');
  await otherContext.close();
});

test('a viewer reads the annual report pages but cannot write or export', async ({ page }) => {
  await signIn(page, demoEmail('viewer.northfield'));
  await visitAndCheck(page, `${NORTHFIELD}/reports?year=2025`, 'Annual report');
  await expect(page.getByRole('link', { name: 'Export the annual report section' })).toHaveCount(0);
  await page.getByRole('link', { name: /^Read Data quality and limitations$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data quality and limitations' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save draft' })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
