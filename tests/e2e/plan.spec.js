// Min plan end to end against the reference backend: "nyt" from the caseworker, status with a note,
// prep notes that save as you type, and calendar files. Every state gets an axe scan.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { App, DEMO } from './pages/app.js';

const JONAS = '00000000-0000-4000-8000-000000000002';

/** The caseworker's system adds an aftale for a borger through the admin API. */
async function caseworkerAddsAftale(request, borgerId, title) {
  const resp = await request.post(`/api/admin/v1/borgere/${borgerId}/aftaler`, {
    headers: { Authorization: `Bearer ${process.env.ADMIN_TOKEN}`, 'Idempotency-Key': crypto.randomUUID() },
    data: {
      title, description: 'Aftalt på samtalen i dag.', owner: 'borger', kind: 'job_search', due: null,
      frequency: 'hver uge', agreed: true, job_goal_id: null,
      if_not_possible: 'Ring til din jobformidler, så finder I en anden løsning sammen.',
    },
  });
  expect(resp.status()).toBe(201);
}

test('an aftale the caseworker adds is marked "Nyt" until the borger has seen it', async ({ page }, info) => {
  test.skip(!process.env.ADMIN_TOKEN, 'needs the admin API');
  const title = `Søg 2 lagerjob – ${info.project.name} ${Date.now()}`;
  await caseworkerAddsAftale(page.request, JONAS, title);
  const app = new App(page);
  await app.login(DEMO.jonas);
  await page.goto('/min-plan');
  const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) }).first();
  await expect(row.getByText('Nyt', { exact: true })).toBeVisible();
  await app.expectAccessible();
  await row.getByRole('link', { name: title }).click();
  await expect(app.heading()).toHaveText(title);
  await expect(page.getByText('Ring til din jobformidler')).toBeVisible();
  await app.expectAccessible();
  await page.getByRole('link', { name: 'Tilbage til Min plan' }).click();
  const again = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) }).first();
  await expect(again).toBeVisible();
  await expect(again.getByText('Nyt', { exact: true })).toHaveCount(0);
});

test('the borger marks an own task done with a short note, and it stays done', async ({ page }, info) => {
  const app = new App(page);
  // One persona per screen size, so the two runs do not share a task.
  await app.login(info.project.name === 'phone' ? DEMO.hanne : DEMO.sofie);
  await page.goto('/min-plan');
  const now = page.getByRole('region', { name: 'Det skal du nu' });
  const first = now.getByRole('link').first();
  const title = await first.innerText();
  await first.click();
  await expect(app.heading()).toHaveText(title);
  await page.getByLabel('Udført', { exact: true }).check();
  await page.getByLabel('Kort note til status (frivillig)').fill('Klaret i denne uge');
  await page.getByRole('button', { name: 'Gem status' }).click();
  await expect(page.getByText('Gemt', { exact: true })).toBeVisible();
  await app.expectAccessible();
  await page.reload();
  await expect(page.getByText('Udført – Klaret i denne uge')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Dig ændrede status' })).toHaveCount(1);
});

test('prep notes for a meeting save while typing and are there after a reload', async ({ page }, info) => {
  const app = new App(page);
  await app.login(DEMO.mette);
  await page.goto('/min-plan');
  await page.getByRole('region', { name: 'Mine møder' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'Hvem deltager' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Det har du gjort siden sidste samtale' })).toBeVisible();
  const note = `Jeg vil spørge om deltid om formiddagen (${info.project.name})`;
  await page.getByLabel('Det vil jeg tale om').fill(note);
  await expect(page.getByText('Gemt', { exact: true })).toBeVisible({ timeout: 10_000 });
  await app.expectAccessible();
  await page.reload();
  await expect(page.getByLabel('Det vil jeg tale om')).toHaveValue(note);
});

test('the plan downloads as a calendar file in Danish time', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.mette);
  await page.goto('/min-plan');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Hent møder og datoer til din kalender' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('fleksvej-min-plan.ics');
  const ics = await readFile(await download.path(), 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics).toContain('TZID:Europe/Copenhagen');
  expect(ics).toMatch(/UID:[0-9a-f-]{36}@fleksvej/);
  expect(ics).toContain('SUMMARY:Formøde før rehabiliteringsmødet');
  expect((ics.match(/BEGIN:VEVENT/g) ?? []).length).toBeGreaterThanOrEqual(3);
});

test('an aftale names the jobmål it serves', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.mette);
  await page.goto('/min-plan');
  await page.getByRole('link', { name: 'Undersøg efterspørgsel på receptionister lokalt' }).first().click();
  await expect(page.getByText('A: Receptionist / kontorassistent på deltid (formiddag)')).toBeVisible();
  await app.expectAccessible();
});

test('a status change shows under "what you have done" on the next meeting', async ({ page }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough: it changes shared demo data');
  const app = new App(page);
  await app.login(DEMO.jonas);
  await page.goto('/min-plan');
  const mine = page.getByRole('region', { name: 'Det skal du nu' });
  const link = mine.getByRole('link', { name: /Opdater 'Jeg søger job som'/ });
  await link.click();
  await page.getByLabel('I gang', { exact: true }).check();
  await page.getByRole('button', { name: 'Gem status' }).click();
  await expect(page.getByText('Gemt', { exact: true })).toBeVisible();
  await page.goto('/min-plan');
  await page.getByRole('region', { name: 'Mine møder' }).getByRole('link').first().click();
  await expect(page.getByRole('listitem').filter({ hasText: /Opdater 'Jeg søger job som'.* – I gang/ })).toBeVisible();
});

test('when the comment was changed on another device, the borger chooses whose to keep', async ({ page }, info) => {
  const app = new App(page);
  await app.login(info.project.name === 'phone' ? DEMO.mette : DEMO.ali);
  await page.goto('/min-plan');
  await page.getByRole('region', { name: 'Alle aftaler' }).getByRole('link').first().click();
  await expect(page.getByLabel('Min kommentar til jobformidleren')).toBeVisible();
  const id = page.url().split('/').pop();
  const origin = new URL(page.url()).origin;

  /** Another device changes the comment behind the page's back. */
  async function elsewhere(text) {
    const current = await page.request.get(`/api/v1/plan/aftaler/${id}`);
    const resp = await page.request.patch(`/api/v1/plan/aftaler/${id}`, {
      headers: { 'x-fleks-client': '1', Origin: origin, 'If-Match': current.headers()['etag'] },
      data: { borger_comment: text },
    });
    expect(resp.status()).toBe(200);
  }

  const box = page.getByLabel('Min kommentar til jobformidleren');
  await elsewhere('Skrevet på telefonen');
  await box.fill('Skrevet på computeren');
  await page.getByRole('button', { name: 'Gem kommentar' }).click();
  const choice = page.getByRole('alert').filter({ hasText: 'Nogen har ændret det samme' });
  await expect(choice).toContainText('Skrevet på telefonen');
  await app.expectAccessible();
  await choice.getByRole('button', { name: 'Brug den nye' }).click();
  await expect(box).toHaveValue('Skrevet på telefonen');

  await elsewhere('Ændret igen på telefonen');
  await box.fill('Mit eget svar');
  await page.getByRole('button', { name: 'Gem kommentar' }).click();
  await page.getByRole('alert').getByRole('button', { name: 'Behold min' }).click();
  await expect(page.getByText('Gemt', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Min kommentar til jobformidleren')).toHaveValue('Mit eget svar');
});
