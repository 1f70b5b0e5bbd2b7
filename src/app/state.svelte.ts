/**
 * The one source of truth: the reader's intent (the selected day, a focus on a venue or a
 * person, the language, the open article, playback), the timeline's view (its window, width
 * and whether it is being dragged) and what has loaded (through Loader, one pattern for
 * details, languages and article texts). Everything shown is derived from it through the
 * pure modules in src/lib. It changes only through its commands; each command that the
 * reader means as a deliberate choice counts a history push (`pushes`), which the URL sync
 * reads as data: there is no flag to set and reset.
 */
import { createContext } from 'svelte';
import type { Messages } from '../lib/i18n';
import { closestDay, focusEvents, indexStory, select, stepDay, type Focus, type Step, type StoryIndex } from '../lib/state/selection';
import { filterOf, focusOf, type UrlIntent, type UrlKnown } from '../lib/state/url';
import { filterIndex, shows, SHOW_ALL, type EventFilter } from '../lib/state/filter';
import type { ArticleText, EventDetails, Lang, Story, StoryEvent } from '../lib/story/types';
import { mergeLanguages } from '../lib/story/languages';
import { chunkOf, chunksOf } from '../lib/story/publish';
import { Loader } from './loader.svelte';
import { dayNumber, type IsoDay } from '../lib/time/days';
import { findClusters, mostEventful, panToInclude, pixelsPerDay, windowAround, type Cluster, type DayWindow } from '../lib/timeline/scale';
import { TimelineView } from './timeline-view.svelte';
import { openingView } from '../lib/state/first-view';
import { isOnStep, neighbour, stepAt, stepIntent } from '../lib/tour/tour';
import type { TourStop, TourWords } from '../lib/story/types';

/** The day state holds before a story is loaded: no story's day, never shown. */
const NO_DAY: IsoDay = '1970-01-01';

/** How a change should enter the browser history: a deliberate choice gets its own entry. */
export type HistoryMode = 'push' | 'replace';

/** Where the data comes from: the App gives fetches (the network boundary), tests give fakes. */
export interface StorySources {
  /** The story's words in a reading language (a story file). */
  story(lang: Lang): Promise<Story>;
  /** The interface's words in a reading language. */
  messages(lang: Lang): Promise<Messages>;
  /** A chunk of event details, for stories that ship them apart. */
  details(lang: Lang, chunk: number): Promise<EventDetails[]>;
  /** One article's full text. */
  articleText(id: string): Promise<ArticleText>;
  /** The tour's captions and quotes in a reading language (loaded when the tour starts). */
  tourWords?(lang: Lang): Promise<TourWords[]>;
}

const NO_SOURCES: StorySources = {
  story: () => Promise.reject(new Error('no story source')),
  messages: () => Promise.reject(new Error('no messages source')),
  details: () => Promise.reject(new Error('no details source')),
  articleText: () => Promise.reject(new Error('no article source')),
};

export class AppState {
  story = $state.raw<Story | null>(null);
  lang = $state<Lang>('ar');
  /** A placeholder until the story loads (then its default day, or the URL's). */
  day = $state<IsoDay>(NO_DAY);
  focus = $state.raw<Focus>(null);
  openArticle = $state.raw<{ id: string; fromEvent: string | null } | null>(null);
  playing = $state(false);
  /** The timeline's window, width and drag state (its own module: view, not intent). */
  readonly view = new TimelineView();
  /**
   * How many changes the reader made as deliberate choices (each gets its own history entry).
   * The URL sync compares it with the count it last wrote: more means push, else replace.
   */
  pushes = $state(0);

