// If Fleksvej cannot start (an old browser, a broken download), say so and what to do, instead of showing
// "Indlæser …" forever. #app-loading goes when the app has drawn its first page, which makes this a no-op.
(function () {
  function failed() {
    var loading = document.getElementById('app-loading');
    var help = document.getElementById('app-boot-failed');
    if (loading && help) {
      help.hidden = false;
      var busy = document.getElementById('app-loading-text');
      if (busy) busy.hidden = true;
    }
  }
  window.addEventListener('unhandledrejection', failed);
  // A file that did not load (its error reaches window in the capture phase), or an uncaught error while
  // starting: trunk's start script is a module, so a wasm that cannot be fetched rejects its top-level await,
  // which is reported here on window rather than as an unhandled rejection.
  // The early question "who is logged in" (index.html) answers 401 when nobody is, which is no failure.
  window.addEventListener('error', function (e) { if (!(e && e.target && e.target.id === 'app-session-preload')) failed(); }, true);
  setTimeout(failed, 30000);
  // The app is drawn hidden behind the shell (style/main.css). The shell gives way when the app's page heading is
  // there (the shell's own heading has no id), so the borger never sees the page go blank while it loads.
  new MutationObserver(function (changes, observer) {
    var loading = document.getElementById('app-loading');
    if (!loading) { observer.disconnect(); return; }
    if (!document.getElementById('main-heading')) return;
    // A borger who has the frame's menu open (public/frame.js) finds it open in the app.
    var menuOpen = loading.querySelector('.mobile-drawer.is-visible');
    loading.remove();
    observer.disconnect();
    var appMenu = document.getElementById('app-menu-open');
    if (menuOpen && appMenu) appMenu.click();
  }).observe(document.body, { childList: true, subtree: true });
})();
