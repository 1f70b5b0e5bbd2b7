/**
 * The guided tour (#16): data/tour.yaml through the checker (the real tour, and broken copies
 * that must each give one file:line:field message), the pure step logic (src/lib/tour), the
 * URL's `step`, the `atlas:step` message, and AppState's tour commands on the small fixture
 * story (test/fixtures/other-story, which has a three-step tour).
 */
import { describe, expect, it } from 'vitest';
import { compileStory, formatProblem, type StorySources } from '../../src/lib/story/compile';
import { readStorySources } from '../../scripts/story-files';
import { countSentences } from '../../src/lib/story/tour-source';
import { publishStory } from '../../src/lib/story/publish';
import { onlyLanguage } from '../../src/lib/story/languages';
import { decodeStep, isOnStep, neighbour, stepArticles, stepAt, stepIntent, swipeMove, tourKey } from '../../src/lib/tour/tour';
import { decodeUrl, encodeUrl, type UrlKnown } from '../../src/lib/state/url';
import { parseHostMessage, selectionMessage } from '../../src/lib/embed/protocol';
import { AppState, type StorySources as AppSources } from '../../src/app/state.svelte';
import { fixturePublished, fixtureStory } from './state-fixture';
import type { Messages } from '../../src/lib/i18n';
import type { ArticleText, TourStop } from '../../src/lib/story/types';

const real = readStorySources('.');

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

/** The real sources with one edit to data/tour.yaml. */
function brokenTour(from: string, to: string): StorySources {
  expect(real.tour).toContain(from);
  return { ...real, tour: real.tour!.replace(from, to) };
}

function problems(src: StorySources) {
  const result = compileStory(src);
  return {
    story: result.story,
    errors: result.problems.filter((p) => p.severity === 'error'),
    warnings: result.problems.filter((p) => p.severity === 'warning'),
  };
}

describe('data/tour.yaml, the real tour', () => {
  const result = compileStory(real);
  const story = result.story!;

  it('compiles with no problem, 8 to 12 steps', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(story.tour.length).toBeGreaterThanOrEqual(8);
    expect(story.tour.length).toBeLessThanOrEqual(12);
  });

  it('runs from the July 2023 parade, through Vostochny and Vladivostok, to the June 2024 visit', () => {
    const ids = story.tour.map((s) => s.id);
    expect(story.tour[0]).toMatchObject({ day: '2023-07-27', focus: { kind: 'venue', id: 'pyongyang' } });
    expect(story.tour.at(-1)!.day).toBe('2024-06-18');
    const events = story.tour.flatMap((s) => s.events);
    for (const e of [
      'victory-day-parade-2023',
      'vostochny-summit-2023',
      'vladivostok-bombers-warship-2023',
      'komsomolsk-aircraft-plants-2023',
      'putin-state-visit-2024',
    ]) {
      expect(events).toContain(e);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every step a caption of two or three sentences in both languages, resting on events or quotes', () => {
    for (const s of story.tour) {
      for (const lang of ['ar', 'en'] as const) {
        expect(s.caption[lang].length, `${s.id} ${lang}`).toBeGreaterThan(40);
        expect(countSentences(s.caption[lang]), `${s.id} ${lang}`).toBeGreaterThanOrEqual(2);
        expect(countSentences(s.caption[lang]), `${s.id} ${lang}`).toBeLessThanOrEqual(3);
      }
      expect(s.events.length + s.quotes.length, s.id).toBeGreaterThan(0);
    }
  });

  it('keeps the events a step rests on on or before its day (a caption never tells what comes later)', () => {
    const byId = new Map(story.events.map((e) => [e.id, e]));
    for (const s of story.tour) for (const e of s.events) expect(byId.get(e)!.first_day <= s.day, `${s.id}: ${e}`).toBe(true);
  });

  it('says announced things as announced: a step resting on an announced event says so in both languages', () => {
    const byId = new Map(story.events.map((e) => [e.id, e]));
    for (const s of story.tour.filter((x) => x.events.some((e) => byId.get(e)!.status === 'announced'))) {
      expect(s.caption.en, s.id).toMatch(/announced|scheduled|expected|plan/);
      expect(s.caption.ar, s.id).toMatch(/أعلن|من المقرر|من المتوقع|سيتوجه/);
    }
  });

  it('finds each quote in its article and records where', () => {
    const texts = new Map(story.articles.map((a) => [a.id, a.text]));
    const quotes = story.tour.flatMap((s) => s.quotes);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(texts.get(q.article)!.slice(q.start, q.end)).toBe(q.text);
  });

  it('ships only what each step selects in the story file, and the words apart, one language each', () => {
    const published = publishStory(story);
    expect(published.story.tour[0]).toEqual({ day: '2023-07-27', focus: { kind: 'venue', id: 'pyongyang' }, fit: ['pyongyang'] });
    expect(published.tour).toHaveLength(story.tour.length);
    expect(JSON.stringify(onlyLanguage(published.story, 'en').tour)).not.toContain('caption');
  });

  it('a story without data/tour.yaml has an empty tour', () => {
    const { tour: _tour, ...withoutTour } = real;
    expect(compileStory(withoutTour).story!.tour).toEqual([]);
  });
});

