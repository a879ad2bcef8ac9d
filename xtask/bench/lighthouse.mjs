// Lighthouse (mobile, default simulated throttling) on each route, median of 3 runs, plus one run with
// devtools throttling for the app-ready user timing (simulated throttling does not scale user timings).
// The devtools run's LCP is printed too: simulated throttling estimates LCP from a fast unthrottled load, in which
// the wasm download has begun before the first paint, so it counts that download even when the largest text is
// a frame painted long before the wasm (README, "Frames").
// Usage: node lighthouse.mjs BASE COOKIE OUTDIR ROUTE...   Prints one tab-separated line per route:
// route perf acc bp fcp_ms lcp_ms tbt_ms cls ready_ms devtools_lcp_ms
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [base, cookie, outDir, ...routes] = process.argv.slice(2);
const bin = path.resolve('node_modules/.bin/lighthouse');
const flags = '--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-quic';
const headers = path.join(outDir, 'headers.json');
fs.writeFileSync(headers, JSON.stringify(cookie ? { Cookie: cookie } : {}));

function runOnce(route, i, method) {
  const file = path.join(outDir, `lh-${route.replace(/\W+/g, '_') || 'root'}-${method}-${i}.json`);
  fs.rmSync(file, { force: true });
  try {
    execFileSync(bin, [base + route, '--quiet', '--output=json', `--output-path=${file}`,
      '--only-categories=performance,accessibility,best-practices', '--form-factor=mobile',
      `--throttling-method=${method}`, '--chrome-path=/usr/bin/chromium', `--chrome-flags=${flags}`,
      `--extra-headers=${headers}`, '--max-wait-for-load=60000'], { stdio: 'ignore', timeout: 180000 });
  } catch (e) {
    // Lighthouse exits non-zero when its own trace recording failed; the report then says so in runtimeError.
    if (!fs.existsSync(file)) throw e;
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// Lighthouse sometimes loses the trace of a load ("NO_NAVSTART … Please run Lighthouse again"): that run is
// taken again, up to twice (logged on stderr, which the bench shows if the script fails).
function run(route, i, method) {
  for (let attempt = 1; ; attempt += 1) {
    const report = runOnce(route, i, method);
    if (!report.runtimeError || attempt === 3) {
      if (report.runtimeError) throw new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`);
      return report;
    }
    console.error(`lighthouse ${route} ${method} #${i}: ${report.runtimeError.code}, run again`);
  }
}

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const route of routes) {
  try {
    const reports = [0, 1, 2].map((i) => run(route, i, 'simulate'));
    const cat = (k) => median(reports.map((r) => Math.round((r.categories[k].score ?? 0) * 100)));
    const audit = (k) => median(reports.map((r) => r.audits[k].numericValue ?? 0));
    const dev = run(route, 0, 'devtools');
    const timing = (dev.audits['user-timings']?.details?.items ?? []).find((t) => t.name === 'app-ready');
    console.log([route, cat('performance'), cat('accessibility'), cat('best-practices'), Math.round(audit('first-contentful-paint')),
      Math.round(audit('largest-contentful-paint')), Math.round(audit('total-blocking-time')), audit('cumulative-layout-shift').toFixed(3),
      timing ? Math.round(timing.startTime) : -1, Math.round(dev.audits['largest-contentful-paint'].numericValue ?? -1)].join('\t'));
  } catch (e) {
    console.log([route, 'error', String(e.message).split('\n')[0]].join('\t'));
  }
}
