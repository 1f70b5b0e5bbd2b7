/** HistoryWriter: pushes for choices, throttled replaces for moves, the title after the URL. */
import { describe, expect, it } from 'vitest';
import { HistoryWriter, type HistoryPort } from '../../src/app/history-writer';

/** A fake browser: a history list, a title log and timers the test fires by hand. */
function fakePort() {
  const log: string[] = [];
  const timers = new Map<number, () => void>();
  let next = 1;
  const port: HistoryPort = {
    location: { pathname: '/', search: '', hash: '' },
    history: {
      pushState: (_d, _u, url) => {
        log.push(`push ${url}`);
        port.location.search = new URL(url, 'http://x').search;
      },
      replaceState: (_d, _u, url) => {
        log.push(`replace ${url}`);
        port.location.search = new URL(url, 'http://x').search;
      },
    },
    setTitle: (title) => log.push(`title ${title}`),
    setTimeout: (fn) => {
      timers.set(next, fn);
      return next++;
    },
    clearTimeout: (h) => timers.delete(h as number),
  };
  const fire = () => {
    const due = [...timers.values()];
    timers.clear();
    for (const fn of due) fn();
  };
  return { port, log, fire, pendingTimers: () => timers.size };
}

const entry = (day: string) => ({ search: `?date=${day}`, title: day });

describe('HistoryWriter.record', () => {
  it('names the page’s own entry at once, replacing', () => {
    const { port, log } = fakePort();
    new HistoryWriter(port, 300).record(entry('a'), 'push');
    expect(log).toEqual(['replace /?date=a', 'title a']);
  });

  it('pushes a choice, then names it (the title after the URL, or it renames the entry left)', () => {
    const { port, log } = fakePort();
    const w = new HistoryWriter(port, 300);
    w.record(entry('a'), 'replace');
    w.record(entry('b'), 'push');
    expect(log.slice(2)).toEqual(['push /?date=b', 'title b']);
  });

  it('throttles moves: only the last of a burst is written, once, when the timer fires', () => {
    const { port, log, fire } = fakePort();
    const w = new HistoryWriter(port, 300);
    w.record(entry('a'), 'replace');
    w.record(entry('b'), 'replace');
    w.record(entry('c'), 'replace');
    expect(log).toHaveLength(2);
    fire();
    expect(log.slice(2)).toEqual(['replace /?date=c', 'title c']);
  });

  it('writes a waiting move before a push, so Back finds it', () => {
    const { port, log, pendingTimers } = fakePort();
    const w = new HistoryWriter(port, 300);
    w.record(entry('a'), 'replace');
    w.record(entry('b'), 'replace');
    w.record(entry('c'), 'push');
    expect(log.slice(2)).toEqual(['replace /?date=b', 'title b', 'push /?date=c', 'title c']);
    expect(pendingTimers()).toBe(0);
  });

  it('does not write a URL that is already the current one (applying Back never writes)', () => {
    const { port, log } = fakePort();
    port.location.search = '?date=a';
    const w = new HistoryWriter(port, 300);
    w.record(entry('a'), 'replace');
    w.record(entry('a'), 'push');
    expect(log).toEqual(['title a', 'title a']);
  });

  it('keeps the hash and the path', () => {
    const { port, log } = fakePort();
    port.location.pathname = '/atlas/index.html';
    port.location.hash = '#data';
    new HistoryWriter(port, 300).record(entry('a'), 'replace');
    expect(log[0]).toBe('replace /atlas/index.html?date=a#data');
  });

  it('dispose: a waiting move is dropped with its timer', () => {
    const { port, log, pendingTimers } = fakePort();
    const w = new HistoryWriter(port, 300);
    w.record(entry('a'), 'replace');
    w.record(entry('b'), 'replace');
    w.dispose();
    expect(pendingTimers()).toBe(0);
    expect(log).toHaveLength(2);
  });
});
