/**
 * The embed's message handling (embed-messages.ts) with a fake parent window and the real
 * AppState on a small fixed story: what is obeyed, what is ignored and logged, and the order
 * of what the host hears.
 */
import { describe, expect, it } from 'vitest';
import { AppState } from '../../src/app/state.svelte';
import { embedMessages } from '../../src/app/embed-messages';
import { fixturePublished } from './state-fixture';

const HOST = 'https://news.example';

function setup(origin: string | null = HOST, framed = true) {
  const app = new AppState(true);
  app.load(fixturePublished(), {}, 'ar');
  const posted: { message: unknown; origin: string }[] = [];
  const warnings: string[] = [];
  const parent = { postMessage: (message: unknown, targetOrigin: string) => posted.push({ message, origin: targetOrigin }) };
  const messages = embedMessages(app, origin, { parent: framed ? parent : null, warn: (w) => warnings.push(w) });
  const fromHost = (data: unknown, from = HOST) => messages.receive({ source: parent, origin: from, data });
  const types = () => posted.map((p) => (p.message as { type: string }).type);
  return { app, messages, posted, warnings, parent, fromHost, types };
}

describe('embedMessages', () => {
  it('ready: atlas:ready, then at once the current selection, to the allowed origin only', () => {
    const { messages, posted, types } = setup();
    messages.ready();
    expect(types()).toEqual(['atlas:ready', 'atlas:selection']);
    expect(posted[1]!.message).toMatchObject({ date: '2025-02-14', venues: ['porto'], events: ['tour-ends-porto'] });
    expect(posted.every((p) => p.origin === HOST)).toBe(true);
  });

  it('answers every select once, even one that changes nothing', () => {
    const { messages, fromHost, types } = setup();
    messages.ready();
    fromHost({ type: 'atlas:select', date: '2025-02-14' });
    fromHost({ type: 'atlas:select', date: '2024-03-10' });
    messages.announce();
    expect(types()).toEqual(['atlas:ready', 'atlas:selection', 'atlas:selection', 'atlas:selection']);
  });

  it('announce: only when the selection differs from the last one told', () => {
    const { app, messages, types } = setup();
    messages.ready();
    messages.announce();
    expect(types()).toHaveLength(2);
    app.moveTo('2024-03-10', 'replace');
    messages.announce();
    messages.announce();
    expect(types()).toHaveLength(3);
  });

  it.each([
    { name: 'a date', data: { type: 'atlas:select', date: '2024-03-10' }, day: '2024-03-10', focus: null },
    {
      name: 'a venue with a date keeps the date',
      data: { type: 'atlas:select', venue: 'madrid', date: '2024-03-10' },
      day: '2024-03-10',
      focus: { kind: 'venue', id: 'madrid' },
    },
    { name: 'a venue alone lands on its event', data: { type: 'atlas:select', venue: 'madrid' }, day: '2025-03-03', focus: { kind: 'venue', id: 'madrid' } },
    {
      name: 'a person wins over a venue',
      data: { type: 'atlas:select', venue: 'madrid', person: 'maria-santos' },
      day: '2025-02-14',
      focus: { kind: 'person', id: 'maria-santos' },
    },
  ])('select $name', ({ data, day, focus }) => {
    const { app, fromHost } = setup();
    fromHost(data);
    expect(app.day).toBe(day);
    expect(app.focus).toEqual(focus);
    // A host's moves never add history entries.
    expect(app.pushes).toBe(0);
  });

  it('play, pause and lang', () => {
    const { app, fromHost } = setup();
    fromHost({ type: 'atlas:play' });
    expect(app.playing).toBe(true);
    fromHost({ type: 'atlas:select', date: '2024-03-10' });
    expect(app.playing).toBe(false);
    app.messages = { ...app.messages, en: {} as never };
    fromHost({ type: 'atlas:lang', lang: 'en' });
    expect(app.lang).toBe('en');
  });

  it.each([
    {
      name: 'another origin',
      source: 'parent',
      origin: 'https://evil.example',
      data: { type: 'atlas:select', date: '2024-03-10' },
      warning: 'ignoring a message from https://evil.example',
    },
    {
      name: 'another frame',
      source: 'sibling',
      origin: HOST,
      data: { type: 'atlas:select', date: '2024-03-10' },
      warning: 'ignoring a message from another frame',
    },
    {
      name: 'a malformed date',
      source: 'parent',
      origin: HOST,
      data: { type: 'atlas:select', date: '2024-02-30' },
      warning: 'ignoring a message (date must be',
    },
    { name: 'an unknown venue', source: 'parent', origin: HOST, data: { type: 'atlas:select', venue: 'atlantis' }, warning: 'venue must be an id' },
    { name: 'an unknown type', source: 'parent', origin: HOST, data: { type: 'atlas:eval', code: 'x' }, warning: 'unknown type' },
    { name: 'not an object', source: 'parent', origin: HOST, data: 'hello', warning: 'not an object' },
  ])('ignores and logs $name', ({ source, origin, data, warning }) => {
    const { app, messages, parent, warnings, posted } = setup();
    messages.receive({ source: source === 'parent' ? parent : {}, origin, data });
    expect(app.day).toBe('2025-02-14');
    expect(warnings.some((w) => w.includes(warning))).toBe(true);
    expect(posted).toHaveLength(0);
  });

  it('host libraries’ own messages are neither obeyed nor logged', () => {
    const { messages, parent, warnings } = setup();
    messages.receive({ source: parent, origin: HOST, data: 'pymxPYMxatlasxPYMxwidthxPYMx600' });
    messages.receive({ source: parent, origin: HOST, data: { sentinel: 'amp', type: 'frames-init' } });
    expect(warnings).toEqual([]);
  });

  it('without an origin (no referrer, no origin=): messages are off, and it says why', () => {
    const { messages, posted, warnings, fromHost, app } = setup(null);
    messages.ready();
    fromHost({ type: 'atlas:select', date: '2024-03-10' }, 'https://news.example');
    expect(posted).toEqual([]);
    expect(app.day).toBe('2025-02-14');
    expect(warnings[0]).toContain('atlas:* messages are off');
  });

  it('not framed: nothing is posted and nothing is obeyed', () => {
    const { messages, posted, warnings } = setup(HOST, false);
    messages.ready();
    messages.receive({ source: null, origin: HOST, data: { type: 'atlas:select', date: '2024-03-10' } });
    expect(posted).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
