import { expect, type Page } from '@playwright/test';

/** What is wider than the window at the moment: the elements that stick out, for the failure message. */
function overflowing(width: number): string[] {
  const culprits: string[] = [];
  for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
    const box = element.getBoundingClientRect();
    if (box.right <= width + 0.5 || box.width === 0) continue;
    // Only the outermost: its children stick out because it does.
    if (element.parentElement && element.parentElement.getBoundingClientRect().right > width + 0.5) continue;
    culprits.push(`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} (${Math.round(box.right)} px)`);
  }
  return culprits.slice(0, 5);
}

/**
 * WCAG 1.4.10 (reflow): at 320 CSS pixels wide (1280 at 400% zoom) the page must not scroll
 * sideways; only a wide table's own scroll area may (its overflow is clipped to that area, so it
 * does not widen the document). Checks the page as it is now, then puts the window back as it was.
 */
export async function expectReflowAt320(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  try {
    // The header's script moves what does not fit into "More" a frame after a resize.
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    await expect
      .poll(width, { timeout: 3_000 })
      .toBeLessThanOrEqual(320)
      .catch(async () => {
        const culprits = await page.evaluate(overflowing, 320);
        expect(await width(), `the page scrolls sideways at 320 px: ${page.url()}; wider than the window: ${culprits.join(', ')}`).toBeLessThanOrEqual(320);
      });
  } finally {
    if (size) await page.setViewportSize(size);
  }
}
