// @ts-check
// Playwright runs against the reference backend that `cargo xtask test` starts (BASE_URL), in Debian's Chromium.
import { defineConfig } from '@playwright/test';

const flags = (process.env.CHROMIUM_FLAGS ??
  '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run ' +
  '--disable-background-networking --disable-component-update --disable-sync').split(/\s+/).filter(Boolean);

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.js/,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 1, // 2-core machine, one shared server
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:8080',
    browserName: 'chromium',
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    launchOptions: { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: flags },
    screenshot: 'only-on-failure',
    trace: 'off',
  },
  projects: [
    { name: 'phone', use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
});
