// Offline start: after one online visit the app shell opens with no network and says so plainly.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { App, DEMO, databaseNames } from './pages/app.js';

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
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 25_000 }).toBe(true);
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
  expect(await databaseNames(page)).not.toContain('fleksvej');

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('Du er ikke på nettet lige nu, så vi kan ikke hente dine oplysninger.')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Fleksvej');
  await app.expectAccessible();

  await expect(page.getByRole('button', { name: 'Prøv igen' })).toBeVisible();
  // An area never opened online still opens: its wasm module comes from the service worker's precache.
  await page.goto('/mine-jobmaal');
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource')
    .some((e) => /\/split_jobgoals_area[^/]*\.wasm$/.test(e.name)))).toBe(true);
  await expect(page.getByText('Du er ikke på nettet lige nu, så vi kan ikke hente dine oplysninger.')).toBeVisible();
  await expect(page.getByText('Der skete en fejl')).toBeHidden();
  await page.goto('/min-plan');
  await expect(page.getByRole('button', { name: 'Prøv igen' })).toBeVisible();
  // Back on the network the app asks again by itself.
  await context.setOffline(false);
  await expect(app.heading()).toHaveText('Min plan');
});

test('a start with nobody logged in does not say it failed while the app is still on its way', async ({ page }) => {
  // The session preload in index.html answers 401; the wasm arrives late, as on a slow connection.
  await page.route(/_bg\.wasm$/, async (route) => { await new Promise((r) => setTimeout(r, 2500)); await route.continue(); });
  await page.goto('/log-ind');
  await expect(page.getByText('Indlæser …')).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(page.getByText('Fleksvej kunne ikke starte')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind');
});

test('the service worker is registered only after the app has started and the page has loaded', async ({ page }) => {
  // Its install fetches the whole shell; on a first visit over a slow line that must not share the line with
  // the main wasm. The wasm comes late here, as on such a line.
  await page.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      window.__registeredWhen = { shell: !!document.getElementById('app-loading'), state: document.readyState };
      return register.apply(this, args);
    };
  });
  await page.route(/_bg\.wasm$/, async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
  await page.goto('/log-ind');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Log ind');
  await expect.poll(() => page.evaluate(() => window.__registeredWhen ?? null)).toEqual({ shell: false, state: 'complete' });
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
});

test('if the app cannot start, the page says so and what to do instead of loading forever', async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'Fleksvej kunne ikke starte' })).toBeVisible();
  await expect(page.getByText('Indlæser …')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Genindlæs' })).toBeVisible();
});

test('Fleksvej can be installed: a manifest with icons that load', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: 'Fleksvej', start_url: '/', display: 'standalone', lang: 'da' });
  const sizes = manifest.icons.map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const resp = await request.get(icon.src);
    expect(resp.status(), icon.src).toBe(200);
    expect(resp.headers()['content-type'], icon.src).toContain(icon.type);
  }
});

test('a new version waits until the borger chooses "Ny version – genindlæs"', async ({ page }) => {
  test.skip(!process.env.DIST_DIR, 'needs the served folder (DIST_DIR)');
  const app = new App(page);
  await app.login(DEMO.mette);
  await page.goto('/min-plan');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 25_000 }).toBe(true);
  // (null while the page reloads)
  const shells = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('fleksvej-shell-')))
    .catch(() => null);
  // The build put a real version and precache list into the worker.
  const before = await shells();
  expect(before).toHaveLength(1);
  expect(before[0]).not.toContain('__VERSION__');
  const precached = await page.evaluate(async (name) =>
    (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), before[0]);
  expect(precached.some((p) => /_bg\.wasm$/.test(p))).toBe(true);
  expect(precached.filter((p) => p.startsWith('/api/'))).toEqual([]);

  // A new build appears on the server: it installs in the background and waits. (Playwright cannot route a
  // service worker's own script, so the test puts a changed sw.js in the served folder and restores it.)
  const sw = path.join(process.env.DIST_DIR, 'sw.js');
  const original = fs.readFileSync(sw, 'utf8');
  const compressed = ['.br', '.gz'].map((ext) => sw + ext).filter((f) => fs.existsSync(f));
  for (const f of compressed) fs.renameSync(f, f + '.e2e');
  fs.writeFileSync(sw, original.replace(/const VERSION = '[^']*'/, "const VERSION = 'e2e-next'"));
  try {
    await newVersion(page, app, shells, before);
  } finally {
    fs.writeFileSync(sw, original);
    for (const f of compressed) fs.renameSync(f + '.e2e', f);
  }
});

async function newVersion(page, app, shells, before) {
  await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration()).update(); });
  const offer = page.getByRole('status').filter({ hasText: 'Der er en ny version af Fleksvej' });
  await expect(offer).toBeVisible();
  // Nothing changed under the borger yet.
  await expect(app.heading()).toHaveText('Min plan');
  expect(await shells()).toEqual(expect.arrayContaining(before));
  await app.expectAccessible();

  await offer.getByRole('button', { name: 'Ny version – genindlæs' }).click();
  await expect.poll(shells).toEqual(['fleksvej-shell-e2e-next']);
  await expect(app.heading()).toHaveText('Min plan');
  await expect(offer).toHaveCount(0);
}

test.describe('without the service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('an area whose code cannot be fetched says so, keeps the app running, and loads when asked again', async ({ page }) => {
    const app = new App(page);
    await page.goto('/log-ind');
    await page.getByLabel(DEMO.hanne).check();
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect(app.heading()).toHaveText('Forside');
    // As after a deploy that replaced the module, or offline before it was ever kept.
    await page.route(/\/split_cv_area[^/]*\.wasm$/, (route) => route.fulfill({ status: 404, body: '' }));
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Mit CV' }).click();
    await expect(app.heading()).toHaveText('Siden kunne ikke hentes');
    await expect(page.getByRole('alert').filter({ hasText: 'Det, du har skrevet, er ikke væk.' })).toBeVisible();
    await expect(page.getByText('Der skete en fejl')).toBeHidden();
    await app.expectAccessible();
    // The rest of the app still works: the way home and on to an area that loads.
    await main.getByRole('link', { name: 'Gå til forsiden' }).click();
    await main.getByRole('link', { name: 'Min plan' }).click();
    await expect(app.heading()).toHaveText('Min plan');
    await page.goBack();
    await page.goBack();
    await expect(app.heading()).toHaveText('Siden kunne ikke hentes');
    // The module is there again: "Hent siden igen" loads the page.
    await page.unroute(/\/split_cv_area[^/]*\.wasm$/);
    await page.getByRole('link', { name: 'Hent siden igen' }).click();
    await expect(page).toHaveURL(/\/mit-cv$/);
    await expect(app.heading()).toHaveText('Mit CV');
  });
});
