/**
 * Keeps place buttons from lying on top of each other: each button is a square target of
 * `gap` px, and two whose squares overlap on screen (South Korea and Pyongyang on a phone)
 * are pulled apart. Story venues stay where they are; a context place moves the least it can,
 * along one axis. Pure: screen points in, offsets out.
 */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
  /** A story venue: placed first, and never moved for a context place. */
  main: boolean;
}

/** The offset [dx, dy] of each point that had to move (points that stay are left out). */
export function spreadMarkers(points: readonly ScreenPoint[], gap: number): Map<string, [number, number]> {
  const moved = new Map<string, [number, number]>();
  const placed: { x: number; y: number }[] = [];
  const order = [...points].sort((a, b) => Number(b.main) - Number(a.main));
  for (const p of order) {
    let { x, y } = p;
    const hitAt = (x: number, y: number) => placed.find((q) => Math.abs(q.x - x) < gap && Math.abs(q.y - y) < gap);
    // A move can land on a third button: a few more rounds, then below all its column.
    for (let round = 0, hit = hitAt(x, y); hit; round++, hit = hitAt(x, y)) {
      if (round > placed.length) {
        y = Math.max(...placed.filter((q) => Math.abs(q.x - x) < gap).map((q) => q.y)) + gap;
        break;
      }
      const dx = x - hit.x;
      const dy = y - hit.y;
      if (Math.abs(dy) >= Math.abs(dx)) y = hit.y + (dy >= 0 ? gap : -gap);
      else x = hit.x + (dx >= 0 ? gap : -gap);
    }
    placed.push({ x, y });
    if (x !== p.x || y !== p.y) moved.set(p.id, [x - p.x, y - p.y]);
  }
  return moved;
}
