/**
 * What the build ships: the story without article texts (loaded first), each article's text
 * apart (data/articles/<id>.json, loaded when a reader opens it) and, for large datasets, the
 * events' details apart in chunks (loaded with the cards that show them). Texts are a third
 * of the real story's bytes and most readers never open one; at 10,000 events the details are
 * most of the story, and a reader sees twenty cards at a time.
 */
import { quoteSpans } from './segments.ts';
import type { ArticleText, CompiledStory, DetailsApart, EventDetails, Story, StoryEvent, TourStop, TourWords } from './types.ts';

/**
 * Above this many events, details ship apart. Below it they are inline: the first cards need
 * them at once (loaded after the timeline, they would push the cards down), and apart they
 * would cost the same bytes plus a request.
 */
export const DETAILS_APART_ABOVE = 600;
export const DETAILS_CHUNK = 200;

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

export function publishStory(compiled: CompiledStory, detailsApart = compiled.events.length > DETAILS_APART_ABOVE): Published {
  const texts = compiled.articles.map(({ id, text, furniture, mentions }) => ({
    id,
    text,
    furniture,
    mentions,
    quotes: quoteSpans(id, compiled.events),
  }));
  const articles = compiled.articles.map(({ text: _text, furniture: _furniture, mentions: _mentions, ...meta }) => meta);
  const tourWords = compiled.tour.map(({ id, caption, events, quotes }): TourWords => ({ id, caption, events, quotes }));
  const tour = compiled.tour.map(({ day, focus, fit }): TourStop => ({ day, focus, fit }));
  if (!detailsApart) return { story: { ...compiled, articles, tour, details: null }, texts, details: null, tour: tourWords };

  const details: EventDetails[][] = [];
  compiled.events.forEach((e, i) => {
    (details[Math.floor(i / DETAILS_CHUNK)] ??= []).push({ summary: e.summary, date_note: e.date_note, reported_by: e.reported_by });
  });
  const lean = compiled.events.map((e): StoryEvent => ({
    ...e,
    summary: { ar: '', en: '' },
    date_note: null,
    reported_by: e.reported_by.map((r) => ({ article: r.article, quotes: [] })),
  }));
  const apart: DetailsApart = { size: DETAILS_CHUNK, chunks: details.length };
  return { story: { ...compiled, articles, events: lean, tour, details: apart }, texts, details, tour: tourWords };
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
