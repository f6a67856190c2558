import { expect, type Page } from '@playwright/test';

export type SmartDetails = Readonly<{
  title?: string;
  description: string;
  measure: string;
  baseline: string;
  target: string;
  unit: string;
  breakdowns: readonly string[];
  resources: string;
  dependencies: string;
  start: readonly [string, string, string];
  due: readonly [string, string, string];
  owner?: string;
  committee: string;
}>;

async function fillDate(page: Page, legend: string, [day, month, year]: readonly [string, string, string]): Promise<void> {
  const group = page.getByRole('group', { name: legend });
  await group.getByLabel('Day').fill(day);
  await group.getByLabel('Month').fill(month);
  await group.getByLabel('Year').fill(year);
}

/** Fills every SMART part of the objective form that is on the page. */
export async function fillSmartDetails(page: Page, details: SmartDetails): Promise<void> {
  if (details.title !== undefined) await page.getByLabel('Title', { exact: true }).fill(details.title);
  await page.getByLabel('What will be done').fill(details.description);
  await page.getByLabel('Measure', { exact: true }).fill(details.measure);
  await page.getByLabel('Baseline').fill(details.baseline);
  await page.getByLabel('Target', { exact: true }).fill(details.target);
  await page.getByLabel('Unit', { exact: true }).fill(details.unit);
  for (const breakdown of details.breakdowns) await page.getByRole('checkbox', { name: breakdown, exact: true }).check();
  await page.getByLabel('Resources').fill(details.resources);
  await page.getByLabel('Dependencies').fill(details.dependencies);
  await fillDate(page, 'Start date', details.start);
  await fillDate(page, 'Due date', details.due);
  if (details.owner) await page.getByLabel('Owner', { exact: true }).selectOption({ label: details.owner });
  await page.getByLabel('Committee that oversees it').fill(details.committee);
}

/** The "Turn into an objective" links of untaken suggestions, or the catalogue's when there are none. */
export async function startingPoints(page: Page, trustPath: string, count: number): Promise<string[]> {
  await page.goto(`${trustPath}/objectives/suggestions`);
  await expect(page.getByRole('heading', { level: 1, name: 'Suggested objectives' })).toBeVisible();
  const suggested = await page
    .getByRole('link', { name: /^Turn into an objective \d+\.\d+$/ })
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  if (suggested.length >= count) return suggested.slice(0, count);
  await page.goto(`${trustPath}/objectives/catalogue?priority=yes`);
  const catalogue = await page
    .getByRole('link', { name: /^Use this objective \d+\.\d+$/ })
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...suggested, ...catalogue].slice(0, count);
}
