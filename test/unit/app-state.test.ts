/**
 * AppState's commands on a small fixed story (test/fixtures/other-story), in Node: what each
 * command changes, how it enters history (the `pushes` count), and the loaders behind it.
 */
import { describe, expect, it, vi } from 'vitest';
import { AppState, type StorySources } from '../../src/app/state.svelte';
import { fixturePublished, fixtureStory } from './state-fixture';
import type { Messages } from '../../src/lib/i18n';
import type { ArticleText } from '../../src/lib/story/types';

function sources(overrides: Partial<StorySources> = {}): StorySources {
  return {
    story: async () => fixturePublished(),
    messages: async () => ({ appTitle: 'words' }) as unknown as Messages,
    details: async () => [],
    articleText: async (id) =>
      ({ id, text: 'text', furniture: [], mentions: [], quotes: [], notes: { outlet: { ar: '', en: '' }, published: { ar: '', en: '' } } }) as ArticleText,
    ...overrides,
  };
}

function loaded(options: { detailsApart?: boolean; sources?: Partial<StorySources>; embedded?: boolean } = {}): AppState {
  const app = new AppState(options.embedded ?? false, sources(options.sources));
  app.messages = { ar: { appTitle: 'كلمات' } as unknown as Messages };
  app.load(fixturePublished({ detailsApart: options.detailsApart }), {}, 'ar');
  return app;
}

describe('load', () => {
  it('opens on the story’s default day without a date in the URL', () => {
    const app = loaded();
    expect(app.day).toBe('2025-02-14');
    expect(app.selection?.events.map((e) => e.id)).toEqual(['tour-ends-porto']);
  });

  it('opens on the URL’s date, and a person’s first event when only the person is given', () => {
    const app = new AppState(false, sources());
    app.load(fixturePublished(), { date: '2024-03-10' }, 'ar');
    expect(app.day).toBe('2024-03-10');
    const person = new AppState(false, sources());
    person.load(fixturePublished(), { person: 'joao-pereira' }, 'ar');
    expect(person.focus).toEqual({ kind: 'person', id: 'joao-pereira' });
    expect(person.day).toBe('2025-02-14');
  });
});

describe('history as data: pushes', () => {
  it.each([
    { name: 'moveTo replace', command: (a: AppState) => a.moveTo('2024-03-10', 'replace'), added: 0 },
    { name: 'moveTo push', command: (a: AppState) => a.moveTo('2024-03-10', 'push'), added: 1 },
    { name: 'step', command: (a: AppState) => a.step('previous-event'), added: 0 },
    // The focus, then the landing on its nearest event: one click, two counted choices, one entry each.
    { name: 'setFocus (a click)', command: (a: AppState) => a.setFocus({ kind: 'venue', id: 'madrid' }), added: 2 },
    { name: 'setFocus replace (a host)', command: (a: AppState) => a.setFocus({ kind: 'venue', id: 'madrid' }, 'replace'), added: 0 },
    { name: 'applyUrl (Back)', command: (a: AppState) => a.applyUrl({ date: '2024-03-10' }), added: 0 },
    { name: 'jumpToCluster', command: (a: AppState) => a.jumpToCluster(a.clusters[0]!), added: 1 },
    { name: 'setLang (words loaded)', command: (a: AppState) => a.setLang('ar'), added: 0 },
  ])('$name adds $added', ({ command, added }) => {
    const app = loaded();
    const before = app.pushes;
    command(app);
    expect(app.pushes - before).toBe(added);
  });
});

describe('setFocus', () => {
  it('lands on the focus’s event nearest the day', () => {
    const app = loaded();
    app.setFocus({ kind: 'venue', id: 'madrid' });
    expect(app.day).toBe('2025-03-03');
    expect(app.selection?.focused.map((e) => e.id)).toEqual(['mayor-praises-tour']);
  });

  it('keeps the day when the caller moves it itself (land: false)', () => {
    const app = loaded();
    app.setFocus({ kind: 'venue', id: 'madrid' }, 'replace', { land: false });
    expect(app.day).toBe('2025-02-14');
  });

  it('keeps the day when the focus already has an event on it', () => {
    const app = loaded();
    app.setFocus({ kind: 'person', id: 'maria-santos' });
    expect(app.day).toBe('2025-02-14');
  });
});

describe('applyUrl', () => {
  it('clears a focus the URL does not name, and moves to its date', () => {
    const app = loaded();
    app.setFocus({ kind: 'venue', id: 'porto' });
    app.applyUrl({ date: '2024-03-10' });
    expect(app.focus).toBeNull();
    expect(app.day).toBe('2024-03-10');
  });
});

