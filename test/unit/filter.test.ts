/**
 * Filters by kind of event (issue #17): the pure derivation (filter.ts, filter-view.ts), its
 * URL parameters `category` and `status`, and the embed messages that carry them.
 */
import { describe, expect, it } from 'vitest';
import { tinyStory, realPublished } from './fixtures';
import { indexStory, select, stepDay } from '../../src/lib/state/selection';
import { filterIndex, makeFilter, shows, SHOW_ALL, showsAll } from '../../src/lib/state/filter';
import { hiddenCounts, toggleCategory, toggleStatus } from '../../src/lib/state/filter-view';
import { decodeUrl, encodeUrl, filterOf } from '../../src/lib/state/url';
import { parseHostMessage, selectionMessage } from '../../src/lib/embed/protocol';
import { CATEGORIES, type Category } from '../../src/lib/story/types';

const real = indexStory(realPublished());
const known = { venues: new Set(real.placeById.keys()), people: new Set(real.personById.keys()), span: real.span };

describe('makeFilter', () => {
  it.each([
    [null, null, SHOW_ALL],
    [['talks', 'visit'], null, { categories: ['visit', 'talks'], status: null }],
    [[...CATEGORIES], 'done', { categories: null, status: 'done' }],
  ] as const)('%j %j → %j', (categories, status, expected) => {
    expect(makeFilter(categories, status)).toEqual(expected);
  });
});

describe('toggleCategory and toggleStatus', () => {
  const used: Category[] = ['visit', 'talks', 'reaction'];
  it.each([
    ['hiding one of all lists the others', SHOW_ALL, 'talks', { categories: ['visit', 'reaction'], status: null }],
    ['showing the last hidden one shows all', makeFilter(['visit', 'reaction'], null), 'talks', SHOW_ALL],
    ['the last shown one stays', makeFilter(['visit'], null), 'visit', makeFilter(['visit'], null)],
  ] as const)('%s', (_name, f, c, expected) => {
    expect(toggleCategory(f, c, used)).toEqual(expected);
  });

  it.each([
    ['hiding announced shows done only', SHOW_ALL, 'announced', { categories: null, status: 'done' }],
    ['showing announced again shows both', { categories: null, status: 'done' }, 'announced', SHOW_ALL],
    ['the last shown status stays', { categories: null, status: 'done' }, 'done', { categories: null, status: 'done' }],
  ] as const)('%s', (_name, f, s, expected) => {
    expect(toggleStatus(f, s)).toEqual(expected);
  });
});

describe('filterIndex', () => {
  it('is the index itself when everything shows', () => {
    expect(filterIndex(real, SHOW_ALL)).toBe(real);
  });

  it('keeps only the shown events, their days, and every lookup and the span', () => {
    const f = makeFilter(['reaction'], null);
    const shown = filterIndex(real, f);
    expect(shown.story.events.length).toBeGreaterThan(0);
    expect(shown.story.events.every((e) => e.category === 'reaction')).toBe(true);
    expect(shown.eventDays).toEqual([...new Set(shown.story.events.map((e) => e.first_day))].sort());
    expect(shown.span).toEqual(real.span);
    expect(shown.eventById.size).toBe(real.eventById.size);
    expect(shown.eventPosition).toBe(real.eventPosition);
  });

  it('hides the day’s venues of hidden kinds from the selection (the map’s highlights) and the panel', () => {
    // 13 September 2023: the Vostochny summit (talks), tour, gift, statements.
    const all = select(real, '2023-09-13', null);
    expect(all.venues).toEqual(['vostochny']);
    const reactions = select(filterIndex(real, makeFilter(['reaction'], null)), '2023-09-13', null);
    expect(reactions.exact.map((e) => e.category)).toEqual(['reaction']);
    expect(reactions.venues).toEqual([]);
  });

  it('steps over days whose events are all hidden', () => {
    const announced = filterIndex(real, makeFilter(null, 'announced'));
    const next = stepDay(announced, '2023-09-13', 'next-event');
    expect(announced.story.events.filter((e) => e.first_day === next).every((e) => e.status === 'announced')).toBe(true);
    expect(next > '2023-09-13').toBe(true);
    expect(stepDay(real, '2023-09-13', 'next-event')).not.toBe(next);
  });

  it('shows and showsAll', () => {
    expect(showsAll(SHOW_ALL)).toBe(true);
    expect(shows(makeFilter(['visit'], 'done'), { category: 'visit', status: 'announced' })).toBe(false);
    expect(shows(makeFilter(['visit'], 'done'), { category: 'visit', status: 'done' })).toBe(true);
  });
});

