import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { conditionNumber, eigenSym2, type Sym2 } from '../vec';
import { curvatureAt, stableLrLimit } from './curvature';
import { keskarSharpness } from './sharpness';
import { autocorrelation, finalBasin, findStall, firstStepBelow, oscillationIndex, roughness, spreadOf } from './trace';
import { gradientSpread, measuredBatchVariance, predictedBatchVariance } from './variance';
import { buildLandscape, LandscapeSpecSchema } from '../landscape/registry';
import { createRng } from '../rng';
import { simulate, type Trace } from '../simulate';
import { defineLevel } from '../level/define';
import { DEFAULT_SETTINGS } from '../settings';

const land = (spec: unknown) => buildLandscape(LandscapeSpecSchema.parse(spec));
/** ½·a·(x² + y²) exactly: one example, no shift. */
const bowl = (a: number) => land({ family: 'ravine', params: { kappa: 1, scale: a }, variation: { n: 1, spread: [0, 0] } });
const flat = () => land({ family: 'ravine', params: { kappa: 1, scale: 1e-3 }, variation: { n: 1, spread: [0, 0] } });
/** A trace with only a path (what the path-based diagnostics read). */
const pathTrace = (xs: number[], ys: number[] = xs.map(() => 0)): Trace =>
  ({ x: Float64Array.from(xs), y: Float64Array.from(ys), steps: xs.length - 1 }) as unknown as Trace;

