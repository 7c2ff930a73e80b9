import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import {
  FAMILY_IDS, LandscapeSpecSchema, buildLandscape, createRng, meanLoss, penaltyOn,
  type Box, type Landscape, type LandscapeSpec, type NormStats,
} from '@/engine';
import type { SurfaceGrid } from '@/components/scene/types';
import { readyLandscape } from '@/content/datasets/ready';
import { computeSurface, createSurfaceProgram, type SurfaceOptions } from './surface';
import { initBackend } from './backend';

/**
 * The GPU surface against the float64 engine: at every grid point the value must be the engine's
 * meanLoss over the same examples (same rows, same normalization) plus `penaltyOn`, within float32
 * tolerance: |gpu − engine| ≤ RTOL·|engine| + FLOOR·max|engine| (the floor covers values that
 * cross zero, where a relative test means nothing: a saddle's a·x² − b·y²).
 */
const RES = 24;
const RTOL = 1e-4;
const FLOOR = 1e-6;

/** The engine's surface, straight from meanLoss + penaltyOn (float64; on θ for a network). */
function reference(land: Landscape, o: SurfaceOptions): Float64Array {
  const dom: Box = o.domain ?? land.domain;
  const ex = o.split === 'test' ? land.test : land.train;
  const rows = o.split === 'train' ? (o.rows ?? null) : null;
  const norm = o.norm ?? land.baseNorm;
  const v = new Float64Array(o.res * o.res);
  for (let j = 0; j < o.res; j++) {
    const y = dom.y[0] + ((dom.y[1] - dom.y[0]) * j) / (o.res - 1);
    for (let i = 0; i < o.res; i++) {
      const x = dom.x[0] + ((dom.x[1] - dom.x[0]) * i) / (o.res - 1);
      v[j * o.res + i] = meanLoss(land, x, y, { ex, rows, norm }) + penaltyOn(land, x, y, o.l1, o.l2);
    }
  }
  return v;
}

function expectMatches(grid: SurfaceGrid, want: Float64Array, label: string): void {
  expect(grid.nx).toBe(RES);
  expect(grid.ny).toBe(RES);
  expect(grid.values.length).toBe(RES * RES);
  let scale = 0;
  for (const w of want) if (Number.isFinite(w)) scale = Math.max(scale, Math.abs(w));
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < want.length; k++) {
    const got = grid.values[k];
    if (!Number.isFinite(want[k])) {
      expect(Number.isNaN(got), `${label} [${k}] should be NaN`).toBe(true);
      continue;
    }
    const tol = RTOL * Math.abs(want[k]) + FLOOR * scale;
    if (!(Math.abs(got - want[k]) <= tol)) throw new Error(`${label} [${k}]: gpu ${got} vs engine ${want[k]} (tol ${tol})`);
    min = Math.min(min, got);
    max = Math.max(max, got);
  }
  expect(grid.min, label).toBe(min);
  expect(grid.max, label).toBe(max);
}

/** A mini-batch of `b` distinct training rows. */
function batchOf(n: number, b: number, seed: number): Int32Array {
  const rng = createRng(seed);
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return Int32Array.from(all.slice(0, b));
}

interface Case {
  readonly name: string;
  readonly spec: LandscapeSpec;
  readonly batchNorm?: boolean;
  /** The player's standardization (a network's: its stored trained centre, not ~5 s of training at build). */
  readonly standardize?: boolean;
}

const parse = (s: unknown) => LandscapeSpecSchema.parse(s);
const CASES: readonly Case[] = [
  ...FAMILY_IDS.map((family) => ({ name: `${family} (defaults)`, spec: parse({ family }), standardize: family === 'network' })),
  {
    name: 'terrain (every function)',
    spec: parse({
      family: 'terrain',
      params: { expr: '3*bump(1, -1, 0.5) - 2*bump(0, 0, 1) + sq(x)/10 + sin(x*y) + max(x, y)^3/20 + 2^(y/3) + softplus(x - 1) - sigmoid(y) + tanh(x)*cos(y) + abs(x - y)*pi/e + sqrt(1 + x^2) - log(2 + y^2) + min(x, 0)^2 + exp(-x^2)' },
    }),
  },
  { name: 'regression (standardized)', spec: parse({ family: 'regression', params: { scaling: 'standardized' } }) },
  { name: 'regression (BatchNorm)', spec: parse({ family: 'regression' }), batchNorm: true },
  { name: 'cats-dogs (shuffled)', spec: parse({ family: 'cats-dogs', params: { ordered: false } }) },
  { name: 'network (cars regression, relu, off its minimum)', spec: parse({ family: 'network', params: { dataset: 'cars', hidden: 4, activation: 'relu', centre: 'init', extent: 2 } }) },
  { name: 'ravine (rotated, off-centre)', spec: parse({ family: 'ravine', params: { kappa: 100, angle: 30, center: [1, -0.5] }, variation: { n: 48, seed: 3 } }) },
];

