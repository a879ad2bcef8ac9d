// Mit CV end to end: an empty CV filled with prompts and suggestions, autosave across a reload, limits and
// hostile text, a conflict with another device, a targeted CV printed on A4.
import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { App, DEMO } from './pages/app.js';
import { tabTo } from './pages/keyboard.js';

/** The autosave line says "Gemt" once everything typed is on the server. */
async function saved(page) {
  await expect(page.locator('.app-save-text').filter({ hasText: /^Gemt(\s·|$)/ }).first()).toBeVisible({ timeout: 10_000 });
}

test('an empty CV: the guide points the way, a job with tasks is added from suggestions and survives a reload', async ({ page }, info) => {
  const app = new App(page);
  await app.login(info.project.name === 'phone' ? DEMO.jonas : DEMO.hanne);
  await page.goto('/mit-cv');
  await expect(app.heading()).toHaveText('Mit CV');
  const guide = page.getByRole('region', { name: 'Det vigtigste for at blive fundet' });
  await expect(guide).toContainText('Mangler');
  await app.expectAccessible();

  await guide.getByRole('link', { name: 'Job med arbejdsopgaver skrevet under hvert job' }).first().click();
  await expect(app.heading()).toHaveText('Erhvervserfaring');
  await expect(page.getByText('Brug for idéer?')).toBeVisible();
  await app.expectAccessible();

  await page.getByRole('button', { name: 'Tilføj en ny' }).click();
  const title = `Lagermedarbejder ${info.project.name} ${Date.now()}`;
  const job = page.getByLabel('Stilling');
  await expect(job).toBeFocused();
  // Not finished yet: the card says it waits, nothing is lost.
  await expect(page.getByText('Gemmes, når det markerede er udfyldt.').first()).toBeVisible();
  await job.fill(title);
  await page.getByLabel('Arbejdsgiver').fill('Dagrofa');
  await page.locator('[id$="-period-from-month"]').selectOption({ label: 'marts' });
  await page.locator('[id$="-period-from-year"]').fill('2019');
  await page.getByLabel('Det er stadig i gang (nu)').check();
  await page.getByLabel('Ny opgave').fill('Tog imod varer');
  await page.getByRole('button', { name: 'Tilføj opgaven' }).click();
  await page.getByLabel('Ny opgave').fill('pluk');
  const chip = page.locator('.app-chip').first();
  await expect(chip).toBeVisible();
  const suggestion = (await chip.innerText()).replace(/^\+\s*/, '');
  await chip.click();
  await saved(page);
  await app.expectAccessible();

  await page.reload();
  await expect(app.heading()).toHaveText('Erhvervserfaring');
  const card = page.locator('.app-cv-item').filter({ hasText: title });
  await expect(card).toContainText('Dagrofa, marts 2019 – nu');
  await card.getByRole("button", { name: new RegExp(`^Ret\\s*: ${title}`) }).click();
  await expect(card.getByRole('textbox', { name: 'Arbejdsopgaver 1' })).toHaveValue('Tog imod varer');
  await expect(card.getByRole('textbox', { name: 'Arbejdsopgaver 2' })).toHaveValue(suggestion);

  await page.goto('/mit-cv');
  await expect(guide.getByRole('listitem').filter({ hasText: 'Job med arbejdsopgaver' })).toContainText('På plads');
});

test('limits are told before they are hit, and hostile text is stored and shown as text', async ({ page }, info) => {
  const app = new App(page);
  await app.login(info.project.name === 'phone' ? DEMO.jonas : DEMO.hanne);
  await page.goto('/mit-cv/faglig-profil');
  await expect(app.heading()).toHaveText('Faglig profil');
  const profile = page.getByLabel('Faglig profil');
  await expect(page.getByText('Højst 4000 tegn.')).toBeVisible();
  await profile.fill('x'.repeat(4001));
  await expect(page.locator('#cv-profile-error')).toHaveText('Fejl: Teksten er for lang. Den må højst være 4000 tegn');
  await expect(page.getByText('1 tegn for meget')).toBeVisible();
  await expect(page.getByText('Ikke gemt – ret det, der er markeret.')).toBeVisible();
  await app.expectAccessible();

  const hostile = `<script>alert(1)</script> 😀 שלום ${info.project.name}`;
  await profile.fill(hostile);
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('Faglig profil')).toHaveValue(hostile);
  await page.goto('/mit-cv/udskriv');
  await expect(page.locator('.app-cv-doc')).toContainText(hostile);
});

