/**
 * What the embed entry hands the App: the options read from the embed URL and the host
 * bridge. The full-page app never loads either, so the protocol code is not in its first
 * download.
 */
import type { EmbedOptions } from '../lib/embed/options';
import type { AppState } from './state.svelte';

export interface EmbedSetup {
  options: EmbedOptions;
  startBridge(app: AppState): () => void;
}
