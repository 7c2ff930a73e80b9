/**
 * Contour polylines by marching squares, for server-rendered SVG. Unlike a segment soup, the
 * segments of one level are chained into polylines (a crossing on a cell edge is shared by the
 * two cells beside it), which keeps the markup small and the line joins clean.
 * Pure functions: no DOM, no React.
 */

/** A row-major grid of values: values[j·nx + i] at x index i, y index j. */
export interface Grid {
  readonly nx: number;
  readonly ny: number;
  readonly values: ArrayLike<number>;
}

/** A polyline in fractional grid coordinates (i, j), flat [i0, j0, i1, j1, …]. */
export type Polyline = number[];

// Edges of a cell: 0 bottom (00–10), 1 right (10–11), 2 top (01–11), 3 left (00–01).
// Case bits: 1 = corner 00, 2 = corner 10, 4 = corner 11, 8 = corner 01 (set when ≥ level).
const CASES: readonly (readonly number[])[] = [
  [], [3, 0], [0, 1], [3, 1], [1, 2], [], [0, 2], [3, 2],
  [2, 3], [0, 2], [], [1, 2], [1, 3], [0, 1], [0, 3], [],
];

/** The iso-lines values = level as polylines (NaN cells are skipped; saddle cells split by the centre). */
export function contourLines(grid: Grid, level: number): Polyline[] {
  const { nx, ny, values } = grid;
  const h = nx * ny; // vertical edges are numbered after the horizontal ones
  const edgeId = (i: number, j: number, e: number) =>
    e === 0 ? j * nx + i : e === 2 ? (j + 1) * nx + i : e === 3 ? h + j * nx + i : h + j * nx + i + 1;
  const points = new Map<number, [number, number]>();
  const segs: [number, number][] = [];
  const frac = (a: number, b: number) => (a === b ? 0.5 : Math.min(1, Math.max(0, (level - a) / (b - a))));
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const k = j * nx + i;
      const a = values[k];
      const b = values[k + 1];
      const c = values[k + nx + 1];
      const d = values[k + nx];
      if (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(c) || Number.isNaN(d)) continue;
      const code = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0);
      if (code === 0 || code === 15) continue;
      const at: [number, number][] = [
        [i + frac(a, b), j],
        [i + 1, j + frac(b, c)],
        [i + frac(d, c), j + 1],
        [i, j + frac(a, d)],
      ];
      const add = (e0: number, e1: number) => {
        const id0 = edgeId(i, j, e0);
        const id1 = edgeId(i, j, e1);
        points.set(id0, at[e0]);
        points.set(id1, at[e1]);
        segs.push([id0, id1]);
      };
      if (code === 5 || code === 10) {
        const centreHigh = (a + b + c + d) / 4 >= level;
        if ((code === 5) !== centreHigh) {
          add(3, 0);
          add(1, 2);
        } else {
          add(0, 1);
          add(2, 3);
        }
        continue;
      }
      add(CASES[code][0], CASES[code][1]);
    }
  }
  return chain(segs, points);
}

/** Joins segments that share an edge point into polylines. */
function chain(segs: readonly [number, number][], points: ReadonlyMap<number, [number, number]>): Polyline[] {
  const byEdge = new Map<number, number[]>();
  segs.forEach(([e0, e1], s) => {
    for (const e of [e0, e1]) {
      const list = byEdge.get(e);
      if (list) list.push(s);
      else byEdge.set(e, [s]);
    }
  });
  const used = new Uint8Array(segs.length);
  const next = (edge: number): number | undefined => byEdge.get(edge)?.find((s) => !used[s]);
  const lines: Polyline[] = [];
  for (let s0 = 0; s0 < segs.length; s0++) {
    if (used[s0]) continue;
    used[s0] = 1;
    const ids = [segs[s0][0], segs[s0][1]];
    // Grow forward from the tail, then backward from the head.
    for (let s = next(ids[ids.length - 1]); s !== undefined; s = next(ids[ids.length - 1])) {
      used[s] = 1;
      const [e0, e1] = segs[s];
      ids.push(e0 === ids[ids.length - 1] ? e1 : e0);
    }
    for (let s = next(ids[0]); s !== undefined; s = next(ids[0])) {
      used[s] = 1;
      const [e0, e1] = segs[s];
      ids.unshift(e0 === ids[0] ? e1 : e0);
    }
    lines.push(ids.flatMap((id) => points.get(id)!));
  }
  return lines;
}

/**
 * `count` contour levels at evenly spaced quantiles of the finite grid values, so lines spread
 * over the picture whatever the loss's range (a ravine's walls do not eat every line).
 */
export function quantileLevels(values: ArrayLike<number>, count: number): number[] {
  const finite = Array.from(values).filter(Number.isFinite).sort((p, q) => p - q);
  if (finite.length === 0) return [];
  const levels: number[] = [];
  for (let k = 0; k < count; k++) {
    const v = finite[Math.min(finite.length - 1, Math.floor(((k + 0.5) / count) * finite.length))];
    if (!levels.length || v > levels[levels.length - 1]) levels.push(v);
  }
  return levels;
}
