import { describe, expect, it } from 'vitest';
import { formatDay, formatEventDate, loadMessages } from '../../src/lib/i18n';
import { ar } from '../../src/lib/i18n/ar';
import { en } from '../../src/lib/i18n/en';
import { segmentArticle } from '../../src/lib/story/article-layout';
import { segmentQuote } from '../../src/lib/story/segments';
import {
  articleTextPath,
  chunkOf,
  chunksOf,
  chunkStarts,
  DETAILS_CHUNK,
  detailsLayoutFor,
  detailsPath,
  publishStory,
  SMALL_DETAILS_CHUNK,
} from '../../src/lib/story/publish';
import { mergeLanguages, onlyLanguage } from '../../src/lib/story/languages';
import { realStory } from './fixtures';

describe('formatting', () => {
  it('writes Arabic month names with the one digit policy (Latin digits)', () => {
    expect(formatDay('2023-09-13', 'ar')).toBe('13 سبتمبر 2023');
    expect(formatDay('2023-09-13', 'en')).toBe('13 September 2023');
  });

  it('writes an event date at its precision', () => {
    expect(formatEventDate({ first_day: '2023-07-01', last_day: '2023-07-31', precision: 'month' }, 'en')).toBe('July 2023');
    expect(formatEventDate({ first_day: '2000-01-01', last_day: '2000-12-31', precision: 'year' }, 'ar')).toBe('2000');
    expect(formatEventDate({ first_day: '2024-06-18', last_day: '2024-06-19', precision: 'day' }, 'en')).toMatch(/^18\s?\S\s?19 June 2024$/);
  });

  it('has every message in both languages', () => {
    const keys = (o: object, prefix = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
    expect(keys(ar).sort()).toEqual(keys(en).sort());
  });

  it('loads each language’s messages on demand', async () => {
    expect(await loadMessages('ar')).toBe(ar);
    expect(await loadMessages('en')).toBe(en);
  });
});

describe('segmentArticle', () => {
  const article = publishStory(realStory()).texts.find((a) => a.id === '004_c28bba0c94519a16')!;
  const pieces = segmentArticle(article);

  it('covers the whole text exactly once', () => {
    expect(pieces.map((p) => p.text).join('')).toBe(article.text);
  });

  it('marks site furniture', () => {
    expect(pieces.find((p) => p.text.includes('اترك تعليقاً'))?.furniture).toBe('comment-form');
    expect(pieces.find((p) => p.text.includes('(أ ف ب)'))?.furniture).toBeNull();
  });

  it('marks quotes with their events and a link back at their end', () => {
    const quoted = pieces.filter((p) => p.quotedBy.includes('rifle-exchange-2023'));
    expect(quoted.length).toBeGreaterThan(0);
    expect(pieces.some((p) => p.quoteEndsFor.includes('rifle-exchange-2023'))).toBe(true);
  });

  it('marks names, with every spelling resolved', () => {
    const names = pieces.filter((p) => p.mention?.id === 'kim-jong-un').map((p) => p.text);
    expect(names).toEqual(expect.arrayContaining(['كيم جونغ أون', 'كيم جونغ-أون', 'كيم']));
    expect(pieces.find((p) => p.text === 'كيم جونغ-داي')?.mention?.id).toBe('kim-jong-dae');
  });
});

describe('segmentQuote', () => {
  const story = realStory();
  const quotes = story.events.flatMap((e) => e.reported_by.flatMap((r) => r.quotes));

  it('covers every quote exactly once', () => {
    for (const q of quotes)
      expect(
        segmentQuote(q)
          .map((p) => p.text)
          .join(''),
      ).toBe(q.text);
  });

  it('marks the names a quote mentions, as the article does', () => {
    const marked = quotes.flatMap((q) =>
      segmentQuote(q)
        .filter((p) => p.mention?.id === 'kim-jong-un')
        .map((p) => p.text),
    );
    expect(marked).toEqual(expect.arrayContaining(['كيم جونغ أون']));
  });
});

describe('publishStory', () => {
  const compiled = realStory();
  const { story, texts } = publishStory(compiled);

  it('ships no article text in the story that loads first', () => {
    for (const a of story.articles) expect(Object.keys(a).sort()).toEqual(['id', 'language', 'outlet', 'outlet_note', 'published', 'title']);
    expect(JSON.stringify(story)).not.toContain(compiled.articles[0]!.text.slice(0, 200));
  });

  it('ships each text apart, whole, with its furniture and names', () => {
    expect(texts.map((t) => t.id)).toEqual(compiled.articles.map((a) => a.id));
    for (const t of texts) {
      const a = compiled.articles.find((x) => x.id === t.id)!;
      expect(t).toMatchObject({ id: a.id, text: a.text, furniture: a.furniture, mentions: a.mentions });
      expect(t.notes).toEqual({ outlet: a.outlet_note, published: a.published.note });
      const quoted = compiled.events.flatMap((e) =>
        e.reported_by.filter((r) => r.article === t.id).flatMap((r) => r.quotes.map((q) => ({ start: q.start, end: q.end, event: e.id }))),
      );
      expect(t.quotes).toEqual(quoted);
    }
  });

  it('keeps an address per article that cannot leave data/articles/', () => {
    expect(articleTextPath('004_c28bba0c94519a16')).toBe('data/articles/004_c28bba0c94519a16.json');
    expect(articleTextPath('../x')).toBe('data/articles/..%2Fx.json');
  });
});

describe('event details apart', () => {
  const compiled = realStory();
  const { story, details } = publishStory(compiled, { size: DETAILS_CHUNK, prefetch: false });

  it('keeps what the timeline, map and lists need in the story', () => {
    expect(story.details).toEqual({ starts: [0], prefetch: false });
    expect(story.articles.map((a) => [a.id, a.title, a.outlet, a.published.date, a.published.basis])).toEqual(
      compiled.articles.map((a) => [a.id, a.title, a.outlet, a.published.date, a.published.basis]),
    );
    expect(story.articles.every((a) => a.outlet_note.ar === '' && a.published.note.ar === '' && a.published.note.en === '')).toBe(true);
    expect(story.events.map((e) => [e.id, e.first_day, e.venue, e.attendees])).toEqual(compiled.events.map((e) => [e.id, e.first_day, e.venue, e.attendees]));
    expect(story.events.every((e) => e.summary.ar === '' && e.date_note === null && e.reported_by.every((r) => r.quotes.length === 0))).toBe(true);
    expect(story.events[0]!.reported_by.map((r) => r.article)).toEqual(compiled.events[0]!.reported_by.map((r) => r.article));
  });

  it('ships every event’s details, in story order, in chunks', () => {
    expect(details!.flat()).toEqual(compiled.events.map((e) => ({ summary: e.summary, date_note: e.date_note, reported_by: e.reported_by })));
    expect(detailsPath('ar', 3)).toBe('data/details.ar.3.json');
  });

  it('ships a small story’s details in small chunks, the first view’s events in one of their own', () => {
    const small = publishStory(compiled, undefined, [4, 9, 6]);
    expect(small.story.details).toEqual({ starts: [0, 4, 10, 18, 26, 34, 42].filter((s) => s < compiled.events.length), prefetch: true });
    expect(small.details!.flat()).toEqual(compiled.events.map((e) => ({ summary: e.summary, date_note: e.date_note, reported_by: e.reported_by })));
  });

  it.each([
    [10, 4, [], [0, 4, 8]],
    [10, 4, [5, 6], [0, 4, 5, 7]],
    [10, 4, [0, 2], [0, 3, 7]],
    [10, 4, [8, 9], [0, 4, 8]],
    [3, 8, [1], [0, 1, 2]],
    [0, 8, [], []],
  ])('chunkStarts(%i events, size %i, together %j)', (events, size, together, starts) => {
    expect(chunkStarts(events, size, together)).toEqual(starts);
  });

  it.each([
    [0, { chunk: 0, offset: 0 }],
    [3, { chunk: 0, offset: 3 }],
    [4, { chunk: 1, offset: 0 }],
    [6, { chunk: 1, offset: 2 }],
    [7, { chunk: 2, offset: 0 }],
    [20, { chunk: 2, offset: 13 }],
  ])('chunkOf(starts [0, 4, 7], %i)', (position, at) => {
    expect(chunkOf({ starts: [0, 4, 7], prefetch: true }, position)).toEqual(at);
  });

  it.each([
    [600, { size: SMALL_DETAILS_CHUNK, prefetch: true }],
    [601, { size: DETAILS_CHUNK, prefetch: false }],
  ])('detailsLayoutFor(%i)', (n, layout) => {
    expect(detailsLayoutFor(n)).toEqual(layout);
  });

  it('keeps the details in the story when asked (data/story.json)', () => {
    expect(publishStory(compiled, null).details).toBeNull();
    expect(publishStory(compiled, null).story.events).toEqual(compiled.events);
  });

  it.each([
    [[], []],
    [[0, 7], [0]],
    [
      [7, 8, 30, 9],
      [0, 1, 3],
    ],
  ])('chunksOf(starts every 8, %j)', (positions, chunks) => {
    expect(chunksOf({ starts: [0, 8, 16, 24, 32], prefetch: true }, positions)).toEqual(chunks);
  });
});

describe('one language at a time', () => {
  // Details kept in the story here: the language split is what is under test.
  const { story } = publishStory(realStory(), null);
  const ar = onlyLanguage(story, 'ar');
  const en = onlyLanguage(story, 'en');

  it('leaves out the other language’s words, but keeps both article titles in English (the Arabic original above its translation)', () => {
    expect(ar.events.every((e) => e.title.en === '' && e.title.ar !== '')).toBe(true);
    expect(en.people.every((p) => p.name.ar === '' && p.name.en !== '')).toBe(true);
    expect(en.articles.every((a) => a.title.ar !== '' && a.title.en !== '')).toBe(true);
    expect(ar.articles.every((a) => a.title.ar !== '' && a.title.en === '')).toBe(true);
    // Quotes are the articles' own Arabic words, in every language.
    expect(en.events[0]!.reported_by[0]!.quotes[0]!.text).toBe(story.events[0]!.reported_by[0]!.quotes[0]!.text);
  });

  it('merges back into the whole story, in either order (less the aliases and the description, which only the build reads)', () => {
    const withoutAliases = {
      ...story,
      meta: { ...story.meta, description: { ar: '', en: '' } },
      places: story.places.map((p) => ({ ...p, aliases: [] })),
      people: story.people.map((p) => ({ ...p, aliases: [] })),
    };
    expect(mergeLanguages(ar, en)).toEqual(withoutAliases);
    expect(mergeLanguages(en, ar)).toEqual(withoutAliases);
    expect(story.places.every((p) => p.aliases.length > 0)).toBe(true);
  });

  it('refuses to merge two different stories', () => {
    const other = structuredClone(en);
    other.events.pop();
    expect(() => mergeLanguages(ar, other)).toThrow(/differ at story\.events/);
    const moved = structuredClone(en);
    moved.events[0]!.first_day = '1999-01-01';
    expect(() => mergeLanguages(ar, moved)).toThrow(/story\.events\[0\]\.first_day/);
  });
});
