import { expect, test, type Page } from '@playwright/test';
import { demoEmail, NORTHFIELD, SOUTHMOOR, signIn } from '../support/session';

/** Every same-trust URL reachable from the trust home page by following links, breadth first. */
async function crawlTrustUrls(page: Page, root: string, limit = 60): Promise<string[]> {
  const seen = new Set<string>([root]);
  const queue = [root];
  while (queue.length > 0 && seen.size < limit) {
    const url = queue.shift()!;
    await page.goto(url);
    const hrefs = await page.locator(`a[href^="${root}"]`).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    for (const href of hrefs) {
      const clean = href.split('#')[0]!;
      if (!seen.has(clean)) {
        seen.add(clean);
        queue.push(clean);
      }
    }
  }
  return [...seen];
}

test('a member of one trust gets the same 404 for every URL of another trust', async ({ browser }) => {
  // Up to 60 crawled pages, each then visited again as the other trust's member: more than the
  // default minute now that each role's home links to more pages.
  test.setTimeout(300_000);
  const southmoorContext = await browser.newContext();
  const southmoorAdmin = await southmoorContext.newPage();
  await signIn(southmoorAdmin, demoEmail('admin.southmoor'));
  const urls = await crawlTrustUrls(southmoorAdmin, SOUTHMOOR);
  expect(urls.length).toBeGreaterThan(5);
  await southmoorContext.close();

  const northfieldContext = await browser.newContext();
  const northfieldAdmin = await northfieldContext.newPage();
  await signIn(northfieldAdmin, demoEmail('admin.northfield'));
  for (const url of urls) {
    const response = await northfieldAdmin.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(northfieldAdmin.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(northfieldAdmin.getByText('Southmoor')).toHaveCount(0);
  }
  const unknown = await northfieldAdmin.goto('/t/no-such-trust');
  expect(unknown?.status()).toBe(404);
  const ownHome = await northfieldAdmin.goto(NORTHFIELD);
  expect(ownHome?.status()).toBe(200);
});