describe('data/tour.yaml, broken copies', () => {
  it.each([
    {
      name: 'an event id that does not exist',
      from: 'events: [victory-day-parade-2023,',
      to: 'events: [victory-day-parade-2032,',
      needle: 'victory-day-parade-2032',
      field: 'events[0]',
      message: 'no event with the id "victory-day-parade-2032"',
    },
    {
      name: 'a day outside the story',
      from: 'day: 2023-07-27',
      to: 'day: 2025-07-27',
      needle: '2025-07-27',
      field: 'day',
      message: 'outside the story, which runs from 2000-01-01 to 2024-06-19',
    },
    {
      name: 'a day that is not in the calendar',
      from: 'day: 2023-07-27',
      to: 'day: 2023-02-30',
      needle: '2023-02-30',
      field: 'day',
      message: 'not a real calendar day',
    },
    {
      name: 'a quote that is not verbatim',
      from: 'text: وقال المراقبون إن الشحنة',
      to: 'text: وقال المحللون إن الشحنة',
      needle: 'وقال المحللون',
      field: 'quotes[0].text',
      message: 'this quote is not in article 003_cefe74131b09aea2',
    },
    {
      name: 'a focus on an unknown place',
      from: 'focus: { venue: vostochny }',
      to: 'focus: { venue: baikonur }',
      needle: 'baikonur',
      field: 'focus.venue',
      message: 'no place with the id "baikonur"',
    },
    {
      name: 'a focus that is neither a venue nor a person',
      from: 'focus: { venue: vostochny }',
      to: 'focus: { place: vostochny }',
      needle: 'focus: { place',
      field: 'focus',
      message: '{ venue: <place id> } or { person: <person id> }',
    },
    {
      name: 'a fit on an unknown place',
      from: 'fit: [vostochny]',
      to: 'fit: [vostochnyy]',
      needle: 'fit: [vostochnyy]',
      field: 'fit[0]',
      message: 'no place with the id "vostochnyy"',
    },
    {
      name: 'a misspelt field',
      from: '  fit: [vostochny]',
      to: '  fits: [vostochny]',
      needle: 'fits:',
      field: 'fits',
      message: 'did you mean "fit"?',
    },
  ])('names $name with file, line and field', ({ from, to, needle, field, message }) => {
    const src = brokenTour(from, to);
    const { story, errors } = problems(src);
    expect(story).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'data/tour.yaml', line: lineOf(src.tour!, needle), field });
    expect(errors[0]!.record).toMatch(/^step "/);
    expect(errors[0]!.message).toContain(message);
  });

  it('refuses a caption in one language only (a warning elsewhere, an error here: the tour is read in both)', () => {
    const src = brokenTour('  caption:\n    ar: >-\n      في 27 يوليو', '  caption: One language only.\n  old_caption:\n    ar: >-\n      في 27 يوليو');
    const { errors } = problems(src);
    expect(errors.map((e) => e.field)).toContain('caption');
    expect(errors.find((e) => e.field === 'caption')!.message).toContain('one language only');
  });

  it('refuses a caption with a language missing', () => {
    const src = brokenTour('    en: >-\n      On 27 July 2023', '    fr: >-\n      On 27 July 2023');
    const fields = problems(src).errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['caption.en', 'caption.fr']));
  });

  it('refuses a step that cites neither events nor quotes', () => {
    const src = brokenTour('  events: [g7-condemns-2024-06, kirby-statement-2024-06-17]\n', '');
    const { errors } = problems(src);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ record: 'step "before-the-visit"', field: 'caption' });
  });

  it('warns about a caption of more than three sentences', () => {
    const src = brokenTour(
      'the end of the summit Kim invited Putin to visit North Korea, and Putin accepted.',
      'the end of the summit Kim invited Putin. He accepted. It was late.',
    );
    const { story, warnings } = problems(src);
    expect(story).not.toBeNull();
    expect(warnings.map((w) => w.field)).toEqual(['caption.en']);
  });

  it('refuses a repeated step id', () => {
    const src = brokenTour('- id: before-2023', '- id: armistice-parade');
    expect(problems(src).errors[0]).toMatchObject({ field: 'id', line: lineOf(src.tour!, '- id: armistice-parade\n  day: 2019') });
  });
});