describe('hiddenCounts', () => {
  it('counts the hidden events in the story and on the day (or in the focus)', () => {
    const f = makeFilter(['reaction'], null);
    const day = hiddenCounts(real, f, '2023-09-13', null);
    expect(day.total).toBe(real.story.events.length);
    expect(day.hidden).toBe(real.story.events.filter((e) => e.category !== 'reaction').length);
    const dayEvents = select(real, '2023-09-13', null).exact;
    expect(day.here).toBe(dayEvents.filter((e) => e.category !== 'reaction').length);
    expect(hiddenCounts(real, SHOW_ALL, '2023-09-13', null)).toEqual({ total: real.story.events.length, hidden: 0, here: 0 });
  });

  it('works on the tiny story too', () => {
    const tiny = indexStory(tinyStory());
    const f = makeFilter(null, 'done');
    expect(hiddenCounts(tiny, f, tiny.span.first, null).hidden).toBe(tiny.story.events.filter((e) => e.status === 'announced').length);
  });
});

describe('URL parameters category and status', () => {
  it('reads them', () => {
    expect(decodeUrl('?category=talks,visit&status=done', known)).toEqual({ intent: { category: ['visit', 'talks'], status: 'done' }, warnings: [] });
    expect(filterOf({ category: ['visit', 'talks'], status: 'done' })).toEqual({ categories: ['visit', 'talks'], status: 'done' });
    expect(filterOf({})).toEqual(SHOW_ALL);
  });

  it.each([
    ['?category=', 'category'],
    ['?category=visit,parties', 'category'],
    ['?category=VISIT', 'category'],
    ['?status=both', 'status'],
    ['?status=', 'status'],
  ])('ignores %s with a warning', (search, key) => {
    const { intent, warnings } = decodeUrl(search, known);
    expect(intent).toEqual({});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`Ignoring URL parameter ${key}=`);
  });

  it('writes them with readable commas, after foreign parameters', () => {
    expect(encodeUrl('?utm=1', { date: '2023-09-13', category: ['visit', 'talks'], status: 'announced' })).toBe(
      '?utm=1&date=2023-09-13&category=visit,talks&status=announced',
    );
  });

  it('reads back what it writes', () => {
    const intent = { date: '2023-09-13', category: ['visit', 'reaction'] as Category[], status: 'done' as const };
    expect(decodeUrl(encodeUrl('', intent), known).intent).toEqual(intent);
  });
});

describe('atlas:select with category and status, atlas:selection reporting them', () => {
  it.each([
    [
      { type: 'atlas:select', category: ['talks', 'visit'] },
      { type: 'atlas:select', category: ['visit', 'talks'] },
    ],
    [
      { type: 'atlas:select', category: null, status: 'announced' },
      { type: 'atlas:select', category: null, status: 'announced' },
    ],
    [
      { type: 'atlas:select', status: null, date: '2023-09-13' },
      { type: 'atlas:select', status: null, date: '2023-09-13' },
    ],
  ])('accepts %j', (data, command) => {
    expect(parseHostMessage(data, known)).toEqual({ command });
  });

  it.each([
    [{ type: 'atlas:select', category: [] }],
    [{ type: 'atlas:select', category: 'visit' }],
    [{ type: 'atlas:select', category: ['visit', 'party'] }],
    [{ type: 'atlas:select', status: 'both' }],
  ])('ignores %j', (data) => {
    expect(parseHostMessage(data, known)).toHaveProperty('ignored');
  });

  it('reports the shown categories and the status', () => {
    const s = select(real, '2023-09-13', null);
    expect(selectionMessage(s, 'en')).toMatchObject({ category: [...CATEGORIES], status: null });
    expect(selectionMessage(s, 'en', null, makeFilter(['reaction'], 'done'))).toMatchObject({ category: ['reaction'], status: 'done' });
  });
});
