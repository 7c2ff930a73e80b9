import { describe, expect, it } from 'vitest';
import { createRng } from '../rng';
import { exampleHvp, mlpScratch, predict } from './mlp';
import { paramCount, paramLayout, type Activation, type MlpShape } from './shape';
import { fullHvp, fullLoss, initParams, trainToMinimum } from './train';
import { symmetricEigen } from '../symmetric-eigen';

/** 120 rows, 4 features, 3 overlapping Gaussian classes (seeded). */
function threeClasses(seed: number, n = 120, d = 4): { X: Float64Array; y: Float64Array; n: number } {
  const rng = createRng(seed);
  const centres = Array.from({ length: 3 }, () => Array.from({ length: d }, () => 1.5 * rng.normal()));
  const X = new Float64Array(n * d);
  const y = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const c = r % 3;
    y[r] = c;
    for (let j = 0; j < d; j++) X[r * d + j] = centres[c][j] + rng.normal();
  }
  return { X, y, n };
}

/** 80 rows, 3 features: y = sin(x₀) + ½x₁x₂ + noise. */
function smoothRegression(seed: number, n = 80, d = 3): { X: Float64Array; y: Float64Array; n: number } {
  const rng = createRng(seed);
  const X = new Float64Array(n * d);
  const y = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < d; j++) X[r * d + j] = rng.normal();
    y[r] = Math.sin(X[r * d]) + 0.5 * X[r * d + 1] * X[r * d + 2] + 0.1 * rng.normal();
  }
  return { X, y, n };
}

/** The full objective's Hessian, column by column with fullHvp, symmetrized (it is symmetric to rounding). */
function hessian(shape: MlpShape, theta: Float64Array, X: Float64Array, y: Float64Array, n: number, l2: number): Float64Array {
  const p = theta.length;
  const hm = new Float64Array(p * p);
  const e = new Float64Array(p);
  const col = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    e.fill(0);
    e[j] = 1;
    fullHvp(shape, theta, X, y, n, e, col, l2);
    for (let i = 0; i < p; i++) hm[i * p + j] = col[i];
  }
  for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) hm[i * p + j] = hm[j * p + i] = 0.5 * (hm[i * p + j] + hm[j * p + i]);
  return hm;
}

const L2 = 1e-4;

const CASES: readonly { name: string; shape: MlpShape; data: () => { X: Float64Array; y: Float64Array; n: number } }[] = [
  { name: 'tanh, 3 classes', shape: { inputs: 4, hidden: 8, outputs: 3, activation: 'tanh', task: 'classify' }, data: () => threeClasses(1) },
  { name: 'tanh, regression', shape: { inputs: 3, hidden: 10, outputs: 1, activation: 'tanh', task: 'regress' }, data: () => smoothRegression(3) },
];

describe('trainToMinimum', () => {
  it.each(CASES)('reaches a minimum, deterministically ($name)', ({ shape, data }) => {
    const { X, y, n } = data();
    const init = initParams(shape, createRng(7));
    const initialLoss = fullLoss(shape, init, X, y, n, null, L2);
    const a = trainToMinimum(shape, X, y, n, { seed: 7, l2: L2 });
    const b = trainToMinimum(shape, X, y, n, { seed: 7, l2: L2 });
    expect(a.gradNorm).toBeLessThanOrEqual(1e-6);
    expect(a.loss).toBeLessThan(initialLoss);
    expect(new Uint8Array(b.theta.buffer)).toEqual(new Uint8Array(a.theta.buffer));
    expect(b).toEqual(a);

    // The reported numbers are fullLoss's at θ.
    const g = new Float64Array(a.theta.length);
    expect(fullLoss(shape, a.theta, X, y, n, g, L2)).toBe(a.loss);
    expect(Math.sqrt(g.reduce((sum, gi) => sum + gi * gi, 0))).toBe(a.gradNorm);

    // A minimum, not a saddle: no eigenvalue of the Hessian below −1e-6 · the largest.
    const eig = [...symmetricEigen(hessian(shape, a.theta, X, y, n, L2), a.theta.length).values];
    const top = Math.max(...eig);
    expect(top).toBeGreaterThan(0);
    expect(Math.min(...eig)).toBeGreaterThanOrEqual(-1e-6 * top);
  });

  it('ReLU: deterministic and downhill, though its minimum may sit on a kink (no vanishing gradient)', () => {
    const shape: MlpShape = { inputs: 4, hidden: 8, outputs: 3, activation: 'relu', task: 'classify' };
    const { X, y, n } = threeClasses(2);
    const init = initParams(shape, createRng(7));
    const g0 = new Float64Array(init.length);
    const initialLoss = fullLoss(shape, init, X, y, n, g0, L2);
    const a = trainToMinimum(shape, X, y, n, { seed: 7, l2: L2, maxIter: 300 });
    expect(trainToMinimum(shape, X, y, n, { seed: 7, l2: L2, maxIter: 300 })).toEqual(a);
    expect(a.loss).toBeLessThan(0.05 * initialLoss);
    expect(a.gradNorm).toBeLessThan(0.01 * Math.hypot(...g0));
  });

  it('fits the training classes (accuracy well above chance)', () => {
    const shape = CASES[0].shape;
    const { X, y, n } = threeClasses(1);
    const { theta } = trainToMinimum(shape, X, y, n, { seed: 7, l2: L2 });
    const s = mlpScratch(shape);
    let right = 0;
    for (let r = 0; r < n; r++) if (predict(shape, theta, X, r * shape.inputs, s) === y[r]) right++;
    expect(right / n).toBeGreaterThan(0.8);
  });

  it('starts from init when given, and different seeds give different minima', () => {
    const shape = CASES[1].shape;
    const { X, y, n } = smoothRegression(3);
    const init = initParams(shape, createRng(7));
    const frozen = Float64Array.from(init);
    const fromInit = trainToMinimum(shape, X, y, n, { seed: 999, l2: L2, init });
    expect(init).toEqual(frozen);
    expect(fromInit).toEqual(trainToMinimum(shape, X, y, n, { seed: 7, l2: L2 }));
    expect(trainToMinimum(shape, X, y, n, { seed: 8, l2: L2 }).theta).not.toEqual(fromInit.theta);
  });
});

