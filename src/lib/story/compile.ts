/**
 * Reads the editable story files (data/*.yaml and data/articles/*.txt), checks them and
 * compiles them into the Story the app loads. Pure: it is given file contents and returns
 * data and problems; it never reads or writes a file itself.
 *
 * Every problem names the file, the line and column, the record and the field, in plain
 * words, because the reader of these messages is an editor, not a programmer.
 */
import { futureMarkers } from '../arabic/future.ts';
import { createMentionFinder, type Alias } from '../arabic/mentions.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import { findQuote } from './quotes.ts';
import { directionControlWarning, fileProblem, records, uniqueIds, type Problem, RecordReader, SourceFile } from './source-file.ts';
import { readTour, TOUR_FILE } from './tour-source.ts';

import {
  CATEGORIES,
  DATE_BASES,
  FURNITURE_KINDS,
  PRECISIONS,
  STATUSES,
  type Bilingual,
  type CompiledArticle,
  type CompiledStory,
  type Furniture,
  type Mention,
  type Person,
  type Place,
  type Report,
  type StoryEvent,
  type StoryMeta,
  type TourStep,
  type VenueBasis,
} from './types.ts';

/** The checker's problems: also the type of the CLI's and the build's messages. */
export type { Problem } from './source-file.ts';

export interface StorySources {
  /** data/story.yaml: the story's title, words, default day and countries */
  story: string;
  /** data/articles.yaml */
  articles: string;
  /** data/places.yaml */
  places: string;
  /** data/people.yaml */
  people: string;
  /** data/events.yaml */
  events: string;
  /** data/articles/<id>.txt, by id */
  texts: Record<string, string>;
  /** data/tour.yaml, the guided tour: optional (a story without it has no tour) */
  tour?: string;
}

export const SOURCE_FILES = {
  story: 'data/story.yaml',
  articles: 'data/articles.yaml',
  places: 'data/places.yaml',
  people: 'data/people.yaml',
  events: 'data/events.yaml',
} as const;

/** The fields of data/story.yaml. */
export const STORY_FIELDS = ['title', 'subtitle', 'description', 'sources_note', 'credit', 'default_day', 'countries'] as const;

export interface CompileResult {
  /** Present only when there are no errors. */
  story: CompiledStory | null;
  problems: Problem[];
}

