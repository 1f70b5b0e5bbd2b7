import { describe, expect, it } from 'vitest';
import { intervals, median, quantile, spread } from '../../scripts/bench/stats';
import { staticClosure, type Manifest } from '../../scripts/bench/bytes';

describe('bench statistics', () => {
  it('interpolates quantiles like the usual definition', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(quantile([0, 10], 0.95)).toBe(9.5);
  });

  it('turns frame timestamps into intervals', () => {
    expect(intervals([0, 16.7, 33.4, 60])).toEqual([16.7, 16.7, 60 - 33.4]);
  });

  it('summarises runs by their median and range', () => {
    expect(spread([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
  });
});

describe('bench byte groups', () => {
  it('follows static imports only, once each', () => {
    const m: Manifest = {
      'index.html': { file: 'main.js', imports: ['_app.js'] },
      '_app.js': { file: 'app.js', imports: ['_shared.js'], dynamicImports: ['lazy.ts'] },
      '_shared.js': { file: 'shared.js', imports: ['_app.js'] },
      'lazy.ts': { file: 'lazy.js' },
    };
    expect([...staticClosure(m, 'index.html')]).toEqual(['index.html', '_app.js', '_shared.js']);
  });
});
