// A borger's first visit over one slow line: the page, its data and the service worker's precache all share it.
// Lighthouse's devtools throttling and startup.mjs throttle the page only; a service worker's fetches go around
// that, so neither shows what its install costs a first visit. Here a TCP proxy in front of the backend is the
// line (Lighthouse's slow 4G: 1.6 Mbit/s down, 750 kbit/s up at 90 %, 150 ms round trip); connections with
// bytes waiting take turns, 4 KB at a time, as TCP flows share a bottleneck. CPU ×4, a fresh browser profile.
// Prints one tab-separated line per route, medians of 3 loads in ms from the navigation's start:
// route fcp app_ready data_drawn service_worker_ready
// Usage: node firstvisit.mjs BACKEND_PORT ROUTE...
import net from 'node:net';
import { chromium } from '@playwright/test';

const [backendPort, ...routes] = process.argv.slice(2);
const RTT = 150;
const DOWN = (1.6e6 * 0.9) / 8 / 1000; // bytes per ms
const UP = (750e3 * 0.9) / 8 / 1000;

/** Queued after a socket's last bytes: the socket is ended when they have arrived, not before. */
const END = Symbol('end');

/** One direction of the line: a function that queues bytes (or END) for a socket. */
function line(rate) {
  const queues = new Map();
  const order = [];
  let free = 0;
  let timer = null;
  function pump() {
    timer = null;
    while (order.length > 0) {
      const sock = order.shift();
      const q = queues.get(sock);
      if (!q || q.length === 0) { queues.delete(sock); continue; }
      order.push(sock);
      if (q[0] === END) {
        q.shift();
        setTimeout(() => sock.end(), Math.max(free, performance.now()) + RTT / 2 - performance.now());
        continue;
      }
      const piece = q[0].subarray(0, 4096);
      q[0] = q[0].subarray(4096);
      if (q[0].length === 0) q.shift();
      free = Math.max(performance.now(), free) + piece.length / rate;
      setTimeout(() => { if (!sock.destroyed) sock.write(piece); }, free + RTT / 2 - performance.now());
      timer = setTimeout(pump, Math.max(0, free - performance.now()));
      return;
    }
  }
  return (sock, chunk) => {
    if (!queues.has(sock)) { queues.set(sock, []); order.push(sock); }
    queues.get(sock).push(chunk);
    if (!timer) timer = setTimeout(pump, Math.max(0, free - performance.now()));
  };
}

const down = line(DOWN);
const up = line(UP);
const proxy = net.createServer((client) => {
  const server = net.connect(+backendPort, '127.0.0.1');
  // The TCP handshake: what the browser sends before it is done waits, in order.
  let early = [];
  setTimeout(() => { for (const c of early) up(server, c); early = null; }, RTT);
  client.on('data', (c) => { if (early) early.push(c); else up(server, c); });
  server.on('data', (c) => down(client, c));
  // A side that closes has its peer ended after what is still on the line for it.
  client.on('end', () => { if (early) early.push(END); else up(server, END); });
  server.on('end', () => down(client, END));
  client.on('close', () => setTimeout(() => server.destroy(), 60_000));
  server.on('close', () => setTimeout(() => client.destroy(), 60_000));
  client.on('error', () => {});
  server.on('error', () => {});
});
await new Promise((resolve) => proxy.listen(0, '127.0.0.1', resolve));
const slow = `http://127.0.0.1:${proxy.address().port}`;

const flags = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const device = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true, locale: 'da-DK' };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags });
// Logged in on the fast line; the cookie is the host's, whatever the port.
const login = await browser.newPage();
await login.goto(`http://127.0.0.1:${backendPort}/log-ind`);
await login.getByLabel('Hanne Jakobsen').check();
await login.getByRole('button', { name: 'Log ind' }).click();
await login.waitForURL((u) => !u.pathname.startsWith('/log-ind'));
const session = await login.context().storageState();
await login.context().close();

async function visit(route) {
  const context = await browser.newContext({ ...device, storageState: session });
  try {
    const page = await context.newPage();
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(slow + route, { timeout: 90_000 });
    await page.waitForFunction(() => performance.getEntriesByName('app-ready').length > 0, null, { timeout: 90_000 });
    // The area's data is drawn when no "Henter …"/"Indlæser …" is left.
    await page.waitForFunction(() => !/Henter|Indlæser/.test(document.body.innerText) && performance.mark('data'), null, { timeout: 90_000 });
    await page.evaluate(async () => {
      const late = new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker within 90 s')), 90_000));
      await Promise.race([navigator.serviceWorker.ready, late]);
      performance.mark('sw');
    });
    return await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      performance.getEntriesByName('app-ready')[0].startTime,
      performance.getEntriesByName('data')[0].startTime,
      performance.getEntriesByName('sw')[0].startTime,
    ].map(Math.round));
  } finally {
    await context.close();
  }
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const route of routes) {
  try {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await visit(route));
    console.log([route, ...[0, 1, 2, 3].map((k) => median(runs.map((r) => r[k])))].join('\t'));
  } catch (e) {
    console.log(`${route}\terror\t${String(e.message ?? e).split('\n')[0]}`);
  }
}
await browser.close();
proxy.close();
