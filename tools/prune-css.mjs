// DKFDS's borger.dk stylesheet less the rules Fleksvej never uses: 216 KB -> about 40 KB raw, 22 -> 7 KB
// brotli on the first screen, and less for a cheap phone to parse and match on every change to the page.
// Run by trunk's pre_build hook (Trunk.toml); index.html links the result, target/dkfds/dkfds-borgerdk.min.css.
//
// PurgeCSS keeps a rule when every class, id and element name in its selector occurs as a word somewhere in
// the app's source (src/**/*.rs, index.html, public/**/*.js). So a DKFDS class must be written out whole in the
// source (`class="alert alert-info"`, `class:form-error=…`), never put together at run time; the e2e test
// "no DKFDS class on any page lost its rules" (tests/e2e/reflow.spec.js) fails if one is.
import { PurgeCSS } from 'purgecss';
import fs from 'node:fs';
import path from 'node:path';

const root = process.env.TRUNK_SOURCE_DIR || process.cwd();
const source = path.join(root, 'node_modules/dkfds/dist/css/dkfds-borgerdk.min.css');
const outDir = path.join(root, 'target/dkfds');
const [result] = await new PurgeCSS().purge({
  content: ['src/**/*.rs', 'index.html', 'public/**/*.js'].map((g) => path.join(root, g)),
  css: [source],
  // @font-face goes below instead: PurgeCSS keeps IBM Plex's, as DKFDS's `html` rule names the font.
  fontFace: false,
  keyframes: true,
  variables: false,
});
if (!result || result.css.length < 10000) {
  console.error(`prune-css: ${source} gave ${result ? result.css.length : 0} bytes; is DKFDS installed (cargo xtask setup)?`);
  process.exit(1);
}
fs.mkdirSync(outDir, { recursive: true });
// The app draws with the system font stack (`.app-system-font` on <html>, style/main.css), so no IBM Plex face is
// ever used and the fonts are not in dist/: their nine @font-face rules are 2.5 KB of the first screen's CSS.
const css = result.css.replace(/@font-face\s*\{[^}]*\}/g, '');
if (css.includes('@font-face') || !result.css.includes('@font-face')) {
  console.error('prune-css: DKFDS\'s @font-face rules have changed shape; look at tools/prune-css.mjs');
  process.exit(1);
}
fs.writeFileSync(path.join(outDir, 'dkfds-borgerdk.min.css'), css);
