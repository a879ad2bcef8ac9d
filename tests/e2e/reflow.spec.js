// WCAG 1.4.10 reflow and 1.4.4 resize (issue #9): at 320 CSS px wide — what a 1280 px screen is at 400 % zoom,
// and narrower than any phone — and at 200 % zoom on a desktop, no page scrolls sideways. A data table may
// scroll inside its own box (1.4.10 allows content that needs two dimensions); the page itself may not.
import fs from 'node:fs';
import { test, expect } from '@playwright/test';
import { App, DEMO } from './pages/app.js';

const ROUTES = [
  '/',
  '/mit-cv',
  '/mit-cv/erhvervserfaring',
  '/mit-cv/maalrettet',
  '/mine-jobmaal',
  '/mine-jobmaal/nyt',
  '/min-plan',
  '/min-udvikling',
  '/tilgaengelighed',
  '/privatliv',
];

/** How many CSS px the page is wider than the window (0 when it fits), and the widest element that sticks out. */
async function overflow(page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const width = doc.clientWidth;
    let widest = null;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      // Inside a box that scrolls by itself (a data table) is allowed.
      const inScroller = el.closest('.app-table-scroll, .table--responsive-scroll');
      const fixed = getComputedStyle(el).position === 'fixed';
      if (!inScroller && !fixed && r.width > 0 && r.right > width + 1 && (!widest || r.right > widest.right)) {
        widest = { right: Math.round(r.right), tag: el.tagName, cls: el.className, text: (el.textContent ?? '').slice(0, 40) };
      }
    }
    return { extra: doc.scrollWidth - width, widest };
  });
}

async function expectNoSidewaysScroll(page, path) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const { extra, widest } = await overflow(page);
  expect({ path, extra, widest }).toEqual({ path, extra: 0, widest: null });
}

test('at 320 px wide no page scrolls sideways', async ({ page }, info) => {
  test.skip(info.project.name !== 'phone', 'one viewport is set here');
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const app = new App(page);
  // Hanne has the most on every page: fleksjob, weeks, goals, a full plan.
  await app.login(DEMO.hanne);
  for (const path of ROUTES) {
    await expectNoSidewaysScroll(page, path);
  }
  // An aftale and a meeting, reached through the plan.
  await page.goto('/min-plan');
  await page.getByRole('region', { name: 'Alle aftaler' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await overflow(page)).extra).toBe(0);
});

test('at 200 % zoom on a desktop no page scrolls sideways', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one viewport is set here');
  test.setTimeout(90_000);
  // 200 % zoom of a 1280×800 window: the page lays out in 640×400 CSS px at twice the pixel density.
  await page.setViewportSize({ width: 640, height: 400 });
  const app = new App(page);
  await app.login(DEMO.hanne);
  for (const path of ROUTES) {
    await expectNoSidewaysScroll(page, path);
  }
});

// DKFDS's stylesheet is pruned to the rules whose names occur in the source (tools/prune-css.mjs). A class
// put together at run time would lose its rules without anyone seeing it: here every class on a page that
// DKFDS styles must still be in the stylesheet the page got.
const STYLED_ROUTES = [
  ...ROUTES,
  '/mit-cv/uddannelse',
  '/mit-cv/sprog',
  '/mit-cv/udskriv',
  '/mine-jobmaal/klar-til-moedet',
  '/mine-jobmaal/oev',
  '/mine-jobmaal/oev/talepapir',
  '/mine-jobmaal/abc',
  '/mine-jobmaal/mig-og-mit-jobmaal',
  '/min-udvikling/del',
  '/findes-ikke',
];

test('no DKFDS class on any page lost its rules', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'the classes are the same at every width');
  test.setTimeout(120_000);
  const full = fs.readFileSync(new URL('../../node_modules/dkfds/dist/css/dkfds-borgerdk.min.css', import.meta.url), 'utf8');
  const dkfds = new Set([...full.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]));
  const lost = async (where) => {
    const { used, served } = await page.evaluate(() => {
      const used = new Set();
      for (const el of document.querySelectorAll('[class]')) for (const c of el.classList) used.add(c);
      let text = '';
      const walk = (rules) => { for (const r of rules) { text += ` ${r.selectorText ?? ''}`; if (r.cssRules) walk(r.cssRules); } };
      for (const sheet of document.styleSheets) walk(sheet.cssRules);
      return { used: [...used], served: text };
    });
    const have = new Set([...served.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]));
    return used.filter((c) => dkfds.has(c) && !have.has(c)).map((c) => `${where}: .${c}`);
  };
  await page.goto('/log-ind');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const missing = await lost('/log-ind');
  // A field error, too: its classes only appear then.
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.locator('.form-error').first()).toBeVisible();
  missing.push(...await lost('/log-ind with an error'));
  await new App(page).login(DEMO.hanne);
  for (const path of STYLED_ROUTES) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    missing.push(...await lost(path));
  }
  expect(missing).toEqual([]);
});
