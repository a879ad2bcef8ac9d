// Page objects for the app frame: login, the main menu (a drawer on phones), language, and checks every page gets.
import { expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const DEMO = {
  mette: 'Mette Sørensen',
  jonas: 'Jonas Madsen',
  hanne: 'Hanne Jakobsen',
  ali: 'Ali Hassan',
  sofie: 'Sofie Lund',
};

export const AREAS = [
  { path: '/', da: 'Forside', en: 'Home' },
  { path: '/mit-cv', da: 'Mit CV', en: 'My CV' },
  { path: '/mine-jobmaal', da: 'Mine jobmål', en: 'My job goals' },
  { path: '/min-plan', da: 'Min plan', en: 'My plan' },
  { path: '/min-udvikling', da: 'Min udvikling', en: 'My progress' },
];

/**
 * The names of the page's IndexedDB databases. Chromium's indexedDB.databases() now and then never answers when
 * it is asked just after a database was deleted (logout deletes Fleksvej's): each ask gets 2 s, and it is asked
 * again, up to five times. An answer is always a real list, never assumed.
 */
export async function databaseNames(page) {
  for (let i = 0; i < 5; i += 1) {
    const names = await page.evaluate(() => Promise.race([
      indexedDB.databases().then((all) => all.map((d) => d.name)),
      new Promise((resolve) => setTimeout(() => resolve(null), 2000)),
    ]));
    if (names) return names;
  }
  throw new Error('indexedDB.databases() did not answer in five tries');
}

/** Records CSP violations and page errors from the moment the page loads. */
export async function watchPage(page) {
  const problems = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.log(`CSP-VIOLATION ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => { if (m.text().startsWith('CSP-VIOLATION')) problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return problems;
}

/** Holds back the page's requests to `url` until the returned function is called (the page must not have a
 * service worker, which would answer them instead). */
export async function holdBack(page, url) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(url, async (route) => { await held; await route.continue(); });
  return release;
}

export class App {
  constructor(page) {
    this.page = page;
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Logs in through the demo login page as the demo borger with this name. */
  async login(name, path = '/log-ind') {
    await this.page.goto(path);
    await expect(this.heading()).toHaveText('Log ind');
    await this.page.getByLabel(name).check();
    await this.page.getByRole('button', { name: 'Log ind' }).click();
    await expect(this.page).not.toHaveURL(/\/log-ind/);
  }

  isPhone() {
    return (this.page.viewportSize()?.width ?? 1280) < 992;
  }

  /** Follows a main-menu link, opening the drawer first on phones. */
  async navigate(text) {
    if (this.isPhone()) {
      await this.page.getByRole('button', { name: /Menu/ }).click();
      const drawer = this.page.getByRole('dialog');
      await drawer.getByRole('link', { name: text, exact: true }).click();
      await expect(drawer).toBeHidden();
    } else {
      await this.page.getByRole('navigation', { name: /Hovedmenu|Main menu/ }).getByRole('link', { name: text, exact: true }).click();
    }
  }

  /** Clicks "Log af" (inside the drawer on phones). */
  async logout() {
    if (this.isPhone()) {
      await this.page.getByRole('button', { name: /Menu/ }).click();
      await this.page.getByRole('dialog').getByRole('link', { name: 'Log af' }).click();
    } else {
      await this.page.getByRole('banner').getByRole('link', { name: 'Log af' }).click();
    }
    await expect(this.heading()).toHaveText('Du er logget af');
  }

  /** axe-core with the WCAG 2.x A/AA rule sets: no violations allowed. */
  async expectAccessible() {
    const results = await new AxeBuilder({ page: this.page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`);
    expect(summary).toEqual([]);
    // Every error message next to a field follows DKFDS's pattern: "Fejl:" for screen readers comes first.
    const messages = await this.page.locator('.form-error-message').evaluateAll((els) => els.map((el) => {
      const first = el.firstElementChild;
      const lead = first && first.classList.contains('sr-only') && el.textContent.trimStart().startsWith(first.textContent);
      const prefix = lead ? first.textContent : '';
      return { id: el.id, prefix, text: el.textContent };
    }));
    for (const m of messages) {
      expect(m.prefix, `error message #${m.id} "${m.text}"`).toMatch(/^(Fejl|Error): $/);
      expect(m.id, `error message "${m.text}" has an id for aria-describedby`).not.toBe('');
    }
  }
}
