import { describe, expect, it } from 'vitest';
import { createRng } from '../../rng';
import { initParams } from '../../nn/train';
import type { MlpShape } from '../../nn/shape';
import { planePenalty } from './plane-penalty';
import { slicePlane } from './directions';
import { neuronGroups } from '../../nn/shape';

const shape: MlpShape = { inputs: 3, hidden: 5, outputs: 2, activation: 'tanh', task: 'classify' };
const theta0 = initParams(shape, createRng(3));
const [d1, d2] = slicePlane(theta0, neuronGroups(shape), createRng(4));
const plane = { shape, theta0, d1, d2 };
const thetaAt = (x: number, y: number) => theta0.map((t, j) => t + x * d1[j] + y * d2[j]);

describe('the penalty of a network slice acts on θ', () => {
  const pen = planePenalty(plane);
  it('is (λ2/2)‖θ‖² + λ1‖θ‖₁ of the weights at the point, not of (x, y)', () => {
    for (const [x, y] of [[0, 0], [0.3, -0.7], [-1.2, 0.4]]) {
      const th = thetaAt(x, y);
      const sq = th.reduce((s, v) => s + v * v, 0);
      const abs = th.reduce((s, v) => s + Math.abs(v), 0);
      expect(pen.value(x, y, 0, 0.1)).toBeCloseTo(0.05 * sq, 12);
      expect(pen.value(x, y, 0.02, 0)).toBeCloseTo(0.02 * abs, 12);
    }
    // Not the plane-coordinate penalty: at (0, 0) it is the weights' own size.
    expect(pen.value(0, 0, 0, 1)).toBeGreaterThan(0.1);
  });

  it('has the gradient and Hessian of finite differences (L1 away from kinks)', () => {
    const h = 1e-6;
    for (const [x, y] of [[0.3, -0.7], [-0.5, 0.2]]) {
      for (const [l1, l2] of [[0, 0.3], [0.05, 0], [0.05, 0.3]]) {
        const g = new Float64Array(2);
        pen.addGrad(x, y, l1, l2, g);
        const fx = (pen.value(x + h, y, l1, l2) - pen.value(x - h, y, l1, l2)) / (2 * h);
        const fy = (pen.value(x, y + h, l1, l2) - pen.value(x, y - h, l1, l2)) / (2 * h);
        expect(g[0]).toBeCloseTo(fx, 5);
        expect(g[1]).toBeCloseTo(fy, 5);
      }
      const [hxx, hxy, hyy] = pen.hessian(0.3);
      const gAt = (a: number, b: number) => {
        const g = new Float64Array(2);
        pen.addGrad(a, b, 0, 0.3, g);
        return g;
      };
      expect(hxx).toBeCloseTo((gAt(x + h, y)[0] - gAt(x - h, y)[0]) / (2 * h), 5);
      expect(hxy).toBeCloseTo((gAt(x, y + h)[0] - gAt(x, y - h)[0]) / (2 * h), 5);
      expect(hyy).toBeCloseTo((gAt(x, y + h)[1] - gAt(x, y - h)[1]) / (2 * h), 5);
    }
  });
});