test('a save from another device: the borger keeps theirs and can still read the other', async ({ page }, info) => {
  const app = new App(page);
  await app.login(info.project.name === 'phone' ? DEMO.jonas : DEMO.hanne);
  await page.goto('/mit-cv/personlige-egenskaber');
  await expect(app.heading()).toHaveText('Personlige egenskaber');
  const origin = new URL(page.url()).origin;
  const current = await page.request.get('/api/v1/cv');
  const cv = await current.json();
  cv.content.qualities.push({ id: crypto.randomUUID(), text: `Fra telefonen ${info.project.name}` });
  const resp = await page.request.put('/api/v1/cv', {
    headers: { 'x-fleks-client': '1', Origin: origin, 'If-Match': current.headers()['etag'] },
    data: cv.content,
  });
  expect(resp.status()).toBe(200);

  await page.getByLabel('Tilføj en ny').fill(`Fra computeren ${info.project.name}`);
  await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Dit CV er ændret et andet sted' });
  await expect(conflict).toBeVisible({ timeout: 10_000 });
  await expect(conflict).toContainText(`Fra telefonen ${info.project.name}`);
  await expect(conflict).toContainText(`Fra computeren ${info.project.name}`);
  await app.expectAccessible();
  // Writing on while the choice waits: the borger's version follows, and the alert is not drawn (and
  // announced) again for each change.
  await conflict.evaluate((box) => { box.dataset.seen = 'yes'; });
  await page.getByLabel('Tilføj en ny').fill(`Og mere ${info.project.name}`);
  await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
  await expect(conflict).toContainText(`Og mere ${info.project.name}`);
  expect(await conflict.evaluate((box) => box.dataset.seen)).toBe('yes');
  await conflict.getByRole('button', { name: 'Behold min' }).click();
  await saved(page);
  await expect(page.getByText('Den udgave, du ikke valgte')).toBeVisible();
  const after = await (await page.request.get('/api/v1/cv')).json();
  const texts = after.content.qualities.map((q) => q.text);
  expect(texts).toContain(`Fra computeren ${info.project.name}`);
  expect(texts).not.toContain(`Fra telefonen ${info.project.name}`);
});

