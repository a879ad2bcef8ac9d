// The phone's main menu (a DKFDS drawer) as a keyboard and a screen reader use it, in the app and in the frame
// that is on screen before the app has started (public/frame.js), and the frame's language switch.
import { test, expect } from '@playwright/test';
import { App, DEMO, holdBack } from './pages/app.js';

const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return a ? (a.id || a.textContent.trim()) : null;
});

test.describe('on a phone', () => {
  test.beforeEach(({ page }) => {
    test.skip((page.viewportSize()?.width ?? 1280) >= 992, 'the drawer is the phone\'s menu');
  });

  test('the menu takes focus, keeps Tab inside, closes on Escape and leads to an area', async ({ page }) => {
    const app = new App(page);
    await app.login(DEMO.hanne);
    await expect(page.locator('#main-heading')).toHaveText('Forside');
    const menu = page.locator('#app-menu-open');
    await menu.focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Menu' });
    await expect(drawer).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(() => focused(page)).toBe('app-menu-close');
    await app.expectAccessible();
    // Round from the first to the last and back, never to the page behind the backdrop.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('Min udvikling');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('app-menu-close');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(await focused(page)).toBe('app-menu-open');
    // Luk gives focus back to Menu too; a picked area moves it to that page's heading.
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('app-menu-close');
    await page.keyboard.press('Enter');
    await expect(drawer).toBeHidden();
    expect(await focused(page)).toBe('app-menu-open');
    await page.keyboard.press('Enter');
    await drawer.getByRole('link', { name: 'Min plan', exact: true }).press('Enter');
    await expect(page).toHaveURL(/\/min-plan$/);
    await expect(drawer).toBeHidden();
    await expect.poll(() => focused(page)).toBe('main-heading');
  });

  test.describe('before the app has started', () => {
    // page.route must see the wasm requests, which a service worker would answer instead.
    test.use({ serviceWorkers: 'block' });

    test('the frame\'s menu opens, keeps Tab inside, closes and leads to an area', async ({ page }) => {
      await new App(page).login(DEMO.hanne);
      await page.route('**/*.wasm', (route) => route.abort());
      await page.goto('/mit-cv');
      await expect(page.locator('#app-loading h1')).toHaveText('Mit CV');
      const menu = page.locator('#app-loading .button-menu-open');
      await menu.focus();
      await page.keyboard.press('Enter');
      const drawer = page.getByRole('dialog', { name: 'Menu' });
      await expect(drawer).toBeVisible();
      await expect(drawer.locator('[aria-current="page"]')).toHaveText('Mit CV');
      await expect(drawer.getByRole('link', { name: 'Log af' })).toHaveAttribute('href', '/logget-af');
      expect(await focused(page)).toBe('app-frame-menu-close');
      await new App(page).expectAccessible();
      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toBe('Min udvikling');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('app-frame-menu-close');
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      expect(await focused(page)).toBe('Menu');
      await menu.click();
      await page.locator('#app-frame-overlay').click({ position: { x: 10, y: 300 } });
      await expect(drawer).toBeHidden();
      await menu.click();
      await drawer.getByRole('link', { name: 'Min plan', exact: true }).click();
      await expect(page).toHaveURL(/\/min-plan$/);
      await expect(page.locator('#app-loading h1')).toHaveText('Min plan');
    });

    test('a menu opened in the frame is open in the app when it takes over', async ({ page }) => {
      await new App(page).login(DEMO.hanne);
      const main = /fleksvej-[0-9a-f]+_bg\.wasm$/;
      const release = await holdBack(page, main);
      await page.goto('/min-plan');
      await page.locator('#app-loading .button-menu-open').click();
      await expect(page.locator('#app-frame-drawer')).toBeVisible();
      release();
      await expect(page.locator('#app-loading')).toHaveCount(0);
      await expect(page.locator('#app-drawer')).toBeVisible();
      await expect.poll(() => focused(page)).toBe('app-menu-close');
    });
  });
});

test.describe('the frame\'s language switch', () => {
  test.use({ serviceWorkers: 'block' });

  test('English picked before the app has started is the app\'s language', async ({ page }) => {
    await new App(page).login(DEMO.hanne);
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto('/min-plan');
    const english = page.locator('#app-loading .language-switcher button[lang="en"]');
    await english.click();
    await expect(english).toHaveAttribute('aria-current', 'true');
    await expect(english.locator('svg')).toHaveCount(1);
    await expect(page.locator('#app-loading .language-switcher button[lang="da"]')).not.toHaveAttribute('aria-current');
    await page.unroute('**/*.wasm');
    await page.reload();
    await expect(page.locator('#main-heading')).toHaveText('My plan');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('English picked while the app waits for the area is the app\'s language', async ({ page }) => {
    await new App(page).login(DEMO.hanne);
    const area = /split_progression_area-[0-9a-f]+\.wasm$/;
    const release = await holdBack(page, area);
    const asked = page.waitForRequest(area);
    await page.goto('/min-udvikling');
    await asked; // the app is drawn, hidden behind the frame
    await page.locator('#app-loading .language-switcher button[lang="en"]').click();
    release();
    await expect(page.locator('#main-heading')).toHaveText('My progress');
    await expect(page.locator('.language-switcher button[lang="en"]')).toHaveAttribute('aria-current', 'true');
  });
});
