/**
 * Loss surfaces on the GPU: a level's landscape evaluated on an res×res grid as the mean of its
 * per-example losses plus the L1/L2 penalty — L(w) = (1/N) Σ ℓ_i(w) + R_λ(w), the engine's
 * objective (meanLoss + penalty). The data loss comes from a kernel (surface-kernel.ts):
 * example-kernel.ts for the built-in families, network-surface.ts for a real network's slice.
 *
 * A SurfaceProgram is built once per landscape: its kernel keeps each split's examples on the
 * device. A recompute where only λ1/λ2 changed reuses the last data-loss grid and only adds the
 * penalty — in float64, on the host, with the engine's own helper (penaltyOn), for every family alike.
 */
import { penaltyOn, type Box, type Landscape, type LandscapeSpec, type NormStats } from '@/engine';
import type { SurfaceGrid } from '@/components/scene/types';
import { DEFAULT_MAX_ELEMENTS, MAX_ELEMENTS, MAX_RES, gridPoints, sameArray, sameBox, type GridPoints, type SurfaceKernel } from './surface-kernel';
import { exampleKernel } from './example-kernel';
import { networkSurfaceKernel } from './network-surface';

/** What one surface is: which examples, which penalty, which grid. */
export interface SurfaceOptions {
  /** Which examples: the training set or the held-out test set. */
  readonly split: 'train' | 'test';
  /**
   * A mini-batch: indices into the TRAINING rows (ignored for the test split, as the plain-JS
   * surface does). null or absent: every row of the split. An empty batch gives an all-NaN grid.
   */
  readonly rows?: Int32Array | null;
  /** L1/L2 λ of the penalty, as the engine's `penaltyOn` (on (w1, w2); on θ for a network's slice). */
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
  /**
   * Aborted when the caller no longer wants the grid (its settings moved on). A computation
   * shared by several requests stops only once every one of them has aborted; a request
   * without a signal keeps it going. Only the slow paths (a network on wasm/cpu) check it.
   */
  readonly signal?: AbortSignal;
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
  /** Largest block in one tensor (default 2^22, at most 2^24 ≈ 16.8M; surface-kernel.ts). */
  readonly maxElements?: number;
}

/** A cached data-loss grid (before the penalty). */
interface DataEntry {
  readonly split: 'train' | 'test';
  readonly rows: Int32Array | null;
  readonly n: number;
  readonly dom: Box;
  readonly norm: NormStats | null;
  /** Shared by requests that arrive while it is computed (a λ change during a slow network grid). */
  readonly data: Promise<Float32Array>;
  /** Requests still waiting for `data` that could abort it, and the abort of its computation. */
  waiting: number;
  readonly abort: AbortController;
}

const GRID_CACHE = 2;
const DATA_CACHE = 4;

class Program implements SurfaceProgram {
  readonly family: string;
  private readonly kernel: SurfaceKernel;
  private grids: GridPoints[] = [];
  private cache: DataEntry[] = [];
  private disposed = false;

  constructor(spec: LandscapeSpec, private readonly land: Landscape, cfg: ProgramConfig) {
    if (spec.family !== land.family) {
      throw new Error(`GPU surfaces: the spec names '${spec.family}' but the landscape is '${land.family}'`);
    }
    this.family = land.family;
    const max = cfg.maxElements ?? DEFAULT_MAX_ELEMENTS;
    if (!(Number.isInteger(max) && max >= 1 && max <= MAX_ELEMENTS)) {
      throw new RangeError(`maxElements must be an integer in [1, ${MAX_ELEMENTS}]`);
    }
    this.kernel = land.family === 'network' ? networkSurfaceKernel(land, max) : exampleKernel(spec, land, max);
  }

  private grid(n: number, dom: Box): GridPoints {
    const grid = this.grids.find((g) => g.n === n && sameBox(g.dom, dom)) ?? gridPoints(n, dom);
    this.grids = [grid, ...this.grids.filter((g) => g !== grid)].slice(0, GRID_CACHE);
    return grid;
  }

  private checkRows(rows: Int32Array, n: number): void {
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k];
      if (!(r >= 0 && r < n)) throw new RangeError(`rows[${k}] = ${r} is not a row of the training set (0…${n - 1})`);
    }
  }

  private checkLive(): void {
    if (this.disposed) throw new Error('GPU surfaces: this program was disposed');
  }

  async compute(opts: SurfaceOptions): Promise<SurfaceGrid> {
    this.checkLive();
    const n = opts.res;
    if (!(Number.isInteger(n) && n >= 2 && n <= MAX_RES)) throw new RangeError(`res must be an integer in [2, ${MAX_RES}]`);
    const dom = opts.domain ?? this.land.domain;
    const split = opts.split === 'test' ? 'test' : 'train';
    const rows = split === 'train' ? (opts.rows ?? null) : null;
    if (rows) this.checkRows(rows, this.land.train.n);
    const norm = this.kernel.normFor(opts.norm);
    const grid = this.grid(n, dom);

    let entry = this.cache.find(
      (e) => e.split === split && e.n === n && sameBox(e.dom, dom) && sameArray(e.rows, rows) && sameArray(e.norm, norm),
    );
    if (!entry) {
      const abort = new AbortController();
      // An empty batch has no mean: an all-NaN grid.
      const pending = rows && rows.length === 0 ? Promise.resolve(new Float32Array(n * n).fill(NaN)) : this.kernel.dataLoss(grid, split, rows, norm, abort.signal);
      const made: DataEntry = { split, rows: rows && rows.slice(), n, dom: grid.dom, norm: norm && norm.slice(), data: pending, waiting: 0, abort };
      pending.catch(() => {
        this.cache = this.cache.filter((e) => e !== made);
      });
      entry = made;
    }
    this.cache = [entry, ...this.cache.filter((e) => e !== entry)].slice(0, DATA_CACHE);
    const data = await this.awaitShared(entry, opts.signal);
    this.checkLive();

    // Add the penalty in float64 at the engine's own coordinates; non-finite → NaN.
    const { xs, ys } = grid;
    const values = new Float32Array(n * n);
    let min = Infinity;
    let max = -Infinity;
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        const k = j * n + i;
        const v = data[k] + penaltyOn(this.land, xs[i], ys[j], opts.l1, opts.l2);
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

  /** Waits for a shared computation; aborts it when its last abortable waiter gives up. */
  private async awaitShared(entry: DataEntry, signal?: AbortSignal): Promise<Float32Array> {
    if (!signal) {
      entry.waiting = Infinity; // someone wants it whatever happens
      return entry.data;
    }
    signal.throwIfAborted();
    entry.waiting++;
    const giveUp = () => {
      entry.waiting--;
      if (entry.waiting <= 0) entry.abort.abort(signal.reason);
    };
    signal.addEventListener('abort', giveUp, { once: true });
    try {
      const data = await entry.data;
      signal.throwIfAborted();
      return data;
    } finally {
      signal.removeEventListener('abort', giveUp);
      if (!signal.aborted) entry.waiting--;
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.kernel.dispose();
    this.grids = [];
    this.cache = [];
  }
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
