// Start-up blocking time as a borger's phone has it: cold loads (no HTTP or code cache, no service worker) of each
// route at CPU ×4 on Lighthouse's throttled slow 4G, with the Long Tasks API: the time tasks block the main
// thread beyond 50 ms, from the first paint until 3 s after the page's heading (`app-ready`). Each route is
// loaded three times as it is, and three times with the DevTools debugger attached, as Lighthouse attaches it
// (core/gather/driver/prepare.js, for async stacks), which can make the same wasm start slower (README,
// "Lighthouse's TBT and the debugger"). Prints one tab-separated line per route, medians in ms:
// route blocking_ms longest_task_ms blocking_ms_with_debugger
// Usage: node startup.mjs BASE ROUTE...
import { chromium } from '@playwright/test';

const [base, ...routes] = process.argv.slice(2);
const flags = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
// Lighthouse's mobile device and its devtools throttling (core/config/constants.js).
const device = {
  viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true,
  locale: 'da-DK', serviceWorkers: 'block',
};
const network = { offline: false, latency: 562.5, downloadThroughput: 1474.56 * 1024 / 8, uploadThroughput: 675 * 1024 / 8 };

// Logged in once; every load then starts a browser of its own with that session, so nothing compiled by an
// earlier load (V8 keeps compiled wasm per process) makes a later one faster.
const first = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags });
const login = await first.newPage();
await login.goto(`${base}/log-ind`);
await login.getByLabel('Hanne Jakobsen').check();
await login.getByRole('button', { name: 'Log ind' }).click();
await login.waitForURL((u) => !u.pathname.startsWith('/log-ind'));
const session = await login.context().storageState();
await first.close();

async function load(route, debuggerOn) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags });
  try {
    return await measure(browser, route, debuggerOn);
  } finally {
    await browser.close();
  }
}

async function measure(browser, route, debuggerOn) {
  const context = await browser.newContext({ ...device, storageState: session });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (debuggerOn) {
    await cdp.send('Debugger.enable');
    await cdp.send('Debugger.setSkipAllPauses', { skip: true });
  }
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask' });
  });
  await page.goto(base + route, { timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(3000);
  const r = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const ready = performance.getEntriesByName('app-ready')[0].startTime;
    const tasks = window.__tasks.filter(([start]) => start >= paint && start <= ready + 3000);
    return {
      tbt: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
      longest: tasks.reduce((max, [, d]) => Math.max(max, d), 0),
    };
  });
  return r;
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const route of routes) {
  try {
    const plain = [];
    const debugged = [];
    for (let i = 0; i < 3; i += 1) {
      plain.push(await load(route, false));
      debugged.push(await load(route, true));
    }
    const ms = (runs, key) => Math.round(median(runs.map((r) => r[key])));
    console.log([route, ms(plain, 'tbt'), ms(plain, 'longest'), ms(debugged, 'tbt')].join('\t'));
  } catch (e) {
    console.log([route, 'error', String(e.message).split('\n')[0]].join('\t'));
  }
}
