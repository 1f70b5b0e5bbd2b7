/**
 * The embed's one height per width (lib/embed/layout) and the host script that applies it
 * before the iframe loads (public/embed-host.js, plain ES5 run here against small fakes).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { EMBED_HEIGHTS, embedHeight, layoutName, NARROW_BELOW } from '../../src/lib/embed/layout';
import type { Panel } from '../../src/lib/embed/options';

const ALL: Panel[] = ['map', 'timeline', 'details'];
const CONTROL_SETS: Panel[][] = [
  [],
  ALL,
  ['map', 'timeline'],
  ['timeline', 'details'],
  ['map', 'details'],
  ['map'],
  ['timeline'],
  ['details'],
  ['details', 'map'],
];
const WIDTHS = [280, 320, 390, 599, 600, 640, 760, 1000, 1280, 2000];

describe('layoutName', () => {
  it.each([
    [[], 'all'],
    [ALL, 'all'],
    [['details', 'timeline', 'map'], 'all'],
    [['map', 'timeline'], 'mapTimeline'],
    [['timeline', 'details'], 'timelineDetails'],
    [['details', 'map'], 'mapDetails'],
    [['map'], 'map'],
    [['timeline'], 'timeline'],
    [['details'], 'details'],
  ] as [Panel[], string][])('%j → %s', (controls, name) => {
    expect(layoutName(controls)).toBe(name);
  });
});

describe('embedHeight', () => {
  it('depends on the width class only', () => {
    expect(embedHeight(320, ALL)).toBe(EMBED_HEIGHTS.all.narrow);
    expect(embedHeight(NARROW_BELOW - 1, ALL)).toBe(EMBED_HEIGHTS.all.narrow);
    expect(embedHeight(NARROW_BELOW, ALL)).toBe(EMBED_HEIGHTS.all.wide);
    expect(embedHeight(1280, ['map', 'timeline'])).toBe(EMBED_HEIGHTS.mapTimeline.wide);
  });

  it('stays within what an article column can carry: ≤ 760 px, ≤ 720 px below 600 px wide', () => {
    for (const controls of CONTROL_SETS) {
      for (const width of WIDTHS) {
        const h = embedHeight(width, controls);
        expect(h, `${width} ${controls.join(',')}`).toBeLessThanOrEqual(width < 600 ? 720 : 760);
        expect(h).toBeGreaterThanOrEqual(300);
      }
    }
  });
});

/**
 * Runs embed-host.js on a fake page holding one placeholder whose iframe is `width` px wide (the
 * placeholder itself is wider by its padding: the iframe's width is the one that counts).
 */
function hostScriptHeight(width: number, controls: string | null): { height: string; src: string } {
  const frames: { style: Record<string, string>; src: string; setAttribute(): void }[] = [];
  const attrs: Record<string, string | null> = { 'data-atlas-embed': 'https://embeds.example/atlas/embed.html', 'data-controls': controls };
  const div = {
    clientWidth: width + 40,
    getAttribute: (name: string) => attrs[name] ?? null,
    setAttribute: (name: string, value: string) => (attrs[name] = value),
    appendChild: (f: (typeof frames)[number]) => frames.push(f),
  };
  const style: Record<string, string> = {};
  const frame = {
    clientWidth: width,
    src: '',
    title: '',
    loading: '',
    setAttribute() {},
    style: new Proxy(style, { set: (t, k: string, v: string) => ((t[k] = v), true) }),
  };
  const context = {
    URL,
    location: { origin: 'https://news.example' },
    document: {
      readyState: 'complete',
      baseURI: 'https://news.example/story',
      documentElement: {},
      querySelectorAll: () => [div],
      createElement: () => frame,
    },
    window: { addEventListener() {} },
  };
  runInNewContext(readFileSync('public/embed-host.js', 'utf8'), context);
  // One placeholder, one iframe.
  expect(frames).toHaveLength(1);
  return { height: style.height ?? '', src: frame.src };
}

describe('public/embed-host.js', () => {
  it('gives the iframe the embed’s own height for its width, before it loads', () => {
    for (const controls of CONTROL_SETS) {
      for (const width of WIDTHS) {
        const { height } = hostScriptHeight(width, controls.length ? controls.join(',') : null);
        expect(height, `${width} ${controls.join(',')}`).toBe(`${embedHeight(width, controls)}px`);
      }
    }
  });

  it('passes the options and the page’s origin to the embed', () => {
    const { src } = hostScriptHeight(800, 'map,timeline');
    expect(new URL(src).searchParams.get('controls')).toBe('map,timeline');
    expect(new URL(src).searchParams.get('origin')).toBe('https://news.example');
  });
});
