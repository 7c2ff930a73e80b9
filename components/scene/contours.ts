/**
 * Contour lines by marching squares, shared by the 3-D scene and the 2-D map. Segments are in
 * fractional grid coordinates (i along x, j along y); callers map them to world or pixels.
 * Cells with a NaN corner are skipped. Saddle cells are split by the cell's centre average.
 * Pure functions, no DOM.
 */
import type { HeightMap } from './heights';

/** Contour segments of several levels: coords holds i0, j0, i1, j1 per segment. */
export interface ContourSet {
  readonly coords: Float32Array;
  /** Index into `levels` of each segment. */
  readonly level: Uint16Array;
  readonly levels: readonly number[];
  /** Number of segments. */
  readonly count: number;
}

// Edges of a cell: 0 bottom (00–10), 1 right (10–11), 2 top (01–11), 3 left (00–01).
// Case bits: 1 = corner 00, 2 = corner 10, 4 = corner 11, 8 = corner 01 (set when ≥ level).
const CASES: readonly (readonly number[])[] = [
  [], [3, 0], [0, 1], [3, 1], [1, 2], [], [0, 2], [3, 2],
  [2, 3], [0, 2], [], [1, 2], [1, 3], [0, 1], [0, 3], [],
];

/**
 * Appends to `out` the segments (i0, j0, i1, j1) of the iso-line values = level on a row-major
 * nx × ny grid (values[j·nx + i]). Returns the number of segments appended.
 */
export function marchingSquares(values: ArrayLike<number>, nx: number, ny: number, level: number, out: number[]): number {
  let n = 0;
  const edge = [0, 0, 0, 0, 0, 0, 0, 0]; // (i, j) of the crossing on each of the 4 edges
  for (let j = 0; j < ny - 1; j++) {
    for (let i = 0; i < nx - 1; i++) {
      const k = j * nx + i;
      const a = values[k]; // 00
      const b = values[k + 1]; // 10
      const c = values[k + nx + 1]; // 11
      const d = values[k + nx]; // 01
      if (Number.isNaN(a) || Number.isNaN(b) || Number.isNaN(c) || Number.isNaN(d)) continue;
      const code = (a >= level ? 1 : 0) | (b >= level ? 2 : 0) | (c >= level ? 4 : 0) | (d >= level ? 8 : 0);
      if (code === 0 || code === 15) continue;
      edge[0] = i + frac(a, b, level); edge[1] = j;
      edge[2] = i + 1; edge[3] = j + frac(b, c, level);
      edge[4] = i + frac(d, c, level); edge[5] = j + 1;
      edge[6] = i; edge[7] = j + frac(a, d, level);
      if (code === 5 || code === 10) {
        const centreHigh = (a + b + c + d) / 4 >= level;
        // The high corners connect through a high centre: cut off the two low corners instead.
        const aroundLow00 = (code === 5) !== centreHigh;
        if (aroundLow00) {
          push(out, edge, 3, 0); push(out, edge, 1, 2);
        } else {
          push(out, edge, 0, 1); push(out, edge, 2, 3);
        }
        n += 2;
        continue;
      }
      const pair = CASES[code];
      push(out, edge, pair[0], pair[1]);
      n += 1;
    }
  }
  return n;
}

function frac(v0: number, v1: number, level: number): number {
  const d = v1 - v0;
  if (d === 0) return 0.5;
  const t = (level - v0) / d;
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

function push(out: number[], edge: number[], e0: number, e1: number): void {
  out.push(edge[e0 * 2], edge[e0 * 2 + 1], edge[e1 * 2], edge[e1 * 2 + 1]);
}

/**
 * `n` contour levels evenly spaced in unit height (so in log mode they crowd near the minimum,
 * where the interesting detail is), strictly inside (min, max).
 */
export function contourLevels(hm: HeightMap, n: number): number[] {
  if (!(hm.max > hm.min) || n <= 0) return [];
  const levels: number[] = [];
  for (let k = 0; k < n; k++) levels.push(hm.fromUnit((k + 0.5) / n));
  return levels;
}

/** Marching squares for every level of `levels` on one grid. */
export function contourSet(values: ArrayLike<number>, nx: number, ny: number, levels: readonly number[]): ContourSet {
  const coords: number[] = [];
  const owner: number[] = [];
  levels.forEach((level, li) => {
    const added = marchingSquares(values, nx, ny, level, coords);
    for (let s = 0; s < added; s++) owner.push(li);
  });
  return { coords: Float32Array.from(coords), level: Uint16Array.from(owner), levels, count: owner.length };
}
