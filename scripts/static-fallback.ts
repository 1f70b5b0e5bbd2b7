/**
 * The story as plain HTML for readers without JavaScript and for crawlers: the pages show the
 * prerendered first view (scripts/prerender.ts) and, in a <noscript>, a link to events.html,
 * every event with its date, place, people and sources, written at build time. Text from the
 * data is escaped; nothing here runs in the browser.
 */
import type { Story, StoryMeta } from '../src/lib/story/types.ts';
import { formatEventDate } from '../src/lib/i18n/index.ts';
import { escapeHtml } from '../src/lib/html.ts';
import { ar } from '../src/lib/i18n/ar.ts';

export const FALLBACK_MARKER = '<!--story-fallback-->';
/** Where the pages' <title> and description go: the story's, from data/story.yaml. */
export const HEAD_MARKER = '<!--story-head-->';

/**
 * A list longer than this is cut, with a link to the whole data: a very large dataset would
 * otherwise make every reader download a page-sized list before the app starts.
 */
export const FALLBACK_LIMIT = 300;

/** The page that lists every event, beside index.html. */
export const EVENTS_PAGE = 'events.html';

/** What the pages say to a reader without JavaScript, under the first view: where the whole list is. */
export function noScriptLink(): string {
  return `<noscript><p class="static-story-link">الخريطة والخط الزمني يحتاجان إلى JavaScript. <a href="${EVENTS_PAGE}">كل الأحداث بتواريخها وأماكنها ومن حضرها ومصادرها</a> <span lang="en" dir="ltr">(The map and the timeline need JavaScript. <a href="${EVENTS_PAGE}">Every event, with its dates, places, people and sources</a>)</span></p></noscript>`;
}

/** events.html: the whole list as a page of its own (no script, no style but the browser's). */
export function eventsPage(story: Story): string {
  return [
    '<!doctype html>',
    '<html lang="ar" dir="rtl">',
    '<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><meta name="referrer" content="no-referrer" /><link rel="icon" href="data:," />',
    storyHead(story.meta),
    '</head>',
    `<body><h1>${escapeHtml(story.meta.title.ar)} <span lang="en" dir="ltr">(${escapeHtml(story.meta.title.en)})</span></h1>`,
    `<p><a href="index.html">الخريطة التفاعلية</a> · <a href="index.html?lang=en" lang="en" dir="ltr">The interactive map</a></p>`,
    staticList(story),
    '</body>',
    '</html>',
  ].join('\n');
}

/** The pages' <title> and <meta name="description">, in Arabic (the pages open in Arabic). */
export function storyHead(meta: StoryMeta): string {
  return `<title>${escapeHtml(meta.title.ar)}</title>\n    <meta name="description" content="${escapeHtml(meta.description.ar)}" />`;
}

function staticList(story: Story): string {
  const place = new Map(story.places.map((p) => [p.id, p]));
  const person = new Map(story.people.map((p) => [p.id, p]));
  const article = new Map(story.articles.map((a) => [a.id, a]));
  const items = story.events.slice(0, FALLBACK_LIMIT).map((e) => {
    const where = e.venue ? place.get(e.venue) : undefined;
    const who = e.attendees.map((id) => person.get(id)).filter((p) => p !== undefined);
    const sources = e.reported_by.map((r) => article.get(r.article)).filter((a) => a !== undefined);
    return [
      '<li>',
      `<p><strong>${escapeHtml(formatEventDate(e, 'ar'))}</strong>${e.status === 'announced' ? ' (معلن عنه)' : ''}: ${escapeHtml(e.title.ar)}`,
      ` <span lang="en" dir="ltr">(${escapeHtml(formatEventDate(e, 'en'))}: ${escapeHtml(e.title.en)}${e.status === 'announced' ? ', announced' : ''})</span></p>`,
      where ? `<p>${escapeHtml(where.name.ar)} <span lang="en" dir="ltr">(${escapeHtml(where.name.en)})</span></p>` : '',
      who.length ? `<p>${who.map((p) => `${escapeHtml(p!.name.ar)} <span lang="en" dir="ltr">(${escapeHtml(p!.name.en)})</span>`).join('، ')}</p>` : '',
      `<p>${sources.map((a) => escapeHtml(a!.title.ar)).join(' · ')}</p>`,
      '</li>',
    ].join('');
  });
  const rest = story.events.length - items.length;
  const more =
    rest > 0
      ? `<p>${ar.timeline.andMore(rest)} في <a href="data/story.json">ملف البيانات</a>. <span lang="en" dir="ltr">(${rest === 1 ? '1 more event' : `${rest} more events`} in <a href="data/story.json">the data file</a>.)</span></p>`
      : '';
  return `<section class="static-story"><h2>الأحداث <span lang="en" dir="ltr">(Events)</span></h2><ol>${items.join('')}</ol>${more}</section>`;
}
