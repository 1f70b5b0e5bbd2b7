/**
 * The compiled story the app loads (public/data/story.json at build time). Pure types.
 * Field names with underscores match the editable YAML in data/, so an editor who reads
 * one can read the other.
 */
import type { IsoDay, Precision } from '../time/days.ts';

export type Lang = 'ar' | 'en';
export const LANGS: readonly Lang[] = ['ar', 'en'];

/** A text in both reading languages. */
export interface Bilingual {
  ar: string;
  en: string;
}

export const CATEGORIES = ['visit', 'talks', 'tour', 'parade', 'inspection', 'gift', 'reaction', 'history'] as const;
export type Category = (typeof CATEGORIES)[number];

export const STATUSES = ['done', 'announced'] as const;
export type Status = (typeof STATUSES)[number];

export const DATE_BASES = ['stated', 'inferred', 'external'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export const PRECISIONS: readonly Precision[] = ['day', 'month', 'year'];

/** Where an event's place comes from: the articles, or outside them (context). */
export const VENUE_BASES = ['articles', 'external'] as const;
export type VenueBasis = (typeof VENUE_BASES)[number];

/** A country id from data/story.yaml's `countries` (e.g. the people's countries). */
export type Country = string;

export const FURNITURE_KINDS = [
  'kicker',
  'duplicate-title',
  'caption',
  'breadcrumb',
  'ad',
  'newsletter',
  'related-link',
  'font-widget',
  'most-read',
  'site-footer',
  'comment-form',
  'source-line',
] as const;
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];

/** A span of an article's text, as UTF-16 offsets into the original file. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface Place {
  id: string;
  /** One of the story's venues (`main: true` in data/places.yaml) or a context place (false). */
  main: boolean;
  name: Bilingual;
  kind: Bilingual;
  /** Every spelling the articles use. Empty in data/story.<lang>.json: only the build reads them. */
  aliases: string[];
  /** [longitude, latitude] */
  coordinates: [number, number];
}

export interface Person {
  id: string;
  name: Bilingual;
  role: Bilingual;
  country: Country;
  /** Every spelling the articles use. Empty in data/story.<lang>.json: only the build reads them. */
  aliases: string[];
}

export interface Quote extends TextSpan {
  /** The quote as the article writes it. */
  text: string;
  /** The names it mentions (offsets into the article, like the quote's own). */
  mentions: QuoteMention[];
}

export type QuoteMention = Pick<Mention, 'kind' | 'id' | 'start' | 'end'>;

export interface Report {
  article: string;
  quotes: Quote[];
}

export interface StoryEvent {
  id: string;
  category: Category;
  status: Status;
  title: Bilingual;
  summary: Bilingual;
  /** As written in data: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
  start: string;
  end: string | null;
  precision: Precision;
  date_basis: DateBasis;
  date_note: Bilingual | null;
  venue: string | null;
  venue_basis: VenueBasis;
  attendees: string[];
  reported_by: Report[];
  /** The first and last calendar day the event's dates cover. */
  first_day: IsoDay;
  last_day: IsoDay;
}

export interface Furniture extends TextSpan {
  kind: FurnitureKind;
}

export interface Mention extends TextSpan {
  kind: 'place' | 'person';
  id: string;
  /** True when the mention sits in site furniture rather than the article. */
  in_furniture: boolean;
}

/** What the app needs of an article before any is opened (story.json). */
export interface Article {
  id: string;
  language: string;
  title: Bilingual;
  outlet: Bilingual | null;
  outlet_note: Bilingual;
  published: {
    date: string;
    precision: Precision;
    basis: Exclude<DateBasis, 'external'>;
    note: Bilingual;
  };
}

/** An article's full text, shipped apart (data/articles/<id>.json) and loaded when opened. */
export interface ArticleText {
  id: string;
  text: string;
  furniture: Furniture[];
  mentions: Mention[];
  /** The spans the story's events quote, and which event quotes each. */
  quotes: (TextSpan & { event: string })[];
  /**
   * The article's notes (why no outlet is named, how its date is known): only its reader shows
   * them, so they travel with the text, not in the reading files the first view waits for.
   */
  notes: { outlet: Bilingual; published: Bilingual };
}

/** An article as the compiler sees it (the spans events quote are found when publishing). */
export type CompiledArticle = Article & Omit<ArticleText, 'quotes' | 'notes'>;

/** What only an event's card shows: shipped apart, in chunks, for large datasets. */
export type EventDetails = Pick<StoryEvent, 'summary' | 'date_note' | 'reported_by'>;

/**
 * Where the event details are when they are not in the story file: in
 * data/details.<lang>.<k>.json, chunk k holding events [starts[k], starts[k + 1]) in story order
 * (the last one to the end).
 */
export interface DetailsApart {
  starts: number[];
  /** True for small stories: every chunk is fetched once the timeline is usable. */
  prefetch: boolean;
}

/**
 * What makes the app this story rather than another: its words and its defaults, from
 * data/story.yaml. Nothing under src/ names a place, a person, a date or the title.
 */
export interface StoryMeta {
  /** The page's heading and document title. */
  title: Bilingual;
  subtitle: Bilingual;
  /** The page's <meta name="description">, filled at build time. */
  description: Bilingual;
  /** The footer line: what the story is built from. */
  sources_note: Bilingual;
  /** How to credit the published data (shown next to the data files). */
  credit: Bilingual;
  /** The day the app opens on without a date in its URL. */
  default_day: IsoDay;
}

/** The story the app loads (data/story.<lang>.json). */
export interface Story {
  meta: StoryMeta;
  /** The people's countries, by id (data/story.yaml). */
  countries: Record<Country, Bilingual>;
  articles: Article[];
  places: Place[];
  people: Person[];
  /** Sorted by first day, then id. */
  events: StoryEvent[];
  /**
   * Null: every event carries its details. Otherwise (large datasets) events carry empty
   * summaries, no date notes and no quotes, and the details load with the cards that show them.
   */
  details: DetailsApart | null;
  /**
   * The guided tour (data/tour.yaml), in order; empty when the story has none. Only what each
   * step selects: its words (captions, sources) load when the tour starts (TourWords).
   */
  tour: TourStop[];
}

/** What a tour step selects: shipped in the story file, so `?step=` opens at once. */
export type TourStop = Pick<TourStep, 'day' | 'focus' | 'fit'>;

/** A tour step's words and sources, shipped apart from the story file (data/tour.<lang>.json). */
export type TourWords = Pick<TourStep, 'id' | 'caption' | 'events' | 'quotes'>;

/** One step of the guided tour: what it selects and the caption, tied to the articles. */
export interface TourStep {
  id: string;
  /** The day the step selects (inside the story). */
  day: IsoDay;
  /** The place or person the step focuses on, or null. */
  focus: { kind: 'venue' | 'person'; id: string } | null;
  /** Place ids the map fits on this step (empty: the map follows the day, as always). */
  fit: string[];
  /** Two or three sentences, each traceable to the events and quotes below. */
  caption: Bilingual;
  /** The events the caption rests on. */
  events: string[];
  /** Verbatim quotes the caption rests on, found in their articles (offsets like an event's). */
  quotes: (TextSpan & { article: string; text: string })[];
}

/** The story as compiled from the sources, article texts included. */
export interface CompiledStory extends Omit<Story, 'articles' | 'details' | 'tour'> {
  articles: CompiledArticle[];
  tour: TourStep[];
}
