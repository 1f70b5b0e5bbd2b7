/**
 * The reading files' wire form (data/story.<lang>.json). The events go in columns (WireEvents).
 * A published story's events keep placeholders where their details were taken out (an empty
 * summary, no date note, empty quote lists: publish.ts), and many have no end or no venue; the
 * file leaves all of those out and `unpackStory` puts them back. The articles' notes, whose text
 * travels with the article (publish.ts), are left out the same way. At 10,000 events the file is
 * 2.2 MB (5.8 MB with every event written out whole, 4.8 MB as lean objects), and the browser
 * spends that much less time receiving and parsing it before the timeline can start.
 * data/story.json, for reuse, stays whole.
 */
import {
  CATEGORIES,
  DATE_BASES,
  LANGS,
  PRECISIONS,
  STATUSES,
  VENUE_BASES,
  type Article,
  type Bilingual,
  type Report,
  type Story,
  type StoryEvent,
} from './types.ts';
import type { IsoDay } from '../time/days.ts';

/** One text per event, a column per language; a language no event has a text in is left out. */
export interface BilingualColumn {
  ar?: string[];
  en?: string[];
}

/**
 * The events as the reading files carry them: a column per field, in story order. Kinds are
 * numbers (their place in types.ts's lists: CATEGORIES, STATUSES, PRECISIONS, DATE_BASES,
 * VENUE_BASES), and people, places and articles are named by their place in the story's own
 * lists; a report without quotes is just its article. Under half the bytes of one lean object
 * per event at 10,000 events, and far fewer objects and strings for the browser to build as it
 * parses. A column whose every value is empty or null is left out.
 */
export interface WireEvents {
  id: string[];
  category: number[];
  status: number[];
  title: BilingualColumn;
  start: string[];
  precision: number[];
  date_basis: number[];
  venue_basis: number[];
  attendees: number[][];
  reported_by: (number | Report)[][];
  first_day: IsoDay[];
  last_day: IsoDay[];
  summary?: BilingualColumn;
  end?: (string | null)[];
  date_note?: (Bilingual | null)[];
  venue?: (number | null)[];
}

/** An article as the reading files carry it: its notes only where they were not taken out. */
export type WireArticle = Omit<Article, 'outlet_note' | 'published'> &
  Partial<Pick<Article, 'outlet_note'>> & { published: Omit<Article['published'], 'note'> & Partial<Pick<Article['published'], 'note'>> };

export type WireStory = Omit<Story, 'events' | 'articles'> & { events: WireEvents; articles: WireArticle[] };

const isEmpty = (b: Bilingual) => !b.ar && !b.en;

export function packStory(story: Story): WireStory {
  return { ...story, articles: story.articles.map(packArticle), events: packEvents(story) };
}

function packArticle(a: Article): WireArticle {
  const { outlet_note, published, ...rest } = a;
  const { note, ...when } = published;
  const wire: WireArticle = { ...rest, published: isEmpty(note) ? when : published };
  if (!isEmpty(outlet_note)) wire.outlet_note = outlet_note;
  return wire;
}

/** Each value's place in `list`; a value not in it is a bug in what was published. */
function positions<T>(list: readonly T[], what: string): (value: T) => number {
  const at = new Map(list.map((v, i) => [v, i]));
  return (value) => {
    const i = at.get(value);
    if (i === undefined) throw new Error(`no ${what} ${String(value)} in the story`);
    return i;
  };
}

