/*! Atlas embed host script: turns <div data-atlas-embed="…/embed.html"> into a sized iframe.
 * No dependencies, no network of its own. Options as data attributes: data-date, data-venue,
 * data-person, data-lang, data-controls, data-theme, data-autoplay, data-title, data-height. */
(function () {
  'use strict';
  var OPTIONS = ['date', 'venue', 'person', 'lang', 'controls', 'theme', 'autoplay'];
  function attach(div) {
    if (div.getAttribute('data-atlas-ready')) return;
    var src;
    try { src = new URL(div.getAttribute('data-atlas-embed'), document.baseURI); } catch (e) { return; }
    if (src.protocol !== 'https:' && src.protocol !== 'http:') return;
    OPTIONS.forEach(function (name) {
      var v = div.getAttribute('data-' + name);
      if (v !== null) src.searchParams.set(name, v);
    });
    src.searchParams.set('origin', location.origin);
    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = div.getAttribute('data-title') || 'Russia and North Korea, 2023–2024';
    frame.loading = 'lazy';
    frame.setAttribute('scrolling', 'no');
    frame.style.cssText = 'display:block;width:100%;border:0;height:' + (parseInt(div.getAttribute('data-height'), 10) || 900) + 'px';
    div.setAttribute('data-atlas-ready', '1');
    div.appendChild(frame);
    window.addEventListener('message', function (e) {
      var d = e.data;
      if (e.source !== frame.contentWindow || e.origin !== src.origin || !d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
      var h = Number(d.height);
      if (isFinite(h) && h > 0 && h < 100000) frame.style.height = Math.ceil(h) + 'px';
    });
  }
  function all() { Array.prototype.forEach.call(document.querySelectorAll('div[data-atlas-embed]'), attach); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', all); else all();
})();
