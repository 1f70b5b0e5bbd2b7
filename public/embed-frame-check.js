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
})();
