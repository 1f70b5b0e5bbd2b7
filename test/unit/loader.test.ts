/** Loader: one pattern for what loads on demand (details, languages, article texts). */
import { describe, expect, it, vi } from 'vitest';
import { Loader } from '../../src/app/loader.svelte';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('Loader', () => {
  it('request: loading, then ready with the value', async () => {
    const d = deferred<string>();
    const loader = new Loader('Thing', () => d.promise);
    const p = loader.request('a');
    expect(loader.get('a')).toEqual({ status: 'loading' });
    d.resolve('A');
    await p;
    expect(loader.get('a')).toEqual({ status: 'ready', value: 'A' });
    expect(loader.value('a')).toBe('A');
  });

  it('request twice: one fetch, the same promise', async () => {
    const fetch = vi.fn(async (key: string) => key.toUpperCase());
    const loader = new Loader('Thing', fetch);
    const [a, b] = [loader.request('x'), loader.request('x')];
    expect(a).toBe(b);
    await a;
    await loader.request('x');
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('a failure: failed with the reason, logged, and a later request loads afresh', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    const loader = new Loader('Thing', async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return 'ok';
    });
    await expect(loader.request('k')).rejects.toThrow('offline');
    expect(loader.get('k')).toEqual({ status: 'failed', error: 'offline' });
    expect(error).toHaveBeenCalledWith('Thing could not be loaded (k):', 'offline');
    await loader.request('k');
    expect(loader.get('k')).toEqual({ status: 'ready', value: 'ok' });
    expect(calls).toBe(2);
    error.mockRestore();
  });

  it('provide: a value loaded another way is ready and never fetched', async () => {
    const fetch = vi.fn(async () => 'fetched');
    const loader = new Loader('Thing', fetch);
    loader.provide('ar', 'given');
    expect(await loader.request('ar')).toBe('given');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('keys are apart: one failing does not touch another', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const loader = new Loader('Thing', async (key: string) => {
      if (key === 'bad') throw new Error('no');
      return key;
    });
    await Promise.allSettled([loader.request('bad'), loader.request('good')]);
    expect(loader.get('bad')?.status).toBe('failed');
    expect(loader.get('good')).toEqual({ status: 'ready', value: 'good' });
    vi.restoreAllMocks();
  });
});
