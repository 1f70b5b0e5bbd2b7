/**
 * What the stylesheets restate from the code, held equal: the category colours (classes,
 * because the security policy allows no inline style attribute in the prerendered page) and the
 * embed's narrow width (a media query, so the first paint has the narrow layout before any script).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORY_COLORS, CATEGORY_EDGES } from '../../src/app/category-colors';
import { CATEGORIES } from '../../src/lib/story/types';
import { NARROW_BELOW } from '../../src/lib/embed/layout';

const css = (file: string) => readFileSync(new URL(`../../src/app/${file}`, import.meta.url), 'utf8');

describe('styles.css category classes', () => {
  it.each(CATEGORIES)('.cat-%s sets --cat to the category colour', (c) => {
    const rule = new RegExp(`\\.cat-${c} \\{\\s*--cat: ([^;]+);`).exec(css('styles.css'));
    expect(rule?.[1]?.toLowerCase()).toBe(CATEGORY_COLORS[c].toLowerCase());
  });

  it.each(CATEGORIES)('.cat-%s sets --cat-edge where the edge is deeper than the colour', (c) => {
    const rule = new RegExp(`\\.cat-${c} \\{[^}]*--cat-edge: ([^;]+);`).exec(css('styles.css'));
    expect(rule?.[1]?.toLowerCase() ?? CATEGORY_COLORS[c].toLowerCase()).toBe(CATEGORY_EDGES[c].toLowerCase());
  });
});

describe('embed.css', () => {
  it('switches to the narrow (tabbed) layout below NARROW_BELOW, as the embed height table does', () => {
    const widths = [...css('embed.css').matchAll(/@media \(max-width: ([\d.]+)px\)/g)].map((m) => Number(m[1]));
    expect(widths.length).toBeGreaterThan(0);
    for (const w of widths) expect(w).toBe(NARROW_BELOW - 0.02);
  });
});
