// Registers the service worker and offers a new version instead of swapping it under the borger: when a new
// worker has installed and waits, it sets window.fleksvejUpdateReady and fires "fleksvej-update-ready"; the
// app shows "Ny version – genindlæs" (src/components/update.rs), which fires "fleksvej-update-apply". Only
// then does the new worker take over and the page reload once.
(function () {
  if (!('serviceWorker' in navigator)) return;
  var applied = false;
  function ready(reg) {
    if (reg.waiting && navigator.serviceWorker.controller) {
      window.fleksvejUpdateReady = true;
      window.dispatchEvent(new Event('fleksvej-update-ready'));
    }
  }
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
  // Activated while this page was loading: ask the worker to take this page too (see 'claim' in sw.js).
  navigator.serviceWorker.ready.then(function (reg) {
    if (!navigator.serviceWorker.controller && reg.active) reg.active.postMessage('claim');
  });
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (applied) location.reload();
  });
})();
