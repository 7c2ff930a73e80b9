/**
 * Loss surfaces on the GPU: a level's landscape evaluated on an res×res grid as the mean of its
 * per-example losses plus the L1/L2 penalty — L(w) = (1/N) Σ ℓ_i(w) + R_λ(w), the engine's
 * objective (meanLoss + penalty), from the engine's own definitions and data:
 *   - terrain families: the family's terrain-language source (engine/landscape/expressions.ts,
 *     proved equal to the hand-written fields) compiled to TF.js, shifted by the landscape's δ_i;
 *   - data families: the landscape's own rows and normalization (baseNorm) as matrix ops.
 *
 * A SurfaceProgram is built once per landscape: it uploads each split's examples once and keeps
 * them (and the grid coordinates) on the device. A recompute for another mini-batch gathers the
 * rows on the device; a recompute where only λ1/λ2 changed reuses the last data-loss grid and
 * only adds the penalty (in float64, on the host). Work is chunked over grid points so that no
 * tensor holds more than `maxElements` (grid points × examples); every chunk runs in tf.tidy and
 * frees its intermediates as it goes; the result comes back with one `await t.data()`.
 */
import * as tf from '@tensorflow/tfjs-core';
import { IDENTITY_NORM, parseTerrain, penalty, type Box, type Examples, type Landscape, type LandscapeSpec, type NormStats } from '@/engine';
import { familyExpression } from '@/engine/landscape/expressions';
import type { SurfaceGrid } from '@/components/scene/types';
import { compileTerrainTf, type TerrainTf } from './terrain-tf';
import {
  logisticRows, meanLogistic, meanShiftedTerrain, meanSquaredError, shiftRows, squaredErrorRows, type ExampleRows,
} from './losses-tf';

/** What one surface is: which examples, which penalty, which grid. */
export interface SurfaceOptions {
  /** Which examples: the training set or the held-out test set. */
  readonly split: 'train' | 'test';
  /**
   * A mini-batch: indices into the TRAINING rows (ignored for the test split, as the plain-JS
   * surface does). null or absent: every row of the split. An empty batch gives an all-NaN grid.
   */
  readonly rows?: Int32Array | null;
  /** Penalty λ1·(|w1|+|w2|) + (λ2/2)·(w1²+w2²), as the engine's `penalty`. */
  readonly l1: number;
  readonly l2: number;
  /** Grid points per axis (2 … MAX_RES). */
  readonly res: number;
  /** Defaults to the landscape's domain. */
  readonly domain?: Box;
  /**
   * Feature normalization in force, [mean1, mean2, invStd1, invStd2, offset] (regression only,
   * where the engine's term uses it: e.g. a BatchNorm mini-batch's statistics with baseNorm's
   * offset). Default: the landscape's baseNorm, as meanLoss is called for evaluation.
   */
  readonly norm?: NormStats | null;
}

/** A landscape's surface program: examples kept on the device, cheap recomputes. */
export interface SurfaceProgram {
  readonly family: string;
  compute(opts: SurfaceOptions): Promise<SurfaceGrid>;
  /** Frees every tensor the program holds; compute() throws afterwards. */
  dispose(): void;
}

/** Tuning of a program. */
export interface ProgramConfig {
  /** Largest grid-points × examples block in one tensor (default 2^22, at most 2^24 ≈ 16.8M). */
  readonly maxElements?: number;
}

/** Largest grid resolution accepted. */
export const MAX_RES = 2048;
/** Default and largest chunk size in elements (grid points × examples). */
export const DEFAULT_MAX_ELEMENTS = 1 << 22;
export const MAX_ELEMENTS = 1 << 24;

type Kind = 'terrain' | 'squared' | 'logistic';

/** A grid's coordinates (float64, as the engine evaluates them) and their device tensors. */
interface Grid {
  readonly n: number;
  readonly dom: Box;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** [G,1] x and y of grid point g = j·n + i. */
  readonly X: tf.Tensor2D;
  readonly Y: tf.Tensor2D;
}

/** A cached data-loss grid (before the penalty). */
interface DataEntry {
  readonly split: 'train' | 'test';
  readonly rows: Int32Array | null;
  readonly n: number;
  readonly dom: Box;
  readonly norm: NormStats | null;
  readonly data: Float32Array;
}

const GRID_CACHE = 2;
const DATA_CACHE = 4;

/** Grid coordinate i of n over [a, b], exactly as the plain-JS surface computes it. */
function coord(a: number, b: number, i: number, n: number): number {
  return a + ((b - a) * i) / (n - 1);
}

function sameBox(a: Box, b: Box): boolean {
  return a.x[0] === b.x[0] && a.x[1] === b.x[1] && a.y[0] === b.y[0] && a.y[1] === b.y[1];
}