  /** Which kinds of event the reader shows (the key's filters, the URL's category and status). */
  filter = $state.raw<EventFilter>(SHOW_ALL);
  /** Every event, whatever the filters: for lookups of hidden events and the hidden counts. */
  fullIndex: StoryIndex | null = $derived(this.story ? indexStory(this.story) : null);
  /** The shown events only (filter.ts): what the timeline, the map, stepping, playback and the panel read. */
  index: StoryIndex | null = $derived(this.fullIndex ? filterIndex(this.fullIndex, this.filter) : null);
  clusters: Cluster[] = $derived(this.story ? mostEventful(findClusters(this.story.events), 8) : []);
  selection = $derived(this.index ? select(this.index, this.day, this.focus) : null);
  /** The words of each reading language loaded so far (a reader downloads only theirs). */
  messages = $state.raw<Partial<Record<Lang, Messages>>>({});
  /** The interface's words. Read only once the reading language is loaded (status ready). */
  t: Messages = $derived(this.messages[this.lang] ?? (Object.values(this.messages)[0] as Messages));
  /** A second reading language: the story's words in it and the interface's (key: the language). */
  readonly languages: Loader<void>;
  /** The language last asked for, so a slow load does not override a later choice. */
  private wantedLang: Lang | null = null;
  /** Chunks of event details ("<lang>:<chunk>"), for stories that ship them apart. */
  readonly details: Loader<EventDetails[]>;
  /** Article texts, loaded when a reader opens one (key: the article id). */
  readonly articleTexts: Loader<ArticleText>;
  /** The tour's words in each reading language, loaded when the tour starts (key: the language). */
  readonly tourWords: Loader<TourWords[]>;
  dir: 'rtl' | 'ltr' = $derived(this.lang === 'ar' ? 'rtl' : 'ltr');
  /** The whole span, with a little room at each end. */
  // From the whole index: the span is the same with any filter, and a filter must not move the timeline.
  bounds: DayWindow = $derived(this.fullIndex ? windowAround(this.fullIndex.span.first, this.fullIndex.span.last, 0.02) : { from: NO_DAY, to: NO_DAY });
  /** The story's title in the reading language (data/story.yaml), '' before it loads. */
  title: string = $derived(this.story?.meta.title[this.lang] ?? '');

  /**
   * The guided tour (data/tour.yaml): the step the reader is on, from 1, or null outside the
   * tour. Exploring freely (a drag, a place click) does not clear it: the tour is then paused
   * (the day or focus differ from the step's) and can resume where it was.
   */
  tourStep = $state<number | null>(null);
  // Plain getters, not $derived: each is a cheap look-up, and they keep the first download small.
  get tour(): readonly TourStop[] {
    return this.story?.tour ?? [];
  }
  get currentStep(): TourStop | null {
    return stepAt(this.tour, this.tourStep);
  }
  /** True while the reader explores freely during a tour (the day or focus differ from the step's). */
  get tourPaused(): boolean {
    const step = this.currentStep;
    return step !== null && !isOnStep(step, this.day, this.focus);
  }
  /** The step whose day and focus are shown (the URL's `step`, the embed's `atlas:selection.step`), or null. */
  get shownStep(): number | null {
    return this.currentStep && !this.tourPaused ? this.tourStep : null;
  }
  /** The places the map fits for the shown step, or null (the map follows the day as usual). */
  get mapFit(): readonly string[] | null {
    return this.shownStep !== null && this.currentStep?.fit.length ? this.currentStep.fit : null;
  }

  /** Rendered inside a host's article (compact chrome); fixed for the life of the app. */
  readonly embedded: boolean;

  constructor(embedded = false, sources: StorySources = NO_SOURCES) {
    this.embedded = embedded;
    this.languages = new Loader('The words of a language', async (lang) => {
      const [other, messages] = await Promise.all([
        sources.story(lang as Lang),
        sources.messages(lang as Lang),
        ...this.shownChunks().map((k) => this.details.request(`${lang}:${k}`).catch(() => null)),
      ]);
      if (this.story) this.story = mergeLanguages(this.story, other);
      this.messages = { ...this.messages, [lang]: messages };
    });
    this.details = new Loader('Event details', (key) => {
      const [lang, chunk] = key.split(':');
      return sources.details(lang as Lang, Number(chunk));
    });
    this.articleTexts = new Loader('Article text', (id) => sources.articleText(id));
    this.tourWords = new Loader('The tour’s words', (lang) => sources.tourWords?.(lang as Lang) ?? Promise.reject(new Error('no tour source')));
  }

  /** The current step's caption in the reading language, or null while it loads (or failed). */
  get stepCaption(): string | null {
    if (this.tourStep === null) return null;
    return this.tourWords.value(this.lang)?.[this.tourStep - 1]?.caption[this.lang] || null;
  }

  /** Asks for the tour's words in the reading language (once; again after a failure). */
  requestTourWords(): void {
    if (this.tour.length) void this.tourWords.request(this.lang).catch(() => {});
  }

  /** An event's details (summary, date note, quotes), or null while its chunk is loading. */
  detailsOf(event: StoryEvent): EventDetails | null {
    if (!this.story?.details) return event;
    const k = this.detailsKey(event);
    return k ? (this.details.value(k.key)?.[k.offset] ?? null) : null;
  }

