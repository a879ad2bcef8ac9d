// Offline start: after one online visit the app shell opens with no network and says so plainly.
import { test, expect } from '@playwright/test';
import { App, DEMO } from './pages/app.js';

test('after one visit Fleksvej opens offline and says it cannot fetch right now', async ({ page, context }) => {
  const app = new App(page);
  // On a shared computer nothing personal is kept, so there is no copy to show (plan-offline.spec.js shows
  // the copy on a computer that is not shared).
  await page.goto('/log-ind');
  await page.getByLabel(DEMO.sofie).check();
  await page.getByLabel('Jeg bruger en delt computer').check();
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).not.toHaveURL(/\/log-ind/);
  await page.goto('/min-plan');
  await expect(app.heading()).toHaveText('Min plan');
  // Wait until the service worker controls the page and has kept the shell.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
  // Cache Storage holds the shell only, never personal data.
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const key of await caches.keys()) {
      for (const req of await (await caches.open(key)).keys()) urls.push(new URL(req.url).pathname);
    }
    return urls;
  });
  expect(cached.filter((u) => u.startsWith('/api/') || u.startsWith('/dev/'))).toEqual([]);
  // And IndexedDB holds nothing either.
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('fleksvej');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('Du er ikke på nettet lige nu, så vi kan ikke hente dine oplysninger.')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Fleksvej');
  await app.expectAccessible();

  await expect(page.getByRole('button', { name: 'Prøv igen' })).toBeVisible();
  // Back on the network the app asks again by itself.
  await context.setOffline(false);
  await expect(app.heading()).toHaveText('Min plan');
});

test('if the app cannot start, the page says so and what to do instead of loading forever', async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'Fleksvej kunne ikke starte' })).toBeVisible();
  await expect(page.getByText('Indlæser …')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Genindlæs' })).toBeVisible();
});