describe('countSentences', () => {
  it.each([
    ['One. Two.', 2],
    ['One sentence with “a quoted. part” inside.', 1],
    ['جملة أولى. جملة ثانية؟ ثالثة!', 3],
    ['قال: «لسنا قلقين. ما يقلقنا هو التعميق». وانتهى.', 2],
    ['No full stop', 1],
  ])('countSentences(%j) is %i', (text, n) => expect(countSentences(text)).toBe(n));
});

const stops: TourStop[] = [
  { day: '2023-07-27', focus: { kind: 'venue', id: 'pyongyang' }, fit: ['pyongyang'] },
  { day: '2023-09-13', focus: { kind: 'person', id: 'kim-jong-un' }, fit: [] },
  { day: '2024-06-18', focus: null, fit: [] },
];

describe('step logic (src/lib/tour)', () => {
  it.each([
    [1, 0],
    [3, 2],
    [0, null],
    [4, null],
    [1.5, null],
    [null, null],
  ])('stepAt(tour, %j) is step index %j', (n, index) => expect(stepAt(stops, n)).toBe(index === null ? null : stops[index]));

  it.each([
    ['1', 3, 1],
    ['3', 3, 3],
    ['4', 3, undefined],
    ['0', 3, undefined],
    ['01', 3, undefined],
    ['1.0', 3, undefined],
    [' 2', 3, undefined],
    ['2', 0, undefined],
    [2, 3, 2],
    [2.5, 3, undefined],
    [NaN, 3, undefined],
    [null, 3, undefined],
  ])('decodeStep(%j, %i) is %j', (raw, count, out) => expect(decodeStep(raw, count)).toBe(out));

  it.each([
    [1, 'next', 2],
    [3, 'next', null],
    [1, 'prev', null],
    [3, 'prev', 2],
  ] as const)('neighbour(%i, %s, 3) is %j', (n, move, out) => expect(neighbour(n, move, 3)).toBe(out));

  it('stepIntent gives the day, the focus and the fit together', () => {
    expect(stepIntent(stops[0]!)).toEqual({ day: '2023-07-27', focus: { kind: 'venue', id: 'pyongyang' }, fit: ['pyongyang'] });
    expect(stepIntent(stops[2]!)).toEqual({ day: '2024-06-18', focus: null, fit: [] });
  });

  it.each([
    ['the same day and focus', 0, '2023-07-27', { kind: 'venue', id: 'pyongyang' }, true],
    ['another day', 0, '2023-07-28', { kind: 'venue', id: 'pyongyang' }, false],
    ['another focus', 0, '2023-07-27', { kind: 'venue', id: 'moscow' }, false],
    ['no focus where the step has one', 0, '2023-07-27', null, false],
    ['a focus of the other kind with the same id', 1, '2023-09-13', { kind: 'venue', id: 'kim-jong-un' }, false],
    ['a focus where the step has none', 2, '2024-06-18', { kind: 'venue', id: 'pyongyang' }, false],
    ['no focus where the step has none', 2, '2024-06-18', null, true],
  ] as const)('isOnStep: %s', (_name, i, day, focus, on) => expect(isOnStep(stops[i]!, day, focus)).toBe(on));

  it.each([
    ['ArrowRight', 'ltr', 'next'],
    ['ArrowLeft', 'ltr', 'prev'],
    ['ArrowRight', 'rtl', 'prev'],
    ['ArrowLeft', 'rtl', 'next'],
    ['ArrowUp', 'ltr', null],
    ['Enter', 'rtl', null],
  ] as const)('tourKey(%s, %s) is %j', (key, dir, out) => expect(tourKey(key, dir)).toBe(out));

  it.each([
    [-80, 5, 'ltr', 'next'],
    [80, 5, 'ltr', 'prev'],
    [80, 5, 'rtl', 'next'],
    [-80, 5, 'rtl', 'prev'],
    [-20, 0, 'ltr', null],
    [-60, 60, 'ltr', null],
    [0, -200, 'rtl', null],
  ] as const)('swipeMove(%i, %i, %s) is %j', (dx, dy, dir, out) => expect(swipeMove(dx, dy, dir)).toBe(out));

  it('stepArticles lists the quotes’ articles, then the events’ reporting articles, each once', () => {
    const reports: Record<string, { article: string }[]> = { a: [{ article: 'x' }, { article: 'y' }], b: [{ article: 'y' }, { article: 'z' }] };
    expect(stepArticles({ events: ['a', 'b'], quotes: [{ article: 'z', text: '', start: 0, end: 0 }] }, (id) => reports[id] ?? [])).toEqual(['z', 'x', 'y']);
  });
});

