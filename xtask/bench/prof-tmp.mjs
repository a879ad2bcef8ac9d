import { chromium } from 'playwright';
const [port, route, who = '00000000-0000-4000-8000-000000000003'] = process.argv.slice(2);
const base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
const page = await ctx.newPage();
await page.request.post(`${base}/dev/login`, { headers: { 'x-fleks-client': '1', Origin: base }, data: { borger_id: who } });
const cdp = await ctx.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.addInitScript(() => {
  window.__lt = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
});
await cdp.send('Profiler.start');
await page.goto(base + route);
await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 60000 });
await page.waitForTimeout(1500);
const { profile } = await cdp.send('Profiler.stop');
const lt = await page.evaluate(() => window.__lt);
const ready = await page.evaluate(() => Math.round(performance.getEntriesByName('app-ready')[0].startTime));
console.log('app-ready', ready, 'longtasks', JSON.stringify(lt));
// self time per function
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; let i = 0;
for (const s of profile.samples) { const n = byId.get(s); const k = n.callFrame.functionName || n.callFrame.url.slice(-30) || '(anon)'; self.set(k, (self.get(k) || 0) + (dt[i++] || 0)); }
const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 35);
for (const [k, v] of top) console.log(String(Math.round(v / 1000)).padStart(6), k.slice(0, 150));
// inclusive time for wasm fns named fleksvej::
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map(); i = 0;
for (const s of profile.samples) { const seen = new Set(); let id = s; while (id) { const n = byId.get(id); const k = n.callFrame.functionName; if (k && !seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) || 0) + (dt[i] || 0)); } id = parent.get(id); } i++; }
console.log('--- inclusive');
for (const [k, v] of [...incl.entries()].filter(([k]) => /fleksvej|leptos|tachys|reactive_graph|serde|instantiate|__wbg|Compile|compile/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(String(Math.round(v / 1000)).padStart(6), k.slice(0, 160));
// tree under fleksvej::start
const inclNode = new Map(); i = 0;
for (const s of profile.samples) { let id = s; while (id) { inclNode.set(id, (inclNode.get(id) || 0) + (dt[i] || 0)); id = parent.get(id); } i++; }
const dem = (k) => k.replace(/^_ZN/, '').replace(/17h[0-9a-f]{16}E$/, '').replace(/\$LT\$/g, '<').replace(/\$GT\$/g, '>').replace(/\$u20\$/g, ' ').replace(/\$u7b\$\$u7b\$closure\$u7d\$\$u7d\$/g, '{cl}').replace(/\$C\$/g, ',').replace(/\.\./g, '::').replace(/\d+([a-zA-Z_])/g, '$1');
function walk(id, depth) {
  const n = byId.get(id); const v = inclNode.get(id) || 0;
  if (v < 4000 || depth > 14) return;
  console.log(' '.repeat(depth) + Math.round(v / 1000) + ' ' + dem(n.callFrame.functionName || '(anon)').slice(0, 140));
  for (const c of n.children || []) walk(c, depth + 1);
}
for (const n of profile.nodes) if (/fleksvej5start/.test(n.callFrame.functionName)) { console.log('--- start tree'); walk(n.id, 0); }
await browser.close();