function sameArray(a: ArrayLike<number> | null, b: ArrayLike<number> | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function kindOf(family: string, hasExpression: boolean): Kind {
  if (hasExpression) return 'terrain';
  if (family === 'regression' || family === 'sparse') return 'squared';
  if (family === 'cats-dogs') return 'logistic';
  throw new Error(`GPU surfaces: no kernel for the '${family}' family`);
}

class Program implements SurfaceProgram {
  readonly family: string;
  private readonly kind: Kind;
  private readonly terrain: TerrainTf | null;
  private readonly maxElements: number;
  private grids: Grid[] = [];
  private readonly examples = new Map<'train' | 'test', tf.Tensor2D[]>();
  private cache: DataEntry[] = [];
  private disposed = false;

  constructor(spec: LandscapeSpec, private readonly land: Landscape, cfg: ProgramConfig) {
    if (spec.family !== land.family) {
      throw new Error(`GPU surfaces: the spec names '${spec.family}' but the landscape is '${land.family}'`);
    }
    this.family = land.family;
    const src = familyExpression(spec);
    this.kind = kindOf(land.family, src !== null);
    this.terrain = src === null ? null : compileTerrainTf(parseTerrain(src));
    const max = cfg.maxElements ?? DEFAULT_MAX_ELEMENTS;
    if (!(Number.isInteger(max) && max >= 1 && max <= MAX_ELEMENTS)) {
      throw new RangeError(`maxElements must be an integer in [1, ${MAX_ELEMENTS}]`);
    }
    this.maxElements = max;
  }

  /** The normalization the engine's term uses for this family, given a request's `norm`. */
  private normFor(requested?: NormStats | null): NormStats | null {
    if (this.family === 'regression') return requested ?? this.land.baseNorm ?? IDENTITY_NORM;
    if (this.kind === 'squared') return IDENTITY_NORM;
    return null;
  }

  private rowsOf(ex: Examples, norm: NormStats | null): ExampleRows {
    if (this.kind === 'terrain') return shiftRows(ex);
    if (this.kind === 'squared') return squaredErrorRows(ex, norm as NormStats);
    return logisticRows(ex);
  }

  /** Device tensors of a split's examples: its rows, [1,N] each. */
  private upload(rows: ExampleRows): tf.Tensor2D[] {
    return rows.map((r) => tf.tensor2d(Float32Array.from(r), [1, r.length]));
  }

  private splitTensors(split: 'train' | 'test'): tf.Tensor2D[] {
    let t = this.examples.get(split);
    if (!t) {
      const ex = split === 'test' ? this.land.test : this.land.train;
      t = this.upload(this.rowsOf(ex, this.normFor()));
      this.examples.set(split, t);
    }
    return t;
  }

  private grid(n: number, dom: Box): Grid {
    const hit = this.grids.find((g) => g.n === n && sameBox(g.dom, dom));
    if (hit) {
      this.grids = [hit, ...this.grids.filter((g) => g !== hit)];
      return hit;
    }
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      xs[i] = coord(dom.x[0], dom.x[1], i, n);
      ys[i] = coord(dom.y[0], dom.y[1], i, n);
    }
    const gx = new Float32Array(n * n);
    const gy = new Float32Array(n * n);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        gx[j * n + i] = xs[i];
        gy[j * n + i] = ys[j];
      }
    }
    const X = tf.tensor2d(gx, [n * n, 1]);
    const Y = tf.tensor2d(gy, [n * n, 1]);
    const grid: Grid = { n, dom: { x: [dom.x[0], dom.x[1]], y: [dom.y[0], dom.y[1]] }, xs, ys, X, Y };
    this.grids.unshift(grid);
    for (const old of this.grids.splice(GRID_CACHE)) disposeGrid(old);
    return grid;
  }

  private checkRows(rows: Int32Array, n: number): void {
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      if (!(r >= 0 && r < n)) throw new RangeError(`rows[${k}] = ${r} is not a row of the training set (0…${n - 1})`);
    }
  }

  /** Mean data loss (no penalty) at every grid point: one device pass, chunked. */
  private async dataLoss(grid: Grid, split: 'train' | 'test', rows: Int32Array | null, norm: NormStats | null): Promise<Float32Array> {
    const G = grid.n * grid.n;
    const count = rows ? rows.length : (split === 'test' ? this.land.test : this.land.train).n;
    if (count === 0) return new Float32Array(G).fill(NaN);
    // A normalization other than the one uploaded (regression with batch statistics): temporary tensors.
    const temp = sameArray(norm, this.normFor()) ? null : this.upload(this.rowsOf(split === 'test' ? this.land.test : this.land.train, norm));
    const full = temp ?? this.splitTensors(split);
    const idx = rows ? tf.tensor1d(rows, 'int32') : null;
    const chunk = Math.max(1, Math.floor(this.maxElements / count));
    let out: tf.Tensor;
    try {
      out = tf.tidy(() => {
        const ex = idx ? full.map((t) => tf.gather(t, idx, 1) as tf.Tensor2D) : full;
        const parts: tf.Tensor[] = [];
        for (let start = 0; start < G; start += chunk) {
          const size = Math.min(chunk, G - start);
          parts.push(tf.tidy(() => this.block(grid, start, size, ex)));
        }
        if (parts.length === 1) return parts[0];
        const all = tf.concat(parts);
        for (const p of parts) p.dispose();
        return all;
      });
    } finally {
      idx?.dispose();
      if (temp) for (const t of temp) t.dispose();
    }
    try {
      return Float32Array.from((await out.data()) as Float32Array);
    } finally {
      out.dispose();
    }
  }

  /** Mean loss over the examples `ex` at grid points [start, start + size): [size]. */
  private block(grid: Grid, start: number, size: number, ex: tf.Tensor2D[]): tf.Tensor1D {
    const whole = start === 0 && size === grid.n * grid.n;
    const X = whole ? grid.X : tf.slice(grid.X, [start, 0], [size, 1]);
    const Y = whole ? grid.Y : tf.slice(grid.Y, [start, 0], [size, 1]);
    if (this.kind === 'terrain') return meanShiftedTerrain(this.terrain as TerrainTf, X, Y, ex[0], ex[1]);
    if (this.kind === 'squared') return meanSquaredError(X, Y, ex[0], ex[1], ex[2]);
    return meanLogistic(X, Y, ex[0], ex[1], ex[2]);
  }

  async compute(opts: SurfaceOptions): Promise<SurfaceGrid> {
    if (this.disposed) throw new Error('GPU surfaces: this program was disposed');
    const n = opts.res;
    if (!(Number.isInteger(n) && n >= 2 && n <= MAX_RES)) throw new RangeError(`res must be an integer in [2, ${MAX_RES}]`);
    const dom = opts.domain ?? this.land.domain;
    const split = opts.split === 'test' ? 'test' : 'train';
    const rows = split === 'train' ? (opts.rows ?? null) : null;
    if (rows) this.checkRows(rows, this.land.train.n);
    const norm = this.normFor(opts.norm);
    const grid = this.grid(n, dom);

    let entry = this.cache.find(
      (e) => e.split === split && e.n === n && sameBox(e.dom, dom) && sameArray(e.rows, rows) && sameArray(e.norm, norm),
    );
    if (!entry) {
      const data = await this.dataLoss(grid, split, rows, norm);
      if (this.disposed) throw new Error('GPU surfaces: this program was disposed');
      entry = { split, rows: rows && rows.slice(), n, dom: grid.dom, norm: norm && norm.slice(), data };
    }
    this.cache = [entry, ...this.cache.filter((e) => e !== entry)].slice(0, DATA_CACHE);

    // Add the penalty in float64 at the engine's own coordinates; non-finite → NaN.
    const { data } = entry;
    const { xs, ys } = grid;
    const values = new Float32Array(n * n);
    let min = Infinity;
    let max = -Infinity;
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const k = j * n + i;
        const v = data[k] + penalty(xs[i], ys[j], opts.l1, opts.l2);
        const f = Number.isFinite(v) ? v : NaN;
        values[k] = f;
        if (f < min) min = f;
        if (f > max) max = f;
      }
    }
    // Min and max of what is stored (float32), so that min ≤ v ≤ max holds for every value.
    const fmin = Math.fround(min);
    const fmax = Math.fround(max);
    return {
      nx: n,
      ny: n,
      x: [dom.x[0], dom.x[1]],
      y: [dom.y[0], dom.y[1]],
      values,
      min: Number.isFinite(fmin) ? fmin : 0,
      max: Number.isFinite(fmax) ? fmax : 1,
    };
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const g of this.grids) disposeGrid(g);
    this.grids = [];
    for (const ts of this.examples.values()) for (const t of ts) t.dispose();
    this.examples.clear();
    this.cache = [];
  }
}

function disposeGrid(g: Grid): void {
  g.X.dispose();
  g.Y.dispose();
}

/**
 * Builds the surface program of a landscape. `spec` is the level's LandscapeSpec (for the
 * family's parameters: its terrain-language source); `land` is the landscape the engine built
 * from it (`landscapeFor(level, settings)`: its examples and normalization are used as they are).
 */
export function createSurfaceProgram(spec: LandscapeSpec, land: Landscape, cfg: ProgramConfig = {}): SurfaceProgram {
  return new Program(spec, land, cfg);
}

/** One surface, one shot: builds a program, computes, frees it. Prefer a kept program for recomputes. */
export async function computeSurface(
  req: SurfaceOptions & { readonly spec: LandscapeSpec; readonly land: Landscape },
  cfg: ProgramConfig = {},
): Promise<SurfaceGrid> {
  const program = createSurfaceProgram(req.spec, req.land, cfg);
  try {
    return await program.compute(req);
  } finally {
    program.dispose();
  }
}
