// Min plan offline (issue #6): after one online visit the plan opens with no network from the encrypted copy
// on the device, says how old it is, and a status changed offline waits in the outbox — also across a reload —
// and lands exactly once when the network returns.
import { test, expect } from '@playwright/test';
import { App, DEMO } from './pages/app.js';

/** The keys in the app's IndexedDB store (names only: the values are ciphertext or a CryptoKey). */
async function deviceKeys(page) {
  return page.evaluate(async () => {
    // Opening a database that does not exist would create it (empty, without the app's store): look first.
    if (!(await indexedDB.databases()).some((d) => d.name === 'fleksvej')) return [];
    return new Promise((resolve) => {
      const open = indexedDB.open('fleksvej');
      open.onerror = () => resolve([]);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('copies')) { db.close(); resolve([]); return; }
        const req = db.transaction('copies').objectStore('copies').getAllKeys();
        req.onsuccess = () => { db.close(); resolve(req.result.map((k) => String(k).split('/').pop())); };
        req.onerror = () => { db.close(); resolve([]); };
      };
    });
  }).catch(() => []);
}

/** How often the borger changed this aftale's status, as the server's history has it. */
async function statusChanges(page, id) {
  const resp = await page.request.get(`/api/v1/plan/aftaler/${id}`);
  expect(resp.status()).toBe(200);
  const a = await resp.json();
  return { count: a.history.filter((h) => h.what === 'status_changed' && h.by === 'borger').length, aftale: a };
}

test('the plan opens offline, a status changed offline waits and lands exactly once', async ({ page, context }, info) => {
  const app = new App(page);
  // One persona and task per screen size that no other test changes.
  const phone = info.project.name === 'phone';
  await app.login(phone ? DEMO.ali : DEMO.jonas);
  const title = phone ? 'Søg 2 rengøringsjob om ugen' : 'Deltag i CV-værksted torsdag kl. 10';
  await page.goto('/min-plan');
  await expect(app.heading()).toHaveText('Min plan');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 25_000 }).toBe(true);
  // The copy and the offline pass are on the device before the network goes.
  await expect.poll(() => deviceKeys(page)).toEqual(expect.arrayContaining(['plan', 'session', 'offline-pass']));

  const now = page.getByRole('region', { name: 'Det skal du nu' });
  await now.getByRole('link', { name: title }).click();
  await expect(app.heading()).toHaveText(title);
  const id = page.url().split('/').pop();
  const before = await statusChanges(page, id);

  await context.setOffline(true);
  await page.reload();
  await expect(app.heading()).toHaveText(title);
  await page.getByRole('link', { name: 'Tilbage til Min plan' }).click();
  await expect(page.getByText(/Du er ikke på nettet lige nu\. Du ser din plan, som den så ud .* kl\. \d\d\.\d\d\./)).toBeVisible();
  await expect(now.getByRole('link', { name: title })).toBeVisible();
  await app.expectAccessible();

  // A status with a note, set offline: kept on the device and shown at once.
  await now.getByRole('link', { name: title }).click();
  await expect(app.heading()).toHaveText(title);
  const note = `Klaret uden net (${info.project.name} ${Date.now()})`;
  await page.getByLabel('Udført', { exact: true }).check();
  await page.getByLabel('Kort note til status (frivillig)').fill(note);
  await page.getByRole('button', { name: 'Gem status' }).click();
  await expect(page.getByText('Gemt på enheden – sendes når du er online')).toBeVisible();
  await expect(page.getByText('Din ændring venter på at blive sendt.')).toBeVisible();
  await expect(page.getByText(`Udført – ${note}`)).toBeVisible();
  await app.expectAccessible();

  // Still waiting after a reload with no network: the outbox is on the device, and says so honestly.
  await page.goto('/min-plan');
  const waiting = page.getByRole('region', { name: 'Venter på at blive sendt' });
  await expect(waiting.getByRole('listitem').filter({ hasText: title })).toContainText(note);
  await expect(waiting).toContainText('Venter på nettet');
  await expect(now.getByRole('link', { name: title })).toHaveCount(0);
  await app.expectAccessible();

  // The forside reads the same kept plan with no network and counts the waiting status as made: its next task
  // is the first that Min plan now lists (Ali has none left), never the one just marked done.
  const links = now.getByRole('link');
  const first = (await links.count()) > 0 ? await links.first().innerText() : null;
  await page.goto('/');
  await expect(app.heading()).toHaveText('Forside');
  const next = page.getByRole('region', { name: 'Din næste opgave' });
  if (first) await expect(next.locator('strong')).toHaveText(first);
  else await expect(next).toContainText('Du har ingen åbne opgaver lige nu.');
  await expect(next).not.toContainText(title);
  await expect(page.getByRole('region', { name: 'Næste møde' })).toContainText(/kl\. \d\d\.\d\d/);
  await page.goto('/min-plan');
  await expect(app.heading()).toHaveText('Min plan');

  // Back online: it is sent by itself, the plan is fetched again, and the waiting list empties.
  await context.setOffline(false);
  await expect.poll(async () => (await statusChanges(page, id)).aftale.status, { timeout: 15_000 }).toBe('done');
  await expect(page.getByRole('heading', { name: 'Mine møder' })).toBeVisible();
  await expect(waiting).toHaveCount(0);
  await expect(page.getByText(/Du er ikke på nettet/)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Alle aftaler' }).getByRole('listitem').filter({ hasText: title }))
    .toContainText('Udført');
  const after = await statusChanges(page, id);
  expect(after.aftale.status).toBe('done');
  expect(after.aftale.status_note).toBe(note);
  expect(after.count).toBe(before.count + 1);

  // A reload online sends nothing again.
  await page.reload();
  await expect(app.heading()).toHaveText('Min plan');
  await expect(page.getByText(/Du er ikke på nettet/)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Venter på at blive sendt' })).toHaveCount(0);
  expect((await statusChanges(page, id)).count).toBe(before.count + 1);
  await app.expectAccessible();
});

