import { expect, type Page } from '@playwright/test';

/**
 * WCAG 1.4.10 (reflow): at 320 CSS pixels wide (1280 at 400% zoom) the page must not scroll
 * sideways; only a wide table's own scroll area may. Checks the page as it is now, then puts the
 * window back as it was.
 */
export async function expectReflowAt320(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    // The header's script moves what does not fit into "More" a frame after a resize.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `the page scrolls sideways at 320 px: ${page.url()}` }).toBeLessThanOrEqual(320);
  } finally {
    if (size) await page.setViewportSize(size);
  }
}