beforeAll(async () => {
  expect(await initBackend(['webgpu', 'webgl', 'cpu'])).toBe('cpu');
  // A network's rows are a real data set, loaded before its landscape can be built.
  for (const c of CASES) await readyLandscape(c.spec);
}, 60_000);

describe('GPU surface = engine meanLoss + penalty', () => {
  it.each(CASES)('$name: train, test, a mini-batch, with and without L1/L2', async ({ name, spec, batchNorm, standardize }) => {
    const land = buildLandscape(spec, { batchNorm: batchNorm ?? false, standardize: standardize ?? false });
    const program = createSurfaceProgram(spec, land);
    try {
      const rows = batchOf(land.train.n, Math.min(16, land.train.n), 11);
      const requests: SurfaceOptions[] = [
        { split: 'train', l1: 0, l2: 0, res: RES },
        { split: 'test', l1: 0, l2: 0, res: RES },
        { split: 'train', rows, l1: 0, l2: 0, res: RES },
        { split: 'train', rows, l1: 0.05, l2: 0.2, res: RES },
        { split: 'train', l1: 0.3, l2: 0, res: RES },
        { split: 'test', l1: 0, l2: 1.5, res: RES },
      ];
      for (const o of requests) {
        const label = `${name} ${o.split}${o.rows ? ' batch' : ''} l1=${o.l1} l2=${o.l2}`;
        expectMatches(await program.compute(o), reference(land, o), label);
      }
    } finally {
      program.dispose();
    }
  });

  it('regression with BatchNorm: evaluation uses the population statistics; a batch may bring its own', async () => {
    const spec = parse({ family: 'regression' });
    const land = buildLandscape(spec, { batchNorm: true });
    expect(land.batchNorm).not.toBeNull();
    const rows = batchOf(land.train.n, 32, 5);
    // Batch statistics as simulate computes them (offset kept from baseNorm).
    const norm: NormStats = Float64Array.from(land.baseNorm as NormStats);
    land.batchNorm?.batchStats(land.train, rows, rows.length, norm);
    expect(Array.from(norm)).not.toEqual(Array.from(land.baseNorm as NormStats));
    const o: SurfaceOptions = { split: 'train', rows, norm, l1: 0, l2: 0.1, res: RES };
    const program = createSurfaceProgram(spec, land);
    try {
      expectMatches(await program.compute(o), reference(land, o), 'batch statistics');
      // And back to the population statistics (not served from the batch-statistics cache).
      const p: SurfaceOptions = { ...o, norm: undefined };
      expectMatches(await program.compute(p), reference(land, p), 'population statistics');
    } finally {
      program.dispose();
    }
  });

  it('another domain and the one-shot computeSurface', async () => {
    const spec = parse({ family: 'sharp-flat' });
    const land = buildLandscape(spec);
    const o: SurfaceOptions = { split: 'test', l1: 0.01, l2: 0.01, res: RES, domain: { x: [-1.5, -0.5], y: [0.1, 1.1] } };
    const grid = await computeSurface({ spec, land, ...o });
    expect(grid.x).toEqual([-1.5, -0.5]);
    expect(grid.y).toEqual([0.1, 1.1]);
    expectMatches(grid, reference(land, o), 'zoomed');
  });

  it('chunking does not change the result', async () => {
    const spec = parse({ family: 'himmelblau' });
    const land = buildLandscape(spec);
    const o: SurfaceOptions = { split: 'train', l1: 0, l2: 0, res: RES };
    const whole = await computeSurface({ spec, land, ...o });
    const chunked = await computeSurface({ spec, land, ...o }, { maxElements: 7 * land.train.n + 3 });
    expect(Array.from(chunked.values)).toEqual(Array.from(whole.values));
  });

  it('non-finite losses are NaN, min and max are over finite values', async () => {
    const spec = parse({ family: 'terrain', params: { expr: 'log(x) + y', domain: { x: [-1, 1], y: [-1, 1] } } });
    const land = buildLandscape(spec);
    const o: SurfaceOptions = { split: 'train', l1: 0, l2: 0, res: RES };
    const grid = await computeSurface({ spec, land, ...o });
    const nan = Array.from(grid.values).filter(Number.isNaN).length;
    expect(nan).toBeGreaterThan(0);
    expect(nan).toBeLessThan(RES * RES);
    expectMatches(grid, reference(land, o), 'log');
    const none = await computeSurface({ spec: parse({ family: 'terrain', params: { expr: 'sqrt(-1 - x^2)' } }), land: buildLandscape(parse({ family: 'terrain', params: { expr: 'sqrt(-1 - x^2)' } })), ...o });
    expect(Array.from(none.values).every(Number.isNaN)).toBe(true);
    expect([none.min, none.max]).toEqual([0, 1]);
  });

  it('a λ-only change reuses the data-loss grid (no kernel runs); rows are ignored for the test split', async () => {
    const spec = parse({ family: 'saddle' });
    const land = buildLandscape(spec);
    const program = createSurfaceProgram(spec, land);
    try {
      const o: SurfaceOptions = { split: 'train', rows: batchOf(land.train.n, 8, 2), l1: 0, l2: 0, res: RES };
      await program.compute(o);
      const prof = await tf.profile(async () => {
        const g = await program.compute({ ...o, l1: 0.2, l2: 0.4 });
        expectMatches(g, reference(land, { ...o, l1: 0.2, l2: 0.4 }), 'λ only');
      });
      expect(prof.kernels.length).toBe(0);
      const t = await program.compute({ split: 'test', rows: o.rows, l1: 0, l2: 0, res: RES });
      expectMatches(t, reference(land, { split: 'test', l1: 0, l2: 0, res: RES }), 'test ignores rows');
    } finally {
      program.dispose();
    }
  });

  it('refuses bad requests', async () => {
    const spec = parse({ family: 'saddle' });
    const land = buildLandscape(spec);
    expect(() => createSurfaceProgram(parse({ family: 'ravine' }), land)).toThrow(/spec names 'ravine'/);
    const program = createSurfaceProgram(spec, land);
    await expect(program.compute({ split: 'train', l1: 0, l2: 0, res: 1 })).rejects.toThrow(RangeError);
    await expect(program.compute({ split: 'train', rows: Int32Array.of(0, land.train.n), l1: 0, l2: 0, res: 8 })).rejects.toThrow(RangeError);
    const empty = await program.compute({ split: 'train', rows: new Int32Array(0), l1: 0, l2: 0, res: 8 });
    expect(Array.from(empty.values).every(Number.isNaN)).toBe(true);
    program.dispose();
    await expect(program.compute({ split: 'train', l1: 0, l2: 0, res: 8 })).rejects.toThrow(/disposed/);
    expect(() => createSurfaceProgram(spec, land, { maxElements: 2 ** 25 })).toThrow(RangeError);
  });
});

