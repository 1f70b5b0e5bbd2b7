/**
 * whenInteractive: work that must not wait forever (the embed's host bridge) gives a latest
 * moment, for frames that are never painted and so never become interactive.
 */
import { describe, expect, it, vi } from 'vitest';
import { whenInteractive } from '../../src/app/perf-marks';

describe('whenInteractive', () => {
  it('with a latest moment, resolves then even if no frame was ever painted', async () => {
    vi.useFakeTimers();
    let done = false;
    void whenInteractive(1000).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    vi.useRealTimers();
  });

  it('without one, waits for the timeline (here never interactive)', async () => {
    vi.useFakeTimers();
    let done = false;
    void whenInteractive().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(done).toBe(false);
    vi.useRealTimers();
  });
});
