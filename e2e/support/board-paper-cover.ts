import type { Page } from '@playwright/test';

/** Types the board paper's cover details into the export form, as the company secretary would. */
export async function fillBoardPaperCover(page: Page): Promise<void> {
  await page.getByLabel('Name of the meeting').fill('Trust board meeting in public');
  const date = page.getByRole('group', { name: 'Date of the meeting' });
  await date.getByLabel('Day').fill('11');
  await date.getByLabel('Month').fill('6');
  await date.getByLabel('Year').fill('2026');
  await page.getByLabel('Agenda item number').fill('7.2');
  await page.getByLabel('Name of the executive sponsor').fill('Dr Amara Okafor');
  await page.getByLabel('Job title of the executive sponsor').fill('Chief Nurse');
  await page.getByLabel('Name of the author').fill('Tom Barraclough');
  await page.getByLabel('Job title of the author').fill('Company Secretary');
  await page.getByRole('radio', { name: 'For assurance' }).check();
  await page.getByLabel('Recommendation').fill('The board is asked to take assurance from the health inequalities section ✅.');
}
