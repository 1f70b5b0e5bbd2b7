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

/**
 * The edge of each category's mark: its colour, or a deeper shade of it where the colour alone
 * is under 3:1 against the timeline's background (orange, sky blue and grey on white; WCAG
 * 1.4.11). Each edge keeps 3:1 or more in both themes (#A66F00 4.3:1 on white, 3.8:1 on the
 * dark surface; #2F86BF 4.0:1 and 4.2:1; #767676 4.5:1 and 3.6:1). The fill stays Okabe–Ito's.
 */
export const CATEGORY_EDGES: Record<Category, string> = {
  ...CATEGORY_COLORS,
  inspection: '#A66F00',
  gift: '#2F86BF',
  history: '#767676',
};
