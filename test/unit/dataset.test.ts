/**
 * Facts of the story itself, checked against the compiled data: the things a reader must be
 * able to answer, and the spellings the articles use.
 */
import { describe, expect, it } from 'vitest';
import { realStory } from './fixtures';

const story = realStory();
const event = (id: string) => story.events.find((e) => e.id === id)!;

describe('the dataset', () => {
  it('has the four venues under their contract ids, apart from the context places', () => {
    expect(story.places.filter((p) => p.main).map((p) => p.id).sort()).toEqual(['komsomolsk', 'pyongyang', 'vladivostok', 'vostochny']);
  });

  it('has the five articles under their file ids, each with a bilingual title', () => {
    expect(story.articles.map((a) => a.id)).toEqual([
      '000_1e8c183490a7c6e5', '001_3195c2fdfc81bc12', '002_377a96dd035cca65', '003_cefe74131b09aea2', '004_c28bba0c94519a16',
    ]);
    for (const a of story.articles) expect(a.title.ar && a.title.en).toBeTruthy();
  });

  it('dates the articles with their basis: 002 stated, the others inferred', () => {
    expect(story.articles.map((a) => [a.published.date, a.published.basis])).toEqual([
      ['2023-07-28', 'inferred'], ['2023-09-17', 'inferred'], ['2023-09-16', 'stated'], ['2024-06-18', 'inferred'], ['2023-09-14', 'inferred'],
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
    expect(e.reported_by.map((r) => r.article).sort()).toEqual(['001_3195c2fdfc81bc12', '002_377a96dd035cca65', '003_cefe74131b09aea2', '004_c28bba0c94519a16']);
  });

  it('marks what the articles only announce as announced', () => {
    for (const id of ['komsomolsk-aircraft-plants-2023', 'pacific-fleet-display-2023', 'far-eastern-university-visit-2023', 'putin-kim-talks-pyongyang-2024',
      'pyongyang-welcome-parade-2024', 'putin-concert-church-2024', 'yoon-to-un-general-assembly-2023']) {
      expect(event(id).status, id).toBe('announced');
    }
  });

  it('places only the warship in Vladivostok on 16 September, and the bombers nowhere', () => {
    expect([event('vladivostok-bombers-warship-2023').venue, event('vladivostok-bombers-warship-2023').first_day]).toEqual(['vladivostok', '2023-09-16']);
    expect([event('strategic-bombers-inspection-2023').venue, event('strategic-bombers-inspection-2023').first_day]).toEqual([null, '2023-09-16']);
  });

  it('marks the venues that come from outside the articles as external', () => {
    expect([event('kozhemyako-gifts-2023').venue, event('kozhemyako-gifts-2023').venue_basis, event('kozhemyako-gifts-2023').date_basis]).toEqual(['vladivostok', 'external', 'external']);
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
