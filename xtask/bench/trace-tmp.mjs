import { chromium } from 'playwright';
import fs from 'node:fs';
const [port, route, who = '00000000-0000-4000-8000-000000000003'] = process.argv.slice(2);
const base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
const page = await ctx.newPage();
await page.request.post(`${base}/dev/login`, { headers: { 'x-fleks-client': '1', Origin: base }, data: { borger_id: who } });
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await browser.startTracing(page, { path: '/tmp/trace-tmp.json', categories: ['devtools.timeline', 'v8', 'v8.wasm', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
await page.goto(base + route);
await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 60000 });
await page.waitForTimeout(1500);
await browser.stopTracing();
await browser.close();
const ev = JSON.parse(fs.readFileSync('/tmp/trace-tmp.json', 'utf8')).traceEvents;
// main thread of the renderer: the thread with most RunTask in CrRendererMain
const names = ev.filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const mains = new Set(names.map((e) => `${e.pid}:${e.tid}`));
const tasks = ev.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.name === 'RunTask' && e.dur > 50000);
const t0 = Math.min(...ev.filter((e) => e.name === 'navigationStart' || e.name === 'TracingStartedInBrowser').map((e) => e.ts));
for (const t of tasks) {
  const inside = ev.filter((e) => mains.has(`${e.pid}:${e.tid}`) && e.ph === 'X' && e.ts >= t.ts && e.ts + (e.dur || 0) <= t.ts + t.dur && e !== t);
  // self time per event name (children subtracted roughly by depth: sum durations of direct children)
  const byName = new Map();
  for (const e of inside) byName.set(e.name, (byName.get(e.name) || 0) + e.dur);
  const top = [...byName.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}=${Math.round(v / 1000)}`);
  console.log(`task @${Math.round((t.ts - t0) / 1000)}ms ${Math.round(t.dur / 1000)}ms: ${top.join(' ')}`);
}
