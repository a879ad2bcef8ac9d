// Four more editors on the shared keeper and outbox for the fault table: the talking script, the ABC canvas, a
// targeted CV and a proposed progressionsmål. Same shape as faults/editors.js; `projects` limits an editor to
// the screen sizes named (these run on the phone only, to keep CI time in check).
import { expect } from '@playwright/test';
import { DEMO } from '../pages/app.js';

const occurrences = (hay, needle) => (hay ? hay.split(needle).length - 1 : 0);
const path = (req) => new URL(req.url()).pathname;
const CSRF = (page) => ({ 'x-fleks-client': '1', Origin: new URL(page.url()).origin });

/** The talking script: card 1's text, saved with "Gem talepapiret" (the editor then closes to the cue cards). */
export const script = {
  name: 'talking script',
  projects: ['phone'],
  create() {
    const text = (page) => page.getByLabel('Det vil jeg sige (kort 1)', { exact: true });
    return {
      name: this.name,
      // A script no other spec saves (Ali has jobmål, so the built script has cards).
      who: DEMO.ali,
      async setup() {},
      path: () => '/mine-jobmaal/oev/talepapir',
      async open(page) {
        await page.goto('/mine-jobmaal/oev/talepapir');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dit talepapir');
        const edit = page.getByRole('button', { name: 'Ret talepapiret' });
        // A copy brought back opens the editor by itself.
        await expect(edit.or(text(page))).toBeVisible();
        await edit.click({ timeout: 2_000 }).catch(() => {});
        await expect(text(page)).toBeVisible();
      },
      async type(page, value) {
        await text(page).fill(value);
        await page.getByRole('button', { name: 'Gem talepapiret' }).click();
      },
      async readBack(page) {
        const fields = await page.locator('textarea[id$="-text"]').evaluateAll((els) => els.map((e) => e.value));
        return [...fields, ...(await page.locator('.app-cue-text').allInnerTexts())];
      },
      async onServer(page, value) {
        const resp = await page.request.get('/api/v1/rehearsals/script');
        expect(resp.status()).toBe(200);
        return (await resp.json()).content.cards.reduce((n, c) => n + occurrences(c.text, value), 0);
      },
      isWrite: (req) => req.method() === 'PUT' && path(req) === '/api/v1/rehearsals/script',
    };
  },
};

/** The ABC canvas: a point under "Ønsker", added with "Tilføj punktet". A 412 is met by adding the point to the
 * newest canvas, so both browsers' points are kept and there is nothing to choose (`merges`). */
export const canvas = {
  name: 'ABC canvas',
  projects: ['phone'],
  create() {
    const wishes = (page) => page.getByRole('region', { name: 'Ønsker – det vil jeg gerne' });
    return {
      name: this.name,
      merges: true,
      // A canvas no other spec writes on.
      who: DEMO.jonas,
      async setup() {},
      path: () => '/mine-jobmaal/abc',
      async open(page) {
        await page.goto('/mine-jobmaal/abc');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find dine jobmål');
        await expect(wishes(page).getByLabel('Nyt punkt')).toBeVisible();
      },
      async type(page, value) {
        await wishes(page).getByLabel('Nyt punkt').fill(value);
        await wishes(page).getByRole('button', { name: 'Tilføj punktet' }).click();
        await expect(wishes(page).locator('.app-abc-point').filter({ hasText: value })).toBeVisible();
      },
      async readBack(page) {
        const field = await wishes(page).getByLabel('Nyt punkt').inputValue();
        return [field, ...(await wishes(page).locator('.app-abc-point').allInnerTexts())];
      },
      async onServer(page, value) {
        const resp = await page.request.get('/api/v1/jobgoals/canvas');
        expect(resp.status()).toBe(200);
        return (await resp.json()).content.wishes.filter((p) => p === value).length;
      },
      isWrite: (req) => req.method() === 'PUT' && path(req) === '/api/v1/jobgoals/canvas',
    };
  },
};

/** A targeted CV (made through the API the first time): its own profile, saved with "Gem det målrettede CV". */
export const targetedCv = {
  name: 'targeted CV',
  projects: ['phone'],
  create() {
    const title = 'Til fejltesten';
    const profile = (page) => page.getByLabel('Faglig profil til dette CV');
    let id;
    return {
      name: this.name,
      // A borger whose targeted CVs no other spec touches.
      who: DEMO.sofie,
      async setup(page) {
        const list = await (await page.request.get('/api/v1/cv/targeted')).json();
        id = list.find((t) => t.content.name === title)?.id;
        if (id) return;
        await page.goto('/');
        const resp = await page.request.post('/api/v1/cv/targeted', {
          headers: { ...CSRF(page), 'Idempotency-Key': crypto.randomUUID() },
          data: { name: title, target_job: 'Kommunikationsmedarbejder, 12 timer', profile: '', items: [], sections: [] },
        });
        expect(resp.status()).toBe(201);
        id = (await resp.json()).id;
      },
      path: () => `/mit-cv/maalrettet/${id}`,
      async open(page) {
        await page.goto(`/mit-cv/maalrettet/${id}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        await expect(profile(page)).toBeVisible();
      },
      async type(page, value) {
        await profile(page).fill(value);
        await page.getByRole('button', { name: 'Gem det målrettede CV' }).click();
      },
      async readBack(page) {
        return [await profile(page).inputValue()];
      },
      async onServer(page, value) {
        const resp = await page.request.get(`/api/v1/cv/targeted/${id}`);
        expect(resp.status()).toBe(200);
        return occurrences((await resp.json()).content.profile, value);
      },
      isWrite: (req) => req.method() === 'PUT' && path(req) === `/api/v1/cv/targeted/${id}`,
    };
  },
};

/** A proposed progressionsmål in Min udvikling, sent with "Send forslaget": each send makes a new goal, so a
 * duplicate would be two goals with the text. */
export const proposal = {
  name: 'progression proposal',
  projects: ['phone'],
  // Nothing to change first elsewhere: a proposal is only ever created.
  noConflict: true,
  create() {
    const goal = (page) => page.getByLabel('Hvad vil du gerne prøve?');
    return {
      name: this.name,
      who: DEMO.ali,
      async setup() {},
      path: () => '/min-udvikling',
      async open(page) {
        await page.goto('/min-udvikling');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Min udvikling');
        await expect(goal(page)).toBeVisible();
      },
      async type(page, value) {
        await goal(page).fill(value);
        await page.getByRole('button', { name: 'Send forslaget' }).click();
      },
      async readBack(page) {
        const titles = await page.locator('section[aria-labelledby="goals"] .app-plan-title').allInnerTexts();
        return [await goal(page).inputValue(), ...titles];
      },
      async onServer(page, value) {
        const p = await (await page.request.get('/api/v1/progression')).json();
        return p.goals.filter((g) => g.content.description === value).length;
      },
      isWrite: (req) => req.method() === 'POST' && path(req) === '/api/v1/progression/goals',
    };
  },
};