describe('initParams', () => {
  it.each(['tanh', 'relu'] as Activation[])('draws the weights at the layer’s scale, biases 0 (%s)', (activation) => {
    const shape: MlpShape = { inputs: 50, hidden: 40, outputs: 30, activation, task: 'classify' };
    const theta = initParams(shape, createRng(1));
    expect(theta.length).toBe(paramCount(shape));
    expect(initParams(shape, createRng(1))).toEqual(theta);
    const { w1, b1, w2, b2, count } = paramLayout(shape);
    expect(theta.subarray(b1, w2).every((b) => b === 0) && theta.subarray(b2, count).every((b) => b === 0)).toBe(true);
    const variance = (a: Float64Array) => a.reduce((s, v) => s + v * v, 0) / a.length;
    // Glorot-uniform variance 2/(fan_in+fan_out); He variance 2/fan_in.
    const expected1 = activation === 'tanh' ? 2 / (50 + 40) : 2 / 50;
    const expected2 = activation === 'tanh' ? 2 / (40 + 30) : 2 / 40;
    expect(variance(theta.subarray(w1, b1)) / expected1).toBeCloseTo(1, 1);
    expect(variance(theta.subarray(w2, b2)) / expected2).toBeCloseTo(1, 1);
  });
});

describe('fullLoss and fullHvp', () => {
  it('average the examples and add the L2 term', () => {
    const shape: MlpShape = { inputs: 4, hidden: 5, outputs: 3, activation: 'tanh', task: 'classify' };
    const { X, y } = threeClasses(4, 9);
    const rng = createRng(2);
    const theta = initParams(shape, rng);
    const v = theta.map(() => rng.normal());
    const s = mlpScratch(shape);
    const hvSum = new Float64Array(theta.length);
    const gSum = new Float64Array(theta.length);
    let lossSum = 0;
    for (let r = 0; r < 9; r++) lossSum += exampleHvp(shape, theta, X, r * 4, y[r], v, hvSum, gSum, s);
    const sq = theta.reduce((a, w) => a + w * w, 0);

    const g = new Float64Array(theta.length).fill(123); // overwritten, not added to
    const loss = fullLoss(shape, theta, X, y, 9, g, 0.1);
    expect(loss).toBeCloseTo(lossSum / 9 + 0.05 * sq, 14);
    g.forEach((gi, i) => expect(gi).toBeCloseTo(gSum[i] / 9 + 0.1 * theta[i], 14));
    expect(fullLoss(shape, theta, X, y, 9, null, 0.1)).toBe(loss);

    const hv = new Float64Array(theta.length).fill(123);
    expect(fullHvp(shape, theta, X, y, 9, v, hv, 0.1)).toBeCloseTo(loss, 14);
    hv.forEach((h, i) => expect(h).toBeCloseTo(hvSum[i] / 9 + 0.1 * v[i], 14));
  });

  it('reject too few rows', () => {
    const shape: MlpShape = { inputs: 4, hidden: 5, outputs: 3, activation: 'tanh', task: 'classify' };
    const { X, y } = threeClasses(4, 9);
    const theta = initParams(shape, createRng(1));
    expect(() => fullLoss(shape, theta, X, y, 10, null)).toThrow(RangeError);
    expect(() => fullLoss(shape, theta, X, y, 0, null)).toThrow(RangeError);
  });
});
