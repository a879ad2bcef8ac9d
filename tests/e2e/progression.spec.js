// Min udvikling end to end: the weekly check-in with errors next to the field, correcting and deleting a week on
// its own page, the chart's text alternative and table, a progressionsmål proposal and its detail page, the
// agreed hours goal drawn in the chart, and the printable overview. axe on every state.
import { test, expect } from '@playwright/test';
import { App, DEMO } from './pages/app.js';

const ALI = '00000000-0000-4000-8000-000000000004';
const HOURS = 'Timer arbejdet i ugen';

/**
 * Picks the week this run logs. Both projects use Hanne against one server, so they must not share a week:
 * the phone logs this week, the desktop the week `nth` options down (keyboard.spec uses the last option). A week
 * left over from an earlier run is deleted first (through the API, then the page is loaded again, so no redraw
 * after the delete can race the choice), so the test can run again.
 */
async function chooseWeek(page, project, nth = 2) {
  const select = page.getByLabel('Uge', { exact: true });
  const option = project === 'phone'
    ? select.locator('option', { hasText: 'denne uge' })
    : select.locator('option').nth(nth);
  const label = (await option.innerText()).split(' – ')[0].trim();
  const value = await option.getAttribute('value');
  const [year, week] = value.split('-W').map(Number);
  const { weeks } = await (await page.request.get('/api/v1/progression')).json();
  const left = weeks.find((w) => w.content.week.year === year && w.content.week.week === week && w.content.job_no === 1);
  if (left) {
    const gone = await page.request.delete(`/api/v1/progression/weeks/${left.id}`, {
      headers: { 'x-fleks-client': '1', Origin: new URL(page.url()).origin, 'If-Match': `"v${left.version}"` },
    });
    expect(gone.status()).toBe(204);
    await page.reload();
  }
  await select.selectOption(value);
  await expect(page.getByText('Du har allerede noteret denne uge.')).toHaveCount(0);
  await expect(page.getByLabel(HOURS)).toHaveValue('');
  return label;
}

