/**
 * The reader's layout of an article (readerParagraphs in src/lib/story/segments.ts): its
 * paragraphs, and each quote as one run however many names cut it.
 */
import { describe, expect, it } from 'vitest';
import { paragraphLines, readerParagraphs, segmentArticle, type Run } from '../../src/lib/story/article-layout';
import { articleNumber } from '../../src/lib/story/article-number';
import type { ArticleText } from '../../src/lib/story/types';
import { publishStory } from '../../src/lib/story/publish';
import { realStory } from './fixtures';

const text = (run: Run) => run.pieces.map((p) => p.text).join('');
const layout = (a: ArticleText) => readerParagraphs(segmentArticle(a)).map((runs) => runs.map((r) => [r.quotedBy.join(' ') || '-', text(r)]));

const tiny = (over: Partial<ArticleText>): ArticleText => ({
  id: 'x',
  text: 'one two\nthree four',
  furniture: [],
  mentions: [],
  quotes: [],
  notes: { outlet: { ar: '', en: '' }, published: { ar: '', en: '' } },
  ...over,
});

describe('readerParagraphs', () => {
  it.each([
    ['one paragraph per line, empty lines dropped', tiny({ text: 'one\n\ntwo\n' }), [[['-', 'one']], [['-', 'two']]]],
    [
      'a quote cut by a name is one run',
      tiny({ quotes: [{ start: 0, end: 7, event: 'e' }], mentions: [{ start: 4, end: 7, kind: 'person', id: 'p', in_furniture: false }] }),
      [[['e', 'one two']], [['-', 'three four']]],
    ],
    [
      'overlapping quotes are one run, for both events',
      tiny({
        quotes: [
          { start: 0, end: 5, event: 'a' },
          { start: 4, end: 7, event: 'b' },
        ],
      }),
      [[['a b', 'one two']], [['-', 'three four']]],
    ],
    [
      'a quote across a line break is one run in each paragraph',
      tiny({ quotes: [{ start: 4, end: 13, event: 'e' }] }),
      [
        [
          ['-', 'one '],
          ['e', 'two'],
        ],
        [
          ['e', 'three'],
          ['-', ' four'],
        ],
      ],
    ],
  ] as const)('%s', (_name, article, expected) => {
    expect(layout(article)).toEqual(expected);
  });

  it('keeps the way back to the event at the end of a quote that ends on a line break', () => {
    const runs = readerParagraphs(segmentArticle(tiny({ quotes: [{ start: 0, end: 8, event: 'e' }] })));
    expect(runs[0]!.at(-1)!.pieces.at(-1)!.quoteEndsFor).toEqual(['e']);
    expect(runs.flat().flatMap((r) => r.pieces.flatMap((p) => p.quoteEndsFor))).toEqual(['e']);
  });

  it('on every real article: the paragraphs are the text’s lines, each quote’s way back is kept once, and no two quoted runs touch', () => {
    for (const article of publishStory(realStory()).texts) {
      const pieces = segmentArticle(article);
      const paragraphs = readerParagraphs(pieces);
      expect(paragraphs.map((runs) => runs.map(text).join(''))).toEqual(article.text.split('\n').filter(Boolean));
      const ends = (ps: { quoteEndsFor: string[] }[]) => ps.flatMap((p) => p.quoteEndsFor).sort();
      expect(ends(paragraphs.flat().flatMap((r) => r.pieces))).toEqual(ends(pieces));
      for (const runs of paragraphs) runs.forEach((r, i) => expect(r.quotedBy.length > 0 && (runs[i + 1]?.quotedBy.length ?? 0) > 0).toBe(false));
    }
  });

  it('numbers each paragraph with its line in the text, empty lines counted, as the date notes cite them', () => {
    expect(paragraphLines('one\n\ntwo\n')).toEqual([1, 3]);
    const texts = publishStory(realStory()).texts;
    for (const article of texts) {
      const lines = paragraphLines(article.text);
      const paragraphs = readerParagraphs(segmentArticle(article)).map((runs) => runs.map(text).join(''));
      expect(lines).toHaveLength(paragraphs.length);
      expect(lines.map((n) => article.text.split('\n')[n - 1])).toEqual(paragraphs);
    }
    // The summit's date note: '"Wednesday" in 001 (line 16, "الأربعاء")'.
    const a001 = texts.find((a) => articleNumber(a.id) === '001')!;
    const i = paragraphLines(a001.text).indexOf(16);
    expect(readerParagraphs(segmentArticle(a001))[i]!.map(text).join('')).toContain('الأربعاء');
  });
});

describe('articleNumber', () => {
  it.each([
    ['001_3195c2fdfc81bc12', '001'],
    ['afp-2023-09-14', 'afp-2023-09-14'],
  ])('%s is cited as %s', (id, n) => {
    expect(articleNumber(id)).toBe(n);
  });
});