  /** Which chunk (in the reading language) holds an event's details, and where in it. */
  private detailsKey(event: StoryEvent): { key: string; chunk: number; offset: number } | null {
    const apart = this.story?.details;
    const i = this.fullIndex?.eventPosition.get(event.id);
    if (!apart || i === undefined) return null;
    const { chunk, offset } = chunkOf(apart, i);
    return { key: `${this.lang}:${chunk}`, chunk, offset };
  }

  /** True when the chunk holding this event's details failed to load. */
  detailsFailedFor(event: StoryEvent): boolean {
    const k = this.detailsKey(event);
    return k !== null && this.details.get(k.key)?.status === 'failed';
  }

  /**
   * A small story's details, every chunk in the reading language (lib/story/publish): fetched
   * once the timeline is usable, and again for a language the reader switches to.
   */
  prefetchDetails(): void {
    const apart = this.story?.details;
    if (!apart?.prefetch) return;
    for (let k = 0; k < apart.starts.length; k++) void this.details.request(`${this.lang}:${k}`);
  }

  /** Asks for the chunk that holds an event's details (once; again after a failure, on retry). */
  requestDetails(event: StoryEvent): void {
    const k = this.detailsKey(event);
    if (k) void this.details.request(k.key);
  }

  /** Opens an article's full text in the reader (from an event's card, to find its quotes). */
  openArticleText(id: string, fromEvent: string | null): void {
    this.openArticle = { id, fromEvent };
    void this.articleTexts.request(id);
  }

  closeArticle(): void {
    this.openArticle = null;
  }

  /** What the URL codec may accept for this story. */
  urlKnown(): UrlKnown {
    const index = this.index!;
    return { venues: new Set(index.placeById.keys()), people: new Set(index.personById.keys()), span: index.span, steps: this.tour.length };
  }

  /** The story has loaded in `lang` (with that language's words): open it as the URL asks. */
  load(story: Story, intent: UrlIntent, lang: Lang): void {
    this.story = story;
    this.filter = filterOf(intent);
    const index = this.index!;
    this.languages.provide(lang, undefined);
    this.lang = intent.lang ?? lang;
    // Without a date in the URL: the focus's first day, else the story's default day (data/story.yaml).
    const { day, focus } = openingView(index, intent);
    this.focus = focus;
    this.day = day;
    this.view.setWindow(this.windowFor(this.day));
    if (intent.step !== undefined) this.goToStep(intent.step, 'replace');
  }

  /** The window of the cluster that contains the day (if it spans at most a year), or a month around it. */
  private windowFor(day: IsoDay): DayWindow {
    const c = this.clusters.find((x) => x.first <= day && day <= x.last);
    if (c && dayNumber(c.last) - dayNumber(c.first) <= 366) return windowAround(c.first, c.last);
    return windowAround(day, day, 15);
  }

  /** Applies a URL (Back/Forward) without writing it back: what it does not name is cleared. */
  applyUrl(intent: UrlIntent): void {
    if (!this.index) return;
    if (intent.lang) this.requestLang(intent.lang, 'replace');
    if (intent.step !== undefined) {
      if (intent.step !== this.shownStep) this.goToStep(intent.step, 'replace');
      return;
    }
    this.tourStep = null;
    const focus = focusOf(intent);
    if (JSON.stringify(focus) !== JSON.stringify(this.focus)) this.focus = focus;
    const filter = filterOf(intent);
    if (JSON.stringify(filter) !== JSON.stringify(this.filter)) this.filter = filter;
    if (intent.date && intent.date !== this.day) this.moveTo(intent.date, 'replace');
  }

  /** Counts a deliberate choice: the URL sync gives it its own history entry. */
  private enter(history: HistoryMode): void {
    if (history === 'push') this.pushes++;
  }

  toUrl(): UrlIntent {
    const intent: UrlIntent = { date: this.day, lang: this.lang };
    if (this.focus?.kind === 'venue') intent.venue = this.focus.id;
    if (this.focus?.kind === 'person') intent.person = this.focus.id;
    if (this.shownStep !== null) intent.step = this.shownStep;
    if (this.filter.categories) intent.category = [...this.filter.categories];
    if (this.filter.status) intent.status = this.filter.status;
    return intent;
  }

