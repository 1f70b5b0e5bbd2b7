/**
 * Stories for the unit tests.
 *
 * `tinyStory()` is a small hand-written story (an invented state visit: four places, four
 * people, three articles, eleven events) for the logic tests: selection, stepping, titles,
 * clusters, marks, messages. Editing data/ can never break them. Each event is there for a
 * behaviour a test names (see the comments).
 *
 * `realStory()` / `realPublished()` are the real story, compiled once per test file, for the
 * dataset tests (test/unit/dataset.test.ts) and the tests that are about the real files.
 * `compileFiles()` compiles a generated story's files (scripts/synthetic-story.ts), and
 * `syntheticPublished()` publishes the synthetic one, for tests that need a large story.
 * No shared mutable state: every call returns a fresh copy.
 */
import { compileStory } from '../../src/lib/story/compile';
import type { Article, Bilingual, Person, Place, Story, StoryEvent } from '../../src/lib/story/types';
import type { CompiledStory } from '../../src/lib/story/types';
import { publishStory } from '../../src/lib/story/publish';
import { readStorySources } from '../../scripts/story-files';
import { syntheticStory, type SyntheticFiles } from '../../scripts/synthetic-story';

export function realStory(): CompiledStory {
  const { story, problems } = compileStory(readStorySources('.'));
  if (!story) throw new Error(`the real data does not compile: ${problems.map((p) => p.message).join('; ')}`);
  return structuredClone(story);
}

export function compileFiles(files: SyntheticFiles) {
  const texts: Record<string, string> = {};
  for (const [path, content] of files) if (path.startsWith('data/articles/')) texts[path.slice(14, -4)] = content;
  return compileStory({
    story: files.get('data/story.yaml')!,
    articles: files.get('data/articles.yaml')!,
    places: files.get('data/places.yaml')!,
    people: files.get('data/people.yaml')!,
    events: files.get('data/events.yaml')!,
    texts,
  });
}

/** A synthetic story of this many events, as the app loads it. */
export function syntheticPublished(events: number, seed: number): Story {
  const { story, problems } = compileFiles(syntheticStory({ events, seed }));
  if (!story) throw new Error(`the synthetic story does not compile: ${problems.map((p) => p.message).join('; ')}`);
  return publishStory(story).story;
}

/** The real story as the app loads it (details inline: it is small). */
export function realPublished(): Story {
  return publishStory(realStory()).story;
}

const both = (en: string, ar: string): Bilingual => ({ en, ar });

const place = (id: string, main: boolean, en: string, ar: string, coordinates: [number, number]): Place => ({
  id,
  main,
  name: both(en, ar),
  kind: both('city', 'مدينة'),
  aliases: [],
  coordinates,
});

const person = (id: string, en: string, ar: string, country: string): Person => ({
  id,
  name: both(en, ar),
  role: both('minister', 'وزير'),
  country,
  aliases: [],
});

const article = (id: string, date: string): Article => ({
  id,
  language: 'ar',
  title: both(`Article ${id}`, `مقال ${id}`),
  outlet: null,
  outlet_note: both('not named', 'غير مذكور'),
  published: { date, precision: 'day', basis: 'stated', note: both('', '') },
});

type EventRow = Pick<StoryEvent, 'id' | 'category' | 'start' | 'venue' | 'attendees'> &
  Partial<Pick<StoryEvent, 'status' | 'end' | 'precision'>> & { first_day: string; last_day?: string; articles: string[] };

const event = (e: EventRow): StoryEvent => ({
  id: e.id,
  category: e.category,
  status: e.status ?? 'done',
  title: both(`Title of ${e.id}`, `عنوان ${e.id}`),
  summary: both(`Summary of ${e.id}`, `ملخص ${e.id}`),
  start: e.start,
  end: e.end ?? null,
  precision: e.precision ?? 'day',
  date_basis: 'stated',
  date_note: null,
  venue: e.venue,
  venue_basis: 'articles',
  attendees: e.attendees,
  reported_by: e.articles.map((a) => ({ article: a, quotes: [] })),
  first_day: e.first_day,
  last_day: e.last_day ?? e.first_day,
});

/**
 * The tiny story, in story order (first day, then id). Its span runs from 2000-01-01 (a
 * year-precision event) to 2024-06-19 (the end of a range), while the last day an event
 * starts is 2024-06-18.
 */