test('a targeted CV: choose items and texts, save, and print it on A4', async ({ page }, info) => {
  const app = new App(page);
  await app.login(DEMO.mette);
  await page.goto('/mit-cv');
  await page.getByRole('link', { name: 'Lav et målrettet CV' }).click();
  await expect(app.heading()).toHaveText('Nyt målrettet CV');
  // The button keeps the fields' spacing from the field above it (on a phone it touched it).
  const field = await page.getByLabel('Jobbet, det er til').boundingBox();
  const button = await page.getByRole('button', { name: 'Lav CV\'et' }).boundingBox();
  expect(button.y - (field.y + field.height)).toBeGreaterThanOrEqual(16);
  await page.getByRole('button', { name: 'Lav CV\'et' }).click();
  await expect(page.locator('#targeted-name-error')).toHaveText('Fejl: Udfyld feltet');
  const name = `Til tandlægen ${info.project.name} ${Date.now()}`;
  await page.getByLabel('Navn på CV\'et').fill(name);
  await page.getByLabel('Jobbet, det er til').fill('Receptionist, 20 timer');
  // Typed, not yet made: a reload brings the text back, said plainly.
  await page.waitForTimeout(1000);
  await page.reload();
  await expect(page.getByText('Vi har hentet det, du skrev sidst')).toBeVisible();
  await expect(page.getByLabel('Navn på CV\'et')).toHaveValue(name);
  await expect(page.getByLabel('Jobbet, det er til')).toHaveValue('Receptionist, 20 timer');
  await page.getByRole('button', { name: 'Lav CV\'et' }).click();
  await expect(app.heading()).toHaveText(name);
  // Once the CV exists, the next new one starts empty.
  await page.goto('/mit-cv/maalrettet/ny');
  await expect(page.getByLabel('Navn på CV\'et')).toHaveValue('');
  await expect(page.getByText('Vi har hentet det, du skrev sidst')).toBeHidden();
  await page.goBack();
  await expect(app.heading()).toHaveText(name);

  const work = page.getByRole('group', { name: 'Erhvervserfaring' });
  const first = work.getByRole('checkbox').first();
  await first.check();
  await work.getByLabel('Lang tekst').first().check();
  await work.getByLabel('Min egen tekst til dette CV').first().fill('Min tekst kun til tandlægen');
  await page.getByRole('button', { name: 'Gem det målrettede CV' }).click();
  await expect(page.getByText('Det målrettede CV er gemt.')).toBeVisible();
  await expect(page.locator('.app-cv-doc')).toContainText('Min tekst kun til tandlægen');
  await expect(page.locator('.app-cv-doc')).toContainText('Receptionist, 20 timer');
  await app.expectAccessible();

  await page.reload();
  await expect(page.getByRole('group', { name: 'Erhvervserfaring' }).getByRole('checkbox').first()).toBeChecked();
  await page.getByRole('link', { name: 'Udskriv eller gem som PDF' }).click();
  await expect(page.locator('.app-cv-doc')).toContainText(DEMO.mette);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Udskriv eller gem som PDF' })).toBeHidden();
  await page.screenshot({ path: info.outputPath('targeted-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  await page.goto('/mit-cv');
  await expect(page.getByRole('link', { name })).toBeVisible();
});

test('export as JSON Resume, then read it in elsewhere: a preview first, nothing doubled, bad files explained', async ({ page }, info) => {
  const app = new App(page);
  await app.login(DEMO.mette);
  await page.goto('/mit-cv');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Hent dit CV som fil' }).click();
  const file = await (await download).path();
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  expect(json.basics.name).toBe(DEMO.mette);
  expect(json.work.map((w) => w.position)).toContain('Kontorassistent');
  expect(json.meta['x-fleksvej'].content.work.length).toBe(json.work.length);
  await app.logout();

  await app.login(info.project.name === 'phone' ? DEMO.sofie : DEMO.ali);
  await page.goto('/mit-cv');
  const field = page.getByLabel('Læs et CV ind fra en fil');
  await field.setInputFiles({ name: 'noter.json', mimeType: 'application/json', buffer: Buffer.from('ikke json') });
  await expect(page.locator('#cv-import-error')).toHaveText('Fejl: Filen kan ikke læses. Vælg en fil, der ender på .json.');
  await expect(field).toHaveAttribute('aria-describedby', 'cv-import-hint cv-import-error');
  await app.expectAccessible();

  await field.setInputFiles(file);
  const preview = page.getByRole('region', { name: 'Det bliver tilføjet til dit CV' });
  await expect(preview).toContainText(`Erhvervserfaring: ${json.work.length}`);
  await app.expectAccessible();
  await preview.getByRole('button', { name: 'Tilføj til mit CV' }).click();
  await expect(page.getByText('Det er tilføjet til dit CV og bliver gemt.')).toBeVisible();
  await saved(page);
  const cv = await (await page.request.get('/api/v1/cv')).json();
  expect(cv.content.work.map((w) => w.title)).toContain('Kontorassistent');

  await field.setInputFiles(file);
  await expect(preview).toContainText('Filen indeholder ikke noget, som ikke allerede står i dit CV.');
  await expect(preview.getByRole('button', { name: 'Tilføj til mit CV' })).toHaveCount(0);
});

test('keyboard only: add a volunteer role with tasks and move one up, without a mouse', async ({ page }, info) => {
  const app = new App(page);
  await app.login(info.project.name === 'phone' ? DEMO.jonas : DEMO.hanne);
  await page.goto('/mit-cv/frivilligt-arbejde');
  await expect(app.heading()).toHaveText('Frivilligt arbejde');
  const role = `Træner ${info.project.name} ${Date.now()}`;
  await tabTo(page, 'Tilføj en ny');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Rolle eller opgave')).toBeFocused();
  await page.keyboard.type(role);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Viborg Svømmeklub');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2021');
  await tabTo(page, 'Det er stadig i gang');
  await page.keyboard.press('Space');
  await tabTo(page, 'Ny opgave');
  await page.keyboard.type('Trænede børn om lørdagen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Arbejdsopgaver 1' })).toHaveValue('Trænede børn om lørdagen');
  await page.keyboard.type('Planlagde stævner');
  await page.keyboard.press('Enter');
  // Back from "Ny opgave": past the second task's "Slet" ("Flyt ned" is disabled on the last row) to "Flyt op".
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: /^Flyt op\s*: Planlagde stævner/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Arbejdsopgaver 1' })).toHaveValue('Planlagde stævner');
  await saved(page);
  const card = page.locator('.app-cv-item').filter({ hasText: role });
  await expect(card).toContainText('Viborg Svømmeklub, januar 2021 – nu');
  await expect(page.locator(':focus-visible')).toHaveCount(1);
  await app.expectAccessible();
});

