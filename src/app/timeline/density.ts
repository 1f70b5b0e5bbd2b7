/** What both strips need to draw a large dataset's densities: the lazily loaded canvas and the events as columns. */
import type { DayColumns } from '../../lib/timeline/density';
import type DensityCanvas from './DensityCanvas.svelte';

export interface Density {
  Canvas: typeof DensityCanvas;
  cols: DayColumns;
}