test('Hanne logs a week, meets an error next to the field, corrects the week and proposes a goal', async ({ page }, info) => {
  // A long journey (four saves, a correction and a proposal, with axe at each state).
  test.setTimeout(60_000);
  const app = new App(page);
  await app.login(DEMO.hanne);
  await page.goto('/min-udvikling');
  await expect(app.heading()).toHaveText('Min udvikling');
  await expect(page.getByRole('heading', { name: 'Mit fleksjob' })).toBeVisible();
  await expect(page.getByText('Kantinen i Viborg Rådhus')).toBeVisible();
  await expect(page.getByRole('img', { name: /Timer pr\. uge for \d+ noterede uger/ })).toBeVisible();
  await app.expectAccessible();

  const week = await chooseWeek(page, info.project.name);
  const hours = page.getByLabel(HOURS);
  await hours.fill('40');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  await expect(page.locator('#week-hours-error')).toHaveText('Fejl: Tallet er for stort. Det må højst være 37');
  await expect(hours).toHaveAttribute('aria-describedby', /week-hours-error/);
  const summary = page.getByRole('alert').filter({ hasText: 'Tallet er for stort' });
  await expect(summary).toBeFocused();
  await summary.getByRole('link').click();
  await expect(hours).toBeFocused();
  await app.expectAccessible();

  await hours.fill('7,3');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  await expect(page.locator('#week-hours-error')).toHaveText('Fejl: Skriv timer i hele kvarter, fx 7,25 eller 7,5');
  await app.expectAccessible();

  await hours.fill('9,5');
  await page.getByLabel('Hvordan gik ugen?').fill('En god uge med frokostservering');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ugen er gemt' })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: week, exact: true }) });
  await expect(row.getByRole('cell').first()).toHaveText('9,5');
  if (info.project.name === 'phone') {
    // This week is now the latest, and the chart's text alternative says so.
    await expect(page.getByRole('img', { name: /Seneste uge: 9,5 timer/ })).toBeVisible();
  }
  await app.expectAccessible();

  // Correcting the week on its own page.
  await row.getByRole('link', { name: `Ret ${week}` }).click();
  await expect(app.heading()).toHaveText('Ret en uge');
  await expect(page).toHaveTitle('Ret en uge – Fleksvej');
  await expect(page.getByLabel(HOURS)).toHaveValue('9,5');
  await expect(page.getByLabel('Hvordan gik ugen?')).toHaveValue('En god uge med frokostservering');
  await app.expectAccessible();
  await page.getByLabel(HOURS).fill('10');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ugen er rettet' })).toBeVisible();
  await page.getByRole('link', { name: 'Tilbage til Min udvikling' }).click();
  await expect(app.heading()).toHaveText('Min udvikling');
  await expect(row.getByRole('cell').first()).toHaveText('10');

  // Range buttons change what the chart and table cover.
  await page.getByRole('button', { name: 'Det hele' }).click();
  await expect(page.getByRole('button', { name: 'Det hele' })).toHaveAttribute('aria-pressed', 'true');

  // A proposal without text gets an error; with text it is sent and shown as a proposal.
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(page.locator('#goal-text-error')).toHaveText('Fejl: Udfyld feltet');
  await app.expectAccessible();
  const idea = `Prøve en time mere om fredagen (${info.project.name} ${Date.now()})`;
  // A goal about hours may name the weekly hours it aims at; they must be a number.
  await expect(page.getByLabel(/Timer om ugen, som målet sigter mod/)).toHaveCount(0);
  await page.getByLabel('Område').selectOption({ label: 'Timer' });
  await page.getByLabel('Hvad vil du gerne prøve?').fill(idea);
  await page.getByLabel(/Timer om ugen, som målet sigter mod/).fill('tolv');
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(page.locator('#goal-hours-error')).toHaveText('Fejl: Skriv timerne som et tal, fx 7,5');
  await app.expectAccessible();
  await page.getByLabel(/Timer om ugen, som målet sigter mod/).fill('12,5');
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Forslaget er sendt' })).toBeVisible();
  const goal = page.getByRole('listitem').filter({ hasText: idea });
  await expect(goal).toContainText('Dit forslag – ikke aftalt endnu');
  await expect(goal).toContainText('12,5 timer om ugen');
  await app.expectAccessible();
  await goal.getByRole('link', { name: idea }).click();
  await expect(app.heading()).toHaveText('Progressionsmål');
  await expect(page.getByText('Det her er dit forslag.')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Dig' })).toBeVisible();
  await app.expectAccessible();
  await page.getByRole('link', { name: 'Tilbage til Min udvikling' }).click();

  // The one-page overview for the next talk holds the weeks and the goals, ready to print.
  await page.getByRole('link', { name: 'Lav et overblik til næste samtale' }).click();
  await expect(app.heading()).toHaveText('Til næste samtale');
  await expect(page.getByRole('rowheader', { name: week, exact: true })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: idea })).toContainText('Dit forslag');
  await page.getByRole('button', { name: '12 uger' }).click();
  await expect(page.getByRole('button', { name: '12 uger' })).toHaveAttribute('aria-pressed', 'true');
  await app.expectAccessible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Udskriv' })).toBeHidden();
  await expect(page.getByRole('rowheader', { name: week, exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Deleting the week leaves the log as it was (and lets the test run again).
  await page.goto('/min-udvikling');
  await page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: week, exact: true }) })
    .getByRole('link', { name: `Ret ${week}` }).click();
  await page.getByRole('button', { name: 'Slet' }).click();
  await expect(page.getByText('Vil du slette det, du har noteret for denne uge?')).toBeVisible();
  await app.expectAccessible();
  await page.getByRole('button', { name: 'Fortryd' }).click();
  await page.getByRole('button', { name: 'Slet' }).click();
  await page.getByRole('button', { name: 'Ja, slet ugen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ugen er slettet' })).toBeVisible();
  await app.expectAccessible();
});

