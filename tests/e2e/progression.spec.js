// Min udvikling end to end: the weekly check-in with errors next to the field, correcting a week, the trend
// table, and proposing a progressionsmål. axe on every state.
import { test, expect } from '@playwright/test';
import { App, DEMO } from './pages/app.js';

test('a borger in a fleksjob logs last week, corrects it, and proposes a goal', async ({ page }, info) => {
  const app = new App(page);
  // One persona per screen size: the two runs share one server.
  await app.login(info.project.name === 'phone' ? DEMO.hanne : DEMO.ali);
  await page.goto('/min-udvikling');
  await expect(app.heading()).toHaveText('Min udvikling');
  await expect(page.getByRole('heading', { name: 'Mit fleksjob' })).toBeVisible();
  await expect(page.getByRole('img', { name: /Timer pr\. uge/ })).toBeVisible();
  await app.expectAccessible();

  // Choose a week that is not noted yet (the demo has entries only every few weeks).
  const select = page.getByLabel('Uge', { exact: true });
  const options = await select.locator('option').all();
  let chosen = null;
  for (const o of options) {
    await select.selectOption(await o.getAttribute('value'));
    if ((await page.getByLabel('Timer arbejdet i ugen').inputValue()) === '') { chosen = await o.innerText(); break; }
  }
  expect(chosen).not.toBeNull();

  const hours = page.getByLabel('Timer arbejdet i ugen');
  await hours.fill('40');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  await expect(page.locator('#week-hours-error')).toHaveText('Fejl: Tallet er for stort. Det må højst være 37');
  await app.expectAccessible();
  await hours.fill('7,3');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  await expect(page.locator('#week-hours-error')).toHaveText('Fejl: Skriv timer i hele kvarter, fx 7,25 eller 7,5');
  await hours.fill('9,5');
  await page.getByLabel('Hvordan gik ugen?').fill('En god uge med frokostservering');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ugen er gemt' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: chosen });
  await expect(row.getByRole('cell').nth(1)).toHaveText(/^9,5$|^1\d(,\d+)?$/);

  // Choosing the same week again fills the form, and saving corrects it.
  await page.getByLabel('Uge', { exact: true }).selectOption({ label: chosen });
  await expect(page.getByLabel('Timer arbejdet i ugen')).toHaveValue('9,5');
  await expect(page.getByText('Du har allerede noteret denne uge.')).toBeVisible();
  await page.getByLabel('Timer arbejdet i ugen').fill('10');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ugen er rettet' })).toBeVisible();

  // Range buttons change what the chart and table cover.
  await page.getByRole('button', { name: 'Det hele' }).click();
  await expect(page.getByRole('button', { name: 'Det hele' })).toHaveAttribute('aria-pressed', 'true');

  // A proposal without text gets an error; with text it is sent and shown as a proposal.
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(page.locator('#goal-text-error')).toHaveText('Fejl: Udfyld feltet');
  const idea = `Prøve kasseopgaver om fredagen (${info.project.name} ${Date.now()})`;
  await page.getByLabel('Område').selectOption({ label: 'Opgaver' });
  await page.getByLabel('Hvad vil du gerne prøve?').fill(idea);
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Forslaget er sendt' })).toBeVisible();
  const goal = page.getByRole('listitem').filter({ hasText: idea });
  await expect(goal).toContainText('Dit forslag – ikke aftalt endnu');
  await app.expectAccessible();

  // The one-page summary for the next talk holds the weeks and the goals, ready to print.
  await page.getByRole('link', { name: 'Lav et overblik til næste samtale' }).click();
  await expect(app.heading()).toHaveText('Til næste samtale');
  await expect(page.getByRole('row').filter({ hasText: chosen })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: idea })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Udskriv' })).toBeVisible();
  await app.expectAccessible();
});
