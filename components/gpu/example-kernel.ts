/**
 * The built-in families' surface kernel: the mean of per-example losses on a grid, from the
 * engine's own definitions and data —
 *   - terrain families: the family's terrain-language source (engine/landscape/expressions.ts,
 *     proved equal to the hand-written fields) compiled to TF.js, shifted by the landscape's δ_i;
 *   - data families: the landscape's own rows and normalization (baseNorm) as matrix ops.
 * Each split's examples are uploaded once and kept, with the last grids' coordinates; a
 * mini-batch gathers its rows on the device. Work is chunked over grid points so that no tensor
 * holds more than `maxElements` (grid points × examples); every chunk runs in tf.tidy and frees
 * its intermediates as it goes; the result comes back with one `await t.data()`.
 */
import * as tf from '@tensorflow/tfjs-core';
import { IDENTITY_NORM, parseTerrain, type Box, type Examples, type Landscape, type LandscapeSpec, type NormStats } from '@/engine';
import { familyExpression } from '@/engine/landscape/expressions';
import { compileTerrainTf, type TerrainTf } from './terrain-tf';
import {
  logisticRows, meanLogistic, meanShiftedTerrain, meanSquaredError, shiftRows, squaredErrorRows, type ExampleRows,
} from './losses-tf';
import { sameArray, sameBox, type GridPoints, type SurfaceKernel } from './surface-kernel';

type Kind = 'terrain' | 'squared' | 'logistic';

/** A grid's coordinates on the device: [G,1] x and y of grid point g = j·n + i. */
interface DeviceGrid {
  readonly n: number;
  readonly dom: Box;
  readonly X: tf.Tensor2D;
  readonly Y: tf.Tensor2D;
}

const GRID_CACHE = 2;

function kindOf(family: string, hasExpression: boolean): Kind {
  if (hasExpression) return 'terrain';
  if (family === 'regression' || family === 'sparse') return 'squared';
  if (family === 'cats-dogs') return 'logistic';
  throw new Error(`GPU surfaces: no kernel for the '${family}' family`);
}

class ExampleKernel implements SurfaceKernel {
  private readonly kind: Kind;
  private readonly terrain: TerrainTf | null;
  private grids: DeviceGrid[] = [];
  private readonly examples = new Map<'train' | 'test', tf.Tensor2D[]>();

  constructor(spec: LandscapeSpec, private readonly land: Landscape, private readonly maxElements: number) {
    const src = familyExpression(spec);
    this.kind = kindOf(land.family, src !== null);
    this.terrain = src === null ? null : compileTerrainTf(parseTerrain(src));
  }

  normFor(requested?: NormStats | null): NormStats | null {
    if (this.land.family === 'regression') return requested ?? this.land.baseNorm ?? IDENTITY_NORM;
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

  private deviceGrid(g: GridPoints): DeviceGrid {
    const hit = this.grids.find((d) => d.n === g.n && sameBox(d.dom, g.dom));
    if (hit) {
      this.grids = [hit, ...this.grids.filter((d) => d !== hit)];
      return hit;
    }
    const { n, xs, ys } = g;
    const gx = new Float32Array(n * n);
    const gy = new Float32Array(n * n);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        gx[j * n + i] = xs[i];
        gy[j * n + i] = ys[j];
      }
    }
    const grid: DeviceGrid = { n, dom: g.dom, X: tf.tensor2d(gx, [n * n, 1]), Y: tf.tensor2d(gy, [n * n, 1]) };
    this.grids.unshift(grid);
    for (const old of this.grids.splice(GRID_CACHE)) disposeGrid(old);
    return grid;
  }

  async dataLoss(points: GridPoints, split: 'train' | 'test', rows: Int32Array | null, norm: NormStats | null): Promise<Float32Array> {
    const grid = this.deviceGrid(points);
    const G = grid.n * grid.n;
    const count = rows ? rows.length : (split === 'test' ? this.land.test : this.land.train).n;
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
  private block(grid: DeviceGrid, start: number, size: number, ex: tf.Tensor2D[]): tf.Tensor1D {
    const whole = start === 0 && size === grid.n * grid.n;
    const X = whole ? grid.X : tf.slice(grid.X, [start, 0], [size, 1]);
    const Y = whole ? grid.Y : tf.slice(grid.Y, [start, 0], [size, 1]);
    if (this.kind === 'terrain') return meanShiftedTerrain(this.terrain as TerrainTf, X, Y, ex[0], ex[1]);
    if (this.kind === 'squared') return meanSquaredError(X, Y, ex[0], ex[1], ex[2]);
    return meanLogistic(X, Y, ex[0], ex[1], ex[2]);
  }

  dispose(): void {
    for (const g of this.grids) disposeGrid(g);
    this.grids = [];
    for (const ts of this.examples.values()) for (const t of ts) t.dispose();
    this.examples.clear();
  }
}

function disposeGrid(g: DeviceGrid): void {
  g.X.dispose();
  g.Y.dispose();
}

/** The kernel of a built-in family's landscape (throws for a family it has no kernel for). */
export function exampleKernel(spec: LandscapeSpec, land: Landscape, maxElements: number): SurfaceKernel {
  return new ExampleKernel(spec, land, maxElements);
}
