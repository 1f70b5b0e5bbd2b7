/**
 * Where each place's name hangs by its dot. A name reads after its dot (to the right in
 * English, to the left in Arabic) unless there it would run off the map, lie over another
 * place's dot, or over a name already placed (Vostochny Cosmodrome's and Komsomolsk-on-Amur's
 * in the phone embed); then it hangs before the dot, else above it, else below it, whichever is
 * first clear. When no side on the map is clear, it takes the one that covers least: a name
 * weighs ten times a context place's dot, a venue's dot four times. If even that side covers
 * more than a third of another name, the name is hidden (the world seen whole piles the Far
 * East's venues on one another): it shows on hover and focus, and its button keeps its name.
 * The day's lit places and the focus's are placed first and never hidden, then story venues.
 * The map's own controls (its buttons, its credits) are avoided too, though least of all: a
 * clear side is always taken first, but a name's edge under a button at the map's rim hides less
 * of it than it would hide of a dot or another name (the phone embed's map is 190 px high). A
 * name more than a third under a control is hidden, as under a name.
 * Pure: screen boxes in, the names that move out.
 */
export interface LabelledPoint {
  id: string;
  /** The button's centre on screen, spread included (px). */
  x: number;
  y: number;
  /** The name's box as drawn (px); 0 wide when the name is not shown. */
  width: number;
  height: number;
  /** A story venue: its name is placed before any context place's. */
  main: boolean;
  /** Lit on the day or in the focus: placed before all others, and never hidden. */
  lit?: boolean;
}

/** Where a name hangs; "after" (the reading direction's) is the default and never listed. */
export type LabelSide = 'after' | 'before' | 'above' | 'below';
/** A name moved off its default side, or hidden. */
export type LabelPlacement = Exclude<LabelSide, 'after'> | 'hidden';

/** A rectangle on the map (px from its top left corner). */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The area two boxes share (px²). */
const shared = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** How much worse covering a name, or a venue's dot, is than covering a context place's dot. */
const NAME_WEIGHT = 10;
const VENUE_DOT_WEIGHT = 4;
const CONTROL_WEIGHT = 0.5;

const SIDES: readonly LabelSide[] = ['after', 'before', 'above', 'below'];

/**
 * The names that do not hang after their dot, and where they hang instead. `target` is a
 * button's square (px), `gap` the room between dot and name; `rtl` reverses after and before.
 */
export function labelSides(
  points: readonly LabelledPoint[],
  opts: { mapWidth: number; mapHeight: number; rtl: boolean; target: number; gap: number; controls?: readonly Box[] },
): Map<string, LabelPlacement> {
  const { mapWidth, mapHeight, rtl, target, gap, controls = [] } = opts;
  const half = target / 2;
  const dots: Box[] = points.map((p) => ({ left: p.x - half, right: p.x + half, top: p.y - half, bottom: p.y + half }));
  const boxOn = (p: LabelledPoint, side: LabelSide): Box => {
    const middle = { top: p.y - p.height / 2, bottom: p.y + p.height / 2 };
    const centred = { left: p.x - p.width / 2, right: p.x + p.width / 2 };
    const right = side === (rtl ? 'before' : 'after');
    if (side === 'above') return { ...centred, top: p.y - half - gap - p.height, bottom: p.y - half - gap };
    if (side === 'below') return { ...centred, top: p.y + half + gap, bottom: p.y + half + gap + p.height };
    return right
      ? { left: p.x + half + gap, right: p.x + half + gap + p.width, ...middle }
      : { left: p.x - half - gap - p.width, right: p.x - half - gap, ...middle };
  };
  const onMap = (b: Box) => b.left >= 0 && b.right <= mapWidth && b.top >= 0 && b.bottom <= mapHeight;

  const moved = new Map<string, LabelPlacement>();
  const placed: Box[] = [];
  /** Covering a name weighs NAME_WEIGHT, a dot 1 or VENUE_DOT_WEIGHT. */
  const dotWeights = points.map((p) => (p.main ? VENUE_DOT_WEIGHT : 1));
  const rank = (p: LabelledPoint) => (p.lit ? 2 : p.main ? 1 : 0);
  const order = points.map((p, i) => ({ p, i })).sort((a, b) => rank(b.p) - rank(a.p));
  for (const { p, i } of order) {
    if (p.width <= 0) continue;
    // Only what lies within reach of one of its four boxes can be covered: at 10,000 events
    // there are some 300 places, and this runs after each change of day.
    const reach: Box = {
      left: p.x - half - gap - p.width,
      right: p.x + half + gap + p.width,
      top: p.y - half - gap - p.height,
      bottom: p.y + half + gap + p.height,
    };
    const nearNames = placed.filter((q) => shared(reach, q) > 0);
    const nearControls = controls.filter((c) => shared(reach, c) > 0);
    const near: { box: Box; weight: number }[] = [
      ...nearNames.map((box) => ({ box, weight: NAME_WEIGHT })),
      ...nearControls.map((box) => ({ box, weight: CONTROL_WEIGHT })),
    ];
    dots.forEach((d, j) => {
      if (j !== i && shared(reach, d) > 0) near.push({ box: d, weight: dotWeights[j]! });
    });
    /** What a box covers, weighted (0: clear). */
    const cost = (b: Box) => near.reduce((sum, n) => sum + n.weight * shared(b, n.box), 0);
    // The first clear side on the map; else the least covering one (in the order of SIDES on a
    // tie); after when no side is on the map.
    let chosen: { side: LabelSide; box: Box; cost: number } | null = null;
    for (const side of SIDES) {
      const box = boxOn(p, side);
      if (!onMap(box)) continue;
      const k = cost(box);
      if (!chosen || k < chosen.cost) chosen = { side, box, cost: k };
      if (k === 0) break;
    }
    const final = chosen ?? { side: 'after' as const, box: boxOn(p, 'after') };
    // Every side's box lies within reach: the names and controls near it are all it can go under.
    const under = [...nearNames, ...nearControls].reduce((sum, q) => sum + shared(final.box, q), 0);
    if (!p.lit && under > (p.width * p.height) / 3) {
      moved.set(p.id, 'hidden');
      continue;
    }
    if (final.side !== 'after') moved.set(p.id, final.side);
    placed.push(final.box);
  }
  return moved;
}
