// Fleksvej's service worker: keeps the app shell (HTML, wasm, JS, CSS, icons) so Fleksvej opens
// without a network. It never caches /api or /dev: personal data is not put in Cache Storage (quality.md §3.3).
//
// VERSION and PRECACHE are filled in at build time by the post_build hook in Trunk.toml, from trunk's hashed
// output; unbuilt (as in the repository) the worker still works and caches as it goes. A new version installs
// beside the old one and waits: the page offers "Ny version – genindlæs" (public/sw-register.js) instead of
// swapping code under the borger.
const VERSION = '__VERSION__';
const PRECACHE = ['__PRECACHE__'].filter((f) => !f.startsWith('__'));
const SHELL = `fleksvej-shell-${VERSION}`;
/** How long a page load waits for the network before it uses the kept shell. */
const NAVIGATION_TIMEOUT_MS = 4000;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL);
    // The bare shell by its file name: '/' answers a logged-in borger with the forside's frame, which has their name.
    await cache.addAll(['/index.html', ...PRECACHE].map((u) => new Request(u, { cache: 'no-cache' })));
    // The very first worker has nobody to disturb; later ones wait until the borger says so.
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  // A page that loaded while this worker was activating misses the claim in 'activate'; it asks again, so its
  // later requests (the areas' wasm modules) are answered from the shell when offline.
  if (event.data === 'claim') event.waitUntil(self.clients.claim());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('fleksvej-') && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The network, unless it takes longer than `ms`; then null. */
function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve(null), ms))]);
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/dev/') || url.pathname === '/sw.js') return;
  if (event.request.mode === 'navigate') {
    // Network first with a short limit, so a new build is seen at once but a bad connection does not hang.
    event.respondWith((async () => {
      // Pages are not kept as they come: the forside's and the areas' frames (src/domain/frames.rs) are one
      // borger's. Offline, the bare shell of this version is used; the app draws the page from there.
      const network = fetch(event.request).catch(() => null);
      const resp = await withTimeout(network, NAVIGATION_TIMEOUT_MS);
      return resp || (await caches.match('/index.html', { cacheName: SHELL })) || (await network) || Response.error();
    })());
    return;
  }
  // Everything else in the shell: the copy of this version first, else the network (and keep it).
  event.respondWith(
    caches.match(event.request, { cacheName: SHELL }).then((hit) => hit || fetch(event.request).then((resp) => {
      const lasting = /-[0-9a-f]{12,16}(_bg)?\.(wasm|js|css)$/.test(url.pathname) || url.pathname.startsWith('/img/');
      if (resp.ok && lasting) { const copy = resp.clone(); caches.open(SHELL).then((c) => c.put(event.request, copy)); }
      return resp;
    })),
  );
});
