/**
 * Facts of the story itself, checked against the compiled data: the things a reader must be
 * able to answer, and the spellings the articles use.
 */
import { describe, expect, it } from 'vitest';
import { realPublished, realStory } from './fixtures';
import { indexStory, select, stepDay } from '../../src/lib/state/selection';
import { documentTitle } from '../../src/lib/state/document-title';
import { findClusters, mostEventful } from '../../src/lib/timeline/scale';

const story = realStory();
const event = (id: string) => story.events.find((e) => e.id === id)!;

describe('the dataset', () => {
  it('has the four venues under their contract ids, apart from the context places', () => {
    expect(
      story.places
        .filter((p) => p.main)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['komsomolsk', 'pyongyang', 'vladivostok', 'vostochny']);
  });

  it('has the five articles under their file ids, each with a bilingual title', () => {
    expect(story.articles.map((a) => a.id)).toEqual([
      '000_1e8c183490a7c6e5',
      '001_3195c2fdfc81bc12',
      '002_377a96dd035cca65',
      '003_cefe74131b09aea2',
      '004_c28bba0c94519a16',
    ]);
    for (const a of story.articles) expect(a.title.ar && a.title.en).toBeTruthy();
  });

  it('dates the articles with their basis: 002 stated, the others inferred', () => {
    expect(story.articles.map((a) => [a.published.date, a.published.basis])).toEqual([
      ['2023-07-28', 'inferred'],
      ['2023-09-17', 'inferred'],
      ['2023-09-16', 'stated'],
      ['2024-06-18', 'inferred'],
      ['2023-09-14', 'inferred'],
    ]);
  });

  it('names outlets only where the text does', () => {
    expect(story.articles.map((a) => a.outlet?.en ?? null)).toEqual([null, 'Erem News (eremnews.com)', null, null, 'AFP (wire copy)']);
  });

  it.each([
    ['pyongyang', ['بيونغ يانغ', 'بيونج يانج', 'بيونغيانج']],
    ['kim-jong-un', ['كيم جونغ أون', 'كيم جونج أون', 'كيم جونغ-أون']],
    ['sergei-shoigu', ['سيرجي شويغو', 'سيرغي شويغو']],
  ])('finds %s in every spelling the articles use', (id, spellings) => {
    const found = new Set(story.articles.flatMap((a) => a.mentions.filter((m) => m.id === id).map((m) => a.text.slice(m.start, m.end))));
    for (const s of spellings) expect(found).toContain(s);
  });

  it('has Kim at Vostochny with Putin on 13 September 2023, reported by four articles', () => {
    const e = event('vostochny-summit-2023');
    expect([e.first_day, e.venue, e.status]).toEqual(['2023-09-13', 'vostochny', 'done']);
    expect(e.attendees).toEqual(expect.arrayContaining(['kim-jong-un', 'vladimir-putin']));
    expect(e.reported_by.map((r) => r.article).sort()).toEqual([
      '001_3195c2fdfc81bc12',
      '002_377a96dd035cca65',
      '003_cefe74131b09aea2',
      '004_c28bba0c94519a16',
    ]);
  });

  it('marks what the articles only announce as announced', () => {
    for (const id of [
      'komsomolsk-aircraft-plants-2023',
      'pacific-fleet-display-2023',
      'far-eastern-university-visit-2023',
      'putin-kim-talks-pyongyang-2024',
      'pyongyang-welcome-parade-2024',
      'putin-concert-church-2024',
      'yoon-to-un-general-assembly-2023',
    ]) {
      expect(event(id).status, id).toBe('announced');
    }
  });

  it('places only the warship in Vladivostok on 16 September, and the bombers nowhere', () => {
    expect([event('vladivostok-bombers-warship-2023').venue, event('vladivostok-bombers-warship-2023').first_day]).toEqual(['vladivostok', '2023-09-16']);
    expect([event('strategic-bombers-inspection-2023').venue, event('strategic-bombers-inspection-2023').first_day]).toEqual([null, '2023-09-16']);
  });

  it('marks the venues that come from outside the articles as external', () => {
    expect([event('kozhemyako-gifts-2023').venue, event('kozhemyako-gifts-2023').venue_basis, event('kozhemyako-gifts-2023').date_basis]).toEqual([
      'vladivostok',
      'external',
      'external',
    ]);
    expect([event('kirby-statement-2024-06-17').venue, event('kirby-statement-2024-06-17').venue_basis]).toEqual(['washington', 'external']);
  });

  it('does not spell a place with the name of an institution in it', () => {
    const aliases = story.places.flatMap((p) => p.aliases);
    expect(aliases).toEqual(expect.arrayContaining(['موسكو', 'واشنطن']));
    expect(aliases).not.toContain('الكرملين');
    expect(aliases).not.toContain('البيت الأبيض');
  });

  it('starts with the 2000 context visit and ends in June 2024', () => {
    expect(story.events[0]!.first_day).toBe('2000-01-01');
    expect(story.events.reduce((m, e) => (e.last_day > m ? e.last_day : m), '')).toBe('2024-06-19');
  });

  it('gives every date that is not stated a note in both languages', () => {
    for (const e of story.events.filter((x) => x.date_basis !== 'stated')) {
      expect(e.date_note?.ar, e.id).toBeTruthy();
      expect(e.date_note?.en, e.id).toBeTruthy();
    }
  });
});

