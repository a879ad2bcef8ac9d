// The session's inactivity limit (WCAG 2.2.1 / 2.2.5): a warning with "Forlæng" before it, and after it the
// screen no longer shows personal data; logging in again leads back to the same page. Uses Playwright's fake
// clock, so 30 minutes pass in a moment.
import { test, expect } from '@playwright/test';
import { App, DEMO } from './pages/app.js';

test('the borger is warned before the session runs out, can extend it, and after it is brought back', async ({ page }, info) => {
  await page.clock.install();
  const app = new App(page);
  const who = info.project.name === 'phone' ? DEMO.hanne : DEMO.ali;
  await app.login(who);
  await page.goto('/min-udvikling');
  await expect(app.heading()).toHaveText('Min udvikling');
  const employer = page.getByRole('heading', { name: 'Mit fleksjob' });
  await expect(employer).toBeVisible();
  const dialog = page.getByRole('dialog', { name: 'Vil du fortsætte?' });

  // 30 minutes without activity end the session; the warning comes at least two minutes before.
  await page.clock.runFor(24 * 60_000);
  await expect(dialog).toHaveCount(0);
  await page.clock.runFor(3 * 60_000);
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/bliver du logget af kl\. \d\d\.\d\d\. Tryk på Forlæng, hvis du vil fortsætte\./);
  await expect(dialog.getByRole('button', { name: 'Forlæng' })).toBeFocused();
  // The keyboard stays in the dialog.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('link', { name: 'Log af nu' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Forlæng' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('link', { name: 'Log af nu' })).toBeFocused();
  await app.expectAccessible();

  // "Forlæng" asks the server, which keeps the session going; the warning goes.
  await dialog.getByRole('button', { name: 'Forlæng' }).click();
  await expect(dialog).toHaveCount(0);
  await page.clock.runFor(20 * 60_000);
  await expect(dialog).toHaveCount(0);
  await expect(employer).toBeVisible();

  // Let it run out (29 minutes after "Forlæng", counting the server's minute of slack): personal data leaves
  // the screen and login is offered. Stop just past the end, so the login page's own requests run in real time.
  await page.clock.runFor(9 * 60_000 + 10_000);
  await expect(app.heading()).toHaveText('Log ind');
  await expect(employer).toHaveCount(0);
  await expect(page).toHaveURL(/tilbage=%2Fmin-udvikling|tilbage=\/min-udvikling/);
  await app.expectAccessible();

  // Logging in again leads back to the same page.
  await page.getByLabel(who).check();
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(app.heading()).toHaveText('Min udvikling');
});