test('when the server is down rather than the network, a comment waits and is sent once it is back', async ({ page, context }, info) => {
  test.skip(info.project.name !== 'desktop', 'one run is enough: it changes shared demo data');
  await page.clock.install();
  const app = new App(page);
  await app.login(DEMO.mette);
  await page.goto('/min-plan');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 25_000 }).toBe(true);
  await expect.poll(() => deviceKeys(page)).toEqual(expect.arrayContaining(['plan', 'session', 'offline-pass']));
  const title = 'Skriv 3 jobmål i egne ord';
  await page.getByRole('region', { name: 'Det skal du nu' }).getByRole('link', { name: title }).click();
  const id = page.url().split('/').pop();
  const before = await statusChanges(page, id);

  // The server stops answering: no `online` event will say when it is back.
  await context.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.reload();
  await expect(app.heading()).toHaveText(title);
  const comment = `Jeg har skrevet to af dem (${Date.now()})`;
  await page.getByLabel('Min kommentar til jobformidleren').fill(comment);
  await page.getByRole('button', { name: 'Gem kommentar' }).click();
  await expect(page.getByText('Gemt på enheden – sendes når du er online')).toBeVisible();

  // Back: within the retry interval the app notices by itself and sends the comment once.
  await context.unroute('**/api/**');
  await page.clock.runFor(16_000);
  await expect.poll(async () => (await statusChanges(page, id)).aftale.borger_comment, { timeout: 15_000 }).toBe(comment);
  await page.clock.runFor(32_000);
  const after = await statusChanges(page, id);
  expect(after.aftale.history.filter((h) => h.what === 'commented').length)
    .toBe(before.aftale.history.filter((h) => h.what === 'commented').length + 1);
  await expect(page.getByText('Din ændring venter på at blive sendt.')).toHaveCount(0);
});

