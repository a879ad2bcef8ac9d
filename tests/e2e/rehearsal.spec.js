// "Øv din fremlæggelse" end to end: a borger in fase 1 (Mette) writes two jobmål with competences from her CV,
// practises a round with the timer on Playwright's fake clock, rates it, sees the history and the note under
// "Klar til mødet", and prints "Mig og mit jobmål". Read-aloud and recording failures are tested with stubs;
// real recording with Chromium's fake microphone is in rehearsal-recording.spec.js.
import { test, expect } from '@playwright/test';
import { App, DEMO, watchPage } from './pages/app.js';

/** Deletes the borger's jobmål whose title contains `marker` (the server keeps demo data between tests). */
async function deleteGoals(page, marker) {
  const goals = await (await page.request.get('/api/v1/jobgoals')).json();
  for (const g of goals.filter((g) => g.content.title.includes(marker))) {
    const res = await page.request.delete(`/api/v1/jobgoals/${g.id}`, {
      headers: { 'x-fleks-client': '1', 'if-match': `"v${g.version}"` },
    });
    expect(res.status()).toBe(204);
  }
}

async function writeGoal(page, track, title, tasks, competence) {
  await page.goto('/mine-jobmaal');
  await page.getByRole('link', { name: 'Tilføj et jobmål' }).click();
  await page.getByLabel('Spor').selectOption(track);
  await page.getByLabel('Jobmål', { exact: true }).fill(title);
  await page.getByLabel('Hvorfor passer det til mig?').fill('Jeg har mange års erfaring med kunder.');
  if (competence) await page.getByRole('group', { name: 'Det fra mit CV, jeg kan bruge her' }).getByLabel(competence).check();
  await page.getByLabel('Opgaver jeg kan løse').fill(tasks.join('\n'));
  await page.getByRole('button', { name: 'Gem jobmålet' }).click();
  await expect(page).toHaveURL(/\/mine-jobmaal$/);
}

test('a borger in fase 1 writes two jobmål, practises a timed round, rates it and prints the handout', async ({ page }, info) => {
  const problems = await watchPage(page);
  const app = new App(page);
  const marker = `(${info.project.name} ${Date.now()})`;
  await page.clock.install();
  await app.login(DEMO.mette);
  try {
    await practiseRound(page, app, marker, info);
  } finally {
    await deleteGoals(page, marker);
  }
  expect(problems).toEqual([]);
});

