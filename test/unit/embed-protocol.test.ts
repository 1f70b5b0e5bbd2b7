import { describe, expect, it } from 'vitest';
import { parseHostMessage, selectionMessage } from '../../src/lib/embed/protocol';
import { ampSizeMessage, pymHeightMessage } from '../../src/lib/embed/size-messages';
import { embedOptions, hostOrigin } from '../../src/lib/embed/options';
import { indexStory, select } from '../../src/lib/state/selection';
import { tinyStory } from './fixtures';

const known = { venues: new Set(['vostochny', 'pyongyang']), people: new Set(['kim-jong-un']), span: { first: '2000-01-01', last: '2024-06-19' } };

describe('parseHostMessage', () => {
  it.each([
    [
      { type: 'atlas:select', date: '2023-09-13' },
      { type: 'atlas:select', date: '2023-09-13' },
    ],
    [
      { type: 'atlas:select', venue: 'vostochny', person: null },
      { type: 'atlas:select', venue: 'vostochny', person: null },
    ],
    [
      { type: 'atlas:lang', lang: 'en' },
      { type: 'atlas:lang', lang: 'en' },
    ],
    [{ type: 'atlas:play', extra: 1 }, { type: 'atlas:play' }],
    [{ type: 'atlas:pause' }, { type: 'atlas:pause' }],
  ])('accepts %j', (data, command) => {
    expect(parseHostMessage(data, known)).toEqual({ command });
  });

  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['an array', [1]],
    ['no type', {}],
    ['an unknown type', { type: 'atlas:eval', code: 'alert(1)' }],
    ['an impossible date', { type: 'atlas:select', date: '2023-02-30' }],
    ['a date outside the story', { type: 'atlas:select', date: '1990-01-01' }],
    ['an unknown venue', { type: 'atlas:select', venue: 'atlantis' }],
    ['a non-string person', { type: 'atlas:select', person: 7 }],
    ['an empty select', { type: 'atlas:select' }],
    ['an unknown language', { type: 'atlas:lang', lang: 'fr' }],
  ])('ignores %s', (_name, data) => {
    expect(parseHostMessage(data, known)).toHaveProperty('ignored');
  });
});

describe('messages to the host', () => {
  it('builds pym.js and AMP height messages', () => {
    expect(pymHeightMessage('atlas-1', 812)).toBe('pymxPYMxatlas-1xPYMxheightxPYMx812');
    expect(ampSizeMessage(812)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 812 });
  });

  it('reports the selection of a day with its venues, people, articles and events', () => {
    const index = indexStory(tinyStory());
    const m = selectionMessage(select(index, '2023-09-13', null), 'ar');
    expect(m.type).toBe('atlas:selection');
    expect(m.date).toBe('2023-09-13');
    expect(m.venues).toEqual(['airfield']);
    expect(m.articles.sort()).toEqual(['art-1', 'art-2', 'art-3']);
    expect(m.events).toEqual(['summit', 'tour', 'gift', 'statement']);
    expect([m.venue, m.person, m.lang]).toEqual([null, null, 'ar']);
  });

  it('says which place or person is in focus, and the reading language', () => {
    const index = indexStory(tinyStory());
    expect(selectionMessage(select(index, '2023-09-13', { kind: 'person', id: 'leader-a' }), 'en')).toMatchObject({
      venue: null,
      person: 'leader-a',
      lang: 'en',
    });
    expect(selectionMessage(select(index, '2023-09-13', { kind: 'venue', id: 'airfield' }), 'ar')).toMatchObject({
      venue: 'airfield',
      person: null,
      lang: 'ar',
    });
  });
});

describe('hostOrigin', () => {
  it.each([
    ['https://news.example:8443', '', 'https://news.example:8443'],
    ['https://news.example/', '', 'https://news.example'],
    [null, 'https://news.example/2024/article.html?x=1', 'https://news.example'],
    ['https://news.example/path', 'https://other.example/', null],
    ['javascript:alert(1)', '', null],
    ['*', '', null],
    [null, '', null],
  ])('origin=%s referrer=%s → %s', (param, referrer, expected) => {
    expect(hostOrigin(param, referrer)).toBe(expected);
  });
});

describe('embedOptions', () => {
  it('defaults to every panel, light theme, no autoplay', () => {
    expect(embedOptions('', '').options).toEqual({ controls: ['map', 'timeline', 'details'], theme: 'light', autoplay: false, childId: null, origin: null });
  });

  it('reads controls, theme, autoplay and the pym child id', () => {
    const { options, warnings } = embedOptions('?controls=timeline,map&theme=dark&autoplay=1&childId=atlas-2&origin=https://a.example', '');
    expect(options).toEqual({ controls: ['map', 'timeline'], theme: 'dark', autoplay: true, childId: 'atlas-2', origin: 'https://a.example' });
    expect(warnings).toEqual([]);
  });

  it('warns about and ignores what it does not know', () => {
    const { options, warnings } = embedOptions('?controls=ads&theme=neon&childId=%3Cx%3E', '');
    expect(options.controls).toEqual(['map', 'timeline', 'details']);
    expect(options.theme).toBe('light');
    expect(options.childId).toBeNull();
    expect(warnings).toHaveLength(2);
  });

  it.each([
    ['?autoplay', true, 0],
    ['?autoplay=true', true, 0],
    ['?autoplay=0', false, 0],
    ['?autoplay=false', false, 0],
    ['?autoplay=yes', false, 1],
  ])('%s: autoplay %s, %i warning(s)', (search, on, warned) => {
    const { options, warnings } = embedOptions(search, '');
    expect(options.autoplay).toBe(on);
    expect(warnings).toHaveLength(warned);
  });
});

describe('snippets', () => {
  it('builds the embed URL for a selection and options, next to the app', async () => {
    const { embedUrl } = await import('../../src/lib/embed/snippet');
    expect(
      embedUrl(
        'https://news.example/atlas/index.html?date=2000-01-01',
        { date: '2023-09-13', lang: 'ar' },
        { controls: ['map', 'timeline'], theme: 'dark', autoplay: true },
      ),
    ).toBe('https://news.example/atlas/embed.html?date=2023-09-13&lang=ar&controls=map%2Ctimeline&theme=dark&autoplay=1');
  });

  it('escapes what goes into HTML attributes', async () => {
    const { iframeSnippet, hostScriptSnippet } = await import('../../src/lib/embed/snippet');
    expect(iframeSnippet('https://a.example/embed.html?a=1&b=2', 'A "title" <b>', 680)).toBe(
      '<iframe src="https://a.example/embed.html?a=1&amp;b=2" title="A &quot;title&quot; &lt;b&gt;" loading="lazy" scrolling="no" style="display:block;width:100%;height:680px;border:0"></iframe>',
    );
    expect(hostScriptSnippet('https://a.example/x/embed.html?date=2023-09-13&lang=en', 'T')).toBe(
      '<div data-atlas-embed="https://a.example/x/embed.html" data-date="2023-09-13" data-lang="en" data-title="T"></div>\n<script src="https://a.example/x/embed-host.js" async></script>',
    );
  });
});
