/**
 * The reading files' wire form (data/story.<lang>.json). A published story's events keep
 * placeholders where their details were taken out (an empty summary, no date note, empty quote
 * lists: publish.ts), and many have no end or no venue; the file leaves all of those out and
 * `unpackStory` puts them back. At 10,000 events that is a fifth of the file, and of the time a
 * browser spends parsing it before the timeline can start. The articles' notes, whose text
 * travels with the article (publish.ts), are left out the same way: 1.3 KB gz of the real
 * story's reading file. data/story.json, for reuse, stays whole.
 */
import type { Article, Bilingual, Report, Story, StoryEvent } from './types.ts';

/** An event as the reading files carry it; a report without quotes is just its article's id. */
export type WireEvent = Omit<StoryEvent, 'summary' | 'end' | 'date_note' | 'venue' | 'reported_by'> &
  Partial<Pick<StoryEvent, 'summary' | 'end' | 'date_note' | 'venue'>> & { reported_by: (string | Report)[] };

/** An article as the reading files carry it: its notes only where they were not taken out. */
export type WireArticle = Omit<Article, 'outlet_note' | 'published'> &
  Partial<Pick<Article, 'outlet_note'>> & { published: Omit<Article['published'], 'note'> & Partial<Pick<Article['published'], 'note'>> };

export type WireStory = Omit<Story, 'events' | 'articles'> & { events: WireEvent[]; articles: WireArticle[] };

const isEmpty = (b: Bilingual) => !b.ar && !b.en;

export function packStory(story: Story): WireStory {
  return { ...story, articles: story.articles.map(packArticle), events: story.events.map(packEvent) };
}

function packArticle(a: Article): WireArticle {
  const { outlet_note, published, ...rest } = a;
  const { note, ...when } = published;
  const wire: WireArticle = { ...rest, published: isEmpty(note) ? when : published };
  if (!isEmpty(outlet_note)) wire.outlet_note = outlet_note;
  return wire;
}

function packEvent(e: StoryEvent): WireEvent {
  const { summary, end, date_note, venue, reported_by, ...rest } = e;
  const wire: WireEvent = { ...rest, reported_by: reported_by.map((r) => (r.quotes.length ? r : r.article)) };
  if (!isEmpty(summary)) wire.summary = summary;
  if (end !== null) wire.end = end;
  if (date_note !== null) wire.date_note = date_note;
  if (venue !== null) wire.venue = venue;
  return wire;
}

export function unpackStory(wire: WireStory): Story {
  return { ...wire, articles: wire.articles.map(unpackArticle), events: wire.events.map(unpackEvent) };
}

function unpackArticle(w: WireArticle): Article {
  return {
    ...w,
    outlet_note: w.outlet_note ?? { ar: '', en: '' },
    published: { ...w.published, note: w.published.note ?? { ar: '', en: '' } },
  };
}

/** Every field written out in one order: all events share one shape (the hot loops stay fast). */
function unpackEvent(w: WireEvent): StoryEvent {
  return {
    id: w.id,
    category: w.category,
    status: w.status,
    title: w.title,
    summary: w.summary ?? { ar: '', en: '' },
    start: w.start,
    end: w.end ?? null,
    precision: w.precision,
    date_basis: w.date_basis,
    date_note: w.date_note ?? null,
    venue: w.venue ?? null,
    venue_basis: w.venue_basis,
    attendees: w.attendees,
    reported_by: w.reported_by.map((r) => (typeof r === 'string' ? { article: r, quotes: [] } : r)),
    first_day: w.first_day,
    last_day: w.last_day,
  };
}
