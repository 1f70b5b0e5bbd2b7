/**
 * Where each place's name hangs by its dot (src/lib/map/labels.ts): one behaviour per row, in
 * English (after the dot: to the right) and Arabic (after: to the left). Buttons are 24 px
 * squares, names 14 px high, 4 px from their dot.
 */
import { describe, expect, it } from 'vitest';
import { labelSides, type Box, type LabelledPoint } from '../../src/lib/map/labels';

const at = (id: string, x: number, y: number, width = 100, main = true): LabelledPoint => ({ id, x, y, width, height: 14, main });
const sides = (points: readonly LabelledPoint[], rtl = false, mapWidth = 400, mapHeight = 300) =>
  Object.fromEntries(labelSides(points, { mapWidth, mapHeight, rtl, target: 24, gap: 4 }));

describe('labelSides', () => {
  it.each([
    ['a lone name in the middle reads after its dot', [at('a', 200, 100)], false, 400, {}],
    ['… in Arabic too', [at('a', 200, 100)], true, 400, {}],
    ['a name that would run off the right edge hangs before its dot, on the left', [at('a', 350, 100)], false, 400, { a: 'before' }],
    ['in Arabic, one that would run off the left edge hangs on the right', [at('a', 50, 100)], true, 400, { a: 'before' }],
    ['a name too wide for either side goes above its dot, centred', [at('a', 100, 100, 150)], false, 200, { a: 'above' }],
    ['a name over the next place’s dot hangs before its own', [at('a', 150, 100), at('b', 210, 100, 60)], false, 400, { a: 'before' }],
    ['… in Arabic, the eastern name over the western dot hangs on the right', [at('a', 150, 100, 60), at('b', 210, 100)], true, 400, { b: 'before' }],
    ['names on different rows do not meet', [at('a', 150, 100), at('b', 210, 160, 60)], false, 400, {}],
    [
      'with both sides taken, a name goes above its dot (the Arabic phone embed’s venues)',
      [at('a', 100, 100, 60), at('b', 150, 100, 20), at('c', 60, 100, 0, false)],
      false,
      400,
      { a: 'above' },
    ],
    [
      '… and below when above is taken too',
      [at('a', 100, 100, 60), at('b', 150, 100, 20), at('c', 60, 100, 0, false), at('d', 100, 75, 0, false)],
      false,
      400,
      { a: 'below' },
    ],
    ['at the map’s top edge, above is off the map: below', [at('a', 100, 14, 60), at('b', 150, 14, 20), at('c', 60, 14, 0, false)], false, 400, { a: 'below' }],
    ['a name with no clear side keeps one on the map; the next name gives way', [at('a', 40, 100), at('b', 100, 100, 20)], false, 400, { b: 'above' }],
    ['a hidden name (0 wide) neither moves nor blocks, but its dot does', [at('a', 150, 100), at('b', 210, 100, 0, false)], false, 400, { a: 'before' }],
    [
      'a venue’s name is placed first: a context place’s name over it moves',
      [at('a', 150, 100, 100, false), at('b', 300, 100)],
      false,
      400,
      { a: 'before', b: 'before' },
    ],
  ] as const)('%s', (_name, points, rtl, mapWidth, expected) => {
    expect(sides(points, rtl, mapWidth)).toEqual(expected);
  });

  // Three places on one spot, as the Far East's venues are when the map shows the world; a strip
  // 40 px high, so that only the two sides are on the map.
  const lit = (p: LabelledPoint) => ({ ...p, lit: true });
  it.each([
    ['a name covering another name on every side is hidden', [lit(at('a', 200, 20)), lit(at('c', 200, 20)), at('b', 200, 20)], { c: 'before', b: 'hidden' }],
    [
      'a lit name is placed first and never hidden, wherever it comes',
      [at('b', 200, 20), at('c', 200, 20), lit(at('a', 200, 20))],
      { b: 'before', c: 'hidden' },
    ],
    // a's name runs from 116 to 216 px; b's 60 px name after its dot starts at 206 (10 px over a's: a sixth) or at 186 (30 px: half).
    ['a name over less than a third of another stays where it covers least', [lit(at('a', 100, 20)), at('b', 190, 20, 60, false)], {}],
    ['… over more than a third it is hidden', [lit(at('a', 100, 20)), at('b', 170, 20, 60, false)], { b: 'hidden' }],
  ] as const)('%s', (_name, points, expected) => {
    expect(sides(points, false, 400, 40)).toEqual(expected);
  });

  // The map's own controls: "Show all story venues" at the top left, the credits at the bottom
  // right (in English; the app mirrors neither).
  const button: Box = { left: 8, right: 158, top: 8, bottom: 44 };
  const credits: Box = { left: 260, right: 392, top: 262, bottom: 292 };
  const everywhere: Box = { left: 0, right: 400, top: 0, bottom: 300 };
  it.each([
    ['in Arabic a name reading left, under the map’s button, hangs on the right', [at('a', 200, 30, 60)], true, [button], { a: 'before' }],
    ['… in English it reads right, clear of the button', [at('a', 200, 30, 60)], false, [button], {}],
    ['a name that would run under the credits hangs before its dot', [at('a', 220, 277, 60)], false, [credits], { a: 'before' }],
    // The phone embed's map, 190 px high: Vostochny Cosmodrome's name, the day's, by its dot at the top.
    ['a name’s edge under a button is better than a name over a dot', [lit(at('a', 179, 48, 154)), at('b', 224, 59, 0)], false, [button], { a: 'before' }],
    ['a name under the controls on every side is hidden', [at('a', 200, 150, 60, false)], false, [everywhere], { a: 'hidden' }],
    ['… unless it is lit', [{ ...at('a', 200, 150, 60, false), lit: true }], false, [everywhere], {}],
  ] as const)('%s', (_name, points, rtl, controls, expected) => {
    expect(Object.fromEntries(labelSides(points, { mapWidth: 400, mapHeight: 300, rtl, target: 24, gap: 4, controls }))).toEqual(expected);
  });
});
