import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import { tick } from 'svelte';
import Harness from './Harness.svelte';
import Timeline from '../../src/app/timeline/Timeline.svelte';
import DetailsPanel from '../../src/app/panel/DetailsPanel.svelte';
import type { AppState } from '../../src/app/state.svelte';
import type { UrlIntent } from '../../src/lib/state/url';

afterEach(() => cleanup());

async function mount(part: typeof Timeline, intent: UrlIntent) {
  let app!: AppState;
  const screen = await render(Harness, { part, intent, onready: (a: AppState) => (app = a) });
  return { screen, app };
}

describe('Timeline', () => {
  it('is a slider that says the date and the events in words', async () => {
    const { screen } = await mount(Timeline, { date: '2023-09-16', lang: 'en' });
    const slider = screen.getByRole('slider', { name: 'Selected day' });
    await expect.element(slider).toHaveAttribute('aria-valuetext', expect.stringMatching(/^16 September 2023: 3 events: .*Kim inspects strategic bombers/));
  });

  it.each([
    ['en', 'ArrowRight', '2023-09-14'],
    ['en', 'ArrowLeft', '2023-09-01'],
    ['ar', 'ArrowLeft', '2023-09-14'],
    ['ar', 'ArrowRight', '2023-09-01'],
  ] as const)('in %s, %s moves to the event on %s', async (lang, key, day) => {
    const { screen, app } = await mount(Timeline, { date: '2023-09-13', lang });
    (screen.getByRole('slider').element() as HTMLElement).focus();
    await userEvent.keyboard(`{${key}}`);
    await tick();
    expect(app.day).toBe(day);
  });

  it('labels its axis with Arabic month names and Latin digits in Arabic', async () => {
    const { screen } = await mount(Timeline, { date: '2023-09-13', lang: 'ar' });
    const labels = [...screen.container.querySelectorAll('.tick text')].map((t) => t.textContent ?? '');
    expect(labels.join(' ')).toMatch(/سبتمبر|أغسطس|أكتوبر/);
    expect(labels.join(' ')).not.toMatch(/[٠-٩]/);
  });

  it('draws announced events hollow and dims events outside the focus', async () => {
    const { screen, app } = await mount(Timeline, { date: '2023-09-13', lang: 'en' });
    const announced = screen.container.querySelector('.mark[data-event="komsomolsk-aircraft-plants-2023"] circle')!;
    const done = screen.container.querySelector('.mark[data-event="vladivostok-bombers-warship-2023"] circle')!;
    // Hollow: the fill is the page surface, the category colour only on the (dashed) outline.
    expect(getComputedStyle(announced).fill).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle(announced).strokeDasharray).not.toBe('none');
    // Filled with the category's colour (inspection: Okabe–Ito orange), edged in its deeper shade (3:1 on white).
    expect(getComputedStyle(done).fill).toBe('rgb(230, 159, 0)');
    expect(getComputedStyle(done).stroke).toBe('rgb(166, 111, 0)');
    app.setFocus({ kind: 'venue', id: 'komsomolsk' });
    await tick();
    expect(screen.container.querySelector('.mark[data-event="komsomolsk-aircraft-plants-2023"]')?.classList.contains('dimmed')).toBe(false);
    expect(screen.container.querySelector('.mark[data-event="vostochny-summit-2023"]')?.classList.contains('dimmed')).toBe(true);
  });

  it('keeps a range that runs past the window on the strip, and gives no bar an infinite width when hidden', async () => {
    // The 2000 treaty is dated to its year: its bar runs far past a window of January 2000.
    const { screen, app } = await mount(Timeline, { date: '2000-01-01', lang: 'en' });
    app.view.setWindow({ from: '2000-01-01', to: '2000-01-31' });
    await tick();
    const svg = screen.container.querySelector('.focus-svg')!;
    const box = svg.getBoundingClientRect();
    const bars = [...svg.querySelectorAll('.mark rect')];
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) {
      const r = bar.getBoundingClientRect();
      expect(r.left).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(r.right).toBeLessThanOrEqual(box.right + 0.5);
    }
    // Hidden (a closed tab, a print layout), the strip measures 0 px: widths stay lengths.
    (screen.container.firstElementChild as HTMLElement).style.display = 'none';
    await expect.poll(() => app.view.width).toBe(0);
    await tick();
    const widths = [...screen.container.querySelectorAll('rect')].map((r) => r.getAttribute('width') ?? '');
    expect(widths.filter((w) => !/^\d+(\.\d+)?%?$/.test(w))).toEqual([]);
  });

  it.each(['en', 'ar'] as const)('never cuts a tick’s label at the strip’s edge, where "26 Feb" would read "5 Feb" (%s)', async (lang) => {
    const { screen, app } = await mount(Timeline, { date: '2024-02-29', lang });
    const svg = screen.container.querySelector('.focus-svg')!;
    // Windows whose first or last tick falls near an edge of the strip.
    for (const window of [
      { from: '2024-02-25', to: '2024-04-05' },
      { from: '2024-01-20', to: '2024-03-02' },
      { from: '2023-07-10', to: '2024-06-20' },
    ] as const) {
      app.view.setWindow(window);
      await tick();
      const strip = svg.getBoundingClientRect();
      const cut = [...svg.querySelectorAll('.tick text')].filter((t) => {
        const r = t.getBoundingClientRect();
        return r.left < strip.left - 0.5 || r.right > strip.right + 0.5;
      });
      expect(cut.map((t) => t.textContent)).toEqual([]);
    }
  });

  it('zooms to a cluster from its button', async () => {
    const { screen, app } = await mount(Timeline, { date: '2023-09-13', lang: 'en' });
    await screen.getByRole('button', { name: 'June 2024' }).click();
    expect(app.view.window.from <= '2024-06-10' && app.view.window.to >= '2024-06-19').toBe(true);
    expect(app.day).toBe('2024-06-10');
  });
});

