// The app frame end to end: login, every area, language, 401 → login and back, logout, 404, DKFDS errors.
import { test, expect } from '@playwright/test';
import { App, AREAS, DEMO, watchPage } from './pages/app.js';

test('a borger logs in and visits every area; each page is accessible and titled', async ({ page }, info) => {
  const problems = await watchPage(page);
  const app = new App(page);
  await app.login(DEMO.mette);
  await expect(page).toHaveURL(/\/$/);
  await expect(app.heading()).toHaveText('Forside');
  await expect(page.getByRole('banner')).toContainText('Viborg Kommune');
  await expect(page.getByRole('heading', { name: 'Næste møde' })).toBeVisible();
  await app.expectAccessible();
  await page.screenshot({ path: info.outputPath('forside.png'), fullPage: true });

  for (const area of AREAS.slice(1)) {
    await app.navigate(area.da);
    await expect(page).toHaveURL(new RegExp(`${area.path}$`));
    await expect(app.heading()).toHaveText(area.da);
    await expect(page).toHaveTitle(`${area.da} – Fleksvej`);
    // Focus moves to the main heading after navigation, so screen readers announce the new page.
    await expect(app.heading()).toBeFocused();
    await app.expectAccessible();
  }
  await page.screenshot({ path: info.outputPath('area.png'), fullPage: true });
  expect(problems).toEqual([]);
});

test('the forside shows the next meeting and the next task from Min plan', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.hanne);
  const meeting = page.getByRole('region', { name: 'Næste møde' });
  await expect(meeting).toContainText(/kl\. \d\d\.\d\d/);
  const task = page.getByRole('region', { name: 'Din næste opgave' });
  await expect(task.locator('strong')).not.toBeEmpty();
});

test('the session is asked for once at start, by the preload in index.html while the wasm downloads', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.hanne);
  const asked = [];
  const keys = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path === '/api/v1/session') asked.push(r.resourceType());
    if (path === '/api/v1/session/device-key') keys.push(path);
  });
  await page.reload();
  await expect(page.getByRole('region', { name: 'Næste møde' }).locator('strong')).not.toBeEmpty();
  await page.waitForTimeout(500);
  // One request, and it is the preload ("other"), not a second fetch from the app.
  expect(asked).toEqual(['other']);
  // The outbox and the offline copy of the plan both unlock the device's copies at start: one key request.
  expect(keys).toHaveLength(1);
});

test('a page is painted from its own answer, and only then is the main wasm asked for, once', async ({ page }) => {
  // tools/first-paint.mjs: the first screen's style sheets are inline, and the wasm's preload waits for the paint.
  const problems = await watchPage(page);
  const app = new App(page);
  await app.login(DEMO.hanne);
  // A page with a frame, and one two folders down that gets the bare shell (its style's image URLs must hold).
  for (const path of ['/', '/mit-cv/sprog']) {
    const asked = [];
    const onRequest = (r) => asked.push(new URL(r.url()).pathname);
    page.on('request', onRequest);
    await page.goto(path);
    await expect(app.heading()).toBeVisible();
    page.off('request', onRequest);
    expect(asked.filter((p) => /^\/(dkfds-borgerdk\.min|main)-[0-9a-f]+\.css$/.test(p))).toEqual([]);
    expect(asked.filter((p) => p.endsWith('_bg.wasm'))).toHaveLength(1);
    const { paint, wasm, logo } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      wasm: performance.getEntriesByType('resource').find((e) => e.name.endsWith('_bg.wasm'))?.startTime,
      logo: performance.getEntriesByType('resource').find((e) => e.name.includes('logo-borgerdk'))?.name,
    }));
    expect(paint).toBeGreaterThan(0);
    expect(wasm).toBeGreaterThanOrEqual(paint);
    expect(new URL(logo).pathname).toBe('/img/logo-borgerdk.svg');
  }
  expect(problems).toEqual([]);
});

test('pages draw with the system fonts and ask for no font file', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.hanne);
  const fonts = [];
  page.on('request', (r) => { if (r.resourceType() === 'font' || /\.(woff2?|ttf|eot)$/.test(r.url())) fonts.push(r.url()); });
  for (const path of ['/', '/mit-cv', '/min-udvikling']) {
    await page.goto(path);
    await expect(app.heading()).toBeVisible();
    // No @font-face at all (tools/prune-css.mjs drops DKFDS's), and the body's first font is the system one.
    expect(await page.evaluate(() => document.fonts.size)).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^system-ui\b/);
  }
  expect(fonts).toEqual([]);
});

