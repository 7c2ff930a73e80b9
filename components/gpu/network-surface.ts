/**
 * A real network's slice in the surface program (issue 15): the kernel that fills a grid with the
 * network's mean loss at θ(a, b) = θ₀ + a·d₁ + b·d₂ through network-tf.ts, from what the engine
 * built — `land.plane` (shape, θ₀, d₁, d₂) and the landscape's train/test rows, each
 * [features…, target] as the network reads them (the player's standardization is already in
 * them; there is no other normalization, and BatchNorm is not offered).
 *
 * Each split gets one slice program (its first layer factored on the host in float64, constants
 * uploaded once). A mini-batch gets a temporary program over its own rows — a few host
 * multiply-adds per row, cheaper than gathering three N×H tables on the device — freed as soon
 * as its grid is read back. The penalty is added by surface.ts, as for every family.
 */
import type { Examples, Landscape } from '@/engine';
import { createNetworkSliceProgram, type NetworkSliceInput, type NetworkSliceProgram } from './network-tf';
import type { GridPoints, SurfaceKernel } from './surface-kernel';

type Plane = NonNullable<Landscape['plane']>;

/** The slice over rows of `ex` (all of them, or those `rows` names): features and targets apart. */
function sliceInput(plane: Plane, ex: Examples, rows: Int32Array | null): NetworkSliceInput {
  const k = plane.shape.inputs;
  if (ex.width !== k + 1) throw new Error(`GPU surfaces: network rows have width ${ex.width}, the network reads ${k} features and a target`);
  const n = rows ? rows.length : ex.n;
  const X = new Float64Array(n * k);
  const y = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const off = (rows ? rows[r] : r) * ex.width;
    for (let j = 0; j < k; j++) X[r * k + j] = ex.data[off + j];
    y[r] = ex.data[off + k];
  }
  return { shape: plane.shape, theta0: plane.theta0, d1: plane.d1, d2: plane.d2, X, y, n };
}

/** Every point of a grid, g = j·n + i at (xs[i], ys[j]), as the slice program takes them. */
function pointsOf(grid: GridPoints): { xs: Float64Array; ys: Float64Array } {
  const { n } = grid;
  const xs = new Float64Array(n * n);
  const ys = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < n; i++) {
      xs[j * n + i] = grid.xs[i];
      ys[j * n + i] = grid.ys[j];
    }
  }
  return { xs, ys };
}

/** The kernel of a `network` landscape (see file note); throws when the landscape has no plane. */
export function networkSurfaceKernel(land: Landscape, maxElements: number): SurfaceKernel {
  const plane = land.plane;
  if (!plane) throw new Error(`GPU surfaces: the '${land.family}' landscape carries no network plane`);
  const programs = new Map<'train' | 'test', NetworkSliceProgram>();
  let last: { grid: GridPoints; points: ReturnType<typeof pointsOf> } | null = null;

  const programOf = (split: 'train' | 'test'): NetworkSliceProgram => {
    let p = programs.get(split);
    if (!p) {
      p = createNetworkSliceProgram(sliceInput(plane, split === 'test' ? land.test : land.train, null), maxElements);
      programs.set(split, p);
    }
    return p;
  };

  return {
    normFor: () => null,
    async dataLoss(grid, split, rows, _norm, signal) {
      const count = rows ? rows.length : (split === 'test' ? land.test : land.train).n;
      if (count === 0) return new Float32Array(grid.n * grid.n).fill(NaN);
      if (last?.grid !== grid) last = { grid, points: pointsOf(grid) };
      const { xs, ys } = last.points;
      if (!rows) return programOf(split).evaluate(xs, ys, signal);
      const batch = createNetworkSliceProgram(sliceInput(plane, land.train, rows), maxElements);
      try {
        return await batch.evaluate(xs, ys, signal);
      } finally {
        batch.dispose();
      }
    },
    dispose() {
      for (const p of programs.values()) p.dispose();
      programs.clear();
      last = null;
    },
  };
}