describe('the URL parameter step', () => {
  const known: UrlKnown = { venues: new Set(['pyongyang']), people: new Set(), span: { first: '2000-01-01', last: '2024-06-19' }, steps: 12 };

  it('is read from 1 to the number of steps, with lang', () => {
    expect(decodeUrl('?step=3&lang=en', known)).toEqual({ intent: { step: 3, lang: 'en' }, warnings: [] });
    expect(decodeUrl('?step=12', known).intent.step).toBe(12);
  });

  it.each(['0', '13', 'x', '2.5', '-1', ''])('ignores step=%j with a warning, and keeps the rest', (raw) => {
    const { intent, warnings } = decodeUrl(`?step=${raw}&date=2023-09-13`, known);
    expect(intent).toEqual({ date: '2023-09-13' });
    expect(warnings).toEqual([`Ignoring URL parameter step=${JSON.stringify(raw)}: expected the number of a step of the tour, from 1.`]);
  });

  it('ignores any step in a story with no tour', () => {
    expect(decodeUrl('?step=1', { ...known, steps: 0 }).intent).toEqual({});
  });

  it('is written after the others, and foreign parameters are kept', () => {
    expect(encodeUrl('?ref=x', { date: '2023-07-27', venue: 'pyongyang', lang: 'ar', step: 1 })).toBe('?ref=x&date=2023-07-27&venue=pyongyang&lang=ar&step=1');
  });
});

describe('the message atlas:step', () => {
  const known: UrlKnown = { venues: new Set(), people: new Set(), span: { first: '2000-01-01', last: '2024-06-19' }, steps: 3 };
  it.each([
    [{ type: 'atlas:step', step: 1 }, { command: { type: 'atlas:step', step: 1 } }],
    [{ type: 'atlas:step', step: 3 }, { command: { type: 'atlas:step', step: 3 } }],
    [{ type: 'atlas:step', step: null }, { command: { type: 'atlas:step', step: null } }],
  ])('obeys %j', (data, out) => expect(parseHostMessage(data, known)).toEqual(out));

  it.each([
    { type: 'atlas:step', step: 0 },
    { type: 'atlas:step', step: 4 },
    { type: 'atlas:step', step: '2' },
    { type: 'atlas:step', step: 1.5 },
    { type: 'atlas:step' },
  ])('ignores %j with a reason', (data) =>
    expect(parseHostMessage(data, known)).toEqual({ ignored: "step must be a whole number from 1 to 3 (the tour's steps), or null" }),
  );
});

