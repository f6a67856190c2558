import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { demoEmail, NORTHFIELD, signIn, visitAndCheck } from '../support/session';

// The trust administrator downloads everything the trust holds from the admin area; the file is a
// zip whose manifest lists every table with a checksum that matches. Anyone else gets a 404.

test('the trust administrator downloads the trust’s data from the people page', async ({ page }) => {
  await signIn(page, demoEmail('admin.northfield'));
  await visitAndCheck(page, `${NORTHFIELD}/people`, 'People');
  await page.getByRole('link', { name: 'Download all this trust’s data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Download all this trust’s data' })).toBeVisible();
  await visitAndCheck(page, `${NORTHFIELD}/data-export`, 'Download all this trust’s data');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the data (zip)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^northfield-valley-data-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as {
    trust: { slug: string };
    files: { path: string; table: string; rows: number; sha256: string }[];
  };
  expect(manifest.trust.slug).toBe('northfield-valley');
  expect(manifest.files.map((file) => file.table)).toEqual(expect.arrayContaining(['Trust', 'Assessment', 'AssessmentAnswer', 'Objective', 'AuditEvent']));
  for (const file of manifest.files) {
    expect(createHash('sha256').update(files[file.path]!).digest('hex'), file.path).toBe(file.sha256);
  }
  expect(manifest.files.find((file) => file.table === 'AssessmentAnswer')?.rows).toBeGreaterThan(0);
});

test('nobody but the trust administrator can reach the page or the file', async ({ page }) => {
  await signIn(page, demoEmail('cosec.northfield'));
  // The page says, inside the service, that only the administrator may use it; the file's route
  // handler has no page to show and answers 404.
  const response = await page.goto(`${NORTHFIELD}/data-export`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to use this page' })).toBeVisible();
  await expect(page.getByText('Only the trust administrator can use it.')).toBeVisible();
  expect((await page.request.get(`${NORTHFIELD}/data-export/download`)).status()).toBe(404);
});
