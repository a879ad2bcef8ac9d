// The editors on the shared keeper and outbox (src/store/draft.rs, src/store/outbox.rs) for the fault table:
// meeting prep notes, a jobmål, a week in Min udvikling and a practice round. Same shape as faults/editors.js.
import { expect } from '@playwright/test';
import { DEMO } from '../pages/app.js';

const occurrences = (hay, needle) => (hay ? hay.split(needle).length - 1 : 0);
const path = (req) => new URL(req.url()).pathname;

/** "Det vil jeg tale om" for a meeting: autosaves while typing, and on leaving the field. */
export const prepNotes = {
  name: 'meeting prep notes',
  create(project) {
    // Meetings no other spec writes notes for.
    const [who, title] = project === 'phone' ? [DEMO.ali, 'Opfølgning i butikken'] : [DEMO.hanne, 'Progressionssamtale'];
    let id;
    return {
      name: this.name,
      who,
      async setup(page) {
        const plan = await (await page.request.get('/api/v1/plan')).json();
        id = plan.meetings.find((m) => m.content.title === title)?.id;
        expect(id, `the demo plan has the meeting "${title}"`).toBeTruthy();
      },
      path: () => `/min-plan/moede/${id}`,
      async open(page) {
        await page.goto(`/min-plan/moede/${id}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        await expect(page.getByLabel('Det vil jeg tale om')).toBeVisible();
      },
      async type(page, text) {
        const notes = page.getByLabel('Det vil jeg tale om');
        await notes.fill(text);
        await notes.blur();
      },
      async readBack(page) {
        return [await page.getByLabel('Det vil jeg tale om').inputValue()];
      },
      async onServer(page, text) {
        const resp = await page.request.get(`/api/v1/plan/meetings/${id}`);
        expect(resp.status()).toBe(200);
        return occurrences((await resp.json()).prep_notes, text);
      },
      isWrite: (req) => req.method() === 'PUT' && path(req) === `/api/v1/plan/meetings/${id}/prep`,
    };
  },
};

/** A jobmål the borger already has: "Hvorfor passer det til mig?", saved with "Gem jobmålet". */
export const jobGoal = {
  name: 'jobmål',
  create(project) {
    const [who, title] = project === 'phone' ? [DEMO.ali, 'Opvasker i restaurant, weekend'] : [DEMO.sofie, 'Korrekturlæser'];
    let id;
    return {
      name: this.name,
      who,
      async setup(page) {
        const goals = await (await page.request.get('/api/v1/jobgoals')).json();
        id = goals.find((g) => g.content.title === title)?.id;
        expect(id, `the demo borger has the jobmål "${title}"`).toBeTruthy();
      },
      path: () => `/mine-jobmaal/${id}`,
      async open(page) {
        await page.goto(`/mine-jobmaal/${id}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ret jobmål');
        await expect(page.getByLabel('Jobmål', { exact: true })).toHaveValue(title);
      },
      async type(page, text) {
        await page.getByLabel('Hvorfor passer det til mig?').fill(text);
        await page.getByRole('button', { name: 'Gem jobmålet' }).click();
      },
      async readBack(page) {
        return [await page.getByLabel('Hvorfor passer det til mig?').inputValue()];
      },
      async onServer(page, text) {
        const resp = await page.request.get(`/api/v1/jobgoals/${id}`);
        expect(resp.status()).toBe(200);
        return occurrences((await resp.json()).content.why_me, text);
      },
      isWrite: (req) => req.method() === 'PUT' && path(req) === `/api/v1/jobgoals/${id}`,
    };
  },
};

/** A week already noted in Min udvikling, corrected on its own page: "Hvordan gik ugen?" and "Gem ugen". */
export const week = {
  name: 'week in Min udvikling',
  create(project) {
    // Old weeks in the demo log that the other specs leave alone: Ali's second newest, Hanne's oldest (seven
    // months back, one she noted herself).
    const [who, back] = project === 'phone' ? [DEMO.ali, 1] : [DEMO.hanne, -1];
    let id;
    return {
      name: this.name,
      who,
      async setup(page) {
        const p = await (await page.request.get('/api/v1/progression')).json();
        const mine = p.weeks.filter((w) => w.content.job_no === 1);
        id = mine.at(back)?.id;
        expect(id, 'the demo log has that week').toBeTruthy();
      },
      path: () => `/min-udvikling/uge/${id}`,
      async open(page) {
        await page.goto(`/min-udvikling/uge/${id}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ret en uge');
        await expect(page.getByLabel('Hvordan gik ugen?')).toBeVisible();
      },
      async type(page, text) {
        await page.getByLabel('Hvordan gik ugen?').fill(text);
        await page.getByRole('button', { name: 'Gem ugen' }).click();
      },
      async readBack(page) {
        return [await page.getByLabel('Hvordan gik ugen?').inputValue()];
      },
      async onServer(page, text) {
        const p = await (await page.request.get('/api/v1/progression')).json();
        return p.weeks.filter((w) => w.content.note.includes(text)).length;
      },
      isWrite: (req) => req.method() === 'PUT' && path(req) === `/api/v1/progression/weeks/${id}`,
    };
  },
};

/** A practice round with a note to bring up at the next meeting: each save makes a new entry in the log, so a
 * duplicate would be two entries with the text. */
export const rehearsal = {
  name: 'practice round',
  // Nothing to change first elsewhere: a round is only ever created.
  noConflict: true,
  create(project) {
    const who = project === 'phone' ? DEMO.hanne : DEMO.ali;
    // The notes to bring up, as the history under the drill lists them (date, then the note).
    const flagged = (page) => page.locator('.app-flagged li .app-pre');
    return {
      name: this.name,
      who,
      async setup() {},
      path: () => '/mine-jobmaal/oev',
      async open(page) {
        await page.goto('/mine-jobmaal/oev');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.getByLabel('Note til dig selv')).toBeVisible();
      },
      async type(page, text) {
        await page.getByLabel('Note til dig selv').fill(text);
        await page.getByLabel('Tag det op på næste møde').check();
        await page.getByRole('button', { name: 'Gem, at jeg har øvet' }).click();
      },
      async readBack(page) {
        const field = await page.getByLabel('Note til dig selv').inputValue();
        return [field, ...(await flagged(page).allInnerTexts())];
      },
      async onServer(page, text) {
        const list = await (await page.request.get('/api/v1/rehearsals')).json();
        return list.filter((r) => r.content.note === text).length;
      },
      isWrite: (req) => req.method() === 'POST' && path(req) === '/api/v1/rehearsals',
    };
  },
};