test('an hours goal agreed at the talk is drawn in the chart and named in its text', async ({ page }, info) => {
  test.skip(!process.env.ADMIN_TOKEN, 'needs the admin API');
  const text = `En ekstra vagt om ugen (${info.project.name} ${Date.now()})`;
  const resp = await page.request.post(`/api/admin/v1/borgere/${ALI}/progression/goals`, {
    headers: { Authorization: `Bearer ${process.env.ADMIN_TOKEN}`, 'Idempotency-Key': crypto.randomUUID() },
    data: {
      content: { area: 'hours', description: text, try_next: 'En ekstra vagt om torsdagen', review_date: null, target_hours: 9 },
      status: 'agreed', agreed_with: 'Henrik (butikschef) og Pia (virksomhedskonsulent)',
    },
  });
  expect(resp.status()).toBe(201);
  const app = new App(page);
  await app.login(DEMO.ali);
  await page.goto('/min-udvikling');
  await expect(page.getByRole('img', { name: /aftalte mål om timer er vist som en linje ved 9 timer/ })).toBeVisible();
  await expect(page.locator('.app-chart-goal')).toHaveCount(1);
  await app.expectAccessible();
  await page.getByRole('link', { name: text }).click();
  await expect(app.heading()).toHaveText('Progressionsmål');
  await expect(page.getByText('Henrik (butikschef) og Pia (virksomhedskonsulent)')).toBeVisible();
  await expect(page.getByText('Aftalt', { exact: true })).toBeVisible();
  await expect(page.getByText('9 timer om ugen', { exact: true })).toBeVisible();
  await app.expectAccessible();
});

test('a week changed on another device meanwhile is not overwritten: both versions are shown and the borger chooses', async ({ page }, info) => {
  const app = new App(page);
  await app.login(DEMO.ali);
  // Each project logs its own week (six or seven weeks back, empty in Ali's demo log) to change.
  await page.goto('/min-udvikling');
  const select = page.getByLabel('Uge', { exact: true });
  const option = select.locator('option').nth(info.project.name === 'phone' ? 6 : 7);
  const week = (await option.innerText()).trim();
  await select.selectOption(await option.getAttribute('value'));
  await page.getByLabel(HOURS).fill('6');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Ugen er (gemt|rettet)/ })).toBeVisible();
  await page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: week, exact: true }) })
    .getByRole('link', { name: `Ret ${week}` }).click();
  await expect(app.heading()).toHaveText('Ret en uge');
  const id = page.url().split('/').pop();

  // Another device corrects the same week first.
  const status = await page.evaluate(async (id) => {
    const h = { 'x-fleks-client': '1', 'Content-Type': 'application/json' };
    const p = await (await fetch('/api/v1/progression', { headers: h })).json();
    const e = p.weeks.find((w) => w.id === id);
    const r = await fetch(`/api/v1/progression/weeks/${id}`, {
      method: 'PUT', headers: { ...h, 'If-Match': `"v${e.version}"` },
      body: JSON.stringify({ ...e.content, hours: 6.5, note: 'Rettet på telefonen' }),
    });
    return r.status;
  }, id);
  expect(status).toBe(200);

  await page.getByLabel(HOURS).fill('8');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  // Both versions on screen: the other one in the alert, the borger's own still in the form.
  const choice = page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Behold min' }) });
  await expect(choice).toContainText('6,5');
  await expect(choice).toContainText('Rettet på telefonen');
  await expect(page.getByLabel(HOURS)).toHaveValue('8');
  await app.expectAccessible();
  await choice.getByRole('button', { name: 'Brug den nye' }).click();
  await expect(choice).toHaveCount(0);
  await expect(page.getByLabel(HOURS)).toHaveValue('6,5');
  await expect(page.getByLabel('Hvordan gik ugen?')).toHaveValue('Rettet på telefonen');
});