function packEvents(story: Story): WireEvents {
  const { events } = story;
  const person = positions(
    story.people.map((p) => p.id),
    'person',
  );
  const place = positions(
    story.places.map((p) => p.id),
    'place',
  );
  const article = positions(
    story.articles.map((a) => a.id),
    'article',
  );
  const code = <T>(list: readonly T[], values: T[], what: string) => values.map(positions(list, what));
  const column = <K extends keyof StoryEvent>(key: K) => events.map((e) => e[key]);
  const bilingual = (values: Bilingual[]) => {
    const c: BilingualColumn = {};
    for (const lang of LANGS) if (values.some((v) => v[lang])) c[lang] = values.map((v) => v[lang]);
    return c;
  };
  const wire: WireEvents = {
    id: column('id'),
    category: code(CATEGORIES, column('category'), 'category'),
    status: code(STATUSES, column('status'), 'status'),
    title: bilingual(column('title')),
    start: column('start'),
    precision: code(PRECISIONS, column('precision'), 'precision'),
    date_basis: code(DATE_BASES, column('date_basis'), 'date basis'),
    venue_basis: code(VENUE_BASES, column('venue_basis'), 'venue basis'),
    attendees: events.map((e) => e.attendees.map(person)),
    reported_by: events.map((e) => e.reported_by.map((r) => (r.quotes.length ? r : article(r.article)))),
    first_day: column('first_day'),
    last_day: column('last_day'),
  };
  const summary = bilingual(column('summary'));
  if (summary.ar || summary.en) wire.summary = summary;
  if (events.some((e) => e.end !== null)) wire.end = column('end');
  if (events.some((e) => e.date_note !== null)) wire.date_note = column('date_note');
  if (events.some((e) => e.venue !== null)) wire.venue = events.map((e) => (e.venue === null ? null : place(e.venue)));
  return wire;
}

export function unpackStory(wire: WireStory): Story {
  return { ...wire, articles: wire.articles.map(unpackArticle), events: unpackEvents(wire) };
}

function unpackArticle(w: WireArticle): Article {
  return {
    ...w,
    outlet_note: w.outlet_note ?? { ar: '', en: '' },
    published: { ...w.published, note: w.published.note ?? { ar: '', en: '' } },
  };
}

/**
 * One object per event, every field written out in one order: all events share one shape (the
 * hot loops stay fast). Throws on a damaged file: a column whose length is not the number of
 * events, or a number that names nothing.
 */
function unpackEvents(wire: WireStory): StoryEvent[] {
  const c = wire.events;
  const n = c.id.length;
  for (const [field, column] of Object.entries(c) as [string, unknown[] | BilingualColumn][]) {
    for (const values of Array.isArray(column) ? [column] : [column.ar, column.en]) {
      if (values && values.length !== n) throw new Error(`events.${field}: ${values.length} values for ${n} events`);
    }
  }
  const named =
    <T>(list: readonly T[], field: string) =>
    (k: number): T => {
      const v = list[k];
      if (v === undefined) throw new Error(`events.${field}: nothing at ${k}`);
      return v;
    };
  const person = named(
    wire.people.map((p) => p.id),
    'attendees',
  );
  const place = named(
    wire.places.map((p) => p.id),
    'venue',
  );
  const article = named(
    wire.articles.map((a) => a.id),
    'reported_by',
  );
  const [category, status, precision, dateBasis, venueBasis] = [
    named(CATEGORIES, 'category'),
    named(STATUSES, 'status'),
    named(PRECISIONS, 'precision'),
    named(DATE_BASES, 'date_basis'),
    named(VENUE_BASES, 'venue_basis'),
  ];
  const text = (col: BilingualColumn | undefined, i: number): Bilingual => ({ ar: col?.ar?.[i] ?? '', en: col?.en?.[i] ?? '' });
  const events = new Array<StoryEvent>(n);
  for (let i = 0; i < n; i++) {
    const venue = c.venue?.[i] ?? null;
    events[i] = {
      id: c.id[i]!,
      category: category(c.category[i]!),
      status: status(c.status[i]!),
      title: text(c.title, i),
      summary: text(c.summary, i),
      start: c.start[i]!,
      end: c.end?.[i] ?? null,
      precision: precision(c.precision[i]!),
      date_basis: dateBasis(c.date_basis[i]!),
      date_note: c.date_note?.[i] ?? null,
      venue: venue === null ? null : place(venue),
      venue_basis: venueBasis(c.venue_basis[i]!),
      attendees: c.attendees[i]!.map(person),
      reported_by: c.reported_by[i]!.map((r) => (typeof r === 'number' ? { article: article(r), quotes: [] } : r)),
      first_day: c.first_day[i]!,
      last_day: c.last_day[i]!,
    };
  }
  return events;
}
