// The static shell's header works before the app has started (index.html, tools/frames.mjs). In a frame, Menu
// opens the phone's drawer: Luk, the backdrop and Escape close it, and Tab stays inside, as in the app's header.
// The language buttons remember the choice for the app, and pass it to the app if it is already drawn (hidden).
// And the page's wasm module is asked for once the frame is on screen.
(function () {
  // The files of the page's wasm module (tools/frames.mjs): asked for once the frame's text is on screen (the
  // first contentful paint), so they come while the main module downloads instead of after it has run, and do
  // not share the line with that paint. The loader's own fetch of each file then takes this answer (same
  // address, same mode). Where the app has already started (its main element is there: the wasm was quick),
  // it has asked for them itself, and asking again would fetch them twice.
  var files = document.querySelector('meta[name="app-module-files"]');
  function ask() {
    if (document.getElementById('main-content')) return;
    files.getAttribute('content').split(' ').forEach(function (href) {
      if (!href) return;
      var link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.appendChild(link);
    });
  }
  if (files && window.PerformanceObserver) {
    try {
      new PerformanceObserver(function (list, observer) {
        if (!list.getEntriesByName('first-contentful-paint').length) return;
        observer.disconnect();
        ask();
      }).observe({ type: 'paint', buffered: true });
    } catch (e) { /* no paint timing here: the app's loader asks for the files when it needs them */ }
  }

  var shell = document.getElementById('app-loading');
  if (!shell) return;

  shell.querySelectorAll('.language-switcher button[lang]').forEach(function (button) {
    button.addEventListener('click', function () {
      var lang = button.getAttribute('lang');
      // The same key and JSON form as the app's own (src/store/prefs.rs).
      try { localStorage.setItem('fleksvej.lang', JSON.stringify(lang)); } catch (e) { /* private mode */ }
      var mark = shell.querySelector('.language-switcher svg');
      shell.querySelectorAll('.language-switcher button[lang]').forEach(function (b) {
        if (b === button) b.setAttribute('aria-current', 'true'); else b.removeAttribute('aria-current');
      });
      if (mark) button.insertBefore(mark, button.firstChild);
      document.querySelectorAll('.language-switcher button[lang="' + lang + '"]').forEach(function (b) {
        if (!shell.contains(b)) b.click();
      });
    });
  });

  var drawer = document.getElementById('app-frame-drawer');
  var opener = shell.querySelector('.button-menu-open');
  var closer = document.getElementById('app-frame-menu-close');
  var overlay = document.getElementById('app-frame-overlay');
  if (!drawer || !opener || !closer || !overlay) return;
  function show(open) {
    drawer.hidden = !open;
    drawer.classList.toggle('is-visible', open);
    overlay.classList.toggle('is-visible', open);
    opener.setAttribute('aria-expanded', String(open));
    (open ? closer : opener).focus();
  }
  opener.addEventListener('click', function () { show(true); });
  closer.addEventListener('click', function () { show(false); });
  overlay.addEventListener('click', function () { show(false); });
  drawer.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { show(false); return; }
    if (e.key !== 'Tab') return;
    var all = drawer.querySelectorAll('a, button');
    var first = all[0], last = all[all.length - 1];
    if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  });
})();
