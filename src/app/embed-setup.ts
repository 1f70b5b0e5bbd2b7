/**
 * What the embed entry hands the App: the options read from the embed URL, the host
 * bridge and the article layout. The full-page app never loads any of them, so neither the
 * protocol code nor the embed's layout is in its first download.
 */
import type { Component } from 'svelte';
import type { EmbedOptions, Panel } from '../lib/embed/options';
import type { AppState } from './state.svelte';

export interface EmbedSetup {
  options: EmbedOptions;
  startBridge(app: AppState): () => void;
  /** The embed's article layout (EmbedFrame): only the embed's download carries it. */
  Frame: Component<{ controls: readonly Panel[] }>;
}