test('notes written offline are sent when the network is back, and writing on saves without a choice to make', async ({ page, context }, info) => {
  const app = new App(page);
  await app.login(DEMO.mette);
  await page.goto('/min-plan');
  await page.getByRole('region', { name: 'Mine møder' }).getByRole('link').first().click();
  const notes = page.getByLabel('Det vil jeg tale om');
  await expect(notes).toBeEditable();
  const id = page.url().split('/').pop();
  const onServer = async () => (await (await page.request.get(`/api/v1/plan/meetings/${id}`)).json()).prep_notes;

  await context.setOffline(true);
  const first = `Uden net: spørg om formiddage (${info.project.name} ${Date.now()})`;
  await notes.fill(first);
  await expect(page.getByText('Gemt på enheden – sendes når du er online')).toBeVisible({ timeout: 10_000 });
  await context.setOffline(false);
  // The outbox sends it by itself while the page stays open.
  await expect.poll(onServer, { timeout: 20_000 }).toBe(first);
  // Writing on: saved on the version the outbox's send made, not met by a 412 against the borger's own text.
  const second = `${first}, og om at starte med 8 timer`;
  await notes.fill(second);
  await expect.poll(onServer, { timeout: 15_000 }).toBe(second);
  await expect(page.getByText('Gemt', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Behold min' })).toHaveCount(0);
});

test('what was written in another area while offline is named on the forside until it has been sent', async ({ page, context }, info) => {
  // The forside's list is Min plan's, fetched only when something waits: offline, from the service worker.
  const app = new App(page);
  // The personas whose jobmål the other offline jobmål test adds to.
  await app.login(info.project.name === 'phone' ? DEMO.jonas : DEMO.mette);
  await page.goto('/mine-jobmaal/nyt');
  await expect(app.heading()).toHaveText('Nyt jobmål');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 25_000 }).toBe(true);
  await expect.poll(() => deviceKeys(page)).toEqual(expect.arrayContaining(['session', 'offline-pass']));
  const title = `Lagermedhjælper om formiddagen (${info.project.name} ${Date.now()})`;
  const made = async () => (await (await page.request.get('/api/v1/jobgoals')).json()).filter((g) => g.content.title === title);

  await context.setOffline(true);
  await page.getByLabel('Jobmål', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Gem jobmålet' }).click();
  await expect(page.getByText('Gemt på enheden – sendes når du er online')).toBeVisible({ timeout: 10_000 });

  // The app started again with no network: the forside names the jobmål and says it waits.
  await page.goto('/');
  await expect(app.heading()).toHaveText('Forside');
  const waiting = page.getByRole('region', { name: 'Venter på at blive sendt' });
  const item = waiting.getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText(`Jobmål: ${title}`);
  await expect(item).toContainText('Venter på nettet');
  await expect(item.getByRole('link', { name: title })).toHaveAttribute('href', '/mine-jobmaal');
  await app.expectAccessible();

  // Back online it is sent once, and the list goes.
  await context.setOffline(false);
  await expect(waiting).toHaveCount(0, { timeout: 20_000 });
  expect(await made()).toHaveLength(1);
});

test.describe('without the service worker', () => {
  // So that page.route sees the app's module and API requests (the worker would answer some of them itself).
  test.use({ serviceWorkers: 'block' });

  test('a change made before the outbox\'s module has come does not write over what waited on the device', async ({ page }, info) => {
    test.skip(info.project.name !== 'desktop', 'one run is enough: it changes shared demo data');
    const app = new App(page);
    await app.login(DEMO.mette);
    const plan = await (await page.request.get('/api/v1/plan')).json();
    const idOf = (title) => plan.aftaler.find((a) => a.content.title === title).id;
    const first = idOf('Udfyld arbejdsopgaver for job hos Dansk Fragt');
    const second = idOf('Tag kontakt til tidligere kollega om mulige deltidsopgaver');
    const comment = (id) => page.request.get(`/api/v1/plan/aftaler/${id}`).then((r) => r.json()).then((a) => a.borger_comment);
    async function writeComment(id, text) {
      await page.goto(`/min-plan/aftale/${id}`);
      await page.getByLabel('Min kommentar til jobformidleren').fill(text);
      await page.getByRole('button', { name: 'Gem kommentar' }).click();
      await expect(page.getByText('Gemt på enheden – sendes når du er online')).toBeVisible();
    }

    // The server takes no changes: the first comment waits, kept on the device.
    const refuse = (route) => (route.request().method() === 'PATCH' ? route.abort('connectionrefused') : route.continue());
    await page.route('**/api/v1/plan/aftaler/**', refuse);
    const one = `Jeg har skrevet opgaverne ned (${Date.now()})`;
    await writeComment(first, one);

    // The next page's outbox module does not come, so the list in the tab has not read the device when the
    // second comment is kept: it must keep the first one too.
    const noModule = (route) => route.abort('connectionrefused');
    await page.route('**/split_outbox-*.wasm', noModule);
    const two = `Jeg ringer til hende i morgen (${Date.now()})`;
    await writeComment(second, two);

    // With the module and the server back, both are sent.
    await page.unroute('**/split_outbox-*.wasm', noModule);
    await page.unroute('**/api/v1/plan/aftaler/**', refuse);
    await page.goto('/min-plan');
    await expect.poll(async () => [await comment(first), await comment(second)], { timeout: 20_000 }).toEqual([one, two]);
  });
});
