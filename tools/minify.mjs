// Makes the first screen's small files smaller, in trunk's staging dir (Trunk.toml's post_build hook, after
// tools/frames.mjs has read the split loader and index.html, before the service worker's version is taken):
// terser on the split loader and public/'s scripts, and the build notes (HTML comments) out of index.html and the
// frames. trunk's own JS glue is minified earlier, by tools/split/wasm-bindgen, so trunk's integrity hash is of
// what is served. sw.js is left alone: the hook fills in its placeholders afterwards.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dist = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dist) throw new Error('minify.mjs: no TRUNK_STAGING_DIR and no dist directory given');

// The loader is an ES module (its exports keep their names); the others are classic scripts, whose top-level
// names are left as they are.
const scripts = [
  ['__wasm_split.js', true],
  ['boot-check.js', false],
  ['frame.js', false],
  ['sw-register.js', false],
];
for (const [name, module] of scripts) {
  const path = join(dist, name);
  if (!existsSync(path)) throw new Error(`minify.mjs: ${name} is missing from ${dist}`);
  const out = await minify(readFileSync(path, 'utf8'), { module, compress: true, mangle: true });
  writeFileSync(path, out.code);
}

// Notes only: no markup changes, so the inline scripts' CSP hashes (taken by the backend from the served file)
// and everything the tests look for stay as they are. A marker (one word, `<!--fornavn-->`, which the backend
// fills in with the borger's first name) stays.
const marker = /^<!--[\w-]+-->/;
const stripComments = (html) => html.replace(/<!--[\s\S]*?-->\s*/g, (c) => (marker.test(c) ? c : ''));
const pages = ['index.html', ...readdirSync(join(dist, 'frames')).filter((f) => f.endsWith('.html')).map((f) => join('frames', f))];
for (const page of pages) {
  const path = join(dist, page);
  writeFileSync(path, stripComments(readFileSync(path, 'utf8')));
}
