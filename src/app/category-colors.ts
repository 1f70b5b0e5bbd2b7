/**
 * One colour per event category: the Okabe–Ito palette, chosen because its eight colours
 * stay distinct for the common colour-vision deficiencies. Colour is never the only
 * signal: every mark also has its category in words (title, legend, panel).
 */
import type { Category } from '../lib/story/types';

export const CATEGORY_COLORS: Record<Category, string> = {
  visit: '#0072B2',
  talks: '#D55E00',
  tour: '#009E73',
  parade: '#CC79A7',
  inspection: '#E69F00',
  gift: '#56B4E9',
  // Okabe–Ito's black, as the text colour: black on the light theme, light on the dark one.
  reaction: 'currentColor',
  history: '#999999',
};