function sources(): AppSources {
  const { tour } = fixtureStory();
  return {
    story: async () => fixturePublished(),
    messages: async () => ({}) as unknown as Messages,
    details: async () => [],
    articleText: async (id) =>
      ({ id, text: '', furniture: [], mentions: [], quotes: [], notes: { outlet: { ar: '', en: '' }, published: { ar: '', en: '' } } }) as ArticleText,
    tourWords: async () => tour,
  };
}

function loaded(intent: Parameters<AppState['load']>[1] = {}, embedded = false): AppState {
  const app = new AppState(embedded, sources());
  app.messages = { ar: {} as unknown as Messages };
  app.load(fixturePublished(), intent, 'ar');
  return app;
}

describe('AppState tour commands (other-story: opening, finale, praise)', () => {
  it('goToStep sets the day and focus together as one choice, and the URL carries the step', () => {
    const app = loaded();
    const pushes = app.pushes;
    app.goToStep(2);
    expect(app.day).toBe('2025-02-14');
    expect(app.focus).toEqual({ kind: 'person', id: 'joao-pereira' });
    expect(app.shownStep).toBe(2);
    expect(app.pushes).toBe(pushes + 1);
    expect(app.toUrl()).toEqual({ date: '2025-02-14', lang: 'ar', person: 'joao-pereira', step: 2 });
  });

  it('moveStep goes next and back, and not past either end', () => {
    const app = loaded();
    app.goToStep(1);
    app.moveStep('prev');
    expect(app.tourStep).toBe(1);
    app.moveStep('next');
    app.moveStep('next');
    app.moveStep('next');
    expect(app.tourStep).toBe(3);
    expect(app.focus).toBeNull();
    expect(app.day).toBe('2025-03-03');
    app.moveStep('prev');
    expect(app.day).toBe('2025-02-14');
  });

  it('free exploration pauses the tour without losing the step; resuming returns to it', () => {
    const app = loaded();
    app.goToStep(1);
    expect(app.mapFit).toEqual(['lisbon', 'porto']);
    app.moveTo('2024-11-15', 'replace');
    expect(app.tourPaused).toBe(true);
    expect(app.tourStep).toBe(1);
    expect(app.shownStep).toBeNull();
    expect(app.mapFit).toBeNull();
    expect(app.toUrl().step).toBeUndefined();
    app.moveStep('next');
    expect(app.shownStep).toBe(2);
    app.setFocus({ kind: 'venue', id: 'madrid' });
    expect(app.tourPaused).toBe(true);
    app.goToStep(app.tourStep!);
    expect(app.tourPaused).toBe(false);
  });

  it('leaveTour keeps the day and the focus', () => {
    const app = loaded();
    app.goToStep(2);
    app.leaveTour();
    expect(app.tourStep).toBeNull();
    expect(app.day).toBe('2025-02-14');
    expect(app.focus).toEqual({ kind: 'person', id: 'joao-pereira' });
    expect(app.toUrl().step).toBeUndefined();
  });

  it('opens at the URL’s step, which wins over its date', () => {
    const app = loaded({ step: 3, date: '2024-03-10', lang: 'ar' });
    expect(app.shownStep).toBe(3);
    expect(app.day).toBe('2025-03-03');
  });

  it('Back to an entry with a step goes to that step; to one without leaves the tour', () => {
    const app = loaded();
    app.goToStep(2);
    app.applyUrl({ step: 1, lang: 'ar' });
    expect(app.shownStep).toBe(1);
    app.applyUrl({ date: '2024-11-15', lang: 'ar' });
    expect(app.tourStep).toBeNull();
    expect(app.day).toBe('2024-11-15');
  });

  it('stops playback and loads the words of the reading language', async () => {
    const app = loaded();
    app.playing = true;
    app.goToStep(1);
    expect(app.playing).toBe(false);
    await app.tourWords.request('ar');
    expect(app.stepCaption).toBe('أحيت الأوركسترا حفلها الأول في لشبونة.');
  });

  it('tells a host the shown step in atlas:selection', () => {
    const app = loaded({}, true);
    app.goToStep(1);
    expect(selectionMessage(app.selection!, 'en', app.shownStep)).toMatchObject({ type: 'atlas:selection', date: '2024-03-10', step: 1 });
    app.moveTo('2024-11-15', 'replace');
    expect(selectionMessage(app.selection!, 'en', app.shownStep).step).toBeNull();
  });
});
