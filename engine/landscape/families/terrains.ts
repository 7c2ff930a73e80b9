/** Families built from closed-form terrains with per-example shifts (see ../shifted.ts). */
import { z } from '../../zod';
import { defineFamily } from '../family';
import { DEFAULT_VARIATION, shiftedLandscape } from '../shifted';
import {
  bealeField,
  himmelblauField,
  monkeySaddleField,
  plateauCliffField,
  quadraticField,
  rosenbrockField,
  saddleField,
  sharpFlatField,
} from '../fields';

const num = (min: number, max: number, dflt: number) => z.number().min(min).max(max).default(dflt);
const point = (dflt: [number, number]) => z.tuple([z.number().min(-100).max(100), z.number().min(-100).max(100)]).default(dflt);

/** Ill-conditioned quadratic: a ravine whose walls are `kappa` times steeper than its floor. */
export const ravine = defineFamily({
  id: 'ravine',
  label: 'Ravine (ill-conditioned quadratic)',
  summary: 'A long narrow valley: curvature kappa·scale across, scale along; GD diverges above lr = 2/λmax.',
  params: z
    .object({ kappa: num(1, 10_000, 25), scale: num(1e-3, 100, 1), angle: num(-90, 90, 0), center: point([0, 0]) })
    .strict(),
  variation: { ...DEFAULT_VARIATION, spread: [0.05, 0.02] },
  supportsBatchNorm: false,
  build: (p, v) =>
    shiftedLandscape({
      family: 'ravine',
      field: quadraticField(p.kappa, p.scale, p.angle, p.center[0], p.center[1]),
      variation: v,
      domain: { x: [p.center[0] - 3, p.center[0] + 3], y: [p.center[1] - 1.5, p.center[1] + 1.5] },
      landmarks: [{ name: 'minimum', at: p.center, radius: 0 }],
    }),
});

/** a·x² − b·y² + c·y⁴: a saddle at the origin between two valleys. */
export const saddle = defineFamily({
  id: 'saddle',
  label: 'Saddle (x² − y² made bounded)',
  summary: 'Gradient zero at the origin with curvature +2a along w1 and −2b along w2; minima at w2 = ±√(b/2c).',
  params: z.object({ a: num(0.01, 10, 1), b: num(0.01, 10, 1), c: num(0.01, 10, 0.25) }).strict(),
  variation: { ...DEFAULT_VARIATION, spread: [0.05, 0.05], antithetic: true },
  supportsBatchNorm: false,
  build: (p, v) => {
    const m = Math.sqrt(p.b / (2 * p.c));
    return shiftedLandscape({
      family: 'saddle',
      field: saddleField(p.a, p.b, p.c),
      variation: v,
      domain: { x: [-2.5, 2.5], y: [-2.5, 2.5] },
      landmarks: [
        { name: 'saddle', at: [0, 0], radius: 0 },
        { name: 'valley (upper)', at: [0, m], radius: m / 2 },
        { name: 'valley (lower)', at: [0, -m], radius: m / 2 },
      ],
    });
  },
});

/** x³ − 3xy² + c·(x² + y²)²: a monkey saddle (flat to second order) with three valleys. */
export const monkeySaddle = defineFamily({
  id: 'monkey-saddle',
  label: 'Monkey saddle',
  summary: 'Gradient and Hessian both vanish at the origin: a plateau-like flat point with three ways down.',
  params: z.object({ c: num(0.01, 10, 0.25) }).strict(),
  variation: { ...DEFAULT_VARIATION, antithetic: true },
  supportsBatchNorm: false,
  build: (p, v) =>
    shiftedLandscape({
      family: 'monkey-saddle',
      field: monkeySaddleField(p.c),
      variation: v,
      domain: { x: [-2.5, 2.5], y: [-2.5, 2.5] },
      landmarks: [{ name: 'monkey saddle', at: [0, 0], radius: 0 }],
    }),
});

