import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'vitest-browser-svelte';
import { tick } from 'svelte';
import Harness from './Harness.svelte';
import Timeline from '../../src/app/timeline/Timeline.svelte';
import DetailsPanel from '../../src/app/panel/DetailsPanel.svelte';
import { focusOn } from '../../src/app/focus-targets';
import type { UrlIntent } from '../../src/lib/state/url';
import type { Component } from 'svelte';

afterEach(() => cleanup());

const mount = (part: Component, intent: UrlIntent) => render(Harness, { part, intent, onready: () => {} });

describe('focusOn', () => {
  it('focusOn("slider") focuses the timeline’s scrubber (the font notice’s retry)', async () => {
    await mount(Timeline, { date: '2023-09-13', lang: 'en' });
    expect(focusOn('slider')).toBe(true);
    expect(document.activeElement?.getAttribute('role')).toBe('slider');
  });

  it('focusOn("event:<id>") focuses the heading of that event’s card (the reader’s "Go to the event")', async () => {
    await mount(DetailsPanel, { date: '2024-06-17', lang: 'en' });
    await tick();
    expect(focusOn('event:kirby-statement-2024-06-17')).toBe(true);
    expect(document.activeElement?.tagName).toBe('H3');
    expect(document.activeElement?.closest('article')?.getAttribute('data-event')).toBe('kirby-statement-2024-06-17');
  });

  it('focusOn of a name nothing registered is false and leaves the focus', async () => {
    await mount(Timeline, { date: '2023-09-13', lang: 'en' });
    const before = document.activeElement;
    expect(focusOn('event:no-such-event')).toBe(false);
    expect(document.activeElement).toBe(before);
  });

  it('focusOn after the target is gone is false', async () => {
    await mount(Timeline, { date: '2023-09-13', lang: 'en' });
    cleanup();
    expect(focusOn('slider')).toBe(false);
  });
});
