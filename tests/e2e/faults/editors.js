// The editors the fault table (faults.spec.js) runs every row against. Each entry is { name, create(project) }:
// `name` goes in the test titles, and `create` makes the editor for one test on one screen size ('phone' or
// 'desktop'). The editor knows how to open itself, type, read back what it shows, and count how often a text is
// on the server (more than once is a duplicate):
//
//   {
//     who,                       // the demo borger (DEMO.*) it logs in as
//     async setup(page),         // after login, before anything else: look up ids through the API
//     path(),                    // where the editor lives; a re-login must lead back here
//     async open(page),          // navigate to the editor and wait until it shows what it has
//     async type(page, text),    // type `text` the way a borger saves it (autosave, or the form's button)
//     async readBack(page),      // the texts the editor shows now (array of strings)
//     async onServer(page, text),// how many times `text` is on the server, read with the page's cookies
//     isWrite(request),          // true for the request that saves what `type` typed (rows fault these)
//     merges?,                   // true when a 412 is met by merging (nothing to choose; both texts kept)
//   }
//
// An entry may also say `projects: ['phone']` to run on those screen sizes only, and `noConflict: true` when it
// only ever creates (the 412 row is left out).
//
// For the 412 row a second browser context uses the same editor (open + type) to save first; the borger's page
// must then offer the choice with a "Behold min" button in an alert that shows the other version.
import { expect } from '@playwright/test';
import { DEMO } from '../pages/app.js';
import { jobGoal, prepNotes, rehearsal, week } from './more.js';
import { canvas, proposal, script, targetedCv } from './documents.js';

/** Counts the non-overlapping occurrences of `needle` in `hay`. */
const occurrences = (hay, needle) => (hay ? hay.split(needle).length - 1 : 0);

/** The brutto CV (Mit CV), section "Personlige egenskaber": a list, so a duplicate would show as two items. */
const cv = {
  name: 'brutto CV',
  create(project) {
    return {
      // Personas no other spec gives a conflict to; the two screen sizes do not share a CV.
      who: project === 'phone' ? DEMO.ali : DEMO.mette,
      async setup() {},
      path: () => '/mit-cv/personlige-egenskaber',
      async open(page) {
        await page.goto('/mit-cv/personlige-egenskaber');
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Personlige egenskaber');
        await expect(page.locator('.app-save-text').first()).toBeVisible();
      },
      async type(page, text) {
        await page.getByLabel('Tilføj en ny').fill(text);
        await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
        await expect(page.getByRole('textbox', { name: /Personlige egenskaber \d+/ }).last()).toHaveValue(text);
      },
      async readBack(page) {
        return page.getByRole('textbox', { name: /Personlige egenskaber \d+/ }).evaluateAll((els) => els.map((e) => e.value));
      },
      async onServer(page, text) {
        const resp = await page.request.get('/api/v1/cv');
        expect(resp.status()).toBe(200);
        const body = await resp.json();
        return body.content.qualities.filter((q) => q.text === text).length;
      },
      isWrite: (req) => req.method() === 'PUT' && new URL(req.url()).pathname === '/api/v1/cv',
    };
  },
};

/** The borger's comment on an aftale (Min plan), sent with "Gem kommentar". One field: a duplicate would be the
 * text twice in it. */
const planComment = {
  name: 'Min plan aftale comment',
  create(project) {
    // An aftale per screen size that no other spec comments on.
    const [who, title] = project === 'phone'
      ? [DEMO.hanne, 'Notér hvordan frokostservering går i 4 uger']
      : [DEMO.jonas, 'Søg 2 konkrete jobs om ugen inden for A- eller B-spor'];
    let id;
    return {
      who,
      async setup(page) {
        const plan = await (await page.request.get('/api/v1/plan')).json();
        id = plan.aftaler.find((a) => a.content.title === title)?.id;
        expect(id, `the demo plan has "${title}"`).toBeTruthy();
      },
      path: () => `/min-plan/aftale/${id}`,
      async open(page) {
        await page.goto(`/min-plan/aftale/${id}`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        await expect(page.getByLabel('Min kommentar til jobformidleren')).toBeVisible();
      },
      async type(page, text) {
        await page.getByLabel('Min kommentar til jobformidleren').fill(text);
        await page.getByRole('button', { name: 'Gem kommentar' }).click();
      },
      async readBack(page) {
        return [await page.getByLabel('Min kommentar til jobformidleren').inputValue()];
      },
      async onServer(page, text) {
        const resp = await page.request.get(`/api/v1/plan/aftaler/${id}`);
        expect(resp.status()).toBe(200);
        return occurrences((await resp.json()).borger_comment, text);
      },
      isWrite: (req) => req.method() === 'PATCH' && new URL(req.url()).pathname === `/api/v1/plan/aftaler/${id}`,
    };
  },
};

export const EDITORS = [
  cv,
  planComment,
  // The editors on the shared keeper and outbox (src/store/draft.rs, src/store/outbox.rs), in faults/more.js.
  prepNotes,
  jobGoal,
  week,
  rehearsal,
  // The same, in faults/documents.js: on the phone only.
  script,
  canvas,
  targetedCv,
  proposal,
];