test('every icon the app and its frames draw is in the served icon sprite, which holds no others', async ({ page }) => {
  // tools/prune-icons.mjs keeps only the symbols the sources name; an icon it missed would be an empty box.
  const app = new App(page);
  await app.login(DEMO.hanne);
  const sprite = await (await page.request.get('/img/all-svg-icons.svg')).text();
  const symbols = [...sprite.matchAll(/<symbol\b[^>]*\bid="([^"]+)"/g)].map((m) => m[1]).sort();
  const drawn = new Set();
  const ref = /all-svg-icons\.svg#([a-z0-9-]+)/g;
  for (const path of ['/', '/min-plan', '/mit-cv', '/mine-jobmaal', '/min-udvikling', '/tilgaengelighed']) {
    // The frame the server sends for the address (the static shell), then what the app draws there.
    const html = await (await page.request.get(path)).text();
    for (const [, id] of html.matchAll(ref)) drawn.add(id);
    await page.goto(path);
    await expect(app.heading()).toBeVisible();
    const hrefs = await page.evaluate(() => [...document.querySelectorAll('use')].map((u) => u.getAttribute('href')));
    for (const href of hrefs) {
      const [, id] = href.match(/^\/img\/all-svg-icons\.svg#([a-z0-9-]+)$/) ?? [, `not the sprite: ${href}`];
      drawn.add(id);
    }
  }
  // The header's Menu, the drawer's Luk and Log af, the language switch's tick: drawn on every page.
  for (const id of ['check', 'close', 'lock', 'menu']) expect([...drawn]).toContain(id);
  expect(symbols).toEqual([...drawn].sort());
});

test('the language switch changes the visible text and the page language', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.jonas);
  await page.goto('/min-plan');
  await expect(app.heading()).toHaveText('Min plan');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(app.heading()).toHaveText('My plan');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('My plan – Fleksvej');
  await app.expectAccessible();

  // The choice is remembered on this device.
  await page.reload();
  await expect(app.heading()).toHaveText('My plan');
  await page.getByRole('button', { name: 'Dansk' }).click();
  await expect(app.heading()).toHaveText('Min plan');
});

test('without a session the borger is sent to login and brought back afterwards', async ({ page }) => {
  const app = new App(page);
  await page.goto('/min-udvikling');
  await expect(page).toHaveURL(/\/log-ind\?tilbage=\/min-udvikling$/);
  await app.expectAccessible();
  await page.getByLabel(DEMO.sofie).check();
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page).toHaveURL(/\/min-udvikling$/);
  await expect(app.heading()).toHaveText('Min udvikling');
});

test('logging in without choosing shows a DKFDS error next to the choice', async ({ page }) => {
  const app = new App(page);
  await page.goto('/log-ind');
  await page.getByRole('button', { name: 'Log ind' }).click();
  const error = page.locator('#borger-error');
  await expect(error).toHaveText('Fejl: Vælg en borger for at logge ind');
  await expect(page.locator('.form-group.form-error fieldset')).toHaveAttribute('aria-describedby', 'borger-error');
  await expect(page.getByLabel(DEMO.mette)).toBeFocused();
  await app.expectAccessible();
});

test('logging out ends the session on the server', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.ali);
  await expect(app.heading()).toHaveText('Forside');
  await app.logout();
  await app.expectAccessible();
  const session = await page.request.get('/api/v1/session');
  expect(session.status()).toBe(401);
  await page.goto('/min-plan');
  await expect(page).toHaveURL(/\/log-ind/);
});

test('an unknown address shows a calm 404 page', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.mette);
  await page.goto('/findes-ikke');
  await expect(app.heading()).toHaveText('Siden findes ikke');
  await expect(page.getByRole('main').getByRole('link', { name: 'Gå til forsiden' })).toBeVisible();
  await app.expectAccessible();
});

test('the footer has the jobcenter contact and the accessibility and privacy pages', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.mette);
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('Jobcenter');
  // The long word has a soft hyphen, where a phone breaks it: "Tilgængeligheds-" / "erklæring".
  await footer.getByRole('link', { name: /^Tilgængeligheds\u00ad?erklæring$/ }).click();
  await expect(app.heading()).toHaveText('Tilgængeligheds\u00aderklæring');
  await expect(page).toHaveTitle('Tilgængelighedserklæring – Fleksvej');
  const firstLine = await app.heading().evaluate((h) => {
    const range = document.createRange();
    let top = null;
    let line = '';
    for (let node = h.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== Node.TEXT_NODE) continue;
      for (let i = 0; i < node.length; i += 1) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        // A letter just after a line break can also report an empty box at the end of the line before.
        const box = [...range.getClientRects()].filter((r) => r.width > 0).pop();
        if (!box) continue;
        if (top === null) top = box.top;
        if (box.top > top + 5) return line;
        line += node.data[i];
      }
    }
    return line;
  });
  expect(firstLine.replace(/\u00ad/g, '')).toBe(app.isPhone() ? 'Tilgængeligheds' : 'Tilgængelighedserklæring');
  await app.expectAccessible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'Privatliv og cookies' }).click();
  await expect(app.heading()).toHaveText('Privatliv og cookies');
  await app.expectAccessible();
});