async function practiseRound(page, app, marker, info) {

  await writeGoal(page, 'D', `Kundeservice i forsyning ${marker}`, ['Besvare opkald', 'Skrive sager'], 'Kundekontakt');
  await writeGoal(page, 'E', `Kontorhjælp på skole ${marker}`, ['Post og journalisering'], null);
  await expect(page.getByRole('heading', { name: `Spor D: Kundeservice i forsyning ${marker}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: `Spor E: Kontorhjælp på skole ${marker}` })).toBeVisible();
  await app.expectAccessible();
  // The competence ticked is kept with the jobmål.
  await page.getByRole('listitem').filter({ hasText: `Kundeservice i forsyning ${marker}` }).getByRole('link', { name: /Ret jobmålet/ }).click();
  await expect(page.getByRole('group', { name: 'Det fra mit CV, jeg kan bruge her' }).getByLabel('Kundekontakt')).toBeChecked();

  await page.goto('/mine-jobmaal/oev');
  await expect(app.heading()).toHaveText('Øv din fremlæggelse');
  // The meeting's name comes from Min plan, also inside the bank's questions.
  await expect(page.locator('.app-practising-for')).toContainText('Rehabiliteringsmøde');
  await expect(page.locator('.app-question-text')).toHaveText('Hvorfor netop receptionist / kontorassistent på deltid (formiddag)?');
  for (let i = 0; i < 14; i++) await page.getByRole('button', { name: 'Næste spørgsmål' }).click();
  await expect(page.locator('.app-question-text')).toHaveText('Hvad vil du gerne bede om hjælp til, når du er til rehabiliteringsmøde?');
  await app.expectAccessible();

  await page.getByRole('button', { name: 'Start uret' }).click();
  await page.clock.runFor(95_000);
  await expect(page.getByRole('timer')).toHaveText('01:35 / 03:00');
  await expect(page.getByText('Du er godt halvvejs.')).toBeVisible();
  await page.clock.runFor(100_000);
  await expect(page.getByRole('timer')).toHaveText('03:15 / 03:00');
  await expect(page.getByText('Du er over dit mål. Det er helt i orden')).toBeVisible();
  await page.getByRole('button', { name: 'Stop uret' }).click();
  await app.expectAccessible();

  const note = `Spørg om praktik i kundeservice ${marker}`;
  await page.getByLabel('4', { exact: true }).check();
  await page.getByLabel('Note til dig selv').fill(note);
  await page.getByLabel('Tag det op på næste møde').check();
  await expect(page.getByText('Dit næste møde er: Formøde før rehabiliteringsmødet.')).toBeVisible();
  await page.getByRole('button', { name: 'Gem, at jeg har øvet' }).click();
  await expect(page.getByText('Godt øvet.')).toBeVisible();
  const history = page.getByRole('region', { name: 'Sådan har du øvet' });
  await expect(history).toContainText(/Du har øvet \d+ gange\./);
  await expect(history).toContainText('Du føler dig mere klar nu end første gang.');
  await expect(history.getByRole('list', { name: /Hvor klar du har følt dig/ }).getByRole('listitem').last()).toContainText('4 ud af 5');
  await expect(history).toContainText(note);
  await app.expectAccessible();

  await page.goto('/mine-jobmaal/klar-til-moedet');
  await expect(page.getByRole('listitem').filter({ hasText: 'Du har øvet dig' })).toContainText('På plads');
  await expect(page.getByRole('listitem').filter({ hasText: 'Dine jobmål er beskrevet' })).toContainText('På plads');
  await expect(page.getByRole('heading', { name: 'Det vil du tage op på næste møde' })).toBeVisible();
  await expect(page.getByText(note)).toBeVisible();
  await app.expectAccessible();

  await page.getByRole('link', { name: /Mig og mit jobmål/ }).click();
  await expect(app.heading()).toHaveText('Mig og mit jobmål');
  const goals = page.getByRole('region', { name: 'Mine jobmål' }).getByRole('listitem');
  await expect(goals.first()).toContainText('A Receptionist / kontorassistent');
  const strengths = page.getByRole('region', { name: 'Tre ting, jeg er god til' });
  await expect(strengths.locator('ul > li')).toHaveCount(3);
  // The borger may choose the three themselves; a fourth gets a polite message next to the choices.
  await strengths.getByText('Vælg selv dine tre styrker').click();
  const pick = strengths.getByRole('group', { name: 'Det er jeg god til' });
  await pick.getByLabel('Planlægning').click();
  await expect(pick.getByText('Du kan vælge tre.')).toBeVisible();
  // The message is the group's own, in the DKFDS pattern ("Fejl:" for screen readers), and said at once.
  await expect(pick).toHaveAccessibleDescription(/Fejl: Du kan vælge tre\./);
  await expect(pick.getByRole('alert')).toHaveText('Fejl: Du kan vælge tre. Fjern et flueben, før du vælger et nyt.');
  await expect(pick.getByLabel('Planlægning')).not.toBeChecked();
  await app.expectAccessible();
  // Kundekontakt comes first: it was ticked for the new jobmål D.
  await expect(strengths.locator('ul > li').first()).toHaveText('Kundekontakt');
  await pick.getByLabel('Kundekontakt').uncheck();
  await pick.getByLabel('Planlægning').check();
  await expect(strengths.locator('ul > li')).toHaveText(['Rolig og grundig', 'God til at holde styr på mange opgaver', 'Planlægning']);
  await expect(page.getByRole('region', { name: 'Det fungerer for mig' })).toContainText('Arbejde om formiddagen');
  await expect(page.locator('.app-handout-meeting')).toContainText('Til Rehabiliteringsmøde');
  await app.expectAccessible();
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.getByRole('button', { name: 'Udskriv' }).click();
  expect(await page.evaluate(() => window.printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Udskriv' })).toBeHidden();
  await page.screenshot({ path: info.outputPath('mig-og-mit-jobmaal.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
}

test('the talking script: cue cards one at a time, by button and arrow keys, edited and kept', async ({ page }, info) => {
  const app = new App(page);
  await app.login(info.project.name === 'phone' ? DEMO.jonas : DEMO.mette);
  await page.goto('/mine-jobmaal/oev');
  await page.getByRole('link', { name: 'Se dit talepapir som stikkort' }).click();
  await expect(app.heading()).toHaveText('Dit talepapir');
  await page.getByRole('button', { name: 'Ret talepapiret' }).click();
  await page.getByRole('button', { name: 'Byg talepapiret forfra ud fra mine jobmål' }).click();
  await expect(page.getByLabel('Overskrift på kort 1', { exact: true })).toHaveValue('Mit jobmål A');
  await expect(page.getByLabel('Overskrift på kort 2', { exact: true })).toHaveValue('Derfor passer det til mig');
  await app.expectAccessible();

  // A heading that is too long: the message sits next to the field, which takes focus.
  await page.getByLabel('Overskrift på kort 2', { exact: true }).fill('x'.repeat(201));
  await page.getByRole('button', { name: 'Gem talepapiret' }).click();
  await expect(page.locator('#card-2-heading-error')).toHaveText('Fejl: Teksten er for lang. Den må højst være 200 tegn');
  await expect(page.getByLabel('Overskrift på kort 2', { exact: true })).toBeFocused();
  await app.expectAccessible();
  await page.getByLabel('Overskrift på kort 2', { exact: true }).fill('Derfor passer det til mig');
  const own = `Jeg vil gerne starte med at fortælle om mig selv (${info.project.name})`;
  await page.getByLabel('Det vil jeg sige (kort 1)', { exact: true }).fill(own);
  await page.getByRole('button', { name: 'Gem talepapiret' }).click();
  await expect(page.getByText('Talepapiret er gemt.')).toBeVisible();

  const card = page.getByRole('region', { name: 'Mit jobmål A' });
  await expect(card).toContainText(own);
  await expect(card).toContainText('Kort 1 af');
  await page.getByRole('button', { name: 'Næste kort' }).click();
  await expect(page.getByRole('region', { name: 'Derfor passer det til mig' })).toBeVisible();
  await page.getByRole('region', { name: 'Derfor passer det til mig' }).press('ArrowRight');
  await expect(page.locator('.app-cue-heading')).toHaveText('Det kan jeg');
  await page.locator('.app-cue').press('ArrowLeft');
  await page.locator('.app-cue').press('ArrowLeft');
  await expect(page.locator('.app-cue-heading')).toHaveText('Mit jobmål A');
  await expect(page.getByRole('button', { name: 'Forrige kort' })).toBeDisabled();
  await app.expectAccessible();

  await page.reload();
  await expect(page.getByRole('region', { name: 'Mit jobmål A' })).toContainText(own);
});

test('keyboard only: through the drill, the timer, the round and the cue cards', async ({ page }) => {
  const app = new App(page);
  await app.login(DEMO.sofie);
  await page.goto('/mine-jobmaal/oev');
  await expect(page.locator('.app-question-text')).toHaveText(/^Hvorfor netop/);
  const tabTo = async (locator, key = 'Tab') => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press(key);
      if (await locator.evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error(`could not reach the element with ${key}`);
  };
  await tabTo(page.getByRole('button', { name: 'Næste spørgsmål' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Spørgsmål 2 \// })).toBeVisible();
  await tabTo(page.getByRole('button', { name: 'Start uret' }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Stop uret' })).toBeFocused();
  await page.keyboard.press('Space');
  await tabTo(page.getByLabel('1 – slet ikke'));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByLabel('2', { exact: true })).toBeChecked();
  await tabTo(page.getByRole('link', { name: 'Se dit talepapir som stikkort' }), 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(app.heading()).toHaveText('Dit talepapir');
  await tabTo(page.locator('.app-cue'));
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.app-cue-count')).toContainText('Kort 2 af');
  await tabTo(page.getByRole('button', { name: 'Forrige kort' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.app-cue-count')).toContainText('Kort 1 af');
});

test('read-aloud is only on request and uses a Danish voice; without one it says so kindly', async ({ page }) => {
  await page.addInitScript(() => {
    window.spoken = [];
    const voices = location.hash === '#ingen' ? [] : [{ lang: 'da-DK', name: 'Dansk', voiceURI: 'dansk' }, { lang: 'en-GB', name: 'English', voiceURI: 'en' }];
    const synth = { getVoices: () => voices, speak: (u) => window.spoken.push([u.text, u.voice?.lang]), cancel: () => {}, onvoiceschanged: null };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
  });
  const app = new App(page);
  await app.login(DEMO.jonas);
  await page.goto('/mine-jobmaal/oev');
  const read = page.getByRole('button', { name: 'Læs spørgsmålet højt' });
  await expect(read).toBeVisible();
  expect(await page.evaluate(() => window.spoken.length)).toBe(0);
  await read.click();
  const question = await page.locator('.app-question-text').textContent();
  expect(await page.evaluate(() => window.spoken)).toEqual([[question, 'da-DK']]);
  await app.expectAccessible();

  await page.goto('/mine-jobmaal/oev#ingen');
  await page.reload();
  await expect(page.getByText('Din browser har ingen dansk stemme')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Læs spørgsmålet højt' })).toHaveCount(0);
  await app.expectAccessible();
});

for (const [name, text] of [
  ['NotAllowedError', 'Fleksvej fik ikke lov til at bruge mikrofonen.'],
  ['NotFoundError', 'Vi kan ikke finde en mikrofon.'],
]) {
  test(`recording: ${name} is met kindly next to the button, and nothing else breaks`, async ({ page }) => {
    await page.addInitScript((errorName) => {
      window.asked = 0;
      navigator.mediaDevices.getUserMedia = () => { window.asked += 1; return Promise.reject(new DOMException('nej', errorName)); };
    }, name);
    const app = new App(page);
    await app.login(DEMO.jonas);
    await page.goto('/mine-jobmaal/oev');
    const rec = page.getByRole('region', { name: 'Optag dit svar, hvis du vil' });
    await expect(rec).toContainText('Optagelsen bliver kun på denne enhed');
    // The microphone is asked for only when the borger presses "Optag".
    expect(await page.evaluate(() => window.asked)).toBe(0);
    await rec.getByRole('button', { name: 'Optag' }).click();
    await expect(rec.getByRole('alert')).toContainText(text);
    expect(await page.evaluate(() => window.asked)).toBe(1);
    await app.expectAccessible();
  });
}

test('the ABC canvas: points under three headings are kept, and one becomes a new jobmål draft', async ({ page }, info) => {
  const app = new App(page);
  await app.login(DEMO.mette);
  await page.goto('/mine-jobmaal');
  await page.getByRole('link', { name: /Find jobmål med ABC/ }).click();
  await expect(app.heading()).toHaveText('Find dine jobmål');
  // The CV is the starting point: its competences and qualities come in once, never twice.
  await page.getByRole('button', { name: 'Hent kompetencer og egenskaber fra mit CV' }).click();
  const competences = page.getByRole('region', { name: 'Kompetencer – det kan jeg' });
  await expect(competences.getByRole('listitem').filter({ hasText: 'Kundekontakt' })).toHaveCount(1);
  await expect(competences.getByRole('listitem').filter({ hasText: 'Rolig og grundig' })).toHaveCount(1);
  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/jobgoals/canvas') && r.request().method() === 'PUT'),
    page.getByRole('button', { name: 'Hent kompetencer og egenskaber fra mit CV' }).click(),
  ]);
  await expect(competences.getByRole('listitem').filter({ hasText: 'Kundekontakt' })).toHaveCount(1);
  const wishes = page.getByRole('region', { name: 'Ønsker – det vil jeg gerne' });
  // Nothing written: a polite message next to the field.
  await wishes.getByRole('button', { name: 'Tilføj punktet' }).click();
  await expect(wishes.locator('.form-error-message')).toContainText('Udfyld feltet');
  await expect(wishes.getByLabel('Nyt punkt')).toHaveAttribute('aria-invalid', 'true');
  await app.expectAccessible();

  const point = `Arbejde med mennesker ${info.project.name} ${Date.now()}`;
  await wishes.getByLabel('Nyt punkt').fill(point);
  await wishes.getByRole('button', { name: 'Tilføj punktet' }).click();
  await expect(wishes.getByRole('listitem').filter({ hasText: point })).toBeVisible();
  const market = page.getByRole('region', { name: 'Arbejdsmarkedet – her er der brug for folk' });
  await market.getByLabel('Nyt punkt').fill('Kantiner søger deltid');
  await market.getByLabel('Nyt punkt').press('Enter');
  await expect(market.getByRole('listitem').filter({ hasText: 'Kantiner søger deltid' })).toBeVisible();
  await app.expectAccessible();
  await page.screenshot({ path: info.outputPath('abc.png'), fullPage: true });

  await page.reload();
  await expect(wishes.getByRole('listitem').filter({ hasText: point })).toBeVisible();
  await market.getByRole('button', { name: /^Fjern\s*:\s*Kantiner søger deltid$/ }).first().click();
  await expect(market.getByRole('listitem').filter({ hasText: 'Kantiner søger deltid' })).toHaveCount(0);
  await wishes.getByRole('link', { name: new RegExp(`^Gør til et jobmål\\s*:\\s*${point}$`) }).click();
  await expect(app.heading()).toHaveText('Nyt jobmål');
  await expect(page.getByLabel('Jobmål', { exact: true })).toHaveValue(point);
});
