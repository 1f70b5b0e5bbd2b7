/**
 * The search matcher (src/lib/search/engine.ts) on the real story's documents: every spelling
 * of Pyongyang, Kim Jong Un and Shoigu that the five articles use, with the proclitics in
 * front, with and without hamza, in English, and one letter off; and what must not match.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { realStory } from './fixtures';
import { searchDocuments } from '../../src/lib/search/documents';
import { createSearchIndex, editDistance, snippet, withinOneEdit, type SearchResults } from '../../src/lib/search/engine';
import { normalizeArabic, normalizeWithOrigin } from '../../src/lib/arabic/normalize';
import type { SearchKind } from '../../src/lib/search/documents';

const story = realStory();
const index = createSearchIndex(searchDocuments(story));
const ids = (r: SearchResults, kind: SearchKind) => r.groups.find((g) => g.kind === kind)?.hits.map((h) => h.doc.id) ?? [];
const marked = (r: SearchResults, kind: SearchKind, id: string) =>
  r.groups
    .find((g) => g.kind === kind)
    ?.hits.find((h) => h.doc.id === id)
    ?.field.segments.filter((s) => s.mark)
    .map((s) => s.text);

describe('search: the spellings in the articles find their person or place first', () => {
  it.each([
    // Pyongyang: the three spellings of the articles, with proclitics, English forms, slips.
    ['بيونغ يانغ', 'place', 'pyongyang'],
    ['بيونج يانج', 'place', 'pyongyang'],
    ['بيونغيانج', 'place', 'pyongyang'],
    ['وبيونغ يانغ', 'place', 'pyongyang'],
    ['لبيونغ يانغ', 'place', 'pyongyang'],
    ['ببيونج يانج', 'place', 'pyongyang'],
    ['وبيونغيانج', 'place', 'pyongyang'],
    ['بيونغ يانج', 'place', 'pyongyang'],
    ['Pyongyang', 'place', 'pyongyang'],
    ['PYONGYANG', 'place', 'pyongyang'],
    ['pyong', 'place', 'pyongyang'],
    ['Pyongyng', 'place', 'pyongyang'],
    ['Pyonygang', 'place', 'pyongyang'],
    ['بيونجيانج', 'place', 'pyongyang'],
    // Kim Jong Un: hamza or none, غ or ج, hyphen or space, proclitics, English.
    ['كيم جونغ أون', 'person', 'kim-jong-un'],
    ['كيم جونغ اون', 'person', 'kim-jong-un'],
    ['كيم جونج أون', 'person', 'kim-jong-un'],
    ['كيم جونج اون', 'person', 'kim-jong-un'],
    ['كيم جونغ-أون', 'person', 'kim-jong-un'],
    ['وكيم جونغ أون', 'person', 'kim-jong-un'],
    ['لكيم جونغ أون', 'person', 'kim-jong-un'],
    ['كيم جونغ أُون', 'person', 'kim-jong-un'],
    ['Kim Jong Un', 'person', 'kim-jong-un'],
    ['kim jong-un', 'person', 'kim-jong-un'],
    ['KIM JONG UN', 'person', 'kim-jong-un'],
    // Shoigu: سيرجي / سيرغي, the surname alone, proclitics, English, slips.
    ['سيرجي شويغو', 'person', 'sergei-shoigu'],
    ['سيرغي شويغو', 'person', 'sergei-shoigu'],
    ['شويغو', 'person', 'sergei-shoigu'],
    ['لشويغو', 'person', 'sergei-shoigu'],
    ['وشويغو', 'person', 'sergei-shoigu'],
    ['شويجو', 'person', 'sergei-shoigu'],
    ['Shoigu', 'person', 'sergei-shoigu'],
    ['Sergei Shoigu', 'person', 'sergei-shoigu'],
    ['Sergey Shoigu', 'person', 'sergei-shoigu'],
    ['Shoygu', 'person', 'sergei-shoigu'],
    ['Shiogu', 'person', 'sergei-shoigu'],
    // Others, as readers might write them.
    ['لافروف', 'person', 'sergei-lavrov'],
    ['Lavrov', 'person', 'sergei-lavrov'],
    ['فوستوتشني', 'place', 'vostochny'],
    ['Vostochny', 'place', 'vostochny'],
    ['Komsomolsk', 'place', 'komsomolsk'],
    ['واشنطن', 'place', 'washington'],
  ] as const)('%s → %s %s', (query, kind, id) => {
    expect(ids(index.search(query), kind)[0]).toBe(id);
  });
});

describe('search: what must not match', () => {
  it.each([
    ['كيم جونغ-داي', 'kim-jong-un'],
    ['كيم جونغ داي', 'kim-jong-un'],
    ['Kim Jong-dae', 'kim-jong-un'],
    ['كيم جونغ إيل', 'kim-jong-un'],
    ['Kim Jong Il', 'kim-jong-un'],
    ['Kin Jong Un', 'kim-jong-un'],
    ['بوتن', 'vladimir-putin'],
    ['بيو', 'kim-jong-un'],
  ])('%s does not find %s', (query, id) => {
    const r = index.search(query);
    expect(r.groups.flatMap((g) => g.hits.map((h) => h.doc.id))).not.toContain(id);
  });

  it('كيم جونغ-داي finds Kim Jong-dae and nobody else', () => {
    expect(ids(index.search('كيم جونغ-داي'), 'person')).toEqual(['kim-jong-dae']);
  });

  it('one letter or nothing finds nothing', () => {
    expect(index.search('ك').total).toBe(0);
    expect(index.search('  ').total).toBe(0);
  });
});

describe('search: events, articles, quotes and snippets', () => {
  it.each([
    ['قمه فوستوتشنى', 'event', 'vostochny-summit-2023'],
    ['Rodong Sinmun', 'event', 'putin-rodong-sinmun-article-2024'],
    ['رودونغ سينمون', 'event', 'putin-rodong-sinmun-article-2024'],
    ['armoured train', 'event', 'kim-russia-trip-2023-09'],
    ['عصابة الشر', 'event', 'sacred-struggle-2023-09'],
    ['rifles as gifts', 'article', '004_c28bba0c94519a16'],
    ['يتبادلان البنادق كهدايا', 'article', '004_c28bba0c94519a16'],
  ] as const)('%s → %s %s', (query, kind, id) => {
    expect(ids(index.search(query, { limit: 50 }), kind)).toContain(id);
  });

  it('Eastern Arabic digits find the Western ones', () => {
    expect(index.search('٢٠٠٠').total).toBe(index.search('2000').total);
    expect(index.search('2000').total).toBeGreaterThan(0);
  });

  it('marks the words that matched, in the spelling the text uses', () => {
    expect(marked(index.search('وبيونج يانج'), 'place', 'pyongyang')).toEqual(['بيونج', 'يانج']);
    expect(marked(index.search('Shoygu'), 'person', 'sergei-shoigu')).toEqual(['Shoigu']);
    expect(marked(index.search('شويغو'), 'event', 'kim-shoigu-talks-2023-09')).toEqual(['وشويغو']);
  });

  it('groups events, people, places and articles, and counts each', () => {
    const r = index.search('Pyongyang', { limit: 3 });
    const events = r.groups.find((g) => g.kind === 'event')!;
    expect(events.hits).toHaveLength(3);
    expect(events.count).toBeGreaterThan(3);
    expect(r.total).toBe(r.groups.reduce((n, g) => n + g.count, 0));
  });

  it.each([
    ['Pyongyang', ['place', 'event', 'article']],
    ['بوتين', ['person', 'event', 'article']],
    ['Putin', ['person', 'event', 'article']],
    ['Shoigu', ['person', 'event']],
    ['parade', ['event']],
  ])('puts the group with the best match first: %s', (query, kinds) => {
    expect(index.search(query).groups.map((g) => g.kind)).toEqual(kinds);
  });

  it.each([
    ['بوتن', 'بوتين'],
    ['putn', 'Putin'],
    ['Lvrv', 'Lavrov'],
  ])('with no result, %s suggests %s', (query, suggestion) => {
    const r = index.search(query);
    expect(r.total).toBe(0);
    expect(r.suggestion).toBe(suggestion);
  });
});

describe('withinOneEdit and editDistance', () => {
  it.each([
    ['shoigu', 'shoigu', true],
    ['shoygu', 'shoigu', true],
    ['shigu', 'shoigu', true],
    ['shoiigu', 'shoigu', true],
    ['shiogu', 'shoigu', true],
    ['shygu', 'shoigu', false],
    ['ugiohs', 'shoigu', false],
  ] as const)('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(editDistance(a, b, 3) <= 1).toBe(expected);
  });
});

describe('snippet', () => {
  it('marks whole words and keeps the rest as text', () => {
    expect(snippet('كيم يقدم لشويغو جولة', ['شويغو'], false)).toEqual([
      { text: 'كيم يقدم ', mark: false },
      { text: 'لشويغو', mark: true },
      { text: ' جولة', mark: false },
    ]);
  });

  it('cuts a long text around the first match', () => {
    const long = `${'word '.repeat(60)}Pyongyang ${'word '.repeat(60)}`;
    const s = snippet(long, ['pyongyang'], false);
    const text = s.map((x) => x.text).join('');
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(s.filter((x) => x.mark).map((x) => x.text)).toEqual(['Pyongyang']);
    expect(text.length).toBeLessThan(130);
  });
});

describe('normalizeArabic (the fast path the index uses)', () => {
  it('gives the same text as normalizeWithOrigin for any string', () => {
    const arabicish = fc.string({ unit: fc.constantFrom(...'أإآؤئىةـًٌٍَُِّْ٠١٢۳كیاب ٍ-–«»،؟abcÉ'.split('')) });
    fc.assert(
      fc.property(fc.oneof(arabicish, fc.string()), (s) => normalizeArabic(s) === normalizeWithOrigin(s).text),
      { numRuns: 1000 },
    );
  });
});
