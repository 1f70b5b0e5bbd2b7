/*! Atlas embed: the app could not start in this frame (a host's sandbox without
 * allow-same-origin blocks its scripts, styles and data): say so instead of a blank box.
 * preload-story.js requests this classic script only then, once the page is parsed (a classic
 * script still runs where the app's module scripts are refused); every other reader is spared it. */
(function () {
  'use strict';
  var WORDS = [
    [
      'ar',
      'rtl',
      'لا يمكن تشغيل هذه الخريطة التفاعلية في هذا الإطار: إعداد sandbox في الصفحة المضيفة يمنعها (تحتاج إلى allow-scripts وallow-same-origin). ',
      'افتحها في صفحة مستقلة',
    ],
    [
      'en',
      'ltr',
      'This interactive cannot run in this frame: the host page’s sandbox blocks it (it needs allow-scripts and allow-same-origin). ',
      'Open it in its own page',
    ],
  ];
  var app = document.getElementById('app');
  var notice = document.getElementById('frame-notice');
  // The app's entry marks #app as soon as it runs (src/app/first-view.ts); the prerendered
  // first view is there either way, and without the app's styles it would be a jumble.
  if (!app || !notice || app.hasAttribute('data-started')) return;
  app.hidden = true;
  for (var i = 0; i < WORDS.length; i++) {
    var p = document.createElement('p');
    p.lang = WORDS[i][0];
    p.dir = WORDS[i][1];
    p.appendChild(document.createTextNode(WORDS[i][2]));
    var a = document.createElement('a');
    a.href = 'index.html' + location.search;
    a.target = '_blank';
    a.rel = 'noopener';
    a.textContent = WORDS[i][3];
    p.appendChild(a);
    p.appendChild(document.createTextNode('.'));
    notice.appendChild(p);
  }
  notice.hidden = false;

  // A host library sizes its frame from messages (src/lib/embed/size-messages.ts): pym.js's
  // (when the URL carries its childId) and AMP's, which @newswire/frames reads. Without them the
  // notice would sit in the library's default height, cut off. Its height is the notice's own,
  // not the frame's (a frame's document is as tall as the frame); sent again when the width
  // changes or the library asks, as the app does.
  if (window.parent === window) return;
  var childId = new URLSearchParams(location.search).get('childId');
  if (childId && !/^[\w-]{1,100}$/.test(childId)) childId = null;
  function sendHeight() {
    var margin = parseFloat(getComputedStyle(document.body).marginBottom) || 0;
    var height = Math.ceil(notice.getBoundingClientRect().bottom + window.scrollY + margin);
    if (childId) window.parent.postMessage('pymxPYMx' + childId + 'xPYMxheightxPYMx' + height, '*');
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: height }, '*');
  }
  var lastWidth = document.documentElement.clientWidth;
  addEventListener('resize', function () {
    var width = document.documentElement.clientWidth;
    if (width === lastWidth) return;
    lastWidth = width;
    sendHeight();
  });
  addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    var d = event.data;
    var framesInit = d !== null && typeof d === 'object' && d.sentinel === 'amp' && d.type === 'frames-init';
    var pymWidth = typeof d === 'string' && childId !== null && d.indexOf('pymxPYMx' + childId + 'xPYMxwidthxPYMx') === 0;
    if (framesInit || pymWidth) sendHeight();
  });
  sendHeight();
})();
