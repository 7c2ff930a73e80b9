import { describe, expect, it } from 'vitest';
import { minimizeLbfgs, type SmoothObjective } from './lbfgs';

/** The Rosenbrock valley in d dimensions: a curved, badly conditioned ravine with its minimum at (1, …, 1). */
const rosenbrock: SmoothObjective = (x, g) => {
  g.fill(0);
  let f = 0;
  for (let i = 0; i + 1 < x.length; i++) {
    const a = x[i + 1] - x[i] * x[i];
    const b = 1 - x[i];
    f += 100 * a * a + b * b;
    g[i] += -400 * a * x[i] - 2 * b;
    g[i + 1] += 200 * a;
  }
  return f;
};

describe('minimizeLbfgs', () => {
  it('finds the Rosenbrock minimum to a tight gradient tolerance, in place', () => {
    const x = Float64Array.of(-1.2, 1, -1.2, 1, -1.2, 1);
    const r = minimizeLbfgs(rosenbrock, x, { gradTol: 1e-9, maxIter: 2000 });
    expect(r.converged).toBe(true);
    expect(r.gradNorm).toBeLessThanOrEqual(1e-9);
    for (const xi of x) expect(xi).toBeCloseTo(1, 8);
    expect(r.loss).toBeLessThan(1e-15);
  });

  it('is deterministic and respects maxIter', () => {
    const a = Float64Array.of(-1.2, 1, 0.5);
    const b = Float64Array.of(-1.2, 1, 0.5);
    const ra = minimizeLbfgs(rosenbrock, a, { gradTol: 0, maxIter: 7, memory: 3 });
    const rb = minimizeLbfgs(rosenbrock, b, { gradTol: 0, maxIter: 7, memory: 3 });
    expect(ra.iterations).toBe(7);
    expect(ra.converged).toBe(false);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(ra).toEqual(rb);
  });

  it('stops at once when started at a stationary point', () => {
    const x = Float64Array.of(1, 1);
    expect(minimizeLbfgs(rosenbrock, x, { gradTol: 1e-12, maxIter: 100 })).toEqual({ loss: 0, gradNorm: 0, iterations: 0, converged: true });
  });
});
