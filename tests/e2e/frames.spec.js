// The frames (src/domain/frames.rs, tools/frames.mjs): a logged-in borger who opens the forside or an area reads
// its heading and lead (an info page: all of it) before the app has started, and the app then draws the same text
// in the same place.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { App, AREAS, DEMO, holdBack } from './pages/app.js';

const spec = JSON.parse(fs.readFileSync(new URL('../../tools/frames.json', import.meta.url), 'utf8'));


/** The text, class and place of the page's heading and of the paragraph under it. */
function top(page) {
  return page.evaluate(() => {
    const h1 = document.querySelector('main h1');
    const lead = h1 && h1.nextElementSibling;
    const box = (e) => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round); };
    return h1 && lead && {
      title: h1.textContent.trim(), lead: lead.textContent.trim(), leadClass: lead.className, h1: box(h1), at: box(lead),
    };
  });
}

const noWasm = (route) => route.abort();

test.describe('without the service worker', () => {
  // page.route must see the wasm requests, which a service worker would answer instead.
  test.use({ serviceWorkers: 'block' });

  test('each area can be read before the app starts, and the app draws it in the same place', async ({ page }) => {
    const app = new App(page);
    await app.login(DEMO.hanne);
    // The forside greets the borger by name (filled in by the backend); its lead is compared in full below.
    for (const area of AREAS) {
      await page.goto(area.path);
      await expect(page.locator('#main-heading')).toHaveText(area.da);
      const drawn = await top(page);

      await page.route('**/*.wasm', noWasm);
      await page.goto(area.path);
      await expect(page.locator('#app-loading h1')).toHaveText(area.da);
      expect(await top(page)).toEqual(drawn);
      expect(drawn.leadClass).toBe('font-lead');
      await expect(page).toHaveTitle(`${area.da} – Fleksvej`);
      await expect(page.locator('#app-loading .navigation-menu [aria-current="page"]')).toHaveText(area.da);
      await page.unroute('**/*.wasm', noWasm);
    }
  });

  test('a framed page\'s first API reads start with the page, and the app takes their answers instead of asking again', async ({ page }) => {
    const app = new App(page);
    await app.login(DEMO.hanne);
    for (const f of spec.frames) {
      const asked = [];
      const seen = (r) => {
        const url = new URL(r.url());
        if (r.method() === 'GET' && url.pathname.startsWith('/api/') && url.pathname !== '/api/v1/session') {
          asked.push(`${url.pathname} ${r.resourceType()}`);
        }
      };
      page.on('request', seen);
      await page.goto(f.path);
      await expect(app.heading()).toHaveText(f.title);
      await page.waitForLoadState('networkidle');
      page.off('request', seen);
      // Each read once, by the frame's preload ("other"): the app asked for none of them again, and for nothing
      // the frame did not start.
      expect(asked.sort(), f.path).toEqual(f.preload.map((p) => `${p} other`).sort());
      await expect(page.locator('main .alert-error')).toHaveCount(0);
    }
    // The data came from those answers: the forside's next meeting, Min plan's meetings.
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Næste møde' }).locator('strong')).not.toBeEmpty();
    await page.goto('/min-plan');
    await expect(page.getByRole('heading', { name: 'Mine møder' })).toBeVisible();
  });

  test('an area\'s wasm module is asked for by its frame once the frame is on screen, and each file only once', async ({ page }) => {
    const app = new App(page);
    await app.login(DEMO.hanne);
    /** The outbox's module comes once a page is drawn and the browser is idle (src/store/idle.rs): waited for,
     * so that none of one page's requests is counted with the next page's. */
    const outboxCame = (what) => expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource')
      .some((e) => /\/split_outbox-[^/]*\.wasm$/.test(e.name))), what).toBe(true);
    /** The area's wasm files asked for while `f`'s page loads, with who asked ("other": the frame's preload). */
    async function load(f) {
      await outboxCame('the page before');
      const asked = [];
      const seen = (r) => {
        const url = new URL(r.url());
        if (url.pathname.endsWith('.wasm') && !url.pathname.endsWith('_bg.wasm')) asked.push(`${url.pathname} ${r.resourceType()}`);
      };
      page.on('request', seen);
      await page.goto(f.path);
      await expect(app.heading()).toHaveText(f.title);
      await outboxCame(f.path);
      await page.waitForLoadState('networkidle');
      page.off('request', seen);
      const files = ((await page.locator('meta[name="app-module-files"]').getAttribute('content')) || '').split(' ');
      expect(files.length, f.path).toBeGreaterThan(1);
      return { asked: asked.sort(), files };
    }
    // The main module delayed, as on a slow connection: the frame asks for every file, after its first paint,
    // and the app's loader takes those answers instead of fetching again; it needs no file the frame did not name.
    const slowMain = (route) => setTimeout(() => route.continue(), 700);
    await page.route('**/*_bg.wasm', slowMain);
    for (const f of spec.frames.filter((x) => x.module)) {
      const { asked, files } = await load(f);
      // The outbox's own files (not the area's: the frame does not name them) are fetched once, by its loader.
      const own = asked.filter((x) => !files.includes(x.split(' ')[0]));
      expect(own.length, f.path).toBeGreaterThan(0);
      expect(own.every((x) => x.endsWith(' fetch')), f.path).toBe(true);
      expect(new Set(own).size, f.path).toBe(own.length);
      expect(asked.filter((x) => !own.includes(x)), f.path).toEqual(files.map((x) => `${x} other`).sort());
      const beforePaint = await page.evaluate(() => {
        const paint = performance.getEntriesByName('first-contentful-paint')[0].startTime;
        return performance.getEntriesByType('resource')
          .filter((e) => /\/(chunk|split)_[^/]*\.wasm$/.test(e.name) && e.startTime < paint).map((e) => e.name);
      });
      expect(beforePaint, f.path).toEqual([]);
    }
    await page.unroute('**/*_bg.wasm', slowMain);
    // A quick main module: whoever asks first, no file is fetched twice.
    for (const f of spec.frames.filter((x) => x.module)) {
      const { asked, files } = await load(f);
      const names = asked.map((x) => x.split(' ')[0]);
      expect(new Set(names).size, f.path).toBe(names.length);
      expect(names.filter((x) => files.includes(x)), f.path).toEqual(files.slice().sort());
    }
  });

  test('the info pages can be read whole before the app starts, and the app draws the same text in the same place', async ({ page }) => {
    const app = new App(page);
    await app.login(DEMO.hanne);
    /** The heading and every paragraph after it: text and place (the frame's "Indlæser …" left out). */
    const whole = () => page.evaluate(() => {
      const h1 = document.querySelector('main h1');
      const box = (e) => { const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height].map(Math.round); };
      const out = [[h1.textContent.trim(), box(h1)]];
      for (let e = h1.nextElementSibling; e && e.tagName === 'P'; e = e.nextElementSibling) {
        if (e.id !== 'app-loading-text') out.push([e.textContent.trim(), box(e)]);
      }
      return out;
    });
    const pages = [
      ['/tilgaengelighed', 'Tilgængeligheds\u00aderklæring', 'Tilgængelighedserklæring', 3],
      ['/privatliv', 'Privatliv og cookies', 'Privatliv og cookies', 4],
    ];
    for (const [path, title, tab, paragraphs] of pages) {
      await page.goto(path);
      await expect(page.locator('#main-heading')).toHaveText(title);
      const drawn = await whole();
      expect(drawn).toHaveLength(1 + paragraphs);

      await page.route('**/*.wasm', noWasm);
      await page.goto(path);
      await expect(page.locator('#app-loading h1')).toHaveText(title);
      await expect(page).toHaveTitle(`${tab} – Fleksvej`);
      expect(await whole()).toEqual(drawn);
      // No area is marked in the menu: these pages are in none of them.
      await expect(page.locator('#app-loading .navigation-menu [aria-current="page"]')).toHaveCount(0);
      await expect(page.locator('#app-loading .navigation-menu .mainmenu a')).toHaveCount(AREAS.length);
      await page.unroute('**/*.wasm', noWasm);
    }
  });

  test('while an area\'s module is on its way, the frame stays on screen instead of an empty page', async ({ page }) => {
    const app = new App(page);
    await app.login(DEMO.hanne);
    const area = /split_cv_area-[0-9a-f]+\.wasm$/;
    const release = await holdBack(page, area);
    const asked = page.waitForRequest(area);
    await page.goto('/mit-cv');
    // The app has started and mounted (hidden): it asks for the area's module.
    await asked;
    await page.waitForTimeout(300);
    await expect(page.locator('h1:visible')).toHaveText(['Mit CV']);
    await expect(page.locator('#app-loading p.font-lead')).toBeVisible();
    release();
    await expect(page.locator('#main-heading')).toBeVisible();
    await expect(page.locator('#app-loading')).toHaveCount(0);
    await expect(page.locator('h1:visible')).toHaveText(['Mit CV']);
  });

  test('without a session an area answers with the bare shell, and the app asks the borger to log in', async ({ page }) => {
    await page.route('**/*.wasm', noWasm);
    await page.goto('/mit-cv');
    await expect(page.locator('#app-loading-text')).toHaveText('Indlæser …');
    await expect(page.locator('#app-loading h1')).toHaveCount(0);
    await expect(page.locator('#app-loading .mainmenu')).toHaveCount(0);
    // An info page, which anyone may read, is not drawn with a logged-in borger's menu and "Log af".
    await page.goto('/tilgaengelighed');
    await expect(page.locator('#app-loading-text')).toHaveText('Indlæser …');
    await expect(page.locator('#app-loading h1')).toHaveCount(0);
    await expect(page.locator('#app-loading .log-off')).toHaveCount(0);
    await page.unroute('**/*.wasm', noWasm);
    await page.goto('/mit-cv');
    await expect(new App(page).heading()).toHaveText('Log ind');
    await page.goto('/tilgaengelighed');
    await expect(new App(page).heading()).toHaveText('Tilgængeligheds\u00aderklæring');
  });
});

