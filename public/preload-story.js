/*! Atlas: picks the page's first view and preloads the reader's story and words (scripts/vite-plugin-story.ts) */
(function () {
  var me = document.currentScript;
  if (!me) return;
  var params = new URLSearchParams(location.search);
  function pick() {
    var v = params.getAll('lang');
    var raw = v[v.length - 1];
    if (raw === 'ar' || raw === 'en') return raw;
    var prefs = navigator.languages || [];
    for (var i = 0; i < prefs.length; i++) {
      var base = prefs[i].toLowerCase().split('-')[0];
      if (base === 'ar' || base === 'en') return base;
    }
    return 'ar';
  }
  function link(rel, href, as) {
    var l = document.createElement('link');
    l.rel = rel;
    l.href = href;
    if (as) l.as = as;
    l.crossOrigin = 'anonymous';
    document.head.appendChild(l);
  }
  var lang = pick();
  // The page holds a prerendered first view per language (default state). The one for this
  // reader's language is shown (by class, before the body is parsed: no flash, no shift); a
  // parameter that changes the view (data-view-keys) hides both until the app has rendered.
  var keys = (me.getAttribute('data-view-keys') || '').split(' ');
  var fits = true;
  for (var k = 0; k < keys.length; k++) if (keys[k] && params.has(keys[k])) fits = false;
  var root = document.documentElement;
  if (root && root.classList) {
    root.classList.add(fits ? 'atlas-view-' + lang : 'atlas-view-none');
    root.lang = lang;
    root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  }
  var story = me.getAttribute('data-story-' + lang);
  if (story) link('preload', story, 'fetch');
  // The event details the prerendered view's cards show: the app needs them for its first render.
  var details = fits ? (me.getAttribute('data-details-' + lang) || '').split(' ') : [];
  for (var d = 0; d < details.length; d++) if (details[d]) link('preload', details[d], 'fetch');
  var m = (me.getAttribute('data-messages-' + lang) || '').split(' ');
  for (var i = 0; i < m.length; i++) if (m[i]) link('modulepreload', m[i]);
  // The embed's sandbox check (data-frame-check): requested only where the app did not start.
  // The app's module scripts have run by DOMContentLoaded, and mark #app when they do
  // (src/app/first-view.ts); a host's sandbox without allow-same-origin refuses them. Once the
  // page is parsed ("interactive") they may still be due, so the check then waits for load.
  var check = me.getAttribute('data-frame-check');
  if (!check) return;
  function checkFrame() {
    var app = document.getElementById('app');
    if (!app || app.hasAttribute('data-started')) return;
    var s = document.createElement('script');
    s.src = check;
    document.head.appendChild(s);
  }
  if (document.readyState === 'complete') checkFrame();
  else if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', checkFrame);
  else window.addEventListener('load', checkFrame);
})();