  /**
   * Moves the scrubber and keeps the day visible and distinguishable in the timeline. A drag
   * keeps the window as it is (`keepWindow`), so the scale never changes under the pointer.
   */
  moveTo(day: IsoDay, history: HistoryMode, options: { keepWindow?: boolean } = {}): void {
    this.enter(history);
    this.day = day;
    if (!this.index || options.keepWindow) return;
    const inside = day >= this.view.window.from && day <= this.view.window.to;
    if (pixelsPerDay(this.view.window, this.view.width) < 2 && this.index.eventDays.includes(day)) {
      this.view.setWindow(this.windowFor(day));
    } else if (!inside) {
      this.view.setWindow(panToInclude(this.view.window, day, this.bounds));
    }
  }

  step(step: Step): void {
    if (!this.index) return;
    this.moveTo(stepDay(this.index, this.day, step, this.focus), 'replace');
  }

  /** A reader's choice of language: its own history entry. */
  setLang(lang: Lang): void {
    this.requestLang(lang, 'push');
  }

  /** The chunks holding the details of the cards shown now (the day's and the focus's). */
  private shownChunks(): number[] {
    const s = this.selection;
    const apart = this.story?.details;
    if (!s || !apart || !this.index) return [];
    return chunksOf(
      apart,
      [...s.exact, ...s.approximate, ...s.focused].map((e) => this.fullIndex!.eventPosition.get(e.id)!),
    );
  }

  /** Switches language now if its words are here, else once they have loaded. */
  requestLang(lang: Lang, history: HistoryMode): void {
    // Before the story is in, a second language's words could not be merged into it.
    if (!this.index) return;
    this.wantedLang = lang;
    const apply = () => {
      if (this.wantedLang !== lang || this.lang === lang) return;
      this.enter(history);
      this.lang = lang;
      this.prefetchDetails();
    };
    if (this.messages[lang]) return apply();
    this.languages.request(lang).then(apply, () => {});
  }

  /**
   * A venue or person click (or a host's select): focus on it and land on its event nearest
   * the current day, unless the caller moves the day itself (`land: false`).
   */
  setFocus(focus: Focus, history: HistoryMode = 'push', options: { land?: boolean } = {}): void {
    this.enter(history);
    this.focus = focus;
    if (!focus || !this.index || options.land === false) return;
    const days = focusEvents(this.index, focus).map((e) => e.first_day);
    if (!this.selection?.focused.some((e) => e.first_day <= this.day && this.day <= e.last_day)) {
      const target = closestDay(days, this.day);
      if (target) this.moveTo(target, history);
    }
  }

  jumpToCluster(c: Cluster): void {
    this.view.setWindow(windowAround(c.first, c.last));
    this.moveTo(c.firstEventDay, 'push');
  }

  showAll(): void {
    this.view.setWindow(this.bounds);
  }

  /**
   * Opens the tour at step `n` (from 1): its day, focus and map fit together, as one choice.
   * Playback stops. Unknown step numbers change nothing.
   */
  goToStep(n: number, history: HistoryMode = 'push'): void {
    const step = stepAt(this.tour, n);
    if (!step || !this.index) return;
    this.playing = false;
    this.enter(history);
    const intent = stepIntent(step);
    this.tourStep = n;
    this.requestTourWords();
    this.focus = intent.focus;
    this.moveTo(intent.day, 'replace');
  }

  /** Next or previous step (from a paused tour too: from the step it was on). */
  moveStep(move: 'next' | 'prev', history: HistoryMode = 'push'): void {
    if (this.tourStep === null) return;
    const to = neighbour(this.tourStep, move, this.tour.length);
    if (to !== null) this.goToStep(to, history);
  }

  /** Back to free exploration: the day and focus stay as they are. */
  leaveTour(history: HistoryMode = 'push'): void {
    if (this.tourStep === null) return;
    // Leaving a paused tour changes nothing in the URL: no entry of its own.
    if (this.shownStep !== null) this.enter(history);
    this.tourStep = null;
  }

  /** A search result: the event's day, with no focus (so the day's events show). */
  goToEvent(id: string): void {
    const event = this.fullIndex?.eventById.get(id);
    if (!event) return;
    this.playing = false;
    // A hidden kind is shown again: the reader asked for this very event.
    if (!shows(this.filter, event)) this.filter = SHOW_ALL;
    this.setFocus(null, 'push');
    this.moveTo(event.first_day, 'push');
  }

  /** The reader shows or hides kinds of event (the key's filters): its own history entry. */
  setFilter(filter: EventFilter, history: HistoryMode = 'push'): void {
    if (JSON.stringify(filter) === JSON.stringify(this.filter)) return;
    this.enter(history);
    this.filter = filter;
  }
}

export const [getAppState, setAppState] = createContext<AppState>();
