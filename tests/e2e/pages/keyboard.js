// Keyboard-only helpers: move with Tab like a borger without a mouse, and check that every stop shows focus.
import { expect } from '@playwright/test';

/** Whether the focused element shows a visible focus indicator (an outline or a focus ring as box-shadow). */
export async function focusIsVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return true;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    return outline || (s.boxShadow && s.boxShadow !== 'none');
  });
}

/** Presses Tab until the focused element's accessible name starts with `name`; every stop on the way must show
 * its focus (WCAG 2.4.7). */
export async function tabTo(page, name, max = 80) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const label = el?.labels?.[0]?.textContent ?? '';
      return `${el?.getAttribute('aria-label') ?? ''}|${el?.textContent ?? ''}|${label}`;
    });
    const where = focused.replace(/\s+/g, ' ').slice(0, 60);
    expect(await focusIsVisible(page), `focus is visible on "${where}"`).toBe(true);
    if (focused.split('|').some((t) => t.trim().startsWith(name))) return;
  }
  throw new Error(`could not reach "${name}" with Tab`);
}
