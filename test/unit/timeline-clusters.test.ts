import { describe, expect, it } from 'vitest';
import { clusterLabelKind, isCurrentCluster } from '../../src/lib/timeline/clusters';
import type { Cluster } from '../../src/lib/timeline/scale';

const september: Cluster = { first: '2023-09-10', last: '2023-09-20', firstEventDay: '2023-09-10', events: 5 };

describe('isCurrentCluster', () => {
  it.each([
    ['a window just around the cluster', { from: '2023-09-09', to: '2023-09-21' }, true],
    ['a window up to twice the cluster and a month', { from: '2023-08-20', to: '2023-10-17' }, true],
    ['a window more than twice the cluster and a month', { from: '2023-08-01', to: '2023-10-31' }, false],
    ['a window that cuts off its first day', { from: '2023-09-11', to: '2023-09-30' }, false],
    ['a window that cuts off its last day', { from: '2023-09-01', to: '2023-09-19' }, false],
    ['a window elsewhere', { from: '2024-06-01', to: '2024-06-30' }, false],
  ] as const)('isCurrentCluster with %s is %s', (_name, window, current) => {
    expect(isCurrentCluster(september, window)).toBe(current);
  });
});

describe('clusterLabelKind', () => {
  const c = (first: string, last: string): Cluster => ({ first, last, firstEventDay: first, events: 1 });
  it.each([
    ['a whole calendar year', c('2023-01-01', '2023-12-31'), 'year'],
    ['days in one month', c('2023-09-10', '2023-09-20'), 'month'],
    ['a whole month', c('2023-09-01', '2023-09-30'), 'month'],
    ['days across two months', c('2023-09-28', '2023-10-02'), 'months'],
    ['a year that does not start on 1 January', c('2023-01-02', '2023-12-31'), 'months'],
    ['two whole years', c('2022-01-01', '2023-12-31'), 'months'],
  ] as const)('clusterLabelKind of %s is %s', (_name, cluster, kind) => {
    expect(clusterLabelKind(cluster)).toBe(kind);
  });
});