test('a proposal that waited for the server joins the goals when it is sent, while the page stays open', async ({ page, context }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough: it changes shared demo data');
  await page.clock.install();
  const app = new App(page);
  await app.login(DEMO.hanne);
  await page.goto('/min-udvikling');
  await expect(app.heading()).toHaveText('Min udvikling');
  const goals = page.getByRole('region', { name: 'Hvor kan der ske en forandring?' });
  await expect(goals.getByRole('listitem').first()).toBeVisible();

  // The server does not answer: the proposal waits on the device.
  await context.route('**/api/v1/progression/goals', (route) => route.abort('connectionrefused'));
  const idea = `En pause hver time (${Date.now()})`;
  await page.getByLabel('Hvad vil du gerne prøve?').fill(idea);
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(page.getByText('Gemt på enheden – sendes når du er online')).toBeVisible();
  await expect(goals.getByRole('listitem').filter({ hasText: idea })).toHaveCount(0);

  // Back: the outbox sends it within its retry interval, and the list shows it without a reload.
  await context.unroute('**/api/v1/progression/goals');
  await page.clock.runFor(16_000);
  const goal = goals.getByRole('listitem').filter({ hasText: idea });
  await expect(goal).toHaveCount(1, { timeout: 15_000 });
  await expect(goal).toContainText('Dit forslag – ikke aftalt endnu');
  await app.expectAccessible();
});

/**
 * Hanne opens Min udvikling and picks the `nth` week; then the same week is noted with 6 hours on another device
 * (straight to the API), which the open page does not know about.
 */
async function weekNotedElsewhere(page, baseURL, project, nth) {
  const app = new App(page);
  await app.login(DEMO.hanne);
  await page.goto('/min-udvikling');
  const select = page.getByLabel('Uge', { exact: true });
  await chooseWeek(page, project, nth);
  const value = await select.inputValue();
  const [year, week] = value.split('-W').map(Number);
  const elsewhere = await page.request.post('/api/v1/progression/weeks', {
    headers: { 'x-fleks-client': '1', Origin: baseURL, 'Idempotency-Key': crypto.randomUUID() },
    data: { week: { year, week }, hours: 6, job_no: 1 },
  });
  expect(elsewhere.status()).toBe(201);
  return { app, select, value, year, week };
}

test('a week noted on another device meanwhile is not noted twice: the error says so next to the week', async ({ page, baseURL }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough: it changes shared demo data');
  const { app, select, value, year, week } = await weekNotedElsewhere(page, baseURL, info.project.name, 3);

  await page.getByLabel(HOURS).fill('7,5');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  await expect(page.locator('#week-week-error'))
    .toHaveText('Fejl: Ugen er allerede noteret et andet sted. Genindlæs siden for at se den og rette den.');
  await expect(page.getByLabel(HOURS)).toHaveValue('7,5');
  await app.expectAccessible();

  // After a reload the week is there, and what the borger typed is kept: saving now corrects that week.
  await page.reload();
  await select.selectOption(value);
  await expect(page.getByText('Du har allerede noteret denne uge.')).toBeVisible();
  await expect(page.getByLabel(HOURS)).toHaveValue('7,5');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ugen er rettet' })).toBeVisible();
  const progression = await (await page.request.get('/api/v1/progression')).json();
  const noted = progression.weeks.filter((w) => w.content.week.year === year && w.content.week.week === week && w.content.job_no === 1);
  expect(noted.map((w) => w.content.hours)).toEqual([7.5]);
});

/**
 * As `weekNotedElsewhere`, then the borger notes the same week with 8 hours without network: it waits, and is
 * refused when it is sent. Returns when the editor says so.
 */
async function weekRefusedAfterOffline(page, context, baseURL, project, nth) {
  const noted = await weekNotedElsewhere(page, baseURL, project, nth);
  await context.setOffline(true);
  await page.getByLabel(HOURS).fill('8');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  await expect(page.getByText('Gemt på enheden – sendes når du er online')).toBeVisible({ timeout: 10_000 });
  await context.setOffline(false);
  await expect(page.getByRole('alert').filter({ hasText: 'Kunne ikke sendes.' })).toBeVisible({ timeout: 20_000 });
  return noted;
}

