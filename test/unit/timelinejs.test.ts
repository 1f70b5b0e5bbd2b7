import { describe, expect, it } from 'vitest';
import { timelineJson, tlDate } from '../../scripts/bench/timelinejs';
import { compare, comparisonSummary, runOrder, type LoadFigures } from '../../scripts/bench/compare';
import { realStory } from './fixtures';

describe('the story as TimelineJS slides (benchmark comparison)', () => {
  it('writes dates to the precision the data has', () => {
    expect(tlDate('2023')).toEqual({ year: 2023 });
    expect(tlDate('2023-09')).toEqual({ year: 2023, month: 9 });
    expect(tlDate('2023-09-13')).toEqual({ year: 2023, month: 9, day: 13 });
    expect(() => tlDate('13/09/2023')).toThrow();
  });

  it('makes one slide per event, after a title slide, in each language', () => {
    const story = realStory();
    for (const lang of ['ar', 'en'] as const) {
      const tl = timelineJson(story, lang);
      expect(tl.title.text.headline).toBe(story.meta.title[lang]);
      expect(tl.events).toHaveLength(story.events.length);
      for (const [i, e] of story.events.entries()) {
        const slide = tl.events[i]!;
        expect(slide.unique_id).toBe(e.id);
        expect(slide.start_date).toEqual(tlDate(e.start));
        expect(slide.end_date).toEqual(e.end ? tlDate(e.end) : undefined);
        expect(Object.keys(slide.start_date)).toHaveLength(e.precision === 'year' ? 1 : e.precision === 'month' ? 2 : 3);
      }
    }
  });

  it('puts the title as the headline and the summary as the text, escaped as HTML', () => {
    const e = realStory().events[0]!;
    const story = {
      meta: realStory().meta,
      events: [{ ...e, start: '2023-09', end: null, title: { ar: 'قمة <ب>', en: 'Summit & <b>' }, summary: { ar: 'ملخص', en: 'A "summary"' } }],
    };
    expect(timelineJson(story, 'en').events[0]).toEqual({
      unique_id: e.id,
      start_date: { year: 2023, month: 9 },
      text: { headline: 'Summit &amp; &lt;b&gt;', text: 'A &quot;summary&quot;' },
    });
    expect(timelineJson(story, 'ar').events[0]!.text).toEqual({ headline: 'قمة &lt;ب&gt;', text: 'ملخص' });
  });
});

describe('the comparison with TimelineJS', () => {
  const load = (fcp: number, moment: number, bytes: number): LoadFigures => ({
    fcp,
    storyText: fcp,
    moment,
    interactiveMark: moment,
    bytes: { total: bytes, html: 0, js: bytes, css: 0, data: 0, font: 0, other: 0 },
    files: 1,
    offMachine: [],
  });

  it('interleaves each of our pages with TimelineJS in its language, and the bare view beside them', () => {
    expect(runOrder(4).map((c) => `${c.page}.${c.lang}`)).toEqual([
      'index.ar',
      'timelinejs.ar',
      'bare.ar',
      'index.en',
      'timelinejs.en',
      'bare.en',
      'embed.ar',
      'embed.en',
    ]);
  });

  it('reports the bare view as a floor beside the ratios, not as a target or a page of ours', () => {
    const c = compare(
      {
        'index.ar.cpu1x': [load(300, 400, 50)],
        'timelinejs.ar.cpu1x': [load(200, 600, 100)],
        // Its story text comes a frame after its first paint: the later one counts.
        'bare.ar.cpu1x': [{ ...load(220, 240, 0), storyText: 240 }],
      },
      [1],
      '3.9.11',
    );
    expect(c.floors).toEqual([{ bare: 'bare.ar.cpu1x', theirs: 'timelinejs.ar.cpu1x', fcp: 1.2 }]);
    expect(c.ratios.map((r) => r.ours)).toEqual(['index.ar.cpu1x']);
    expect(c.targets.some((t) => t.target.includes('bare'))).toBe(false);
    expect(comparisonSummary(c).join('\n')).toMatch(/bare\.ar\.cpu1x +1\.2×/);
  });

  it('reports ratios of medians and MISS where over half of TimelineJS', () => {
    const c = compare(
      {
        'index.ar.cpu1x': [load(100, 150, 50), load(120, 160, 50), load(500, 900, 50)],
        'timelinejs.ar.cpu1x': [load(200, 400, 100), load(300, 500, 100), load(250, 450, 100)],
      },
      [1],
      '3.9.11',
    );
    expect(c.ratios).toEqual([{ ours: 'index.ar.cpu1x', theirs: 'timelinejs.ar.cpu1x', fcp: 0.48, usable: 0.36, bytes: 0.5 }]);
    expect(c.targets.map((t) => t.met)).toEqual([true, true, true, true]);
    const slow = compare({ 'index.en.cpu1x': [load(100, 300, 1)], 'timelinejs.en.cpu1x': [load(150, 500, 1)] }, [1], '3.9.11');
    expect(slow.targets.filter((t) => !t.met).map((t) => t.target.split(' ≤')[0])).toEqual(["FCP with the story's content", 'timeline usable']);
  });

  it('counts a moment from no earlier than first contentful paint', () => {
    const c = compare({ 'embed.ar.cpu1x': [load(100, 40, 1)], 'timelinejs.ar.cpu1x': [load(100, 400, 1)] }, [1], '3.9.11');
    expect(c.configs['embed.ar.cpu1x']!.momentMs.median).toBe(100);
  });
});
