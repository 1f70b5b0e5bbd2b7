/**
 * What the build ships: the story without article texts (loaded first), each article's text
 * apart (data/articles/<id>.json, loaded when a reader opens it) and the events' details
 * (summaries, date notes, quotes) apart in chunks. Texts are a third of the real story's bytes
 * and most readers never open one; the details are most of the rest. A small story ships them
 * in small chunks: the first view's come with the story (the page preloads them), the rest
 * once the timeline is usable, before a reader can ask for them. A large one ships chunks of
 * 200, loaded with the cards that show them (a reader sees twenty cards at a time).
 */
import { quoteSpans } from './segments.ts';
import type { ArticleText, CompiledStory, DetailsApart, EventDetails, Story, StoryEvent, TourStop, TourWords } from './types.ts';

/** Above this many events, details are loaded with their cards; up to it, all are fetched once the timeline is usable. */
export const DETAILS_APART_ABOVE = 600;
export const DETAILS_CHUNK = 200;
/** A small story's chunk: about a day's cards, so no file is much bigger than what a view shows. */
export const SMALL_DETAILS_CHUNK = 8;

export interface Published {
  story: Story;
  texts: ArticleText[];
  /** Chunks of event details (in story order), when they ship apart. */
  details: EventDetails[][] | null;
  /**
   * The tour's words (captions and quotes), step by step, shipped apart (data/tour.<lang>.json)
   * and loaded when a reader starts the tour: the story file keeps only what the steps select.
   */
  tour: TourWords[];
}

export interface DetailsLayout {
  /** Events per chunk. */
  size: number;
  /** Fetch every chunk once the timeline is usable (small stories). */
  prefetch: boolean;
}

/** How a story of `events` events ships its details. */
export function detailsLayoutFor(events: number): DetailsLayout {
  return events > DETAILS_APART_ABOVE ? { size: DETAILS_CHUNK, prefetch: false } : { size: SMALL_DETAILS_CHUNK, prefetch: true };
}

/**
 * Where each chunk starts: every `size` events, except that the run of positions from the
 * lowest to the highest of `together` (the first view's events) is one chunk of its own, so
 * the first view needs one file of about its own size and no more.
 */
export function chunkStarts(events: number, size: number, together: readonly number[] = []): number[] {
  const starts: number[] = [];
  const lo = together.length ? Math.min(...together) : events;
  const hi = together.length ? Math.max(...together) + 1 : events;
  for (let i = 0; i < lo; i += size) starts.push(i);
  if (lo < events) starts.push(lo);
  for (let i = hi; i < events; i += size) starts.push(i);
  return starts;
}

/** The chunk that holds the details of the event at `position`, and where in it. */
export function chunkOf(apart: DetailsApart, position: number): { chunk: number; offset: number } {
  let lo = 0;
  let hi = apart.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (apart.starts[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return { chunk: lo, offset: position - apart.starts[lo]! };
}

/** The chunks that hold these events' details (their positions in the story), in order. */
export function chunksOf(apart: DetailsApart, positions: Iterable<number>): number[] {
  return [...new Set([...positions].map((i) => chunkOf(apart, i).chunk))].sort((a, b) => a - b);
}

/**
 * `layout`: null keeps the details in the story file (tests, and the whole-story data/story.json).
 * `firstView`: the positions of the events the default view shows (see chunkStarts).
 */
export function publishStory(
  compiled: CompiledStory,
  layout: DetailsLayout | null = detailsLayoutFor(compiled.events.length),
  firstView: readonly number[] = [],
): Published {
  const texts = compiled.articles.map(({ id, text, furniture, mentions, outlet_note, published }) => ({
    id,
    text,
    furniture,
    mentions,
    quotes: quoteSpans(id, compiled.events),
    notes: { outlet: outlet_note, published: published.note },
  }));
  const articles = compiled.articles.map(({ text: _text, furniture: _furniture, mentions: _mentions, ...meta }) => meta);
  const tourWords = compiled.tour.map(({ id, caption, events, quotes }): TourWords => ({ id, caption, events, quotes }));
  const tour = compiled.tour.map(({ day, focus, fit }): TourStop => ({ day, focus, fit }));
  if (!layout) return { story: { ...compiled, articles, tour, details: null }, texts, details: null, tour: tourWords };

  const apart: DetailsApart = { starts: chunkStarts(compiled.events.length, layout.size, layout.prefetch ? firstView : []), prefetch: layout.prefetch };
  const details: EventDetails[][] = apart.starts.map(() => []);
  compiled.events.forEach((e, i) => {
    details[chunkOf(apart, i).chunk]!.push({ summary: e.summary, date_note: e.date_note, reported_by: e.reported_by });
  });
  // The articles' notes travel with their texts (the reader shows them); placeholders stay.
  const leanArticles = articles.map((a) => ({ ...a, outlet_note: { ar: '', en: '' }, published: { ...a.published, note: { ar: '', en: '' } } }));
  const lean = compiled.events.map((e): StoryEvent => ({
    ...e,
    summary: { ar: '', en: '' },
    date_note: null,
    reported_by: e.reported_by.map((r) => ({ article: r.article, quotes: [] })),
  }));
  return { story: { ...compiled, articles: leanArticles, events: lean, tour, details: apart }, texts, details, tour: tourWords };
}

/** Where an article's text is published, relative to the app. */
export function articleTextPath(id: string): string {
  return `data/articles/${encodeURIComponent(id)}.json`;
}

/** Where a chunk of event details is published, relative to the app. */
export function detailsPath(lang: string, chunk: number): string {
  return `data/details.${lang}.${chunk}.json`;
}

/** Where the tour's words are published in a reading language, relative to the app. */
export function tourPath(lang: string): string {
  return `data/tour.${lang}.json`;
}
