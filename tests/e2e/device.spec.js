// Never lose what the borger typed: an encrypted copy on the device survives closing the tab while offline,
// nothing is kept on a shared computer, and logging out leaves nothing behind.
import { test, expect } from '@playwright/test';
import { App, DEMO, databaseNames as databases } from './pages/app.js';

/** The raw bytes stored on the device, to check they are not readable. */
const storedText = (page) => page.evaluate(() => new Promise((resolve) => {
  const open = indexedDB.open('fleksvej');
  open.onsuccess = () => {
    const all = open.result.transaction('copies').objectStore('copies').getAll();
    // Ciphertexts are byte arrays; the offline pass beside them holds a CryptoKey, whose bytes script cannot read.
    all.onsuccess = () => resolve(all.result.filter((b) => b instanceof Uint8Array)
      .map((b) => new TextDecoder('utf-8', { fatal: false }).decode(b)).join(''));
  };
}));

test('typed offline, tab closed, back online: the text is restored from the device and saved', async ({ page, context }, info) => {
  const app = new App(page);
  await app.login(info.project.name === 'phone' ? DEMO.jonas : DEMO.hanne);
  await page.goto('/mit-cv/personlige-egenskaber');
  await expect(app.heading()).toHaveText('Personlige egenskaber');
  await expect(page.locator('.app-save-text').filter({ hasText: /^Gemt(\s·|$)/ })).toBeVisible();

  const text = `Tålmodig ${info.project.name} ${Date.now()}`;
  await context.setOffline(true);
  await page.getByLabel('Tilføj en ny').fill(text);
  await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await expect(page.getByText('Gemt på enheden – sendes, når du er online.')).toBeVisible({ timeout: 10_000 });
  expect(await storedText(page)).not.toContain(text.split(' ')[0]);
  await page.close();

  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto('/mit-cv/personlige-egenskaber');
  await expect(again.getByRole('textbox', { name: /Personlige egenskaber \d+/ }).last()).toHaveValue(text);
  await expect(again.locator('.app-save-text').filter({ hasText: /^Gemt(\s·|$)/ })).toBeVisible({ timeout: 10_000 });
  const cv = await (await again.request.get('/api/v1/cv')).json();
  expect(cv.content.qualities.map((q) => q.text)).toContain(text);
});

test('on a shared computer nothing is kept on the device, and logout leaves no database', async ({ page, context }, info) => {
  const app = new App(page);
  await page.goto('/log-ind');
  await page.getByLabel(info.project.name === 'phone' ? DEMO.jonas : DEMO.hanne).check();
  await page.getByLabel('Jeg bruger en delt computer').check();
  await app.expectAccessible();
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).not.toHaveURL(/\/log-ind/);
  await page.goto('/mit-cv/personlige-egenskaber');
  await expect(page.locator('.app-save-text').filter({ hasText: /^Gemt(\s·|$)/ })).toBeVisible();
  await context.setOffline(true);
  await page.getByLabel('Tilføj en ny').fill('Kun i hukommelsen');
  await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await expect(page.getByText('Ikke gemt – ingen forbindelse.', { exact: false })).toBeVisible({ timeout: 10_000 });
  expect(await databases(page)).not.toContain('fleksvej');
  await context.setOffline(false);
  await expect(page.locator('.app-save-text').filter({ hasText: /^Gemt(\s·|$)/ })).toBeVisible({ timeout: 20_000 });

  await app.logout();
  expect(await databases(page)).not.toContain('fleksvej');
});

test('a busy server is asked again no sooner than its Retry-After, and the text is saved once', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough');
  const app = new App(page);
  await app.login(DEMO.ali);
  const puts = [];
  await page.route('**/api/v1/cv', async (route) => {
    if (route.request().method() !== 'PUT') return route.continue();
    puts.push(Date.now());
    if (puts.length === 1) return route.fulfill({ status: 503, headers: { 'Retry-After': '3' }, body: '' });
    return route.continue();
  });
  await page.goto('/mit-cv/personlige-egenskaber');
  await expect(page.locator('.app-save-text').filter({ hasText: /^Gemt(\s·|$)/ })).toBeVisible();
  const text = `Stabil ${Date.now()}`;
  await page.getByLabel('Tilføj en ny').fill(text);
  await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await expect(page.getByText('Kunne ikke gemmes. Vi prøver igen om lidt.')).toBeVisible();
  await expect(page.locator('.app-save-text').filter({ hasText: /^Gemt(\s·|$)/ })).toBeVisible({ timeout: 15_000 });
  expect(puts).toHaveLength(2);
  expect(puts[1] - puts[0]).toBeGreaterThanOrEqual(3000);
  const cv = await (await page.request.get('/api/v1/cv')).json();
  expect(cv.content.qualities.filter((q) => q.text === text)).toHaveLength(1);
});

test('a write made while the device key is still on its way is kept on the device, not only in the tab', async ({ page, context }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough');
  const app = new App(page);
  await app.login(DEMO.ali);
  // The key's answer is held back (as when its request is queued behind the page's own on a slow line) until the
  // proposal has met a server that does not answer.
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  await context.route('**/api/v1/session/device-key', async (route) => { await gate; await route.continue(); });
  await context.route('**/api/v1/progression/goals', (route) => route.abort('connectionrefused'));
  await page.goto('/min-udvikling');
  await expect(app.heading()).toHaveText('Min udvikling');
  await page.getByLabel('Hvad vil du gerne prøve?').fill(`Kortere dage (${Date.now()})`);
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(page.getByText('Gemmer …')).toBeVisible();
  release();
  await expect(page.getByText('Gemt på enheden – sendes når du er online')).toBeVisible();
  await expect(page.getByText('Ikke sendt endnu', { exact: false })).toHaveCount(0);
  // On the device, sealed: the outbox's copy is there, and its text cannot be read.
  await expect.poll(() => storedText(page)).not.toBe('');
  expect(await storedText(page)).not.toContain('Kortere dage');
});
