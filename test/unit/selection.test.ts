import { describe, expect, it } from 'vitest';
import { closestDay, indexStory, nearestEventDays, select, stepDay } from '../../src/lib/state/selection';
import { realPublished } from './fixtures';

const index = indexStory(realPublished());

describe('select (the real story)', () => {
  it('on 13 September 2023 highlights Vostochny, lists who was there and who reported it', () => {
    const s = select(index, '2023-09-13', null);
    expect(s.venues).toEqual(['vostochny']);
    expect(s.exact.map((e) => e.id)).toEqual(['vostochny-summit-2023', 'vostochny-cosmodrome-tour-2023', 'rifle-exchange-2023', 'summit-statements-2023-09-13']);
    expect(s.people).toEqual(expect.arrayContaining(['kim-jong-un', 'vladimir-putin', 'sergei-shoigu', 'sergei-lavrov', 'denis-manturov']));
    expect(s.people).toHaveLength(5);
    expect(s.articles.sort()).toEqual(['001_3195c2fdfc81bc12', '002_377a96dd035cca65', '003_cefe74131b09aea2', '004_c28bba0c94519a16']);
    expect(s.nearest).toBeNull();
  });

  it('keeps events dated only to the month apart from the day', () => {
    const s = select(index, '2023-09-13', null);
    expect(s.approximate.map((e) => e.id)).toContain('pacific-fleet-display-2023');
    expect(s.venues).not.toContain('vladivostok');
  });

  it('shows places visited earlier as earlier, not current', () => {
    const s = select(index, '2023-09-13', null);
    expect(s.earlierVenues).toContain('pyongyang');
    expect(s.earlierVenues).not.toContain('vostochny');
  });

  it('on a day with no event offers the nearest before and after', () => {
    const s = select(index, '2023-08-15', null);
    expect(s.exact).toEqual([]);
    expect(s.venues).toEqual([]);
    expect(s.nearest).toEqual({ before: '2023-07-28', after: '2023-09-13' });
  });

  it('in June 2024 puts Putin in Pyongyang', () => {
    const s = select(index, '2024-06-19', null);
    expect(s.venues).toEqual(['pyongyang']);
    expect(s.exact.map((e) => e.id)).toContain('putin-state-visit-2024');
    expect(s.exact.find((e) => e.id === 'putin-kim-talks-pyongyang-2024')?.status).toBe('announced');
  });

  it('with a venue in focus lists all of its events', () => {
    const s = select(index, '2023-09-13', { kind: 'venue', id: 'komsomolsk' });
    expect(s.focused.map((e) => e.id)).toEqual(['komsomolsk-aircraft-plants-2023']);
    expect(s.events).toEqual(s.focused);
    expect(s.focusVenues).toEqual(['komsomolsk']);
  });

  it('with a person in focus lists their events and places', () => {
    const s = select(index, '2023-07-27', { kind: 'person', id: 'sergei-shoigu' });
    expect(s.focused.every((e) => e.attendees.includes('sergei-shoigu'))).toBe(true);
    expect(s.focusVenues.sort()).toEqual(['pyongyang', 'vladivostok', 'vostochny']);
    expect(s.people).toContain('kim-jong-un');
  });
});

describe('nearestEventDays', () => {
  it('has no event before the first one', () => {
    expect(nearestEventDays(index, '1999-01-01').before).toBeNull();
  });
  it('has no event after the last one', () => {
    expect(nearestEventDays(index, '2024-12-01').after).toBeNull();
  });
});

describe('stepDay', () => {
  it.each([
    ['next-event', '2023-09-13', '2023-09-14'],
    ['previous-event', '2023-09-13', '2023-09-01'],
    ['next-event', '2023-08-15', '2023-09-01'],
    ['next-day', '2023-09-13', '2023-09-14'],
    ['previous-day', '2023-09-01', '2023-08-31'],
    ['next-month', '2023-09-13', '2023-10-13'],
    ['previous-month', '2023-09-13', '2023-08-13'],
    ['first', '2023-09-13', '2000-01-01'],
    ['last', '2023-09-13', '2024-06-18'],
  ] as const)('%s from %s goes to %s', (step, from, to) => {
    expect(stepDay(index, from, step)).toBe(to);
  });

  it('stays on the last event when there is no next one', () => {
    expect(stepDay(index, '2024-06-18', 'next-event')).toBe('2024-06-18');
  });

  it('never leaves the story span by days or months', () => {
    expect(stepDay(index, '2024-06-19', 'next-month')).toBe('2024-06-19');
    expect(stepDay(index, '2000-01-01', 'previous-day')).toBe('2000-01-01');
  });

  it('with a focus stops only on that focus’s events', () => {
    expect(stepDay(index, '2023-09-13', 'next-event', { kind: 'venue', id: 'pyongyang' })).toBe('2024-06-18');
  });
});

describe('closestDay', () => {
  it('picks the nearest, the earlier on a tie', () => {
    expect(closestDay(['2023-09-10', '2023-09-16'], '2023-09-13')).toBe('2023-09-10');
    expect(closestDay(['2023-09-10', '2023-09-15'], '2023-09-13')).toBe('2023-09-15');
    expect(closestDay([], '2023-09-13')).toBeNull();
  });
});