/**
 * What a reader sees on the story's key days: the selection logic on the real story. The
 * logic itself is tested on a tiny fixture (selection.test.ts, timeline-scale.test.ts,
 * document-title.test.ts); these are the story's facts, and change when an editor changes them.
 */
describe('the dataset, as the reader sees it', () => {
  const index = indexStory(realPublished());

  it('on 13 September 2023 highlights Vostochny, lists who was there and who reported it', () => {
    const s = select(index, '2023-09-13', null);
    expect(s.venues).toEqual(['vostochny']);
    expect(s.exact.map((e) => e.id)).toEqual([
      'vostochny-summit-2023',
      'vostochny-cosmodrome-tour-2023',
      'rifle-exchange-2023',
      'summit-statements-2023-09-13',
    ]);
    expect(s.people).toEqual(expect.arrayContaining(['kim-jong-un', 'vladimir-putin', 'sergei-shoigu', 'sergei-lavrov', 'denis-manturov']));
    expect(s.people).toHaveLength(5);
    expect(s.articles.sort()).toEqual(['001_3195c2fdfc81bc12', '002_377a96dd035cca65', '003_cefe74131b09aea2', '004_c28bba0c94519a16']);
    expect(s.approximate.map((e) => e.id)).toContain('pacific-fleet-display-2023');
    expect(s.earlierVenues).toContain('pyongyang');
  });

  it('has nothing between the armistice parade and the summit', () => {
    const { before, after } = select(index, '2023-08-15', null).nearest!;
    expect([before?.day, after?.day]).toEqual(['2023-07-28', '2023-09-13']);
  });

  it('on a day in May 2024 leads back to the Aurus gift, dated only to February 2024', () => {
    const { before } = select(index, '2024-05-19', null).nearest!;
    expect(before).toMatchObject({ day: '2024-02-29', event: { precision: 'month' } });
    expect(before!.event.title.en).toMatch(/Aurus/);
  });

  it('in June 2024 puts Putin in Pyongyang', () => {
    const s = select(index, '2024-06-19', null);
    expect(s.venues).toEqual(['pyongyang']);
    expect(s.exact.map((e) => e.id)).toContain('putin-state-visit-2024');
    expect(s.exact.find((e) => e.id === 'putin-kim-talks-pyongyang-2024')?.status).toBe('announced');
  });

  it('has one event at Komsomolsk, and Shoigu at Pyongyang, Vladivostok and Vostochny', () => {
    expect(select(index, '2023-09-13', { kind: 'venue', id: 'komsomolsk' }).focused.map((e) => e.id)).toEqual(['komsomolsk-aircraft-plants-2023']);
    expect(select(index, '2023-07-27', { kind: 'person', id: 'sergei-shoigu' }).focusVenues.sort()).toEqual(['pyongyang', 'vladivostok', 'vostochny']);
  });

  it('steps from the first event (2000) to the last one that starts (18 June 2024)', () => {
    expect(stepDay(index, '2023-09-13', 'first')).toBe('2000-01-01');
    expect(stepDay(index, '2023-09-13', 'last')).toBe('2024-06-18');
    expect(index.span).toEqual({ first: '2000-01-01', last: '2024-06-19' });
  });

  it('names the only event of 10 June 2024 in the title', () => {
    expect(documentTitle(index, select(index, '2024-06-10', null), 'en', 'App')).toBe('\u2068Kim visits munitions factories\u2069 · 10 June 2024 — App');
  });

  it('offers the cluster buttons the README lists: 2000, 2019, July 2023, September 2023, February 2024, June 2024', () => {
    const clusters = mostEventful(findClusters(story.events), 8).map((c) => [c.first, c.last]);
    expect(clusters).toEqual([
      ['2000-01-01', '2000-12-31'],
      ['2019-01-01', '2019-12-31'],
      ['2023-07-01', '2023-07-31'],
      ['2023-09-01', '2023-09-30'],
      ['2024-02-01', '2024-02-29'],
      ['2024-06-10', '2024-06-19'],
    ]);
  });
});
