import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng';
import { neuronGroups, type MlpShape } from '../../nn/shape';
import { fullLoss, initParams } from '../../nn/train';
import { meanLoss } from '../objective';
import { slicePlane } from './directions';
import { networkExamples, networkSlice, slicePoint } from './slice';

/** A seeded synthetic table: 3 classes of 4 features, or a regression target. */
function table(shape: MlpShape, n: number, seed: number) {
  const rng = createRng(seed);
  const X = new Float64Array(n * shape.inputs);
  const y = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const c = r % 3;
    for (let j = 0; j < shape.inputs; j++) X[r * shape.inputs + j] = c * (j % 2 ? 1 : -1) + rng.normal();
    y[r] = shape.task === 'classify' ? c : X[r * shape.inputs] - 0.5 * X[r * shape.inputs + 1] + 0.1 * rng.normal();
  }
  return { X, y };
}

function slice(shape: MlpShape, seed = 3) {
  const rng = createRng(seed);
  const theta0 = initParams(shape, rng);
  const [d1, d2] = slicePlane(theta0, neuronGroups(shape), rng);
  const { X, y } = table(shape, 60, seed + 1);
  const ex = networkExamples(X, y, 60, shape.inputs);
  const land = networkSlice({ shape, theta0, d1, d2, train: ex, test: ex, domain: { x: [-1, 1], y: [-1, 1] } });
  return { land, theta0, d1, d2, X, y };
}

const SHAPES: MlpShape[] = [
  { inputs: 4, hidden: 8, outputs: 3, activation: 'tanh', task: 'classify' },
  { inputs: 2, hidden: 5, outputs: 1, activation: 'tanh', task: 'regress' },
  { inputs: 4, hidden: 6, outputs: 3, activation: 'relu', task: 'classify' },
];

describe('a network slice θ(a, b) = θ₀ + a·d₁ + b·d₂', () => {
  it('filter-normalizes its directions: each neuron’s slice has the norm of θ₀’s, biases zero', () => {
    const shape = SHAPES[0];
    const rng = createRng(9);
    const theta0 = initParams(shape, rng);
    const layout = neuronGroups(shape);
    const [d1, d2] = slicePlane(theta0, layout, rng);
    for (const d of [d1, d2]) {
      for (const [a, b] of layout.groups) {
        const norm = (v: Float64Array) => Math.hypot(...v.subarray(a, b));
        expect(norm(d)).toBeCloseTo(norm(theta0), 12);
      }
      for (let j = 0; j < d.length; j++) if (layout.isBias[j]) expect(d[j]).toBe(0);
    }
    expect(d1).not.toEqual(d2);
    // One seed names the plane.
    const replay = createRng(9);
    const again = slicePlane(initParams(shape, replay), layout, replay);
    expect(again[0]).toEqual(d1);
    expect(again[1]).toEqual(d2);
  });

  it.each(SHAPES)('its mean loss is the network’s loss at θ(a, b), its gradient the exact projection (%o)', (shape) => {
    const { land, theta0, d1, d2, X, y } = slice(shape);
    const theta = new Float64Array(theta0.length);
    const g = new Float64Array(theta0.length);
    const out = new Float64Array(5);
    for (const [a, b] of [[0, 0], [0.3, -0.7], [-0.9, 0.2]] as const) {
      const v = meanLoss(land, a, b, { ex: land.train, norm: null, order: 1, out });
      const full = fullLoss(shape, slicePoint({ theta0, d1, d2 }, a, b, theta), X, y, 60, g);
      expect(v).toBeCloseTo(full, 12);
      const dot = (d: Float64Array) => d.reduce((s, dj, j) => s + dj * g[j], 0);
      expect(out[0]).toBeCloseTo(dot(d1), 12);
      expect(out[1]).toBeCloseTo(dot(d2), 12);
    }
  });

  it.each(SHAPES.slice(0, 2))('its gradient and 2×2 Hessian match finite differences in (a, b) (%o)', (shape) => {
    const { land } = slice(shape);
    const out = new Float64Array(5);
    const g = new Float64Array(5);
    const h = 1e-5;
    const f = (a: number, b: number) => meanLoss(land, a, b, { ex: land.train, norm: null });
    const grad = (a: number, b: number) => (meanLoss(land, a, b, { ex: land.train, norm: null, order: 1, out: g }), [g[0], g[1]]);
    for (const [a, b] of [[0.1, 0.2], [-0.4, 0.6]] as const) {
      meanLoss(land, a, b, { ex: land.train, norm: null, order: 2, out });
      const tol = (x: number) => 1e-6 * Math.max(1, Math.abs(x));
      expect(Math.abs(out[0] - (f(a + h, b) - f(a - h, b)) / (2 * h))).toBeLessThan(tol(out[0]));
      expect(Math.abs(out[1] - (f(a, b + h) - f(a, b - h)) / (2 * h))).toBeLessThan(tol(out[1]));
      const [gxp, gyp] = grad(a + h, b);
      const [gxm, gym] = grad(a - h, b);
      const [, gyq] = grad(a, b + h);
      const [, gyr] = grad(a, b - h);
      expect(Math.abs(out[2] - (gxp - gxm) / (2 * h))).toBeLessThan(tol(out[2]));
      expect(Math.abs(out[3] - (gyp - gym) / (2 * h))).toBeLessThan(tol(out[3]));
      expect(Math.abs(out[4] - (gyq - gyr) / (2 * h))).toBeLessThan(tol(out[4]));
    }
  });

  it('is a Landscape without normalization or BatchNorm, whose rows are real examples', () => {
    const { land } = slice(SHAPES[0]);
    expect(land.baseNorm).toBeNull();
    expect(land.batchNorm).toBeNull();
    expect(land.train.width).toBe(5);
    // A mini-batch's mean is the mean of its rows' terms (noise comes from sampling rows).
    const rows = Int32Array.of(3, 17, 42);
    const out = new Float64Array(5);
    const each = [...rows].map((r) => land.term(land.train, r, 0.2, 0.1, out, 0, null));
    expect(meanLoss(land, 0.2, 0.1, { ex: land.train, norm: null, rows })).toBeCloseTo(each.reduce((s, v) => s + v, 0) / 3, 14);
  });
});
