// DKFDS's icon sprite (img/all-svg-icons.svg, 151 symbols, about 12 KB brotli) less the symbols the app never
// draws, in trunk's staging dir (Trunk.toml's post_build hook). The shell's header draws two of them, so the
// browser fetches the sprite with the first paint, on the same line as the style sheets and the wasm.
// The names are read from the sources: `<Icon name="…">` in src/, `icon('…')` in tools/frames.mjs and
// `all-svg-icons.svg#…` in index.html. A name that is not written out (so cannot be read here), or that DKFDS's
// sprite does not have, fails the build. tests/e2e/shell.spec.js checks every icon on screen against the sprite.
import { readFileSync, readdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dist) throw new Error('prune-icons.mjs: no TRUNK_STAGING_DIR and no dist directory given');

const fail = (msg) => {
  throw new Error(`prune-icons.mjs: ${msg}`);
};

function rustFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return rustFiles(path);
    return name.endsWith('.rs') ? [path] : [];
  });
}

const used = new Set();
for (const file of rustFiles('src')) {
  for (const [tag] of readFileSync(file, 'utf8').matchAll(/<Icon\b[^>]*>/g)) {
    const name = tag.match(/\bname="([a-z0-9-]+)"/);
    if (!name) fail(`${file}: ${tag} has no written-out name="…", so the sprite cannot be pruned for it`);
    used.add(name[1]);
  }
}
const frames = readFileSync('tools/frames.mjs', 'utf8');
const calls = [...frames.matchAll(/\bicon\(([^)]*)\)/g)].map((m) => m[1]);
for (const arg of calls) {
  const name = arg.match(/^'([a-z0-9-]+)'$/);
  if (!name) fail(`tools/frames.mjs: icon(${arg}) is not a written-out name`);
  used.add(name[1]);
}
for (const [, name] of readFileSync('index.html', 'utf8').matchAll(/all-svg-icons\.svg#([a-z0-9-]+)/g)) used.add(name);
if (used.size === 0) fail('found no icons in the sources; the patterns above no longer match them');

const path = join(dist, 'img', 'all-svg-icons.svg');
const sprite = readFileSync(path, 'utf8');
const symbol = /<symbol\b[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?<\/symbol>/g;
const have = new Set([...sprite.matchAll(symbol)].map((m) => m[1]));
for (const name of used) if (!have.has(name)) fail(`"${name}" is not in DKFDS's sprite`);
writeFileSync(path, sprite.replace(symbol, (whole, id) => (used.has(id) ? whole : '')));
console.log(`prune-icons.mjs: kept ${[...used].sort().join(', ')} of ${have.size} symbols`);
