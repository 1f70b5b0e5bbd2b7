/*! Atlas: preloads the reader's story and words (scripts/vite-plugin-story.ts) */
(function () {
  var me = document.currentScript;
  if (!me) return;
  function pick() {
    var v = new URLSearchParams(location.search).getAll('lang');
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
  var story = me.getAttribute('data-story-' + lang);
  if (story) link('preload', story, 'fetch');
  var m = (me.getAttribute('data-messages-' + lang) || '').split(' ');
  for (var i = 0; i < m.length; i++) if (m[i]) link('modulepreload', m[i]);
})();