describe('moveTo', () => {
  it('pans the window to include a day outside it, within the bounds', () => {
    const app = loaded();
    app.view.setWindow({ from: '2025-02-01', to: '2025-02-28' });
    app.moveTo('2024-03-10', 'replace');
    expect(app.view.window.from <= '2024-03-10' && '2024-03-10' <= app.view.window.to).toBe(true);
    expect(app.view.window.from >= app.bounds.from && app.view.window.to <= app.bounds.to).toBe(true);
  });

  it('keeps the window while dragging (keepWindow)', () => {
    const app = loaded();
    const window = app.view.window;
    app.moveTo('2024-03-10', 'replace', { keepWindow: true });
    expect(app.view.window).toBe(window);
  });
});

describe('requestLang', () => {
  it('does nothing before the story is in (its words could not be merged into it)', async () => {
    const messages = vi.fn(async () => ({}) as Messages);
    const app = new AppState(false, sources({ messages }));
    app.requestLang('en', 'push');
    expect(messages).not.toHaveBeenCalled();
    expect(app.lang).toBe('ar');
  });

  it('switches once the language’s words have loaded, and merges the story’s words', async () => {
    const app = loaded();
    app.requestLang('en', 'push');
    expect(app.lang).toBe('ar');
    await app.languages.request('en');
    expect(app.lang).toBe('en');
    expect(app.messages.en).toBeDefined();
  });

  it('a later choice wins over a slow earlier one', async () => {
    const app = loaded();
    app.requestLang('en', 'replace');
    app.requestLang('ar', 'replace');
    await app.languages.request('en');
    expect(app.lang).toBe('ar');
  });

  it('a failed language leaves the reading language and can be asked again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const app = loaded({ sources: { messages: async () => (fail ? Promise.reject(new Error('offline')) : ({} as Messages)) } });
    app.requestLang('en', 'push');
    await app.languages.request('en').catch(() => {});
    expect(app.lang).toBe('ar');
    expect(app.languages.get('en')?.status).toBe('failed');
    fail = false;
    app.requestLang('en', 'push');
    await app.languages.request('en');
    expect(app.lang).toBe('en');
    vi.restoreAllMocks();
  });
});

describe('event details shipped apart', () => {
  it('are null until their chunk loads, then read from it', async () => {
    const { details } = fixtureStory({ detailsApart: true });
    const fetch = vi.fn(async (_lang: string, chunk: number) => details![chunk]!);
    const app = loaded({ detailsApart: true, sources: { details: fetch } });
    const event = app.index!.eventById.get('tour-ends-porto')!;
    expect(app.detailsOf(event)).toBeNull();
    app.requestDetails(event);
    app.requestDetails(event);
    await app.details.request('ar:0');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(app.detailsOf(event)?.summary.en).toBeTruthy();
  });

  it('a failed chunk says so, and a retry loads it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { details } = fixtureStory({ detailsApart: true });
    let fail = true;
    const app = loaded({ detailsApart: true, sources: { details: async (_l, c) => (fail ? Promise.reject(new Error('503')) : details![c]!) } });
    const event = app.index!.eventById.get('tour-ends-porto')!;
    await app.details.request('ar:0').catch(() => {});
    expect(app.detailsFailedFor(event)).toBe(true);
    fail = false;
    app.requestDetails(event);
    await app.details.request('ar:0');
    expect(app.detailsFailedFor(event)).toBe(false);
    expect(app.detailsOf(event)).not.toBeNull();
    vi.restoreAllMocks();
  });
});

describe('articles', () => {
  it('openArticleText opens the reader and loads the text once; closeArticle closes it', async () => {
    const articleText = vi.fn(
      async (id: string) =>
        ({ id, text: 'نص', furniture: [], mentions: [], quotes: [], notes: { outlet: { ar: '', en: '' }, published: { ar: '', en: '' } } }) as ArticleText,
    );
    const app = loaded({ sources: { articleText } });
    app.openArticleText('tour-ends', 'tour-ends-porto');
    expect(app.openArticle).toEqual({ id: 'tour-ends', fromEvent: 'tour-ends-porto' });
    expect(app.articleTexts.get('tour-ends')?.status).toBe('loading');
    await app.articleTexts.request('tour-ends');
    app.closeArticle();
    app.openArticleText('tour-ends', null);
    expect(app.articleTexts.get('tour-ends')?.status).toBe('ready');
    expect(articleText).toHaveBeenCalledTimes(1);
    app.closeArticle();
    expect(app.openArticle).toBeNull();
  });
});
