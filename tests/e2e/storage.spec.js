// Logging out leaves nothing personal behind (issue #8, item 4 and the storage test of item 6): a canary typed
// into several drafts on a device that is not shared must, after "Log af", be gone from IndexedDB, Cache Storage,
// localStorage, sessionStorage and cookies, and — once the browser is closed — from every file in the profile
// folder on disk. The test launches its own Chromium with a persistent profile, so it runs once (desktop).
import { test, expect, chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import config from './playwright.config.js';
import { App, DEMO } from './pages/app.js';

const SOFIE_ID = '00000000-0000-4000-8000-000000000005';

/** Every regular file under `dir`, recursively (symlinks and sockets such as SingletonLock are skipped). */
function filesUnder(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

/** The files under `dir` whose raw bytes hold `text` as UTF-8 or as UTF-16LE, with the encoding found. */
function filesHolding(dir, text) {
  const needles = [['utf-8', Buffer.from(text, 'utf8')], ['utf-16le', Buffer.from(text, 'utf16le')]];
  const hits = [];
  for (const file of filesUnder(dir)) {
    let bytes;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      continue; // gone between listing and reading
    }
    for (const [encoding, needle] of needles) {
      if (bytes.includes(needle)) hits.push(`${path.relative(dir, file)} (${encoding})`);
    }
  }
  return hits;
}

/** The autosave line says "Gemt" once everything typed is on the server. */
async function saved(page) {
  await expect(page.locator('.app-save-text').filter({ hasText: /^Gemt(\s·|$)/ }).first()).toBeVisible({ timeout: 10_000 });
}

/** Everything script can see in the origin's storage, read in the page. */
const siteStorage = (page) => page.evaluate(async () => {
  const dump = (s) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i))
    .map((k) => [k, s.getItem(k)]));
  const databases = [];
  for (const { name } of await indexedDB.databases()) {
    // Only databases that exist are opened (opening without a version never upgrades, so nothing is created).
    // Opened without a version, and an upgrade (it was deleted meanwhile) is aborted: looking creates nothing.
    const db = await new Promise((resolve) => {
      const open = indexedDB.open(name);
      open.onupgradeneeded = () => open.transaction.abort();
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => resolve(null);
    });
    if (!db) continue;
    const stores = {};
    for (const store of Array.from(db.objectStoreNames)) {
      stores[store] = await new Promise((resolve) => {
        const keys = db.transaction(store).objectStore(store).getAllKeys();
        keys.onsuccess = () => resolve(keys.result.map(String));
      });
    }
    db.close();
    databases.push({ name, stores });
  }
  const caches = [];
  for (const name of await self.caches.keys()) {
    const cache = await self.caches.open(name);
    for (const request of await cache.keys()) {
      // A body being cleared at this moment (Clear-Site-Data) cannot be read: reported, so the caller reads again.
      const body = await cache.match(request).then((r) => r?.text() ?? '').catch(() => null);
      caches.push({ cache: name, url: request.url, body });
    }
  }
  return { local: dump(localStorage), session: dump(sessionStorage), databases, caches };
});

