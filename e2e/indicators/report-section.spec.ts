import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { fillBoardPaperCover } from '../support/board-paper-cover';
import { demoEmail, NORTHFIELD, signIn, visitAndCheck } from '../support/session';
import { findRoles, readPdf, squash } from '../../tests/unit/reports/support/read-pdf';

// The company secretary exports the board paper with "The statement's indicators" (a core
// section, chosen by default): the PDF names section 13SA, has the demo trust's indicators with
// small groups shown as "fewer than 8", and is tagged with table header cells and figures.

test('the company secretary exports the report with the statement’s indicators, small groups shown as “fewer than 8”', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, demoEmail('cosec.northfield'));
  await visitAndCheck(page, `${NORTHFIELD}/reports/export?year=2025`, 'Export the annual report section');
  await page.getByRole('radio', { name: '2025/26' }).check();
  const section = page.getByRole('checkbox', { name: 'The statement’s indicators' });
  await expect(section).toBeChecked();
  await expect(page.getByText('The figures for each indicator switched on, by deprivation, ethnicity, age and sex')).toBeVisible();
  await page.getByRole('radio', { name: 'A board paper' }).check();
  await page.getByRole('radio', { name: 'PDF', exact: true }).check();
  await fillBoardPaperCover(page);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start export' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Your export is ready' })).toBeVisible({ timeout: 30_000 });
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the PDF file' }).click()]);
  const bytes = readFileSync(await download.path());

  const text = execFileSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('The statement’s indicators');
  expect(text).toContain('Section 13SA of the National Health Service Act 2006');
  for (const indicator of [
    'Waiting list: share waiting over 18 weeks, 2025/26',
    'Cancers diagnosed at stage 1 or 2, 2025/26',
    'Emergency admissions: age-standardised rate, 2025/26',
  ]) {
    expect(text).toContain(indicator);
  }
  expect(text).toContain('fewer than 8');
  expect(text).toContain('Absolute gap (least deprived minus most deprived)');
  const info = execFileSync('pdfinfo', ['-'], { input: bytes, encoding: 'utf8' });
  expect(info).toMatch(/^Tagged:\s+yes$/m);

  // The structure a screen reader reads: column header cells, a hidden group's cell, a chart per indicator.
  const pdf = await readPdf(bytes);
  const figuresTables = findRoles(pdf.structTrees, 'Table').filter((table) => squash(table.children[0]?.text ?? '').startsWith('Group'));
  expect(figuresTables.length).toBeGreaterThan(0);
  expect(figuresTables[0]!.children[0]!.children.map((cell) => cell.role)).toEqual(['TH', 'TH', 'TH', 'TH', 'TH']);
  const cells = findRoles(pdf.structTrees, 'TD').map((cell) => squash(cell.text));
  expect(cells).toContain('fewer than 8');
  const charts = findRoles(pdf.structTrees, 'Figure').filter((figure) =>
    figure.alt?.startsWith('Bar chart of waiting list: share waiting over 18 weeks by deprivation (fifths), 2025/26.'),
  );
  expect(charts).toHaveLength(1);
});