test('the forside, which has the borger\'s name, is not kept by the service worker', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.hanne);
  await expect(page.locator('main p.font-lead')).toContainText('Velkommen Hanne.');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 25_000 }).toBe(true);
  await page.reload();
  await expect(page.locator('main p.font-lead')).toContainText('Velkommen Hanne.');
  const kept = await page.evaluate(async () => {
    const pages = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const req of await cache.keys()) {
        const resp = await cache.match(req);
        if ((resp.headers.get('content-type') || '').startsWith('text/html')) pages.push([new URL(req.url).pathname, await resp.text()]);
      }
    }
    return pages;
  });
  expect(kept.map(([path]) => path)).toEqual(['/index.html']);
  for (const [, body] of kept) expect(body).not.toContain('Hanne');
});

test('an area\'s own stylesheet is on only once the area is opened, and from the start in the area\'s frame', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.hanne);
  const media = () => page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('link[data-area-style]')].map((l) => [l.dataset.areaStyle, l.media])));
  await page.goto('/');
  await expect(app.heading()).toHaveText('Forside');
  // Fetched, but not holding back the forside's first paint.
  expect(await media()).toEqual({ cv: 'not all', jobgoals: 'not all', progression: 'not all' });
  await app.navigate('Mit CV');
  await expect(app.heading()).toHaveText('Mit CV');
  expect(await media()).toEqual({ cv: '', jobgoals: 'not all', progression: 'not all' });
  // style/cv.css's rules apply to the CV's pages.
  expect(await page.locator('.app-cv-sections').evaluate((e) => getComputedStyle(e).maxWidth)).not.toBe('none');
  await app.navigate('Min udvikling');
  await expect(app.heading()).toHaveText('Min udvikling');
  expect(await media()).toEqual({ cv: '', jobgoals: 'not all', progression: '' });

  // The frame of Mine jobmål has its stylesheet on as it comes from the server; the others wait.
  const html = await (await page.request.get('/mine-jobmaal')).text();
  expect(html).toMatch(/href="\/jobgoals-[0-9a-f]+\.css" data-area-style="jobgoals"/);
  expect(html).toMatch(/href="\/cv-[0-9a-f]+\.css" media="not all" data-area-style="cv"/);
  await page.goto('/mine-jobmaal');
  await expect(app.heading()).toHaveText('Mine jobmål');
  expect(await media()).toEqual({ cv: 'not all', jobgoals: '', progression: 'not all' });
});
