/*! Atlas embed: if the app could not start in this frame (a host's sandbox without
 * allow-same-origin blocks its scripts, styles and data), say so instead of a blank box.
 * A classic script on purpose: it still runs where the app's module scripts are refused. */
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var app = document.getElementById('app');
    var notice = document.getElementById('frame-notice');
    // The app's entry marks #app as soon as it runs (src/app/first-view.ts); the prerendered
    // first view is there either way, and without the app's styles it would be a jumble.
    if (!app || !notice || app.hasAttribute('data-started')) return;
    app.hidden = true;
    var full = notice.querySelectorAll('a');
    for (var i = 0; i < full.length; i++) full[i].href = 'index.html' + location.search;
    notice.hidden = false;
  });
})();