test('a week saved offline that was noted on another device meanwhile is refused, and the editor and the forside say why', async ({ page, context, baseURL }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough: it changes shared demo data');
  const { app, year, week } = await weekRefusedAfterOffline(page, context, baseURL, info.project.name, 4);
  const why = 'Det findes allerede, måske fra en anden enhed. Genindlæs siden for at se det og rette det der.';
  const refused = page.getByRole('alert').filter({ hasText: 'Kunne ikke sendes.' });
  await expect(refused).toContainText(why, { timeout: 20_000 });
  await app.expectAccessible();

  // The forside lists it with the same reason, and the borger can remove it.
  await page.goto('/');
  const item = page.getByRole('region', { name: 'Venter på at blive sendt' }).getByRole('listitem')
    .filter({ hasText: `${week} (${year})` });
  // A line of its own starts with a capital letter (a string in hasText would ignore case).
  await expect(item).toContainText(new RegExp(`Uge ${week} \\(${year}\\)`));
  await expect(item).toContainText('Ugens timer: 8');
  await expect(item).toContainText(`Kunne ikke sendes. ${why}`);
  await app.expectAccessible();
  await item.getByRole('button', { name: 'Fjern min ændring' }).click();
  await expect(page.getByRole('region', { name: 'Venter på at blive sendt' })).toHaveCount(0);
  const progression = await (await page.request.get('/api/v1/progression')).json();
  const noted = progression.weeks.filter((w) => w.content.week.year === year && w.content.week.week === week && w.content.job_no === 1);
  expect(noted.map((w) => w.content.hours)).toEqual([6]);
});

test('a refused week leaves the list by itself once the borger corrects that week on its own page', async ({ page, context, baseURL }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough: it changes shared demo data');
  const { app, year, week } = await weekRefusedAfterOffline(page, context, baseURL, info.project.name, 5);
  await page.goto('/');
  const waiting = page.getByRole('region', { name: 'Venter på at blive sendt' });
  await expect(waiting.getByRole('listitem').filter({ hasText: `${week} (${year})` })).toContainText('Kunne ikke sendes.');

  // The borger does as the message says: opens the week noted elsewhere and corrects it there.
  const weeks = (await (await page.request.get('/api/v1/progression')).json()).weeks;
  const noted = weeks.find((w) => w.content.week.year === year && w.content.week.week === week && w.content.job_no === 1);
  await page.goto(`/min-udvikling/uge/${noted.id}`);
  await expect(page.getByLabel(HOURS)).toHaveValue('6');
  await page.getByLabel(HOURS).fill('8');
  await page.getByRole('button', { name: 'Gem ugen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ugen er rettet' })).toBeVisible();

  // What was refused is not waiting any more: the server has the week as the borger wanted it.
  await page.goto('/');
  await expect(app.heading()).toHaveText('Forside');
  // (The list is read from the device after the page is drawn: give it time to come, as it did above.)
  await page.waitForTimeout(3000);
  await expect(waiting).toHaveCount(0);
  await page.goto('/min-udvikling');
  await expect(page.getByRole('alert').filter({ hasText: 'Kunne ikke sendes.' })).toHaveCount(0);
  const after = (await (await page.request.get('/api/v1/progression')).json()).weeks;
  expect(after.filter((w) => w.content.week.year === year && w.content.week.week === week && w.content.job_no === 1)
    .map((w) => w.content.hours)).toEqual([8]);
});

test('saving at the bottom of the page draws it again without a moment in which the trend and goals are gone', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough: it changes shared demo data');
  const app = new App(page);
  await app.login(DEMO.hanne);
  await page.goto('/min-udvikling');
  const goals = page.getByRole('region', { name: 'Hvor kan der ske en forandring?' });
  await expect(goals.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dine timer uge for uge', exact: true })).toBeVisible();
  // Without them for one task the page is shorter, and a borger scrolled down to the form would be moved up.
  await page.evaluate(() => {
    window.__gone = 0;
    new MutationObserver(() => {
      if (!document.getElementById('goals') || !document.getElementById('trend')) window.__gone += 1;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const idea = `Gå en tur i frokostpausen (${Date.now()})`;
  await page.getByLabel('Hvad vil du gerne prøve?').fill(idea);
  await page.getByRole('button', { name: 'Send forslaget' }).click();
  await expect(goals.getByRole('listitem').filter({ hasText: idea })).toHaveCount(1);
  expect(await page.evaluate(() => window.__gone)).toBe(0);
});
