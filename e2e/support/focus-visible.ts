import { expect, type Page } from '@playwright/test';

/**
 * WCAG 2.4.7 (focus visible): whatever has focus draws a ring. The NHS styles draw it with an
 * outline, a box-shadow (links, buttons), or on the label's ::before (radios and checkboxes, whose
 * input is hidden), and a table's scroll area with its own ::after. Returns what has focus and
 * whether something is drawn round it.
 */
async function focusRing(page: Page): Promise<{ what: string; drawn: boolean } | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    // Tab can leave the page for the browser's own controls; there is nothing of ours to check.
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    const opaque = (colour: string) => colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour);
    const draws = (style: CSSStyleDeclaration) =>
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && opaque(style.outlineColor)) ||
      (style.boxShadow !== 'none' && style.boxShadow !== '');
    const styles = [getComputedStyle(element), getComputedStyle(element, '::after')];
    const choice = element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox');
    const label = choice ? element.labels?.[0] : undefined;
    if (label) styles.push(getComputedStyle(label, '::before'), getComputedStyle(label, '::after'));
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return {
      what: `<${element.tagName.toLowerCase()}${element.id ? ` id="${element.id}"` : ''}> ${name || (label?.textContent ?? '')}`,
      drawn: styles.some(draws),
    };
  });
}

/** Fails unless the focused element (if any on the page) shows a focus ring. */
export async function expectFocusVisible(page: Page): Promise<void> {
  const ring = await focusRing(page);
  if (ring) expect(ring.drawn, `no visible focus ring on ${ring.what} at ${page.url()}`).toBe(true);
}