describe('DetailsPanel', () => {
  it('on an empty day says so and offers the nearest events', async () => {
    const { screen, app } = await mount(DetailsPanel, { date: '2023-08-15', lang: 'en' });
    await expect.element(screen.getByText('No event in the articles falls on this day.')).toBeVisible();
    await screen.getByRole('button', { name: 'Next event: 13 September 2023' }).click();
    expect(app.day).toBe('2023-09-13');
  });

  it('leads to an event dated only to its month by that month, not by a day it never gave', async () => {
    const { screen, app } = await mount(DetailsPanel, { date: '2024-05-19', lang: 'en' });
    await screen.getByRole('button', { name: 'Previous event: February 2024' }).click();
    expect(app.day).toBe('2024-02-29');
    await expect.element(screen.getByText(/Aurus/).first()).toBeVisible();
  });

  it('marks the names inside each quote', async () => {
    const { screen } = await mount(DetailsPanel, { date: '2023-09-16', lang: 'en' });
    const marks = [...screen.container.querySelectorAll('article[data-event="vladivostok-bombers-warship-2023"] blockquote mark.mention')].map(
      (m) => m.textContent,
    );
    expect(marks).toEqual(expect.arrayContaining(['كيم جونج أون', 'سيرغي شويغو', 'فلاديفوستوك']));
  });

  it('lists a person’s events and places when they are clicked', async () => {
    const { screen, app } = await mount(DetailsPanel, { date: '2024-06-18', lang: 'ar' });
    await screen.getByRole('button', { name: 'أندريه بيلوسوف' }).click();
    expect(app.focus).toEqual({ kind: 'person', id: 'andrei-belousov' });
    await expect.element(screen.getByRole('heading', { name: 'أحداث حضرها أندريه بيلوسوف' })).toBeVisible();
    const focusEvents = [...screen.container.querySelectorAll('section.focus article')].map((a) => (a as HTMLElement).dataset.event);
    expect(focusEvents).toEqual(['putin-state-visit-2024']);
    expect(screen.container.querySelector('.focus-places')?.textContent).toContain('بيونغ يانغ');
  });
});