describe('eigenSym2 and conditionNumber', () => {
  it('known matrices', () => {
    const d = eigenSym2([3, 0, 1]);
    expect(d.values).toEqual([1, 3]);
    expect(d.vectors[1]).toEqual([1, 0]);
    expect(Math.abs(d.vectors[0][1])).toBe(1);
    const e = eigenSym2([2, 1, 2]);
    expect(e.values[0]).toBeCloseTo(1, 14);
    expect(e.values[1]).toBeCloseTo(3, 14);
    expect(Math.abs(e.vectors[1][0])).toBeCloseTo(Math.SQRT1_2, 14);
    expect(e.vectors[1][0] * e.vectors[1][1]).toBeGreaterThan(0); // (1, 1)/√2 up to sign
    expect(eigenSym2([2, 0, -2]).values).toEqual([-2, 2]);
    expect(eigenSym2([-1, 0, -5]).values).toEqual([-5, -1]);
    expect(conditionNumber([1, 0, 100])).toBe(100);
    expect(conditionNumber([2, 1, 2])).toBeCloseTo(3, 14);
    expect(conditionNumber([2, 0, -2])).toBe(1);
    expect(conditionNumber([1, 1, 1])).toBe(Infinity);
    expect(conditionNumber([0, 0, 0])).toBe(Infinity);
    expect(eigenSym2([0, 0, 0]).vectors[1]).toEqual([1, 0]);
    expect(eigenSym2([1, -1, 1]).vectors[1][1]).toBeCloseTo(-Math.SQRT1_2, 14); // (1, −1)/√2 for λ = 2
  });

  it('random symmetric matrices: H v = λ v with orthonormal v, ascending values, trace and determinant kept', () => {
    const num = fc.double({ min: -1e3, max: 1e3, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(num, num, num, (a, b, c) => {
        const h: Sym2 = [a, b, c];
        const { values, vectors } = eigenSym2(h);
        const scale = Math.abs(a) + Math.abs(b) + Math.abs(c) + 1e-300;
        expect(values[0]).toBeLessThanOrEqual(values[1]);
        expect(Math.abs(values[0] + values[1] - (a + c))).toBeLessThanOrEqual(1e-12 * scale);
        expect(Math.abs(values[0] * values[1] - (a * c - b * b))).toBeLessThanOrEqual(1e-9 * scale * scale);
        for (let k = 0; k < 2; k++) {
          const [vx, vy] = vectors[k];
          expect(Math.hypot(vx, vy)).toBeCloseTo(1, 12);
          expect(Math.abs(a * vx + b * vy - values[k] * vx)).toBeLessThanOrEqual(1e-9 * scale);
          expect(Math.abs(b * vx + c * vy - values[k] * vy)).toBeLessThanOrEqual(1e-9 * scale);
        }
        expect(Math.abs(vectors[0][0] * vectors[1][0] + vectors[0][1] * vectors[1][1])).toBeLessThan(1e-12);
        expect(vectors[1][0]).toBeGreaterThanOrEqual(0); // orientation: first component ≥ 0
      }),
      { numRuns: 2000 },
    );
    // Huge entries do not overflow the direction.
    const big = eigenSym2([1e308, 1e308, -1e308]);
    expect(Math.hypot(...big.vectors[1])).toBeCloseTo(1, 12);
  });
});

describe('curvatureAt and stableLrLimit', () => {
  it('at the saddle: gradient 0, eigenvalues ≈ ±2, a saddle', () => {
    const saddle = land({ family: 'saddle' });
    const c = curvatureAt(saddle, 0, 0);
    expect(c.gradNorm).toBe(0); // antithetic shifts cancel exactly
    expect(c.eigen.values[0]).toBeCloseTo(-2, 1);
    expect(c.eigen.values[1]).toBeCloseTo(2, 1);
    expect(c.isSaddle).toBe(true);
    expect(c.condition).toBeCloseTo(1, 1);
    // Strong L2 lifts both curvatures above 0: no longer a saddle.
    const l2 = curvatureAt(saddle, 0, 0, { l2: 3 });
    expect(l2.eigen.values[0]).toBeCloseTo(c.eigen.values[0] + 3, 12);
    expect(l2.isSaddle).toBe(false);
    // A valley bottom is a minimum.
    expect(curvatureAt(saddle, 0, Math.SQRT2).isSaddle).toBe(false);
  });

  it('includes the penalty in loss and gradient', () => {
    const b = bowl(2);
    const c = curvatureAt(b, 1, -2, { l1: 0.5, l2: 0.1 });
    expect(c.loss).toBeCloseTo(0.5 * 2 * 5 + 0.5 * 3 + 0.05 * 5, 12);
    expect(c.grad[0]).toBeCloseTo(2 + 0.1 + 0.5, 12);
    expect(c.grad[1]).toBeCloseTo(-4 - 0.2 - 0.5, 12);
    // At w_j = 0 the smallest subgradient: the data slope shrunk toward 0 by λ1.
    const z = curvatureAt(b, 0.1, 0, { l1: 0.5 });
    expect(z.grad[1]).toBe(0);
    expect(z.grad[0]).toBeCloseTo(0.2 + 0.5, 12);
    const shifted = curvatureAt(land({ family: 'ravine', params: { kappa: 1, center: [0, 2] }, variation: { n: 1, spread: [0, 0] } }), 0, 0, { l1: 0.5 });
    expect(shifted.grad[1]).toBeCloseTo(-2 + 0.5, 12); // slope −2 at 0, beyond λ1
    expect(shifted.grad[0]).toBe(0);
  });

  it('stableLrLimit on a quadratic is 2/λmax, and GD diverges just above it', () => {
    const spec = { family: 'ravine' as const, params: { kappa: 25, scale: 2 } };
    const c = curvatureAt(land(spec), 0.7, -0.3);
    expect(c.eigen.values[1]).toBeCloseTo(50, 10);
    expect(c.condition).toBeCloseTo(25, 10);
    const limit = stableLrLimit(c);
    expect(limit).toBeCloseTo(2 / 50, 14);
    expect(stableLrLimit(curvatureAt(flat(), 1, 1))).toBeCloseTo(2000, 9);
    const level = defineLevel({ landscape: spec, start: [2, 1], goal: { kind: 'region', center: [50, 50], radius: 0.1 }, budget: 2000, defaults: { batchSize: 64 } });
    const run = (lr: number) => simulate(level, { ...DEFAULT_SETTINGS, batchSize: 64, shuffle: 'none', lr }, 1).outcome;
    expect(run(0.98 * limit)).not.toBe('diverged');
    expect(run(1.02 * limit)).toBe('diverged');
  });
});

describe('keskarSharpness', () => {
  /** Closed form for ½a(x² + y²): the maximum over the box sits at the corner away from 0. */
  const byHand = (a: number, x: number, y: number, eps: number) => {
    const hx = eps * (Math.abs(x) + 1);
    const hy = eps * (Math.abs(y) + 1);
    const f0 = 0.5 * a * (x * x + y * y);
    const fmax = 0.5 * a * ((Math.abs(x) + hx) ** 2 + (Math.abs(y) + hy) ** 2);
    return ((fmax - f0) / (1 + f0)) * 100;
  };

  it('matches the closed form on a round quadratic', () => {
    for (const a of [0.5, 1, 10]) {
      for (const [x, y] of [[0, 0], [1, -2], [-0.3, 0.4]] as const) {
        for (const eps of [1e-3, 0.05]) expect(keskarSharpness(bowl(a), x, y, eps)).toBeCloseTo(byHand(a, x, y, eps), 9);
      }
    }
    expect(keskarSharpness(bowl(10), 0, 0, 0.05)).toBeCloseTo(10 * 0.05 ** 2 * 100, 10); // a·ε²·100
  });

  it('is larger for a narrow quadratic than a wide one, and for the sharp basin than the flat one', () => {
    expect(keskarSharpness(bowl(10), 0, 0, 0.01)).toBeGreaterThan(5 * keskarSharpness(bowl(0.5), 0, 0, 0.01));
    const sf = land({ family: 'sharp-flat' });
    const [sharp, flat] = sf.landmarks;
    expect(keskarSharpness(sf, sharp.at[0], sharp.at[1], 0.05)).toBeGreaterThan(5 * keskarSharpness(sf, flat.at[0], flat.at[1], 0.05));
  });
});

describe('trace diagnostics', () => {
  it('oscillationIndex: zig-zag = 1, monotone = 0, mixed by hand', () => {
    expect(oscillationIndex(pathTrace([0, 1, 0, 1, 0, 1, 0]), [1, 0])).toBe(1);
    expect(oscillationIndex(pathTrace([0, 1, 2, 3, 5, 8]), [1, 0])).toBe(0);
    expect(oscillationIndex(pathTrace([0, 1, 2, 1, 0, 1]), [1, 0])).toBeCloseTo(2 / 4, 14); // + + − − +
    // Motion across the axis does not count; steps shorter than minStep are skipped.
    expect(oscillationIndex(pathTrace([0, 0, 0], [0, 1, 0]), [1, 0])).toBe(0);
    expect(oscillationIndex(pathTrace([0, 1, 1, 0]), [1, 0])).toBe(1);
  });

  it('oscillationIndex on real runs: GD near 2/λmax zig-zags across the ravine, small steps do not', () => {
    const level = defineLevel({
      landscape: { family: 'ravine', params: { kappa: 25 } },
      start: [2.5, 1],
      goal: { kind: 'region', center: [50, 50], radius: 0.1 },
      budget: 60,
      defaults: { batchSize: 64 },
    });
    const go = (lr: number) => simulate(level, { ...DEFAULT_SETTINGS, batchSize: 64, shuffle: 'none', lr }, 1);
    expect(oscillationIndex(go(0.07), [0, 1])).toBe(1);
    expect(oscillationIndex(go(0.01), [0, 1])).toBe(0);
  });

  it('autocorrelation of a periodic series at its period ≈ 1, at half the period ≈ −1', () => {
    const s = Float64Array.from({ length: 1600 }, (_, t) => 3 + Math.sin((2 * Math.PI * t) / 16));
    expect(autocorrelation(s, 16, 0, 1599)).toBeGreaterThan(0.98);
    expect(autocorrelation(s, 8, 0, 1599)).toBeLessThan(-0.98);
    expect(autocorrelation(s, 0, 0, 1599)).toBeCloseTo(1, 14);
    expect(autocorrelation(new Float64Array(10).fill(2), 1, 0, 9)).toBe(0);
  });

  it('roughness, spreadOf and firstStepBelow by hand', () => {
    const s = Float64Array.of(5, 3, 4, NaN, 1);
    expect(roughness(s, 1, 4)).toBeCloseTo((2 + 1) / 2, 14); // NaN differences skipped
    expect(spreadOf(Float64Array.of(1, 3, 1, 3), 0, 3)).toBe(1);
    expect(firstStepBelow(s, 3.5, 4)).toBe(1);
    expect(firstStepBelow(s, 0.5, 4)).toBeNull();
  });

  it('findStall finds the longest low-gradient stretch while the loss stays high', () => {
    const t = {
      steps: 7,
      gradNorm: Float64Array.of(1, 1e-5, 1e-5, NaN, 1, 1e-5, 1e-5, 1e-5),
      trainLoss: Float64Array.of(5, 4, 4, NaN, 3, 2, 2, 0.1),
    } as unknown as Trace;
    const st = findStall(t, 1e-3, 1);
    expect([st.from, st.to, st.stalledSteps]).toEqual([1, 2, 4]);
    expect(st.meanLoss).toBe(4);
  });

  it('finalBasin picks the landmark disc that holds the final point', () => {
    const marks = [
      { name: 'point', at: [0, 0] as const, radius: 0 },
      { name: 'a', at: [1, 1] as const, radius: 0.5 },
    ];
    expect(finalBasin(pathTrace([3, 1.2], [3, 0.9]), marks)?.name).toBe('a');
    expect(finalBasin(pathTrace([3, 0], [3, 0]), marks)).toBeNull();
  });
});

describe('batch-gradient variance', () => {
  const rav = land({ family: 'ravine', params: { kappa: 25 } });

  it('gradientSpread: full gradient and σ² by hand on two examples', () => {
    // Two shifted copies of ½(x² + y²) at δ = ±(0.1, 0.2): g_i = w − δ_i, mean w, σ² = ‖δ‖².
    const two = land({ family: 'ravine', params: { kappa: 1 }, variation: { n: 2, antithetic: true, spread: [0.1, 0.2] } });
    const d = two.train.data;
    const gs = gradientSpread(two, 0.3, -0.4);
    expect(gs.full[0]).toBeCloseTo(0.3, 14);
    expect(gs.full[1]).toBeCloseTo(-0.4, 14);
    expect(gs.sigma2).toBeCloseTo(d[0] ** 2 + d[1] ** 2, 14);
  });

  for (const b of [1, 4, 16, 40]) {
    it(`measured E‖g_B − g‖² matches (σ²/B)(N−B)/(N−1) within 10 % (B = ${b})`, () => {
      const { sigma2 } = gradientSpread(rav, 1, 0.5);
      const predicted = predictedBatchVariance(sigma2, rav.train.n, b);
      const measured = measuredBatchVariance(rav, 1, 0.5, b, 4000, createRng(b));
      expect(Math.abs(measured / predicted - 1)).toBeLessThan(0.1);
    });
  }

  it('full batch has no variance; with replacement the finite-population factor is gone', () => {
    expect(predictedBatchVariance(3, 64, 64)).toBe(0);
    expect(predictedBatchVariance(3, 1, 1)).toBe(0);
    expect(measuredBatchVariance(rav, 1, 0.5, 64, 20, createRng(1))).toBeLessThan(1e-20);
    const { sigma2 } = gradientSpread(rav, 1, 0.5);
    const repl = measuredBatchVariance(rav, 1, 0.5, 32, 4000, createRng(2), 'replacement');
    expect(Math.abs(repl / (sigma2 / 32) - 1)).toBeLessThan(0.1);
    expect(repl).toBeGreaterThan(1.5 * predictedBatchVariance(sigma2, 64, 32)); // without: ≈ half
  });
});
