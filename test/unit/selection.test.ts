/**
 * The selection logic on a tiny hand-written story (test/unit/fixtures.ts), one behaviour per
 * case, so that editing data/ can never break these tests. What the real story shows on its
 * key days is checked in test/unit/dataset.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { closestDay, indexStory, nearestEvents, select, stepDay } from '../../src/lib/state/selection';
import { syntheticPublished, tinyStory } from './fixtures';
import { addDays } from '../../src/lib/time/days';

const index = indexStory(tinyStory());
const ids = (events: { id: string }[]) => events.map((e) => e.id);
const nearDays = (n: ReturnType<typeof nearestEvents>) => ({ before: n.before?.day ?? null, after: n.after?.day ?? null });

describe('indexStory', () => {
  it('spans from the first event day to the last day an event covers', () => {
    expect(index.span).toEqual({ first: '2000-01-01', last: '2024-06-19' });
  });
  it('stops the arrow keys on the distinct days events start', () => {
    expect(index.eventDays).toEqual(['2000-01-01', '2023-07-27', '2023-07-28', '2023-09-01', '2023-09-13', '2023-09-14', '2024-06-18']);
  });
});

describe('select', () => {
  it('on a busy day highlights its venue, lists who was there and who reported it', () => {
    const s = select(index, '2023-09-13', null);
    expect(s.venues).toEqual(['airfield']);
    expect(s.people.sort()).toEqual(['envoy-d', 'leader-a', 'leader-b', 'minister-c']);
    expect(s.articles.sort()).toEqual(['art-1', 'art-2', 'art-3']);
    expect(s.nearest).toBeNull();
  });

  it("lists the day's events in reading order: what happened before what was said", () => {
    expect(ids(select(index, '2023-09-13', null).exact)).toEqual(['summit', 'tour', 'gift', 'statement']);
  });

  it('lists a done event before an announced one of the same kind', () => {
    expect(ids(select(index, '2024-06-18', null).exact)).toEqual(['state-visit', 'agreement', 'a-further-talks']);
  });

  it('keeps events dated only to the month apart from the day', () => {
    const s = select(index, '2023-09-13', null);
    expect(ids(s.approximate)).toEqual(['fleet-display']);
    expect(s.venues).not.toContain('harbour');
  });

  it('shows places visited earlier as earlier, not current', () => {
    const s = select(index, '2023-09-13', null);
    expect(s.earlierVenues).toEqual(['capital']);
  });

  it('on a day with no event offers the nearest before and after', () => {
    const s = select(index, '2023-08-15', null);
    expect(s.exact).toEqual([]);
    expect(s.venues).toEqual([]);
    expect(nearDays(s.nearest!)).toEqual({ before: '2023-07-28', after: '2023-09-13' });
  });

  it('on the second day of a range lists the range, with its status', () => {
    const s = select(index, '2024-06-19', null);
    expect(s.venues).toEqual(['capital']);
    expect(ids(s.exact)).toEqual(['state-visit']);
    expect(select(index, '2024-06-18', null).exact.find((e) => e.id === 'a-further-talks')?.status).toBe('announced');
  });

  it('with a venue in focus lists all of its events', () => {
    const s = select(index, '2023-09-13', { kind: 'venue', id: 'harbour' });
    expect(ids(s.focused)).toEqual(['fleet-display', 'harbour-visit']);
    expect(s.events).toEqual(s.focused);
    expect(s.focusVenues).toEqual(['harbour']);
  });

  it('with a person in focus lists their events and places', () => {
    const s = select(index, '2023-07-27', { kind: 'person', id: 'minister-c' });
    expect(ids(s.focused)).toEqual(['arrival', 'parade', 'fleet-display', 'tour', 'harbour-visit']);
    expect(s.focusVenues.sort()).toEqual(['airfield', 'capital', 'harbour']);
    expect(s.people).toContain('leader-a');
  });
});

describe('nearestEvents', () => {
  it('has no event before the first one', () => {
    expect(nearestEvents(index, '1999-01-01').before).toBeNull();
  });
  it('has no event after the last one', () => {
    expect(nearestEvents(index, '2024-12-01').after).toBeNull();
  });
  it('goes to the nearest day of an event dated to the day', () => {
    expect(nearDays(nearestEvents(index, '2023-09-05'))).toEqual({ before: '2023-07-28', after: '2023-09-13' });
    expect(nearestEvents(index, '2023-09-05').before?.event.id).toBe('parade');
  });
  it('passes over an event dated to its month that is listed on that day anyway', () => {
    // The September display covers 13 September, where it is listed with that day's events.
    expect(nearDays(nearestEvents(index, '2023-08-15'))).toEqual({ before: '2023-07-28', after: '2023-09-13' });
  });
  it('stops at an event dated only to its month or year that would be stepped over unseen', () => {
    const withGift = indexStory({
      ...tinyStory(),
      events: [
        ...tinyStory().events,
        { ...tinyStory().events.find((e) => e.id === 'fleet-display')!, id: 'february', start: '2024-02', first_day: '2024-02-01', last_day: '2024-02-29' },
      ],
    });
    const after = nearestEvents(withGift, '2023-10-20');
    expect([after.before?.day, after.after?.day, after.after?.event.id]).toEqual(['2023-09-14', '2024-02-01', 'february']);
    const before = nearestEvents(withGift, '2024-05-19');
    expect([before.before?.day, before.before?.event.id, before.after?.day]).toEqual(['2024-02-29', 'february', '2024-06-18']);
    // With no event dated to the day before it, the year-dated founding is the one before.
    expect(nearestEvents(index, '2023-06-01').before).toMatchObject({ day: '2000-12-31', event: { id: 'founding' } });
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
    expect(stepDay(index, '2023-09-13', 'next-event', { kind: 'venue', id: 'capital' })).toBe('2024-06-18');
  });
});

describe('closestDay', () => {
  it('picks the nearest, the earlier on a tie', () => {
    expect(closestDay(['2023-09-10', '2023-09-16'], '2023-09-13')).toBe('2023-09-10');
    expect(closestDay(['2023-09-10', '2023-09-15'], '2023-09-13')).toBe('2023-09-15');
    expect(closestDay([], '2023-09-13')).toBeNull();
  });
});

describe('select on a large story', () => {
  // The same answers as a plain pass over every event (the places visited earlier were one
  // before StoryIndex.venueFirstEnd), on every day of a 600-event synthetic story and around it.
  const big = syntheticPublished(600, 11);
  const bigIndex = indexStory(big);

  it('lists the same events and venues as a pass over all events, on every day', { timeout: 60_000 }, () => {
    let busyDays = 0;
    for (let day = addDays(bigIndex.span.first, -2); day <= addDays(bigIndex.span.last, 2); day = addDays(day, 1)) {
      const s = select(bigIndex, day, null);
      const covering = big.events.filter((e) => e.first_day <= day && day <= e.last_day);
      expect(new Set(ids([...s.exact, ...s.approximate]))).toEqual(new Set(ids(covering)));
      expect(new Set(s.earlierVenues)).toEqual(
        new Set(big.events.filter((e) => e.last_day < day && e.venue && !s.venues.includes(e.venue)).map((e) => e.venue)),
      );
      if (s.exact.length > 1) busyDays++;
    }
    // The story is dense enough for the comparison to mean something.
    expect(busyDays).toBeGreaterThan(50);
  });
});
