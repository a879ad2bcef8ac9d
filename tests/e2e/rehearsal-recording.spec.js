// Recording an answer with Chromium's fake microphone: the permission prompt is answered by the fake UI, the
// recording plays back from a blob: URL on the device, and deleting it revokes the URL. Nothing is uploaded.
import { test, expect } from '@playwright/test';
import { App, DEMO, watchPage } from './pages/app.js';

const base = (process.env.CHROMIUM_FLAGS ??
  '--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-quic --no-first-run ' +
  '--disable-background-networking --disable-component-update --disable-sync').split(/\s+/).filter(Boolean);

test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...base, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', '--autoplay-policy=no-user-gesture-required'],
  },
});

test('an answer is recorded, played back from the device and deleted', async ({ page }) => {
  const problems = await watchPage(page);
  await page.addInitScript(() => {
    window.revoked = [];
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.revokeObjectURL = (u) => { window.revoked.push(u); revoke(u); };
  });
  const uploads = [];
  page.on('request', (r) => { if (r.method() !== 'GET' && r.postData()?.length > 20_000) uploads.push(r.url()); });
  const app = new App(page);
  await app.login(DEMO.sofie);
  await page.goto('/mine-jobmaal/oev');
  await page.getByRole('button', { name: 'Næste spørgsmål' }).click();
  const rec = page.getByRole('region', { name: 'Optag dit svar, hvis du vil' });
  await rec.getByRole('button', { name: 'Optag' }).click();
  await expect(rec.getByRole('status')).toHaveText('Optager … Tal, når du er klar.');
  await expect(rec.getByRole('button', { name: 'Stop optagelsen' })).toBeVisible();
  await app.expectAccessible();
  await page.waitForTimeout(1500);
  await rec.getByRole('button', { name: 'Stop optagelsen' }).click();

  const audio = rec.locator('audio');
  await expect(audio).toHaveCount(1);
  await expect(rec.getByText('Svar på spørgsmål 2', { exact: true })).toBeVisible();
  const src = await audio.getAttribute('src');
  expect(src).toMatch(/^blob:/);
  await expect.poll(() => audio.evaluate((a) => a.readyState), { timeout: 10_000 }).toBeGreaterThan(0);
  await app.expectAccessible();

  // Still there after going elsewhere in the app and back: a new URL for the same recording, the old one revoked.
  await page.getByRole('link', { name: 'Tilbage til Mine jobmål' }).click();
  await expect(app.heading()).toHaveText('Mine jobmål');
  expect(await page.evaluate(() => window.revoked)).toEqual([src]);
  await page.getByRole('link', { name: 'Øv dig i at fortælle om dine jobmål' }).click();
  await expect(rec.locator('audio')).toHaveCount(1);
  const again = await rec.locator('audio').getAttribute('src');
  expect(again).not.toBe(src);

  await rec.getByRole('button', { name: /Slet optagelsen/ }).click();
  await expect(rec.locator('audio')).toHaveCount(0);
  expect(await page.evaluate(() => window.revoked)).toEqual([src, again]);
  expect(uploads).toEqual([]);
  expect(problems).toEqual([]);
});
