// Keyboard-only journeys (issue #9, WCAG 2.1.1 and 2.4.7): Min plan, Min udvikling and Mine jobmål without a
// mouse, with visible focus at every stop. Mit CV and Øv din fremlæggelse have theirs in cv.spec.js and
// rehearsal.spec.js.
import { test, expect } from '@playwright/test';
import { App, DEMO } from './pages/app.js';
import { tabTo } from './pages/keyboard.js';

test('keyboard only: open an aftale from Min plan and send the jobformidler a comment', async ({ page }, info) => {
  const app = new App(page);
  await app.login(DEMO.jonas);
  await page.goto('/min-plan');
  await expect(app.heading()).toHaveText('Min plan');
  const title = 'Kontakt 3 tømrerfirmaer om oprydningsopgaver';
  await tabTo(page, title);
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText(title);
  const comment = `Jeg har ringet til to af dem (${info.project.name} ${Date.now()})`;
  await tabTo(page, 'Min kommentar til jobformidleren');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(comment);
  await tabTo(page, 'Gem kommentar');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Gemt', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Min kommentar til jobformidleren')).toHaveValue(comment);
  await app.expectAccessible();
});

test('keyboard only: note a week\'s hours in Min udvikling', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough: Hanne has few weeks no other test uses');
  const app = new App(page);
  await app.login(DEMO.hanne);
  await page.goto('/min-udvikling');
  await expect(app.heading()).toHaveText('Min udvikling');
  // The oldest week offered: no other spec writes it (progression.spec's weeks are nearer).
  await tabTo(page, 'Uge');
  const select = page.getByLabel('Uge', { exact: true });
  await expect(select).toBeFocused();
  const oldest = await select.locator('option').last().getAttribute('value');
  for (let i = 0; i < 10 && (await select.inputValue()) !== oldest; i += 1) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue(oldest);
  await tabTo(page, 'Timer arbejdet i ugen');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('6,5');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /Ugen er (gemt|rettet)/ })).toBeVisible();
  await app.expectAccessible();
});

test('keyboard only: write a new jobmål and save it', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough: it adds a jobmål to a shared demo borger');
  const app = new App(page);
  await app.login(DEMO.hanne);
  await page.goto('/mine-jobmaal');
  await expect(app.heading()).toHaveText('Mine jobmål');
  await tabTo(page, 'Tilføj et jobmål');
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Nyt jobmål');
  const title = `Køkkenmedhjælper i en skolekantine ${Date.now()}`;
  await tabTo(page, 'Jobmål');
  await page.keyboard.type(title);
  await tabTo(page, 'Hvorfor passer det til mig?');
  await page.keyboard.type('Jeg kender køkkenet og kan lide faste rutiner.');
  await tabTo(page, 'Gem jobmålet');
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Mine jobmål');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await app.expectAccessible();
});
