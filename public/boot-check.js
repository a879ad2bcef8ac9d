// If Fleksvej cannot start (an old browser, a broken download), say so and what to do, instead of showing
// "Indlæser …" forever. The app removes #app-loading when it starts, which makes this a no-op.
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
  window.addEventListener('error', function (e) { if (e && e.target && e.target.tagName) failed(); }, true);
  setTimeout(failed, 30000);
})();
