// Fleksvej's service worker: keeps the app shell (HTML, wasm, JS, CSS, fonts, icons) so Fleksvej opens
// without a network. It never caches /api or /dev: personal data is not put in Cache Storage (quality.md §3.3).
const SHELL = 'fleksvej-shell-v1';
const HASHED = /-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/;

// On install, keep index.html and the hashed files it names (wasm, JS glue, CSS): they loaded before this
// worker existed, so they would otherwise only be cached on the next online visit.
self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL);
    const resp = await fetch('/', { cache: 'no-cache' });
    const html = await resp.clone().text();
    await cache.put('/', resp);
    const names = [...html.matchAll(/["'](\/[^"']+-[0-9a-f]{16}(?:_bg)?\.(?:wasm|js|css))["']/g)].map((m) => m[1]);
    await cache.addAll([...new Set(names)]);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/dev/')) return;
  if (event.request.mode === 'navigate') {
    // Network first, so a new build is picked up at once; the last shell when offline.
    event.respondWith(
      fetch(event.request)
        .then((resp) => {
          if (resp.ok) { const copy = resp.clone(); caches.open(SHELL).then((c) => c.put('/', copy)); }
          return resp;
        })
        .catch(() => caches.match('/')),
    );
    return;
  }
  const lasting = HASHED.test(url.pathname) || url.pathname.startsWith('/fonts/') || url.pathname.startsWith('/img/');
  if (!lasting) return;
  // Hashed files never change under the same name: cache first.
  event.respondWith(
    caches.match(event.request).then((hit) => hit || fetch(event.request).then((resp) => {
      if (resp.ok) { const copy = resp.clone(); caches.open(SHELL).then((c) => c.put(event.request, copy)); }
      return resp;
    })),
  );
});
