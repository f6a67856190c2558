import { expect, type Locator, type Page } from '@playwright/test';
import { expectFocusVisible } from '../support/focus-visible';

// Drives pages the way a keyboard user does: Tab to reach things, Space and arrows for radios,
// Enter to follow links and press buttons, and typing. Nothing here clicks. Every element Tab
// lands on must show its focus ring (WCAG 2.4.7).

const MAX_TABS = 150;

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((elements) => elements.some((element) => element === document.activeElement)).catch(() => false);
}

/** Presses Tab until one of the elements `target` matches has focus; fails if Tab never reaches it. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  await expect(target.first()).toBeAttached();
  for (let presses = 0; presses < MAX_TABS; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
    await expectFocusVisible(page);
  }
  throw new Error(`The Tab key never reached ${target.toString()}`);
}

/** Tabs to a link or button and presses Enter. */
export async function activate(page: Page, target: Locator): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

/** Tabs into a radio group, then uses the arrow keys (or Space) until `choice` is selected. */
export async function chooseRadio(page: Page, group: Locator, choice: Locator): Promise<void> {
  await tabTo(page, group.getByRole('radio'));
  const count = await group.getByRole('radio').count();
  for (let moves = 0; moves <= count; moves += 1) {
    if (await isFocused(choice)) {
      if (!(await choice.isChecked())) await page.keyboard.press('Space');
      break;
    }
    await page.keyboard.press('ArrowDown');
    await expectFocusVisible(page);
  }
  await expect(choice).toBeChecked();
}

/** Tabs to a text field and replaces whatever it holds with `text` (typing Enter for new lines). */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  if (text !== '') await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}
