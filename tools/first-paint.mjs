// The page first, then the app: two changes to index.html and the frames in trunk's staging dir (Trunk.toml's
// post_build hook, after tools/frames.mjs has made the frames from index.html). README, "The first paint".
//
// 1. The first screen's style sheets (DKFDS's, pruned, and style/main.css) go in as `<style>` blocks, so the page
//    can be painted as soon as it arrives instead of one round trip later, when the sheets have come. The CSS is
//    still written only in style/ and DKFDS; the CSP stays strict: the backend puts each block's sha256 in
//    style-src (crates/reference-backend/src/static_files.rs), taken from index.html, so every frame gets the
//    same blocks. The areas' own sheets (`data-area-style`, tools/frames.mjs) stay links.
// 2. trunk's preload of the main wasm goes into `<template id="app-wasm-preload">`, and trunk's start script waits
//    for `window.appPainted` (index.html's inline script, which puts the preload in when the page has been
//    painted). So the wasm does not share the line with the page's first paint.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';

const dist = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dist) throw new Error('first-paint.mjs: no TRUNK_STAGING_DIR and no dist directory given');

// trunk copies style/*.css as written: the notes and the layout go, as they would be sent with every page.
function compact(css) {
  const root = postcss.parse(css);
  root.walkComments((c) => c.remove());
  root.walk((node) => {
    node.raws.before = '';
    node.raws.after = '';
    if (node.type === 'decl') {
      node.raws.between = ':';
      if (!/["']/.test(node.value)) node.value = node.value.replace(/\s+/g, ' ');
    } else {
      node.raws.between = '';
      node.raws.semicolon = false;
      if (node.type === 'rule' && !/["']/.test(node.selector)) node.selector = node.selector.replace(/\s*,\s*/g, ',').replace(/\s+/g, ' ');
      if (node.type === 'atrule') node.params = node.params.replace(/\s+/g, ' ');
    }
  });
  root.raws.after = '';
  return root.toString();
}

function afterPaint(page, html) {
  const preload = /<link rel="preload" href="\/[^"]+_bg\.wasm"[^>]*>/g;
  const start = /(<script type="module">\s*import init, \* as bindings from '[^']+';\s*)(const wasm = await init\()/;
  if ((html.match(preload) ?? []).length !== 1) throw new Error(`first-paint.mjs: ${page} has not one preload of the main wasm`);
  if (!start.test(html)) throw new Error(`first-paint.mjs: ${page}: trunk's start script no longer looks as expected`);
  if (!html.includes('window.appPainted =')) throw new Error(`first-paint.mjs: ${page} lacks index.html's window.appPainted script`);
  return html
    .replace(preload, (tag) => `<template id="app-wasm-preload">${tag}</template>`)
    .replace(start, '$1await window.appPainted;\n$2');
}

const pages = ['index.html', ...readdirSync(join(dist, 'frames')).filter((f) => f.endsWith('.html')).map((f) => join('frames', f))];
const blocks = new Map();
for (const page of pages) {
  const path = join(dist, page);
  const html = readFileSync(path, 'utf8');
  const inlined = [];
  const out = html.replace(/<link rel="stylesheet" href="\/([^"]+\.css)"[^>]*>/g, (tag, file) => {
    if (tag.includes('data-area-style')) return tag;
    if (!blocks.has(file)) {
      const css = compact(readFileSync(join(dist, file), 'utf8'))
        // A sheet at / names its images relative to itself (`url(../img/x.svg)`); in a page at /mit-cv/sprog
        // that would be /mit-cv/img/x.svg, so they become absolute.
        .replace(/url\((["']?)(?!data:|\/|#|https?:)(?:\.\.\/|\.\/)*/g, 'url($1/');
      if (/<\/style/i.test(css)) throw new Error(`first-paint.mjs: ${file} contains "</style"`);
      blocks.set(file, `<style>${css.trim()}</style>`);
    }
    inlined.push(file);
    return blocks.get(file);
  });
  if (inlined.length !== 2) throw new Error(`first-paint.mjs: ${page} links ${inlined.length} first-screen style sheets, not DKFDS's and main.css`);
  writeFileSync(path, afterPaint(page, out));
}
console.log(`first-paint.mjs: ${[...blocks.keys()].join(' and ')} into ${pages.length} pages; the wasm after the first paint`);
