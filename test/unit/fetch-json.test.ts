/**
 * fetchJson's promises: every failure names the file and says why, a stalled answer times
 * out (headers or body), and the caller's abort signal stops it. fetchStory: a reading file
 * that is not one, or is damaged, is named with what is wrong.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from '../../src/app/fetch-json';
import { fetchStory } from '../../src/app/first-view';
import { packStory } from '../../src/lib/story/wire';
import { tinyStory } from './fixtures';

/** A fetch that answers with a response (or never, when null), honouring the abort signal as fetch does. */
function stubFetch(answer: (signal: AbortSignal) => Response | null) {
  vi.stubGlobal(
    'fetch',
    (_url: URL, init: RequestInit) =>
      new Promise((resolve, reject) => {
        init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
        const response = answer(init.signal!);
        if (response) resolve(response);
      }),
  );
}

/** Headers, then a body that sends nothing more until the request is aborted (which errors it, as in fetch). */
const stalledBody = (signal: AbortSignal) =>
  new Response(new ReadableStream({ start: (c) => signal.addEventListener('abort', () => c.error(signal.reason)) }), { status: 200 });

beforeEach(() => vi.stubGlobal('document', { baseURI: 'https://example.test/atlas/' }));
afterEach(() => vi.unstubAllGlobals());

describe('fetchJson', () => {
  it('returns the parsed file', async () => {
    stubFetch(() => Response.json({ events: [] }));
    await expect(fetchJson('data/story.en.json', new AbortController().signal)).resolves.toEqual({ events: [] });
  });

  it('names the file and the status when the server refuses', async () => {
    stubFetch(() => new Response('missing', { status: 404 }));
    await expect(fetchJson('data/story.en.json', new AbortController().signal)).rejects.toThrow('data/story.en.json: the server answered 404');
  });

  it('names the file when it is not JSON', async () => {
    stubFetch(() => new Response('{"events": [', { status: 200 }));
    await expect(fetchJson('data/story.en.json', new AbortController().signal)).rejects.toThrow('data/story.en.json: the file is not valid JSON');
  });

  it('times out when no answer comes', async () => {
    stubFetch(() => null);
    await expect(fetchJson('data/basemap.json', new AbortController().signal, 50)).rejects.toThrow('data/basemap.json: no answer within 0.05 s');
  });

  it('times out when the answer stalls halfway', async () => {
    stubFetch(stalledBody);
    await expect(fetchJson('data/basemap.json', new AbortController().signal, 50)).rejects.toThrow('no answer within 0.05 s');
  });

  it('names the file when the connection breaks off', async () => {
    stubFetch(() => new Response(new ReadableStream({ pull: (c) => c.error(new TypeError('network error')) }), { status: 200 }));
    await expect(fetchJson('data/story.en.json', new AbortController().signal)).rejects.toThrow('data/story.en.json: network error');
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchJson('data/story.en.json', new AbortController().signal)).rejects.toThrow('data/story.en.json: Failed to fetch');
  });

  it('stops when the caller aborts', async () => {
    stubFetch(() => null);
    const controller = new AbortController();
    const pending = fetchJson('data/story.ar.json', controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('fetchStory', () => {
  it.each([
    ['an old or foreign file (events not in columns)', { events: [], places: [] }, 'data/story.ar.json: not a story file'],
    [
      'a damaged column',
      { ...packStory(tinyStory()), events: { ...packStory(tinyStory()).events, status: [0] } },
      'data/story.ar.json: events.status: 1 values for 12 events',
    ],
  ])('names the file and what is wrong with %s', async (_name, body, message) => {
    stubFetch(() => Response.json(body));
    await expect(fetchStory('ar', new AbortController().signal)).rejects.toThrow(message);
  });

  it('gives back the story the build published', async () => {
    stubFetch(() => Response.json(packStory(tinyStory())));
    await expect(fetchStory('ar', new AbortController().signal)).resolves.toEqual(tinyStory());
  });
});