test.describe('without the service worker', () => {
  // (page.route does not see what a service worker answers.)
  test.use({ serviceWorkers: 'block' });

  test('Mit CV opens without the file export and import code, which comes on first use or says why it cannot', async ({ page }) => {
    const app = new App(page);
    await app.login(DEMO.mette);
    const module = /\/split_cv_transfer[^/]*\.wasm$/;
    const asked = [];
    page.on('request', (r) => { if (module.test(r.url())) asked.push(r.url()); });
    // Offline before the module was ever kept.
    await page.route(module, (route) => route.abort('internetdisconnected'));
    await page.goto('/mit-cv');
    await expect(app.heading()).toHaveText('Mit CV');
    await expect(page.getByRole('button', { name: 'Hent dit CV som fil' })).toBeVisible();
    expect(asked).toEqual([]);

    const unavailable = 'Fejl: Det kan ikke lade sig gøre lige nu, fordi Fleksvej ikke kan hente det, der skal til. '
      + 'Tjek, at du er på nettet, og prøv igen.';
    const exportButton = page.getByRole('button', { name: 'Hent dit CV som fil' });
    await exportButton.click();
    await expect(page.locator('#cv-export-error')).toHaveText(unavailable);
    await expect(exportButton).toHaveAttribute('aria-describedby', 'cv-export-hint cv-export-error');
    expect(asked.length).toBeGreaterThan(0);
    const field = page.getByLabel('Læs et CV ind fra en fil');
    await field.setInputFiles({ name: 'cv.json', mimeType: 'application/json', buffer: Buffer.from('{"basics":{}}') });
    await expect(page.locator('#cv-import-error')).toHaveText(unavailable);
    await expect(page.getByText('Der skete en fejl')).toBeHidden();
    await app.expectAccessible();

    // Back on the network, the same button works.
    await page.unroute(module);
    const download = page.waitForEvent('download');
    await exportButton.click();
    const json = JSON.parse(fs.readFileSync(await (await download).path(), 'utf8'));
    expect(json.basics.name).toBe(DEMO.mette);
    await expect(page.locator('#cv-export-error')).toHaveCount(0);
    await expect(exportButton).toHaveAttribute('aria-describedby', 'cv-export-hint');
  });
});