export function formatProblem(p: Problem): string {
  const where = [p.record, p.field ? `field "${p.field}"` : ''].filter(Boolean).join(', ');
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${where ? `${where}: ` : ''}${p.message}`;
}

function lineSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}

/** Where each step sends its problems, in the order it finds them. */
type Reporter = (p: Problem) => void;

/** The five YAML files, parsed (a file that is not valid YAML reports so and has no value). */
type SourceFiles = Record<keyof typeof SOURCE_FILES, SourceFile>;

/**
 * Checks and compiles the story in named steps, each reporting its problems as it goes (in
 * this order, so the editor reads them file by file): the settings, the articles, places
 * and people, their spellings, the mentions in the articles, the events with their quotes,
 * and the story as a whole. Any error and there is no story.
 */
export function compileStory(src: StorySources): CompileResult {
  const problems: Problem[] = [];
  const report: Reporter = (p) => problems.push(p);
  const files = parseFiles(src, report);
  const settings = readSettings(files.story, report);
  const { articles, publishedBy } = readArticles(files.articles, src.texts, report);
  const places = readPlaces(files.places, report);
  const people = readPeople(files.people, settings, report);
  checkAliases(files, places.valid, people.valid, report);
  findMentions(articles, places.valid, people.valid);
  const events = readEvents(files.events, { placeIds: places.ids, personIds: people.ids, articles, publishedBy }, report);
  checkDefaultDay(settings, events, files.story, report);
  const tour =
    src.tour === undefined
      ? []
      : readTour(
          new SourceFile(TOUR_FILE, src.tour, report),
          { placeIds: places.ids, personIds: people.ids, events, eventIds: writtenIds(files.events), articles },
          report,
        );
  if (files.events.value !== undefined && events.length === 0 && !problems.some((p) => p.severity === 'error')) {
    report({ severity: 'error', file: SOURCE_FILES.events, line: 1, column: 1, record: '', field: '', message: 'the story has no event; add at least one.' });
  }
  if (problems.some((p) => p.severity === 'error') || !settings) return { story: null, problems };
  return { story: assemble(settings, articles, places.valid, people.valid, events, tour), problems };
}

function parseFiles(src: StorySources, report: Reporter): SourceFiles {
  return {
    story: new SourceFile(SOURCE_FILES.story, src.story, report),
    articles: new SourceFile(SOURCE_FILES.articles, src.articles, report),
    places: new SourceFile(SOURCE_FILES.places, src.places, report),
    people: new SourceFile(SOURCE_FILES.people, src.people, report),
    events: new SourceFile(SOURCE_FILES.events, src.events, report),
  };
}

/** The records that passed, and every id seen (a reference to a record with other problems is not reported again). */
interface Checked<T> {
  valid: T[];
  ids: Set<string>;
}

/**
 * data/articles.yaml against the texts: each entry needs its text file and each text file
 * an entry. Also the last day each article may have been published on (its date at its precision).
 */
function readArticles(file: SourceFile, texts: Record<string, string>, report: Reporter): { articles: CompiledArticle[]; publishedBy: Map<string, string> } {
  const articles: CompiledArticle[] = [];
  const articleIds = new Set<string>();
  const publishedBy = new Map<string, string>();
  for (const r of records(file, 'article', report)) {
    r.allowOnly(['id', 'language', 'title', 'outlet', 'outlet_note', 'published', 'furniture']);
    const id = r.text(['id']);
    if (!uniqueIds(articleIds, r, id, 'article')) continue;
    const text = texts[id];
    if (text === undefined) {
      r.error(['id'], `there is no file data/articles/${id}.txt for this article; the id must be the file name without .txt.`);
      continue;
    }
    const control = directionControlWarning(text);
    if (control) {
      const before = text.slice(0, control.index).split('\n');
      report({
        severity: 'warning',
        file: `data/articles/${id}.txt`,
        line: before.length,
        column: before.at(-1)!.length + 1,
        record: `article "${id}"`,
        field: 'text',
        message: control.message,
      });
    }
    const language = r.text(['language']);
    const title = r.bilingual(['title']);
    const outletValue = r.get(['outlet']);
    const outlet = outletValue === null || outletValue === undefined ? null : r.bilingual(['outlet']);
    if (outletValue === undefined) r.error(['outlet'], 'this field is missing; write "outlet: null" when the text does not name the outlet.');
    const outlet_note = r.bilingual(['outlet_note']);
    const precision = r.oneOf(['published', 'precision'], PRECISIONS);
    const date = r.precisionDate(['published', 'date'], precision);
    const basis = r.oneOf(['published', 'basis'], ['stated', 'inferred'] as const);
    const note = r.bilingual(['published', 'note']);
    const furniture = readFurniture(r, text);
    if (language && title && outlet_note && date && precision && basis && note && outlet !== undefined) {
      articles.push({ id, language, title, outlet, outlet_note, published: { date: date.raw, precision, basis, note }, text, furniture, mentions: [] });
      publishedBy.set(id, date.last);
    }
  }
  for (const id of Object.keys(texts)) {
    if (!articleIds.has(id)) {
      report({
        severity: 'error',
        file: `data/articles/${id}.txt`,
        line: 1,
        column: 1,
        record: '',
        field: '',
        message: `this article has no entry in ${SOURCE_FILES.articles}; add one with "id: ${id}".`,
      });
    }
  }
  return { articles, publishedBy };
}

/** An article's furniture (captions, ads, footers): line ranges of its text, as character spans. */
function readFurniture(r: RecordReader, text: string): Furniture[] {
  const lines = lineSpans(text);
  const furniture: Furniture[] = [];
  for (const [k, f] of (r.list(['furniture']) ?? []).entries()) {
    const kind = r.oneOf(['furniture', k, 'kind'], FURNITURE_KINDS);
    const range = r.get(['furniture', k, 'lines']);
    if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n))) {
      r.error(['furniture', k, 'lines'], 'write the lines as [first, last], both whole numbers counted from 1.');
      continue;
    }
    const [first, last] = range as [number, number];
    if (first < 1 || last < first || last > lines.length) {
      r.error(
        ['furniture', k, 'lines'],
        `lines [${first}, ${last}] are not inside the article, which has ${lines.length} lines (and first must not be after last).`,
      );
      continue;
    }
    if (kind && f) furniture.push({ kind, start: lines[first - 1]!.start, end: lines[last - 1]!.end });
  }
  return furniture;
}

/** data/places.yaml; at least one place must be one of the story's venues (main). */
function readPlaces(file: SourceFile, report: Reporter): Checked<Place> {
  const places: Place[] = [];
  const placeIds = new Set<string>();
  for (const r of records(file, 'place', report)) {
    r.allowOnly(['id', 'main', 'name', 'kind', 'aliases', 'coordinates']);
    const id = r.id();
    if (!uniqueIds(placeIds, r, id, 'place')) continue;
    const main = r.get(['main']) ?? false;
    if (typeof main !== 'boolean') r.error(['main'], "write main: true for one of the story's venues, or leave it out.");
    const name = r.bilingual(['name']);
    const kind = r.bilingual(['kind']);
    const aliases = readAliases(r);
    const c = r.get(['coordinates']);
    const coordsOk =
      Array.isArray(c) && c.length === 2 && typeof c[0] === 'number' && typeof c[1] === 'number' && Math.abs(c[0]) <= 180 && Math.abs(c[1]) <= 90;
    if (!coordsOk) r.error(['coordinates'], 'write coordinates as [longitude, latitude] in degrees, e.g. [-9.14, 38.72].');
    if (name && kind && aliases && coordsOk && typeof main === 'boolean') {
      places.push({ id, main, name, kind, aliases, coordinates: [c[0] as number, c[1] as number] });
    }
  }
  if (file.value !== undefined && Array.isArray(file.value) && !places.some((p) => p.main)) {
    report({
      severity: 'error',
      file: SOURCE_FILES.places,
      line: 1,
      column: 1,
      record: '',
      field: 'main',
      message: "no place is marked main: true; mark the story's venues (the map opens on them and lists them first).",
    });
  }
  return { valid: places, ids: placeIds };
}

/** data/people.yaml; a person's country must be one of the settings' countries. */
function readPeople(file: SourceFile, settings: Settings | null, report: Reporter): Checked<Person> {
  const people: Person[] = [];
  const personIds = new Set<string>();
  for (const r of records(file, 'person', report)) {
    r.allowOnly(['id', 'name', 'role', 'country', 'aliases']);
    const id = r.id();
    if (!uniqueIds(personIds, r, id, 'person')) continue;
    const name = r.bilingual(['name']);
    const role = r.bilingual(['role']);
    let country = r.text(['country']);
    if (country !== null && settings && !Object.hasOwn(settings.countries, country)) {
      r.error(
        ['country'],
        `there is no country "${country}" under countries in ${SOURCE_FILES.story}; add it there with its names, or use one of: ${Object.keys(settings.countries).join(', ')}.`,
      );
      country = null;
    }
    const aliases = readAliases(r);
    if (name && role && country && aliases) people.push({ id, name, role, country, aliases });
  }
  return { valid: people, ids: personIds };
}

/** Two things must never share a spelling, or a mention could not say which one it is. */
function checkAliases(files: SourceFiles, places: readonly Place[], people: readonly Person[], report: Reporter): void {
  const aliasOwner = new Map<string, string>();
  for (const [kind, list] of [
    ['place', places],
    ['person', people],
  ] as const) {
    for (const thing of list) {
      for (const alias of thing.aliases) {
        const key = normalizeArabic(alias)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim();
        const owner = aliasOwner.get(key);
        if (owner && owner !== `${kind} "${thing.id}"`) {
          const file = kind === 'place' ? files.places : files.people;
          const index = (file.value as unknown[]).findIndex((x) => (x as { id?: string }).id === thing.id);
          report({
            severity: 'error',
            file: file.name,
            ...file.position([index, 'aliases']),
            record: `${kind} "${thing.id}"`,
            field: 'aliases',
            message: `the spelling "${alias}" also names ${owner}; a spelling may name only one place or person.`,
          });
        }
        aliasOwner.set(key, `${kind} "${thing.id}"`);
      }
    }
  }
}

/** Fills each article's mentions: where its text names a place or a person (by any alias). */
function findMentions(articles: CompiledArticle[], places: readonly Place[], people: readonly Person[]): void {
  const aliases: Alias[] = [
    ...places.flatMap((p) => p.aliases.map((text) => ({ id: `place:${p.id}`, text }))),
    ...people.flatMap((p) => p.aliases.map((text) => ({ id: `person:${p.id}`, text }))),
  ];
  const finder = createMentionFinder(aliases);
  for (const a of articles) {
    a.mentions = finder.find(a.text).map((m): Mention => {
      const [kind, id] = m.id.split(':') as ['place' | 'person', string];
      return { kind, id, start: m.start, end: m.end, in_furniture: inFurniture(a, m.start) };
    });
  }
}

function inFurniture(a: CompiledArticle, start: number): boolean {
  return a.furniture.some((f) => start >= f.start && start < f.end);
}

/** What the events refer to. */
interface EventContext {
  placeIds: ReadonlySet<string>;
  personIds: ReadonlySet<string>;
  articles: readonly CompiledArticle[];
  publishedBy: ReadonlyMap<string, string>;
}

/** data/events.yaml, in date order: each event's fields, references, quotes and status. */
function readEvents(file: SourceFile, ctx: EventContext, report: Reporter): StoryEvent[] {
  const articleById = new Map(ctx.articles.map((a) => [a.id, a]));
  const events: StoryEvent[] = [];
  const eventIds = new Set<string>();
  for (const r of records(file, 'event', report)) {
    r.allowOnly([
      'id',
      'category',
      'status',
      'title',
      'summary',
      'start',
      'end',
      'precision',
      'date_basis',
      'date_note',
      'venue',
      'venue_basis',
      'attendees',
      'reported_by',
    ]);
    const id = r.id();
    if (!uniqueIds(eventIds, r, id, 'event')) continue;
    const category = r.oneOf(['category'], CATEGORIES);
    const status = r.oneOf(['status'], STATUSES);
    const title = r.bilingual(['title']);
    const summary = r.bilingual(['summary']);
    const precision = r.oneOf(['precision'], PRECISIONS);
    const start = r.precisionDate(['start'], precision);
    const end = r.get(['end']) === undefined ? null : r.precisionDate(['end'], precision);
    let datesOk = start !== null && (r.get(['end']) === undefined || end !== null);
    if (start && end && end.last < start.first) {
      r.error(['end'], `the event ends (${end.raw}) before it starts (${start.raw}).`);
      datesOk = false;
    }
    const date_basis = r.oneOf(['date_basis'], DATE_BASES);
    const date_note = r.get(['date_note']) === undefined ? null : r.bilingual(['date_note']);
    if (date_basis && date_basis !== 'stated' && date_note === null) {
      r.warn(['date_basis'], `a date that is ${date_basis} needs a date_note that says how it is known.`);
    }
    const { venue, venueOk, venue_basis } = readVenue(r, ctx.placeIds);
    const attendees = readAttendees(r, ctx.personIds);
    const { reported_by, reportsOk } = resolveQuotes(r, articleById);

    if (reportsOk)
      checkMentioned(
        r,
        venueOk ? venue : null,
        venue_basis,
        attendees,
        reported_by.map((x) => articleById.get(x.article)!),
      );
    // Warnings: the status against the words of the quotes and the reporting articles' dates.
    if (status && reportsOk && start && datesOk && reported_by.length) {
      checkStatus(r, status, category, start.first, reported_by, ctx.publishedBy);
    }

    if (category && status && title && summary && precision && start && datesOk && date_basis && venueOk && reportsOk) {
      events.push({
        id,
        category,
        status,
        title,
        summary,
        start: start.raw,
        end: end?.raw ?? null,
        precision,
        date_basis,
        date_note,
        venue,
        venue_basis,
        attendees,
        reported_by,
        first_day: start.first,
        last_day: (end ?? start).last,
      });
    }
  }
  return events.sort((a, b) => (a.first_day < b.first_day ? -1 : a.first_day > b.first_day ? 1 : a.id < b.id ? -1 : 1));
}

/** An event's venue: a place id, or null when the articles place it nowhere (which must be said). */
function readVenue(r: RecordReader, placeIds: ReadonlySet<string>): { venue: string | null; venueOk: boolean; venue_basis: VenueBasis } {
  const venueValue = r.get(['venue']);
  let venue: string | null = null;
  let venueOk = true;
  if (venueValue === undefined) {
    r.error(['venue'], 'this field is missing; give a place id, or write "venue: null" when the articles place the event nowhere.');
    venueOk = false;
  } else if (venueValue !== null) {
    venue = String(venueValue);
    if (!placeIds.has(venue)) {
      r.error(['venue'], `there is no place with the id "${venue}" in ${SOURCE_FILES.places}.`);
      venueOk = false;
    }
  }
  const venueBasisValue = r.get(['venue_basis']);
  if (venueBasisValue !== undefined && venueBasisValue !== 'external') {
    r.error(['venue_basis'], 'the only value allowed here is "external" (leave the field out when the articles name the venue).');
  }
  return { venue, venueOk, venue_basis: venueBasisValue === 'external' ? 'external' : 'articles' };
}

/** An event's attendees: known people, each once. */
function readAttendees(r: RecordReader, personIds: ReadonlySet<string>): string[] {
  const attendees: string[] = [];
  for (const [k, a] of (r.list(['attendees']) ?? []).entries()) {
    const pid = String(a);
    if (!personIds.has(pid)) r.error(['attendees', k], `there is no person with the id "${pid}" in ${SOURCE_FILES.people}.`);
    else if (attendees.includes(pid)) r.error(['attendees', k], `"${pid}" is listed twice.`);
    else attendees.push(pid);
  }
  return attendees;
}

/** An event's reports: each quote found in its article, with the article's mentions inside it. */
function resolveQuotes(r: RecordReader, articleById: ReadonlyMap<string, CompiledArticle>): { reported_by: Report[]; reportsOk: boolean } {
  const reported_by: Report[] = [];
  let reportsOk = true;
  for (const [k, rep] of (r.list(['reported_by'], { nonEmpty: true }) ?? []).entries()) {
    const articleId = r.text(['reported_by', k, 'article']);
    const article = articleId === null ? undefined : articleById.get(articleId);
    if (articleId !== null && !article) {
      r.error(['reported_by', k, 'article'], `there is no article with the id "${articleId}" in ${SOURCE_FILES.articles}.`);
    }
    const quotes = r.list(['reported_by', k, 'quotes'], { nonEmpty: true });
    if (!article || !quotes || !rep) {
      reportsOk = false;
      continue;
    }
    const found: Report = { article: article.id, quotes: [] };
    for (const [q, quote] of quotes.entries()) {
      if (typeof quote !== 'string' || quote.trim() === '') {
        r.error(['reported_by', k, 'quotes', q], 'each quote must be text copied from the article.');
        reportsOk = false;
        continue;
      }
      const hit = findQuote(article.text, quote);
      if (!hit.found) {
        r.error(
          ['reported_by', k, 'quotes', q],
          `this quote is not in article ${article.id}. The article matches up to "…${hit.matchedUpTo}" and then differs at "${hit.differsAt}…". Copy the words exactly (only spacing may differ).`,
        );
        reportsOk = false;
        continue;
      }
      if (inFurniture(article, hit.span.start)) {
        r.warn(['reported_by', k, 'quotes', q], `this quote comes from site furniture of ${article.id} (a caption, ad or footer), not the article itself.`);
      }
      const mentions = article.mentions
        .filter((m) => m.start >= hit.span.start && m.end <= hit.span.end)
        .map(({ kind, id, start, end }) => ({ kind, id, start, end }));
      found.quotes.push({ text: article.text.slice(hit.span.start, hit.span.end), ...hit.span, mentions });
    }
    reported_by.push(found);
  }
  return { reported_by, reportsOk };
}

/** Warnings: the reporting articles never mention the venue (a valid one, from the articles) or an attendee. */
function checkMentioned(
  r: RecordReader,
  venue: string | null,
  venue_basis: VenueBasis,
  attendees: readonly string[],
  reporting: readonly CompiledArticle[],
): void {
  const mentioned = (kind: 'place' | 'person', thing: string) =>
    reporting.some((a) => a.mentions.some((m) => m.kind === kind && m.id === thing && !m.in_furniture));
  if (venue && venue_basis === 'articles' && !mentioned('place', venue)) {
    r.warn(
      ['venue'],
      `none of the articles reporting this event mentions "${venue}"; check the venue, add the spelling the article uses to its aliases, or mark venue_basis: external.`,
    );
  }
  for (const [k, pid] of attendees.entries()) {
    if (!mentioned('person', pid)) {
      r.warn(
        ['attendees', k],
        `none of the articles reporting this event mentions "${pid}"; check the attendee, or add the spelling the article uses to their aliases.`,
      );
    }
  }
}

/** The default day must be one the app can show: inside the span of the events. */
function checkDefaultDay(settings: Settings | null, events: readonly StoryEvent[], file: SourceFile, report: Reporter): void {
  if (!settings?.default_day || !events.length) return;
  const first = events[0]!.first_day;
  const last = events.reduce((m, e) => (e.last_day > m ? e.last_day : m), first);
  if (settings.default_day < first || settings.default_day > last) {
    report({
      severity: 'error',
      file: SOURCE_FILES.story,
      ...file.position(['default_day']),
      record: 'story',
      field: 'default_day',
      message: `${settings.default_day} is outside the story, which runs from ${first} to ${last}; pick a day inside it, or leave the field out to open on the first event dated to the day.`,
    });
  }
}

/** The compiled story; without a default day it opens on the first event dated to the day. */
function assemble(
  settings: Settings,
  articles: CompiledArticle[],
  places: Place[],
  people: Person[],
  events: StoryEvent[],
  tour: TourStep[] = [],
): CompiledStory {
  const dated = events.find((e) => e.precision === 'day') ?? events[0]!;
  const meta: StoryMeta = { ...settings.meta, default_day: settings.default_day ?? dated.first_day };
  return { meta, countries: settings.countries, articles, places, people, events, tour };
}

/** Every id written in a list file, valid record or not. */
function writtenIds(file: SourceFile): Set<string> {
  const list = Array.isArray(file.value) ? (file.value as unknown[]) : [];
  return new Set(list.map((x) => (x && typeof x === 'object' ? (x as { id?: unknown }).id : undefined)).filter((id): id is string => typeof id === 'string'));
}

interface Settings {
  meta: Omit<StoryMeta, 'default_day'>;
  default_day: string | null;
  countries: Record<string, Bilingual>;
}

/** data/story.yaml: one set of fields (not a list), read with the same messages as a record. */
function readSettings(file: SourceFile, report: Reporter): Settings | null {
  if (file.value === undefined) return null;
  if (!file.value || typeof file.value !== 'object' || Array.isArray(file.value)) {
    report(fileProblem(file, 'this file must be a set of fields (title: …, subtitle: …), not a list.'));
    return null;
  }
  const r = new RecordReader(file, [], 'story', file.value as Record<string, unknown>, report);
  r.allowOnly(STORY_FIELDS);
  const title = r.bilingual(['title']);
  const subtitle = r.bilingual(['subtitle']);
  const description = r.bilingual(['description']);
  const sources_note = r.bilingual(['sources_note']);
  const credit = r.bilingual(['credit']);
  const day = r.get(['default_day']) === undefined ? null : r.precisionDate(['default_day'], 'day');
  const countriesValue = r.get(['countries']);
  const countries: Record<string, Bilingual> = {};
  let countriesOk = true;
  if (!countriesValue || typeof countriesValue !== 'object' || Array.isArray(countriesValue)) {
    r.error(['countries'], 'write countries as one line per country, "id: { ar: …, en: … }", e.g. france: { ar: فرنسا, en: France }.');
    countriesOk = false;
  } else {
    for (const id of Object.keys(countriesValue)) {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
        r.error(['countries', id], `"${id}" is not a valid id; use lower-case English words joined by hyphens, e.g. new-zealand.`);
        countriesOk = false;
        continue;
      }
      const name = r.bilingual(['countries', id]);
      if (name) countries[id] = name;
      else countriesOk = false;
    }
  }
  const dayOk = r.get(['default_day']) === undefined || day !== null;
  if (!title || !subtitle || !description || !sources_note || !credit || !dayOk || !countriesOk) return null;
  return { meta: { title, subtitle, description, sources_note, credit }, default_day: day?.first ?? null, countries };
}

const FUTURE_EXAMPLES = 'سـ on a verb (سيتوجه، سيحضر), سوف, من المقرر, من المتوقع, يعتزم, يتوقع, ينوي, يخطط';

/**
 * An `announced` event must be announced by its quotes: at least one of them has a future or
 * expectation marker (future.ts), or the event starts after every reporting article was
 * published (an article written on Sunday can report a trip "on Monday" only as ahead).
 * Conversely, a `done` event must not start after all its reporting articles were published,
 * and, unless it is a statement (which may well speak of the future), not every one of its
 * quotes may speak of the future.
 */
function checkStatus(
  r: RecordReader,
  status: string,
  category: string | null,
  firstDay: string,
  reported_by: Report[],
  publishedBy: ReadonlyMap<string, string>,
): void {
  const quotes = reported_by.flatMap((rep) => rep.quotes.map((q) => ({ text: q.text, markers: futureMarkers(q.text) })));
  const latest = reported_by.map((rep) => publishedBy.get(rep.article)).reduce<string | undefined>((m, d) => (d && (!m || d > m) ? d : m), undefined);
  const afterReports = latest !== undefined && firstDay > latest;
  if (status === 'announced' && !afterReports && !quotes.some((q) => q.markers.length)) {
    r.warn(
      ['status'],
      `this event is announced, but none of its quotes has a word that puts it in the future or says it is expected (${FUTURE_EXAMPLES}…), and it does not start after the articles that report it were published. Quote the words that announce it, or check the status.`,
    );
  }
  if (status === 'done' && afterReports) {
    r.warn(
      ['start'],
      `this event is reported as done, but it starts (${firstDay}) after the last of the articles that report it was published (${latest}); those articles can only announce it. Mark it announced, or check the date.`,
    );
  }
  if (status === 'done' && category !== 'reaction' && quotes.length && quotes.every((q) => q.markers.length)) {
    const words = [...new Set(quotes.flatMap((q) => q.markers.map((m) => m.text)))].map((w) => `"${w}"`).join(', ');
    r.warn(
      ['status'],
      `this event is reported as done, but every one of its quotes speaks of the future or of what is expected (${words}). Check whether the articles only announce it; if so, mark it announced and say so in its title and summary.`,
    );
  }
}

function readAliases(r: RecordReader): string[] | null {
  const list = r.list(['aliases'], { nonEmpty: true });
  if (!list) return null;
  const out: string[] = [];
  for (const [k, a] of list.entries()) {
    if (typeof a !== 'string' || !/[\p{L}\p{N}]/u.test(a)) r.error(['aliases', k], 'each alias must be a spelling of the name, as text.');
    else {
      const control = directionControlWarning(a);
      if (control) r.warn(['aliases', k], control.message);
      out.push(a.trim());
    }
  }
  return out.length === list.length ? out : null;
}
