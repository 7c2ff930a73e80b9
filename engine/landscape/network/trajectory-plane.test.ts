import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng';
import { fullLoss, initParams } from '../../nn/train';
import type { MlpShape } from '../../nn/shape';
import type { NetworkData } from './build';
import { symmetricEigen } from '../../symmetric-eigen';
import { pathPlane, planeLossGrid, trainEveryWeight, type WeightPath } from './trajectory-plane';

const shape: MlpShape = { inputs: 3, hidden: 5, outputs: 3, activation: 'tanh', task: 'classify' };

function data(n = 90, seed = 4): NetworkData {
  const rng = createRng(seed);
  const X = new Float64Array(n * 3);
  const y = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    y[r] = r % 3;
    for (let j = 0; j < 3; j++) X[r * 3 + j] = (j === y[r] ? 1.5 : 0) + rng.normal();
  }
  return { task: 'classify', inputs: 3, outputs: 3, trainX: X, trainY: y, nTrain: n, testX: X, testY: y, nTest: n };
}

const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, j) => s + v * b[j], 0);

describe('train every weight, then the plane of the path', () => {
  it('symmetricEigen diagonalizes a symmetric matrix', () => {
    const a = Float64Array.of(4, 1, 2, 1, 3, 0, 2, 0, 5);
    const { values, vectors } = symmetricEigen(a, 3);
    for (let c = 0; c < 3; c++) {
      const v = [0, 1, 2].map((r) => vectors[r * 3 + c]);
      for (let r = 0; r < 3; r++) expect(a[r * 3] * v[0] + a[r * 3 + 1] * v[1] + a[r * 3 + 2] * v[2]).toBeCloseTo(values[c] * v[r], 10);
    }
    expect([...values].reduce((s, v) => s + v, 0)).toBeCloseTo(12, 10);
  });

  it('finds the plane exactly when the path lies in one: all variance kept, coordinates reproduce it', () => {
    const p = 7;
    const rng = createRng(2);
    const u = Float64Array.from({ length: p }, () => rng.normal());
    const w = Float64Array.from({ length: p }, () => rng.normal());
    const end = Float64Array.from({ length: p }, () => rng.normal());
    const count = 12;
    const thetas = new Float64Array(count * p);
    for (let i = 0; i < count; i++) for (let j = 0; j < p; j++) thetas[i * p + j] = end[j] + (count - 1 - i) * (0.3 * u[j] + Math.sin(i) * 0.1 * w[j]);
    const path: WeightPath = { p, count, thetas, steps: Int32Array.from({ length: count }, (_, i) => i) };
    const plane = pathPlane(path);
    expect(plane.explained[0] + plane.explained[1]).toBeCloseTo(1, 12);
    expect(plane.explained[0]).toBeGreaterThanOrEqual(plane.explained[1]);
    expect(dot(plane.e1, plane.e1)).toBeCloseTo(1, 12);
    expect(dot(plane.e2, plane.e2)).toBeCloseTo(1, 12);
    expect(dot(plane.e1, plane.e2)).toBeCloseTo(0, 12);
    for (let i = 0; i < count; i++) {
      for (let j = 0; j < p; j++) {
        const back = plane.centre[j] + plane.coords[2 * i] * plane.e1[j] + plane.coords[2 * i + 1] * plane.e2[j];
        expect(back).toBeCloseTo(thetas[i * p + j], 10);
      }
    }
    expect(plane.coords[2 * (count - 1)]).toBe(0);
  });

  it('trains the whole network on mini-batches of real rows: loss falls, the same seed gives the same path', () => {
    const d = data();
    const theta0 = initParams(shape, createRng(1));
    const o = { lr: 0.1, momentum: 0.9, batchSize: 16, steps: 300, seed: 5, every: 10 };
    const path = trainEveryWeight(shape, d, theta0, o);
    expect(path.count).toBe(31);
    expect([...path.steps.slice(0, 3)]).toEqual([0, 10, 20]);
    const end = path.thetas.slice((path.count - 1) * path.p);
    expect(fullLoss(shape, end, d.trainX, d.trainY, d.nTrain, null)).toBeLessThan(0.5 * fullLoss(shape, theta0, d.trainX, d.trainY, d.nTrain, null));
    expect(trainEveryWeight(shape, d, theta0, o).thetas).toEqual(path.thetas);
    expect(trainEveryWeight(shape, d, theta0, { ...o, seed: 6 }).thetas).not.toEqual(path.thetas);
  });

  it('draws the loss on the plane: its centre is the end of training', () => {
    const d = data();
    const path = trainEveryWeight(shape, d, initParams(shape, createRng(1)), { lr: 0.1, momentum: 0.9, batchSize: 16, steps: 200, seed: 5, every: 20 });
    const plane = pathPlane(path);
    const grid = planeLossGrid(shape, d, plane, 5, { x: [-1, 1], y: [-1, 1] });
    expect(grid[2 * 5 + 2]).toBeCloseTo(fullLoss(shape, plane.centre, d.trainX, d.trainY, d.nTrain, null), 12);
    expect(grid.every(Number.isFinite)).toBe(true);
  });

  it('keeps the plane orthonormal when the path is a straight line (the second direction is then any orthogonal one)', () => {
    const p = 33;
    const count = 40;
    const rng = createRng(7);
    const u = Float64Array.from({ length: p }, () => rng.normal());
    const end = Float64Array.from({ length: p }, () => rng.normal());
    const thetas = new Float64Array(count * p);
    for (let i = 0; i < count; i++) for (let j = 0; j < p; j++) thetas[i * p + j] = end[j] + (count - 1 - i) * u[j];
    const plane = pathPlane({ p, count, thetas, steps: Int32Array.from({ length: count }, (_, i) => i) });
    const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, v, j) => s + v * b[j], 0);
    expect(Math.abs(dot(plane.e1, plane.e2))).toBeLessThan(1e-12);
    expect(dot(plane.e2, plane.e2)).toBeCloseTo(1, 12);
    expect(plane.explained[0]).toBeCloseTo(1, 9);
    // The straight path draws straight, on β = 0.
    for (let i = 0; i < count; i++) expect(Math.abs(plane.coords[2 * i + 1])).toBeLessThan(1e-9 * (1 + Math.abs(plane.coords[2 * i])));
  });
});
