// Writes dist/frames/<page>.html for each page in tools/frames.json (made from the app's texts by
// src/domain/frames.rs): trunk's index.html with the area's main menu, tab title, heading and lead (and an info
// page's other paragraphs) drawn in, so a logged-in borger reads the page while the app starts, with the page's
// first API reads preloaded and its wasm module's files named for public/frame.js to fetch. Run by trunk's
// post_build hook (Trunk.toml).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dist) throw new Error('frames.mjs: no TRUNK_STAGING_DIR and no dist directory given');
const spec = JSON.parse(readFileSync(new URL('./frames.json', import.meta.url), 'utf8'));

// Each area's own stylesheet (style/cv.css, style/jobgoals.css, style/progression.css) is linked with
// media="not all": fetched at low priority without holding back the first paint, and switched on by the app when
// the area is opened (src/areas.rs, `show_area_style`). A frame of an area has its own stylesheet on from the
// start, as the area is what it shows.
const AREA_STYLES = { cv_area: 'cv', jobgoals_area: 'jobgoals', progression_area: 'progression' };
function areaStyles(html, on) {
  for (const name of Object.values(AREA_STYLES)) {
    const link = new RegExp(`<link rel="stylesheet" href="/${name}-[0-9a-f]+\\.css"`);
    if (!link.test(html)) throw new Error(`frames.mjs: index.html does not link the ${name} area's stylesheet`);
    html = html.replace(link, (l) => `${l}${name === on ? '' : ' media="not all"'} data-area-style="${name}"`);
  }
  return html;
}
const shell = readFileSync(join(dist, 'index.html'), 'utf8');
writeFileSync(join(dist, 'index.html'), areaStyles(shell, null));

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `html` with `marker` replaced once; a build whose index.html lost a marker fails here, not in the browser. */
function put(html, marker, what) {
  if (html.split(marker).length !== 2) throw new Error(`frames.mjs: index.html must have ${marker} exactly once`);
  return html.replace(marker, () => what);
}

const SESSION_PRELOAD = '<link rel="preload" id="app-session-preload" href="/api/v1/session" as="fetch" crossorigin="anonymous" />';

const icon = (name) => `<svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/img/all-svg-icons.svg#${name}"></use></svg>`;

// The same markup as src/components/header.rs draws for the main menu, with the area marked: in the header on
// a desktop, and in the phone's drawer (opened by public/frame.js until the app's header takes over).
function menu(path) {
  const items = spec.menu.map(({ href, text }) => {
    const current = href === '/' ? path === href : path.startsWith(href);
    return current
      ? `<li class="active current"><a href="${esc(href)}" aria-current="page" class="nav-link"><span>${esc(text)}</span></a></li>`
      : `<li><a href="${esc(href)}" class="nav-link"><span>${esc(text)}</span></a></li>`;
  }).join('');
  const list = `<ul class="mainmenu">${items}</ul>`;
  const label = esc(spec.mainMenuLabel);
  const d = spec.drawer;
  return `<div class="navigation-menu"><div class="navigation-menu-inner container"><nav class="nav" aria-label="${label}">${list}</nav></div></div>`
    + `<div class="mobile-drawer" id="app-frame-drawer" role="dialog" aria-modal="true" aria-labelledby="app-frame-menu-heading" hidden>`
    + `<div class="menu-top"><h2 id="app-frame-menu-heading" class="menu-heading">${esc(d.heading)}</h2>`
    + `<button class="function-link button-menu-close" id="app-frame-menu-close" type="button" aria-label="${esc(d.closeLabel)}">${icon('close')}${esc(d.close)}</button></div>`
    + `<div class="portal-info-mobile"><h3 class="sr-only">${esc(d.user)}</h3><p><a href="${esc(d.logOutHref)}" class="function-link d-print-none log-off">${icon('lock')}${esc(d.logOut)}</a></p></div>`
    + `<nav class="navigation-menu-mobile" aria-label="${label}">${list}</nav></div>`
    + `<div class="overlay" id="app-frame-overlay"></div>`;
}

// The files of each split-off wasm module, from the loader tools/split/post-build.sh wrote: the module's own file
// after the chunks it shares with others, as the loader fetches them.
function moduleFiles() {
  let loader;
  try { loader = readFileSync(join(dist, '__wasm_split.js'), 'utf8'); } catch { return {}; }
  const chunks = {};
  for (const m of loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)) {
    chunks[m[1]] = m[2];
  }
  const modules = {};
  const load = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"[\s\S]*?, \[([^\]]*)\]\)\)/g;
  for (const m of loader.matchAll(load)) {
    const deps = m[3].split(',').map((c) => c.trim()).filter(Boolean).map((c) => {
      if (!chunks[c]) throw new Error(`frames.mjs: __wasm_split.js names ${c} without its file`);
      return chunks[c];
    });
    modules[m[1]] = [...deps, m[2]].map((f) => `/${f}`);
  }
  return modules;
}
const modules = moduleFiles();

mkdirSync(join(dist, 'frames'), { recursive: true });
for (const f of spec.frames) {
  let html = put(areaStyles(shell, AREA_STYLES[f.module]), '<title>Fleksvej</title>', `<title>${esc(f.tab)}</title>`);
  // The kommune and jobcenter lines are the borger's: kept empty, so the heading is where the app will draw it.
  html = put(html, '<!--app-frame-authority-->', '<div class="additional-info" aria-hidden="true"><p><strong class="authority-name">&nbsp;</strong></p><p>&nbsp;</p></div>');
  html = put(html, '<!--app-frame-menu-->', menu(f.path));
  // The API reads the page starts with, asked for with the page like the session (index.html), so they have
  // been answered by the time the area's module has come; the app's own request takes the answer.
  const reads = (f.preload || []).map((href) => `\n    <link rel="preload" href="${esc(href)}" as="fetch" crossorigin="anonymous" />`).join('');
  // The page's wasm module: public/frame.js asks for its files once the frame is painted. Not here as preloads:
  // they would share the line with the first paint (and count in Lighthouse's estimate of it).
  let files = '';
  if (f.module && Object.keys(modules).length) {
    if (!modules[f.module]) throw new Error(`frames.mjs: no wasm module ${f.module} in __wasm_split.js`);
    // Not the outbox's module (src/areas.rs, `outbox`): a logged-in page fetches it once it is drawn and the
    // browser is idle (src/store/idle.rs), so its files would wait unused and share the line with the area's.
    files = `\n    <meta name="app-module-files" content="${esc(modules[f.module].join(' '))}" />`;
  }
  html = put(html, SESSION_PRELOAD, SESSION_PRELOAD + reads + files);
  // The backend puts the borger's first name where the page greets them (and then sends the page no-store).
  const lead = esc(f.lead).split(esc(spec.firstName)).join('<!--fornavn-->');
  // An info page is fixed text: all of it is drawn, so nothing larger comes later (Lighthouse's LCP).
  const more = (f.more || []).map((p) => `\n        <p>${esc(p)}</p>`).join('');
  html = put(html, '<!--app-frame-heading-->', `<h1>${esc(f.title)}</h1>\n        <p class="font-lead">${lead}</p>${more}`);
  writeFileSync(join(dist, 'frames', f.file), html);
}
console.log(`frames.mjs: ${spec.frames.length} frames in ${join(dist, 'frames')}`);