test('after logout nothing personal is left in the browser, in storage or on disk', async ({ baseURL }, info) => {
  test.skip(info.project.name !== 'desktop', 'launches its own browser with a persistent profile: one run is enough');
  test.setTimeout(120_000);
  const canary = `Kanariefugl-${crypto.randomUUID()}`;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fleksvej-storage-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: config.use.launchOptions.executablePath,
    args: config.use.launchOptions.args,
    baseURL,
    locale: config.use.locale,
    timezoneId: config.use.timezoneId,
    viewport: { width: 1280, height: 800 },
  });
  let closed = false;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const app = new App(page);
    // A device that is not shared: "Jeg bruger en delt computer" stays unticked, so copies are kept on it.
    await app.login(DEMO.sofie);

    // 1. A brutto CV text that saves itself as it is typed.
    await page.goto('/mit-cv/faglig-profil');
    await expect(app.heading()).toHaveText('Faglig profil');
    await page.getByLabel('Faglig profil').fill(`Jeg er grundig. ${canary} cv`);
    await saved(page);

    // 2. A comment to the jobformidler on an aftale in Min plan.
    await page.goto('/min-plan');
    await page.getByRole('region', { name: 'Alle aftaler' }).getByRole('link').first().click();
    const comment = page.getByLabel('Min kommentar til jobformidleren');
    await comment.fill(`Det kan jeg godt. ${canary} kommentar`);
    await page.getByRole('button', { name: 'Gem kommentar' }).click();
    await expect(page.getByText('Gemt', { exact: true })).toBeVisible();

    // 3. The prep notes for a meeting, saved as typed.
    await page.goto('/min-plan');
    await page.getByRole('region', { name: 'Mine møder' }).getByRole('link').first().click();
    await page.getByLabel('Det vil jeg tale om').fill(`Jeg vil spørge om ${canary} møde`);
    await expect(page.getByText('Gemt', { exact: true })).toBeVisible({ timeout: 10_000 });

    // 4. One more CV text that the server cannot take (503): it waits, encrypted, in the device copy while
    // the borger logs out.
    await page.goto('/mit-cv/faglig-profil');
    await saved(page);
    const kept = async () => (await siteStorage(page)).databases.filter((d) => d.name === 'fleksvej')
      .flatMap((d) => Object.values(d.stores).flat());
    const keptBefore = await kept();
    await page.route('**/api/v1/cv', (route) => (route.request().method() === 'PUT'
      ? route.fulfill({ status: 503, headers: { 'Retry-After': '600' }, body: '' })
      : route.continue()));
    await page.getByLabel('Faglig profil').fill(`Jeg er grundig. ${canary} sidst`);
    await expect(page.getByText('Kunne ikke gemmes', { exact: false }).first()).toBeVisible({ timeout: 10_000 });
    // The device copy is written debounced (≤ 1 s); give it time, then see it is there.
    await page.waitForTimeout(1_500);
    await expect.poll(async () => (await kept()).length, { timeout: 5_000 }).toBeGreaterThan(keptBefore.length);

    // The canary is really there before logout (so the checks below can fail): on screen, on the server, and
    // encrypted copies on the device (the plan, the session, the unsent CV text).
    await expect(page.getByLabel('Faglig profil')).toHaveValue(new RegExp(canary));
    expect(await page.evaluate((c) => Array.from(document.querySelectorAll('input, textarea'))
      .some((e) => e.value.includes(c)), canary)).toBe(true);
    expect(JSON.stringify(await (await page.request.get('/api/v1/cv')).json())).toContain(canary);
    expect(JSON.stringify(await (await page.request.get('/api/v1/plan')).json())).toContain(canary);
    expect((await kept()).map((k) => k.split('/').pop())).toEqual(expect.arrayContaining(['plan', 'session', 'cv']));
    expect((await context.cookies()).some((c) => c.name.includes('fleksvej') && c.value !== '')).toBe(true);

    const loggedOut = page.waitForResponse((r) => r.url().endsWith('/api/v1/session')
      && r.request().method() === 'DELETE');
    await app.logout();
    // The server tells the browser to forget the site's cache, cookies and storage (the service worker's shell too).
    const clear = (await (await loggedOut).allHeaders())['clear-site-data'] ?? '';
    for (const kind of ['"cache"', '"cookies"', '"storage"']) expect(clear).toContain(kind);
    // Logout finishes its clean-up (server call, wipe, Clear-Site-Data) after the page shows; wait for it.
    let after;
    await expect.poll(async () => {
      after = await siteStorage(page).catch(() => null);
      if (!after || after.caches.some((c) => c.body === null)) return ['(still clearing)'];
      return after.databases.filter((d) => Object.values(d.stores).flat().length > 0).map((d) => d.name);
    }, { timeout: 10_000 }).toEqual([]);

    const personal = [canary, DEMO.sofie, SOFIE_ID];
    // IndexedDB: no database left, or only empty ones.
    for (const db of after.databases) {
      expect(Object.values(db.stores).flat(), `IndexedDB ${db.name} is empty`).toEqual([]);
    }
    // Cache Storage: the app shell may stay, but no API answer and nothing personal.
    for (const entry of after.caches) {
      expect(new URL(entry.url).pathname, `cached ${entry.url}`).not.toMatch(/^\/(api|dev)\//);
      for (const p of personal) expect(entry.body, `cached ${entry.url}`).not.toContain(p);
    }
    // localStorage and sessionStorage: nothing personal, only preferences such as the language.
    for (const store of [after.local, after.session]) {
      const text = JSON.stringify(store);
      for (const p of personal) expect(text).not.toContain(p);
    }
    // Cookies: no session.
    const cookies = await context.cookies();
    expect(cookies.filter((c) => c.name.includes('fleksvej') && c.value !== ''), 'session cookie').toEqual([]);
    for (const c of cookies) for (const p of personal) expect(c.value).not.toContain(p);
    // Nothing personal on the screen or in the address bar.
    expect(page.url()).not.toContain(canary);
    await expect(page.locator('body')).not.toContainText(canary);

    await context.close();
    closed = true;

    // On disk: the browser is closed, so everything it keeps has been written — leveldb logs of IndexedDB and
    // localStorage, the HTTP cache (API answers are no-store), autofill ("Web Data") and the session-restore
    // files ("Sessions/"), which keep the form state of every history entry unless the field is
    // autocomplete="off". Nothing is excluded. The scan must be able to find what is there: the origin the test
    // visited is in the profile (history, preferences).
    expect(filesHolding(profile, new URL(baseURL).host).length, 'the scan reads the profile').toBeGreaterThan(0);
    const found = filesHolding(profile, canary);
    if (found.length > 0) console.log(`The canary is still on disk in ${profile}:\n  ${found.join('\n  ')}`);
    expect(found).toEqual([]);
    fs.rmSync(profile, { recursive: true, force: true });
  } finally {
    if (!closed) await context.close();
  }
});