/** A high plateau with a tiny slope, a cliff, and a valley. */
export const plateauCliff = defineFamily({
  id: 'plateau-cliff',
  label: 'Plateau then cliff',
  summary: 'Almost no gradient on the plateau (it looks converged), then a sudden cliff into the valley.',
  params: z
    .object({
      height: num(0.01, 100, 2),
      steepness: num(0.1, 50, 4),
      edge: num(-50, 50, 0),
      slope: num(0, 1, 0.02),
      wall: num(-60, 50, -3),
      across: num(0, 10, 0.5),
    })
    .strict(),
  variation: { ...DEFAULT_VARIATION, spread: [0.05, 0.05] },
  supportsBatchNorm: false,
  build: (p, v) =>
    shiftedLandscape({
      family: 'plateau-cliff',
      field: plateauCliffField(p),
      variation: v,
      domain: { x: [p.wall - 1, Math.max(p.edge + 5, p.wall + 4)], y: [-2, 2] },
      landmarks: [
        { name: 'plateau', at: [p.edge + 2, 0], radius: 0 },
        { name: 'valley', at: [p.wall + 0.7, 0], radius: 0.7 },
      ],
    }),
});

/** A narrow deep well near the start and a wide well farther away, inside a gentle bowl. */
export const sharpFlat = defineFamily({
  id: 'sharp-flat',
  label: 'Sharp and flat minima',
  summary: 'Two basins of similar depth: a narrow one (high sharpness, worse test loss) and a wide one.',
  params: z
    .object({
      sharpAt: point([-1, 0.6]),
      sharpWidth: num(0.01, 2, 0.1),
      sharpDepth: num(0, 10, 3),
      flatAt: point([1.5, -0.5]),
      flatWidth: num(0.05, 5, 1),
      flatDepth: num(0, 10, 1),
      bowl: num(0, 2, 0.1),
    })
    .strict(),
  variation: { ...DEFAULT_VARIATION, n: 64, nTest: 1024, spread: [0.1, 0.1], seed: 5 },
  supportsBatchNorm: false,
  build: (p, v) =>
    shiftedLandscape({
      family: 'sharp-flat',
      field: sharpFlatField(p),
      variation: v,
      domain: { x: [-3.5, 3.5], y: [-3, 3] },
      landmarks: [
        { name: 'sharp', at: p.sharpAt, radius: 3 * p.sharpWidth },
        { name: 'flat', at: p.flatAt, radius: 1.5 * p.flatWidth },
      ],
    }),
});

/** Rosenbrock's banana valley. */
export const rosenbrock = defineFamily({
  id: 'rosenbrock',
  label: 'Rosenbrock',
  summary: 'A curved valley with a flat floor; easy to find, slow to follow to the minimum at (a, a²).',
  params: z.object({ a: num(-3, 3, 1), b: num(0.1, 1000, 100) }).strict(),
  variation: { ...DEFAULT_VARIATION, n: 32, spread: [0.02, 0.02] },
  supportsBatchNorm: false,
  build: (p, v) =>
    shiftedLandscape({
      family: 'rosenbrock',
      field: rosenbrockField(p.a, p.b),
      variation: v,
      domain: { x: [-2, 2], y: [-1, 3] },
      landmarks: [{ name: 'minimum', at: [p.a, p.a * p.a], radius: 0.1 }],
    }),
});

/** Himmelblau's function with four equal minima. */
export const himmelblau = defineFamily({
  id: 'himmelblau',
  label: 'Himmelblau',
  summary: 'Four minima of equal depth: where you start decides where you end.',
  params: z.object({}).strict(),
  variation: { ...DEFAULT_VARIATION, n: 32, spread: [0.05, 0.05] },
  supportsBatchNorm: false,
  build: (_p, v) =>
    shiftedLandscape({
      family: 'himmelblau',
      field: himmelblauField(),
      variation: v,
      domain: { x: [-5, 5], y: [-5, 5] },
      landmarks: [
        { name: 'minimum A', at: [3, 2], radius: 0.3 },
        { name: 'minimum B', at: [-2.805118, 3.131312], radius: 0.3 },
        { name: 'minimum C', at: [-3.77931, -3.283186], radius: 0.3 },
        { name: 'minimum D', at: [3.584428, -1.848126], radius: 0.3 },
      ],
    }),
});

/** Beale's function: plateaus and steep ridges. */
export const beale = defineFamily({
  id: 'beale',
  label: 'Beale',
  summary: 'Wide flat plateaus cut by steep ridges; the minimum at (3, 0.5) sits in a thin valley.',
  params: z.object({}).strict(),
  variation: { ...DEFAULT_VARIATION, n: 32, spread: [0.01, 0.01] },
  supportsBatchNorm: false,
  build: (_p, v) =>
    shiftedLandscape({
      family: 'beale',
      field: bealeField(),
      variation: v,
      domain: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
      landmarks: [{ name: 'minimum', at: [3, 0.5], radius: 0.15 }],
    }),
});
