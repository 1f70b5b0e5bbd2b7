/*! Atlas embed host script: turns <div data-atlas-embed="…/embed.html"> into an iframe of the
 * embed's one fixed height. No dependencies, no network of its own. Options as data attributes:
 * data-date, data-venue, data-person, data-step, data-lang, data-category, data-status, data-controls,
 * data-theme, data-autoplay, data-title. Placeholders added later (pages that render articles client-side) are found too. */
(function () {
  'use strict';
  var OPTIONS = ['date', 'venue', 'person', 'step', 'lang', 'category', 'status', 'controls', 'theme', 'autoplay'];
  // The embed's height per width and panels: the same table as src/lib/embed/layout.ts
  // (a unit test keeps them equal). Known before the iframe loads, so nothing moves.
  var NARROW_BELOW = 600;
  var HEIGHTS = {
    all: [680, 640],
    mapTimeline: [600, 600],
    timelineDetails: [620, 600],
    mapDetails: [600, 560],
    map: [420, 480],
    timeline: [340, 320],
    details: [560, 560],
  };
  function layoutName(controls) {
    var asked = (controls || '').split(',').map(function (x) {
      return x.trim();
    });
    var map = asked.indexOf('map') >= 0,
      timeline = asked.indexOf('timeline') >= 0,
      details = asked.indexOf('details') >= 0;
    var count = (map ? 1 : 0) + (timeline ? 1 : 0) + (details ? 1 : 0);
    if (count === 0 || count === 3) return 'all';
    if (count === 2) return details ? (map ? 'mapDetails' : 'timelineDetails') : 'mapTimeline';
    return map ? 'map' : timeline ? 'timeline' : 'details';
  }
  function heightFor(width, controls) {
    return HEIGHTS[layoutName(controls)][width < NARROW_BELOW ? 0 : 1];
  }
  function attach(div) {
    var at = div.getAttribute('data-atlas-embed');
    if (div.getAttribute('data-atlas-ready') || !at) return;
    var src;
    try {
      src = new URL(at, document.baseURI);
    } catch (e) {
      return;
    }
    if (src.protocol !== 'https:' && src.protocol !== 'http:') return;
    div.setAttribute('data-atlas-ready', '1');
    OPTIONS.forEach(function (name) {
      var v = div.getAttribute('data-' + name);
      if (v !== null) src.searchParams.set(name, v);
    });
    src.searchParams.set('origin', location.origin);
    var controls = div.getAttribute('data-controls');
    var frame = document.createElement('iframe');
    frame.src = src.href;
    frame.title = div.getAttribute('data-title') || 'Russia and North Korea, 2023–2024';
    frame.loading = 'lazy';
    frame.setAttribute('scrolling', 'no');
    // The iframe's own width (the placeholder's content box) decides, as it does inside the
    // embed; only a change of width resizes it, so the embed's own height message stands.
    var lastWidth = -1;
    var size = function () {
      var width = frame.clientWidth;
      if (width === lastWidth) return;
      lastWidth = width;
      frame.style.height = heightFor(width, controls) + 'px';
    };
    frame.style.cssText = 'display:block;width:100%;border:0';
    div.appendChild(frame);
    size();
    if (typeof ResizeObserver === 'function') new ResizeObserver(size).observe(frame);
    else window.addEventListener('resize', size);
    // The embed says the same height itself (for hosts without this script); follow it.
    window.addEventListener('message', function (e) {
      var d = e.data;
      if (e.source !== frame.contentWindow || e.origin !== src.origin || !d || d.sentinel !== 'amp' || d.type !== 'embed-size') return;
      var h = Number(d.height);
      if (isFinite(h) && h > 0 && h < 100000) frame.style.height = Math.ceil(h) + 'px';
    });
  }
  function all() {
    Array.prototype.forEach.call(document.querySelectorAll('div[data-atlas-embed]'), attach);
  }
  function start() {
    all();
    if (typeof MutationObserver === 'function')
      new MutationObserver(all).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-atlas-embed'] });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