export function tinyStory(): Story {
  return {
    meta: {
      title: both('A tiny story', 'قصة صغيرة'),
      subtitle: both('for tests', 'للاختبارات'),
      description: both('A tiny story for tests', 'قصة صغيرة للاختبارات'),
      sources_note: both('Invented', 'مختلقة'),
      credit: both('Tests', 'اختبارات'),
      default_day: '2023-07-27',
    },
    countries: { north: both('North', 'الشمال'), south: both('South', 'الجنوب') },
    articles: [article('art-1', '2023-07-28'), article('art-2', '2023-09-14'), article('art-3', '2024-06-18')],
    places: [
      place('capital', true, 'Capital', 'العاصمة', [125.75, 39.02]),
      place('harbour', true, 'Harbour', 'الميناء', [131.9, 43.1]),
      place('airfield', true, 'Airfield', 'المطار', [128.3, 51.9]),
      place('abroad', false, 'Abroad', 'الخارج', [-77.0, 38.9]),
    ],
    people: [
      person('leader-a', 'Ana Leader', 'آنا القائدة', 'north'),
      person('leader-b', 'Bo Leader', 'بو القائد', 'south'),
      person('minister-c', 'Cy Minister', 'سي الوزير', 'south'),
      person('envoy-d', 'Di Envoy', 'دي المبعوث', 'north'),
    ],
    events: [
      // A year-precision context event: the first stop, and the start of the span.
      event({
        id: 'founding',
        category: 'history',
        start: '2000',
        precision: 'year',
        first_day: '2000-01-01',
        last_day: '2000-12-31',
        venue: 'capital',
        attendees: ['leader-a'],
        articles: ['art-1'],
      }),
      // Two days in a row at the capital: the places visited "earlier" by September.
      event({
        id: 'arrival',
        category: 'visit',
        start: '2023-07-27',
        first_day: '2023-07-27',
        venue: 'capital',
        attendees: ['minister-c', 'leader-b'],
        articles: ['art-1'],
      }),
      event({
        id: 'parade',
        category: 'parade',
        start: '2023-07-28',
        first_day: '2023-07-28',
        venue: 'capital',
        attendees: ['minister-c', 'leader-a'],
        articles: ['art-1'],
      }),
      // Dated only to the month: listed apart on 13 September, never lights up the harbour.
      event({
        id: 'fleet-display',
        category: 'inspection',
        status: 'announced',
        start: '2023-09',
        precision: 'month',
        first_day: '2023-09-01',
        last_day: '2023-09-30',
        venue: 'harbour',
        attendees: ['leader-b', 'minister-c'],
        articles: ['art-2'],
      }),
      // Four events on one day, three at one venue and a statement with none; ids in another order than the reading order
      // (talks, tour, gift, reaction), so the sort is seen.
      event({
        id: 'gift',
        category: 'gift',
        start: '2023-09-13',
        first_day: '2023-09-13',
        venue: 'airfield',
        attendees: ['leader-a', 'leader-b'],
        articles: ['art-3'],
      }),
      event({ id: 'statement', category: 'reaction', start: '2023-09-13', first_day: '2023-09-13', venue: null, attendees: ['envoy-d'], articles: ['art-3'] }),
      event({
        id: 'summit',
        category: 'talks',
        start: '2023-09-13',
        first_day: '2023-09-13',
        venue: 'airfield',
        attendees: ['leader-a', 'leader-b'],
        articles: ['art-1', 'art-2'],
      }),
      event({
        id: 'tour',
        category: 'tour',
        start: '2023-09-13',
        first_day: '2023-09-13',
        venue: 'airfield',
        attendees: ['leader-a', 'leader-b', 'minister-c'],
        articles: ['art-2'],
      }),
      // The only event of its day (a title names it).
      event({
        id: 'harbour-visit',
        category: 'visit',
        start: '2023-09-14',
        first_day: '2023-09-14',
        venue: 'harbour',
        attendees: ['leader-a', 'minister-c'],
        articles: ['art-2'],
      }),
      // The last day an event starts: a two-day range, and a done and an announced talk (ids
      // in the other order, so done-before-announced is seen).
      event({
        id: 'a-further-talks',
        category: 'talks',
        status: 'announced',
        start: '2024-06-18',
        first_day: '2024-06-18',
        venue: 'capital',
        attendees: ['leader-a', 'leader-b'],
        articles: ['art-3'],
      }),
      event({
        id: 'agreement',
        category: 'talks',
        start: '2024-06-18',
        first_day: '2024-06-18',
        venue: 'capital',
        attendees: ['leader-a', 'leader-b'],
        articles: ['art-3'],
      }),
      event({
        id: 'state-visit',
        category: 'visit',
        start: '2024-06-18',
        end: '2024-06-19',
        first_day: '2024-06-18',
        last_day: '2024-06-19',
        venue: 'capital',
        attendees: ['leader-b', 'leader-a'],
        articles: ['art-3'],
      }),
    ],
    details: null,
    // A three-step tour: a day with a venue focus and a fit, a person focus, and a bare day.
    tour: [
      { day: '2023-07-27', focus: { kind: 'venue', id: 'capital' }, fit: ['capital', 'abroad'] },
      { day: '2023-09-14', focus: { kind: 'person', id: 'minister-c' }, fit: [] },
      { day: '2024-06-18', focus: null, fit: [] },
    ],
  };
}
