// Mine jobmål end to end: the list, a new jobmål with DKFDS errors next to the fields, edit, and delete.
import { test, expect } from '@playwright/test';
import { App, DEMO } from './pages/app.js';

test('the borger sees their jobmål as tracks A, B and C', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.mette);
  await page.goto('/mine-jobmaal');
  await expect(app.heading()).toHaveText('Mine jobmål');
  await expect(page.getByRole('heading', { name: /Spor A: Receptionist/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Spor B:/ })).toBeVisible();
  await app.expectAccessible();
});

test('a new jobmål: errors appear next to the field, then it is saved, changed and deleted', async ({ page }, info) => {
  const app = new App(page);
  await app.login(info.project.name === 'phone' ? DEMO.jonas : DEMO.ali);
  await page.goto('/mine-jobmaal');
  await page.getByRole('link', { name: 'Tilføj et jobmål' }).click();
  await expect(app.heading()).toHaveText('Nyt jobmål');

  // Nothing written: the summary takes focus and the message sits next to the field.
  await page.getByRole('button', { name: 'Gem jobmålet' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Der er noget, der skal rettes' });
  await expect(summary).toBeFocused();
  await expect(page.locator('#goal-title-error')).toHaveText('Fejl: Udfyld feltet');
  await expect(page.getByLabel('Jobmål', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await app.expectAccessible();
  await summary.getByRole('link', { name: 'Udfyld feltet' }).click();
  await expect(page.getByLabel('Jobmål', { exact: true })).toBeFocused();

  // Too long: the limit is named.
  await page.getByLabel('Jobmål', { exact: true }).fill('x'.repeat(201));
  await page.getByRole('button', { name: 'Gem jobmålet' }).click();
  await expect(page.locator('#goal-title-error')).toHaveText('Fejl: Teksten er for lang. Den må højst være 200 tegn');

  const title = `Lagermedarbejder om formiddagen (${info.project.name} ${Date.now()})`;
  await page.getByLabel('Spor').selectOption('C');
  await page.getByLabel('Jobmål', { exact: true }).fill(title);
  await page.getByLabel('Opgaver jeg kan løse').fill('Plukke småvarer\nPakke ordrer\n\n');
  await page.getByLabel(/hensyn/).fill('Skiftende stillinger');
  await page.getByRole('button', { name: 'Gem jobmålet' }).click();
  await expect(page).toHaveURL(/\/mine-jobmaal$/);
  const card = page.getByRole('listitem').filter({ hasText: title });
  await expect(card).toBeVisible();
  await expect(card.getByRole("heading")).toHaveAccessibleName(`Spor C: ${title}`);

  await card.getByRole('link', { name: /Ret jobmålet/ }).click();
  await expect(app.heading()).toHaveText('Ret jobmål');
  await expect(page.getByLabel('Opgaver jeg kan løse')).toHaveValue('Plukke småvarer\nPakke ordrer');
  await page.getByLabel('Sat på pause').check();
  await page.getByRole('button', { name: 'Gem jobmålet' }).click();
  await expect(page).toHaveURL(/\/mine-jobmaal$/);
  await expect(card).toContainText('Sat på pause');

  await card.getByRole('link', { name: /Ret jobmålet/ }).click();
  await page.getByRole('button', { name: 'Slet jobmålet' }).click();
  await expect(page.getByText('Vil du slette jobmålet?')).toBeVisible();
  await app.expectAccessible();
  await page.getByRole('button', { name: 'Ja, slet det' }).click();
  await expect(page).toHaveURL(/\/mine-jobmaal$/);
  await expect(page.getByText(title)).toHaveCount(0);
});

test('"Klar til mødet" shows the next meeting, who is there, and what is in place from the borger\'s own data', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.mette);
  await page.goto('/mine-jobmaal');
  await page.getByRole('link', { name: /Klar til mødet\?/ }).click();
  await expect(app.heading()).toHaveText('Klar til mødet');
  const meeting = page.getByRole('region', { name: 'Formøde før rehabiliteringsmødet' });
  await expect(meeting).toContainText(/Om \d+ dage|I dag|I morgen/);
  await expect(meeting.getByRole('heading', { name: 'Dem møder du' })).toBeVisible();
  const item = (text) => page.getByRole('listitem').filter({ hasText: text });
  // Mette has practised twice, but her CV still lacks a faglig profil (demo data, domain.md §5.3).
  await expect(item('Du har øvet dig')).toContainText('På plads');
  await expect(item('Dit CV er opdateret')).toContainText('Ikke endnu');
  await expect(item('Dine jobmål er beskrevet')).toContainText('På plads');
  await app.expectAccessible();
  await meeting.getByRole('link', { name: 'Skriv det, du vil spørge om' }).click();
  await expect(page.getByLabel('Det vil jeg tale om')).toBeVisible();
});

test('practising: the own jobmål come first, the timer runs silently, and the practice counts under "Klar til mødet"', async ({ page }, info) => {
  const app = new App(page);
  await app.login(info.project.name === 'phone' ? DEMO.jonas : DEMO.sofie);
  await page.goto('/mine-jobmaal/klar-til-moedet');
  await expect(page.getByRole('listitem').filter({ hasText: 'Du har øvet dig' })).toContainText('Ikke endnu');
  await page.getByRole('link', { name: 'Du har øvet dig i at fortælle om dine jobmål' }).click();
  await expect(app.heading()).toHaveText('Øv din fremlæggelse');
  await expect(page.getByRole('heading', { name: /Spørgsmål 1 \/ \d+/ })).toBeVisible();
  await expect(page.locator('.app-question-text')).toHaveText(/^Hvorfor netop .+\?$/);
  await app.expectAccessible();
  await page.getByRole('button', { name: 'Næste spørgsmål' }).click();
  await expect(page.getByRole('heading', { name: /Spørgsmål 2 \// })).toBeVisible();
  await page.getByRole('button', { name: 'Start uret' }).click();
  await expect(page.getByRole('timer')).toHaveText(/^00:0[1-9] \/ 03:00$/, { timeout: 5000 });
  await page.getByRole('button', { name: 'Stop uret' }).click();
  await page.getByLabel('4', { exact: true }).check();
  await page.getByRole('button', { name: 'Gem, at jeg har øvet' }).click();
  await expect(page.getByText('Godt øvet.')).toBeVisible();
  await app.expectAccessible();
  await page.goto('/mine-jobmaal/klar-til-moedet');
  await expect(page.getByRole('listitem').filter({ hasText: 'Du har øvet dig' })).toContainText('På plads');
});

test('a jobmål saved offline is made once the network is back, and saving again from the open form changes it', async ({ page, context }, info) => {
  const app = new App(page);
  await app.login(info.project.name === 'phone' ? DEMO.jonas : DEMO.mette);
  await page.goto('/mine-jobmaal/nyt');
  await expect(app.heading()).toHaveText('Nyt jobmål');
  const title = `Pakker på lager, formiddag ${info.project.name} ${Date.now()}`;
  const goals = async () => (await (await page.request.get('/api/v1/jobgoals')).json()).filter((g) => g.content.title === title);

  await context.setOffline(true);
  await page.getByLabel('Jobmål', { exact: true }).fill(title);
  await page.getByLabel('Hvorfor passer det til mig?').fill('Jeg kan lide orden.');
  await page.getByRole('button', { name: 'Gem jobmålet' }).click();
  await expect(page.getByText('Gemt på enheden – sendes når du er online')).toBeVisible({ timeout: 10_000 });
  await context.setOffline(false);
  // The outbox makes it by itself while the form stays open.
  await expect.poll(async () => (await goals()).length, { timeout: 20_000 }).toBe(1);

  // Saving again from the same form changes that jobmål: not a second one, and not the first text again.
  await page.getByLabel('Hvorfor passer det til mig?').fill('Jeg kan lide orden og faste pauser.');
  await page.getByRole('button', { name: 'Gem jobmålet' }).click();
  await expect(app.heading()).toHaveText('Mine jobmål');
  const after = await goals();
  expect(after).toHaveLength(1);
  expect(after[0].content.why_me).toBe('Jeg kan lide orden og faste pauser.');
});
