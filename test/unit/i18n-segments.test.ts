import { describe, expect, it } from 'vitest';
import { formatDay, formatEventDate, MESSAGES } from '../../src/lib/i18n';
import { en } from '../../src/lib/i18n/en';
import { segmentArticle } from '../../src/lib/story/segments';
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
    expect(keys(MESSAGES.ar).sort()).toEqual(keys(en).sort());
  });
});

describe('segmentArticle', () => {
  const story = realStory();
  const article = story.articles.find((a) => a.id === '004_c28bba0c94519a16')!;
  const pieces = segmentArticle(article, story.events);

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