describe('memory', () => {
  it.each(['sharp-flat', 'regression', 'cats-dogs', 'terrain', 'network'] as const)(
    '%s: tensors do not grow across recomputes and all go on dispose',
    async (family) => {
      const spec = parse({ family });
      await readyLandscape(spec);
      const land = buildLandscape(spec, { batchNorm: family === 'regression', standardize: family === 'network' });
      const start = tf.memory().numTensors;
      // Small chunks (many blocks); a network's blocks count hidden units too.
      const program = createSurfaceProgram(spec, land, { maxElements: family === 'network' ? 1 << 16 : 4096 });
      const counts: number[] = [];
      for (let k = 0; k < 5; k++) {
        // A new batch every time (a cache miss), alternating splits and λ.
        await program.compute({ split: k % 2 ? 'test' : 'train', rows: batchOf(land.train.n, 8, k), l1: 0.01 * k, l2: 0, res: RES });
        counts.push(tf.memory().numTensors);
      }
      expect(new Set(counts.slice(1)).size, `counts ${counts}`).toBe(1);
      // Everything the program holds: the grid's X and Y plus each split's example rows (≤ 3);
      // for a network, each split's slice constants (3 first-layer tables, 3 + 3 output-layer, targets).
      expect(counts[4] - start).toBeLessThanOrEqual(family === 'network' ? 2 * 10 : 2 + 2 * 3);
      program.dispose();
      expect(tf.memory().numTensors).toBe(start);
    },
  );
});

describe('abandoned grids', () => {
  const spec = parse({ family: 'network' });
  const land = () => buildLandscape(spec, { batchNorm: false, standardize: true });

  it('a slow network grid stops when its only requester aborts, and frees what it made', async () => {
    await readyLandscape(spec);
    const l = land();
    const start = tf.memory().numTensors;
    const program = createSurfaceProgram(spec, l, { maxElements: 1 << 12 });
    const abort = new AbortController();
    const pending = program.compute({ split: 'train', rows: null, l1: 0, l2: 0, res: 48, signal: abort.signal });
    setTimeout(() => abort.abort(), 20);
    const t0 = performance.now();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    // Stopped at its next chunk, not after the whole grid (seconds on the cpu backend).
    expect(performance.now() - t0).toBeLessThan(1000);
    // The next request starts afresh (nothing aborted is cached) and completes.
    const grid = await program.compute({ split: 'train', rows: null, l1: 0, l2: 0, res: 6 });
    expect(grid.values.every(Number.isFinite)).toBe(true);
    program.dispose();
    expect(tf.memory().numTensors).toBe(start);
  });

  it('a grid shared by two requests keeps going while one of them still wants it', async () => {
    await readyLandscape(spec);
    const program = createSurfaceProgram(spec, land(), { maxElements: 1 << 12 });
    const first = new AbortController();
    const second = new AbortController();
    const a = program.compute({ split: 'train', rows: null, l1: 0, l2: 0, res: 12, signal: first.signal });
    const b = program.compute({ split: 'train', rows: null, l1: 0.01, l2: 0, res: 12, signal: second.signal });
    first.abort();
    await expect(a).rejects.toMatchObject({ name: 'AbortError' });
    const grid = await b;
    expect(grid.values.every(Number.isFinite)).toBe(true);
    program.dispose();
  });
});
