// Registers the service worker and offers a new version instead of swapping it under the borger: when a new
// worker has installed and waits, it sets window.fleksvejUpdateReady and fires "fleksvej-update-ready"; the
// app shows "Ny version – genindlæs" (src/components/update.rs), which fires "fleksvej-update-apply". Only
// then does the new worker take over and the page reload once.
//
// It registers only when the app has started (index.html's shell #app-loading is gone) and the page has loaded:
// the worker's install fetches the whole shell (every area's module and the fonts, about 900 KB), which on a first
// visit over a slow line would otherwise share the line with the main wasm and the page's own data.
(function () {
  if (!('serviceWorker' in navigator)) return;
  var applied = false;
  function whenStarted(go) {
    function loaded() {
      if (document.readyState === 'complete') go(); else window.addEventListener('load', go, { once: true });
    }
    if (!document.getElementById('app-loading')) { loaded(); return; }
    new MutationObserver(function (changes, observer) {
      if (document.getElementById('app-loading')) return;
      observer.disconnect();
      loaded();
    }).observe(document.body, { childList: true });
  }
  function ready(reg) {
    if (reg.waiting && navigator.serviceWorker.controller) {
      window.fleksvejUpdateReady = true;
      window.dispatchEvent(new Event('fleksvej-update-ready'));
    }
  }
  function register() {
    navigator.serviceWorker.register('/sw.js').then(function (reg) {
      ready(reg);
      reg.addEventListener('updatefound', function () {
        var w = reg.installing;
        if (w) w.addEventListener('statechange', function () { if (w.state === 'installed') ready(reg); });
      });
      window.addEventListener('fleksvej-update-apply', function () {
        if (!reg.waiting) return;
        applied = true;
        reg.waiting.postMessage('skip-waiting');
      });
      // A borger who keeps the tab open for days still hears of a new version.
      document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible') reg.update().catch(function () {});
      });
    }).catch(function () {});
  }
  whenStarted(register);
  // The first worker activates after this page has loaded: ask it to take this page too (see 'claim' in sw.js),
  // so the areas' modules come from its shell when the line drops.
  navigator.serviceWorker.ready.then(function (reg) {
    if (!navigator.serviceWorker.controller && reg.active) reg.active.postMessage('claim');
  });
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (applied) location.reload();
  });
})();
