/**
 * Property-based tests (fast-check) over untrusted input: URL query strings and host
 * messages. Whatever arrives, nothing throws, nothing invalid gets through, and what is not
 * understood is ignored with a reason. At least 1,000 cases per property, in CI.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeUrl, encodeUrl, URL_KEYS, type UrlIntent } from '../../src/lib/state/url';
import { parseHostMessage } from '../../src/lib/embed/protocol';
import { indexStory, select, stepDay, type Focus, type Step } from '../../src/lib/state/selection';
import { isIsoDay } from '../../src/lib/time/days';
import { tinyStory } from './fixtures';

const RUNS = { numRuns: 1000 };
// 1,000 cases per property take under a second on a quiet machine and several on a busy one:
// the budget is sized for a loaded machine, not for speed.
const LOADED_MACHINE = { timeout: 60_000 };
// A tiny hand-written story (test/unit/fixtures.ts): the parsers read their ids and span from it.
const index = indexStory(tinyStory());
const known = { venues: new Set(index.placeById.keys()), people: new Set(index.personById.keys()), span: index.span };

/** Values an attacker or a broken CMS might put in a parameter or a message field. */
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    '%',
    '%zz',
    '%E0%A4%A',
    '&',
    '=',
    '==',
    '#',
    '?',
    '+',
    '\u202e',
    '\u0000',
    '<script>alert(1)</script>',
    'javascript:alert(1)',
    '__proto__',
    'constructor',
    'prototype',
    'capital ',
    'Capital',
    'CAPITAL',
    '2023-02-29',
    '2023-13-01',
    '2023-9-13',
    '+2023-09-13',
    '2023-09-13T00:00',
    '0000-01-01',
    '9999-12-31',
    'ar ',
    'AR',
    'en-GB',
    'x'.repeat(10_000),
  ),
  ...[...known.venues].slice(0, 3).map((v) => fc.constant(v)),
  ...[...known.people].slice(0, 3).map((p) => fc.constant(p)),
  fc.constantFrom('2023-09-13', '2024-06-18', '2000-01-01', '2024-12-31'),
);

/** A query string made of our keys, foreign keys and junk, in any order, encoded or not. */
const query = fc
  .array(
    fc.tuple(fc.oneof(fc.constantFrom(...URL_KEYS), fc.constantFrom('childId', 'utm', 'origin', 'x'), fc.string({ maxLength: 8 })), hostile, fc.boolean()),
    { maxLength: 8 },
  )
  .map((pairs) => '?' + pairs.map(([k, v, encode]) => (encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`)).join('&'));

function validIntent(intent: UrlIntent): void {
  if (intent.date !== undefined) {
    expect(isIsoDay(intent.date)).toBe(true);
    expect(intent.date >= known.span.first && intent.date <= known.span.last).toBe(true);
  }
  if (intent.venue !== undefined) expect(known.venues.has(intent.venue)).toBe(true);
  if (intent.person !== undefined) expect(known.people.has(intent.person)).toBe(true);
  if (intent.lang !== undefined) expect(['ar', 'en']).toContain(intent.lang);
  expect(intent.venue !== undefined && intent.person !== undefined).toBe(false);
  expect(Object.keys(intent).every((k) => (URL_KEYS as string[]).includes(k))).toBe(true);
}

describe('URL parameters (fuzzed)', LOADED_MACHINE, () => {
  it('decodes any query string without throwing, letting only valid values through', () => {
    fc.assert(
      fc.property(fc.oneof(query, fc.string(), fc.string({ unit: 'binary' })), (search) => {
        const { intent, warnings } = decodeUrl(search, known);
        validIntent(intent);
        expect(warnings.every((w) => typeof w === 'string' && w.length < 400)).toBe(true);
      }),
      RUNS,
    );
  });

  it('writes back what it read, and keeps every foreign parameter as it was', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { intent } = decodeUrl(search, known);
        const written = encodeUrl(search, intent);
        expect(decodeUrl(written, known).intent).toEqual(intent);
        const ours = new Set<string>(URL_KEYS);
        const foreign = (s: string) =>
          s
            .replace(/^\?/, '')
            .split('&')
            .filter((p) => p !== '' && !ours.has(safeDecode(p.split('=')[0]!.replace(/\+/g, ' '))));
        expect(foreign(written)).toEqual(foreign(search));
      }),
      RUNS,
    );
  });

  it('never leaves the selection inconsistent, whatever is asked and however the reader steps', () => {
    const steps: Step[] = ['next-event', 'previous-event', 'next-day', 'previous-day', 'next-month', 'previous-month', 'first', 'last'];
    fc.assert(
      fc.property(query, fc.array(fc.constantFrom(...steps), { maxLength: 6 }), (search, moves) => {
        const { intent } = decodeUrl(search, known);
        const focus: Focus = intent.person ? { kind: 'person', id: intent.person } : intent.venue ? { kind: 'venue', id: intent.venue } : null;
        let day = intent.date ?? index.span.first;
        for (const m of moves) day = stepDay(index, day, m, focus);
        expect(day >= index.span.first && day <= index.span.last).toBe(true);
        const s = select(index, day, focus);
        expect(s.exact.every((e) => e.first_day <= day && day <= e.last_day && e.precision === 'day')).toBe(true);
        expect(s.venues.every((v) => index.placeById.has(v))).toBe(true);
        expect(s.people.every((p) => index.personById.has(p))).toBe(true);
        expect(s.articles.every((a) => index.articleById.has(a))).toBe(true);
      }),
      RUNS,
    );
  });
});

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

describe('host messages (fuzzed)', LOADED_MACHINE, () => {
  const message = fc.oneof(
    fc.anything(),
    fc.record(
      {
        type: fc.oneof(
          fc.constantFrom('atlas:select', 'atlas:lang', 'atlas:play', 'atlas:pause', 'atlas:selection', 'atlas:ready', 'pym', ''),
          hostile,
          fc.anything(),
        ),
        date: fc.oneof(hostile, fc.anything()),
        venue: fc.oneof(hostile, fc.constant(null), fc.anything()),
        person: fc.oneof(hostile, fc.constant(null), fc.anything()),
        lang: fc.oneof(hostile, fc.anything()),
      },
      { requiredKeys: [] },
    ),
  );

  it('reads any message without throwing: a valid command, or a reason it was ignored', () => {
    fc.assert(
      fc.property(message, (data) => {
        const parsed = parseHostMessage(data, known);
        if ('ignored' in parsed) {
          expect(typeof parsed.ignored).toBe('string');
          expect(parsed.ignored.length).toBeLessThan(200);
          return;
        }
        const c = parsed.command;
        expect(['atlas:select', 'atlas:lang', 'atlas:play', 'atlas:pause']).toContain(c.type);
        if (c.type === 'atlas:lang') expect(['ar', 'en']).toContain(c.lang);
        if (c.type === 'atlas:select') {
          if (c.date !== undefined) validIntent({ date: c.date });
          if (c.venue) expect(known.venues.has(c.venue)).toBe(true);
          if (c.person) expect(known.people.has(c.person)).toBe(true);
          expect(c.date !== undefined || c.venue !== undefined || c.person !== undefined).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
