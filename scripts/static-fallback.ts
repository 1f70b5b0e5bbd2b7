/**
 * The story as plain HTML for readers without JavaScript: every event with its date, place,
 * people and sources, written into a <noscript> of each page at build time. Text from the
 * data is escaped; nothing here runs in the browser.
 */
import type { Story } from '../src/lib/story/types';
import { formatEventDate } from '../src/lib/i18n';

export const FALLBACK_MARKER = '<!--story-fallback-->';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function staticFallback(story: Story): string {
  const place = new Map(story.places.map((p) => [p.id, p]));
  const person = new Map(story.people.map((p) => [p.id, p]));
  const article = new Map(story.articles.map((a) => [a.id, a]));
  const items = story.events.map((e) => {
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
  return `<noscript><section class="static-story"><h2>الأحداث <span lang="en" dir="ltr">(Events)</span></h2><ol>${items.join('')}</ol></section></noscript>`;
}
