import { describe, expect, it } from 'vitest';
import { formatDay, formatEventDate, loadMessages } from '../../src/lib/i18n';
import { ar } from '../../src/lib/i18n/ar';
import { en } from '../../src/lib/i18n/en';
import { segmentArticle, segmentQuote } from '../../src/lib/story/segments';
import { articleTextPath, DETAILS_CHUNK, detailsPath, publishStory } from '../../src/lib/story/publish';
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

describe('event details apart (large datasets)', () => {
  const compiled = realStory();
  const { story, details } = publishStory(compiled, true);

  it('keeps what the timeline, map and lists need in the story', () => {
    expect(story.details).toEqual({ size: DETAILS_CHUNK, chunks: Math.ceil(compiled.events.length / DETAILS_CHUNK) });
    expect(story.events.map((e) => [e.id, e.first_day, e.venue, e.attendees])).toEqual(compiled.events.map((e) => [e.id, e.first_day, e.venue, e.attendees]));
    expect(story.events.every((e) => e.summary.ar === '' && e.date_note === null && e.reported_by.every((r) => r.quotes.length === 0))).toBe(true);
    expect(story.events[0]!.reported_by.map((r) => r.article)).toEqual(compiled.events[0]!.reported_by.map((r) => r.article));
  });

  it('ships every event’s details, in story order, in chunks', () => {
    expect(details!.flat()).toEqual(compiled.events.map((e) => ({ summary: e.summary, date_note: e.date_note, reported_by: e.reported_by })));
    expect(detailsPath('ar', 3)).toBe('data/details.ar.3.json');
  });

  it('keeps small stories whole', () => {
    expect(publishStory(compiled).details).toBeNull();
    expect(publishStory(compiled).story.events).toEqual(compiled.events);
  });
});

describe('one language at a time', () => {
  const { story } = publishStory(realStory());
  const ar = onlyLanguage(story, 'ar');
  const en = onlyLanguage(story, 'en');

  it('leaves out the other language’s words, but keeps both article titles', () => {
    expect(ar.events.every((e) => e.title.en === '' && e.title.ar !== '')).toBe(true);
    expect(en.people.every((p) => p.name.ar === '' && p.name.en !== '')).toBe(true);
    expect(en.articles.every((a) => a.title.ar !== '' && a.title.en !== '')).toBe(true);
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
