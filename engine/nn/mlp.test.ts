import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRng, type Rng } from '../rng';
import { exampleHvp, exampleLoss, exampleLossGrad, mlpScratch, predict, type MlpScratch } from './mlp';
import { paramCount, type Activation, type MlpShape, type NetTask } from './shape';

const H = 1e-6;

function randomVec(rng: Rng, n: number, scale = 1): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = scale * rng.normal();
  return out;
}

function randomTarget(shape: MlpShape, rng: Rng): number {
  return shape.task === 'classify' ? rng.int(shape.outputs) : rng.normal();
}

function relErr(a: Float64Array, b: Float64Array): number {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    d += (a[i] - b[i]) ** 2;
    na += a[i] * a[i];
    nb += b[i] * b[i];
  }
  return Math.sqrt(d) / Math.max(Math.sqrt(na), Math.sqrt(nb), 1e-8);
}

/** Smallest |pre-activation| of the row: ReLU's finite differences are only valid away from 0. */
function nearestKink(shape: MlpShape, theta: Float64Array, x: Float64Array, s: MlpScratch): number {
  exampleLoss(shape, theta, x, 0, shape.task === 'classify' ? 0 : 0.5, s);
  let m = Infinity;
  for (let h = 0; h < shape.hidden; h++) m = Math.min(m, Math.abs(s.pre[h]));
  return m;
}

function gradOf(shape: MlpShape, theta: Float64Array, x: Float64Array, t: number, s: MlpScratch): Float64Array {
  const g = new Float64Array(theta.length);
  exampleLossGrad(shape, theta, x, 0, t, g, s);
  return g;
}

function fdGrad(shape: MlpShape, theta: Float64Array, x: Float64Array, t: number, s: MlpScratch): Float64Array {
  const g = new Float64Array(theta.length);
  const th = Float64Array.from(theta);
  for (let i = 0; i < theta.length; i++) {
    th[i] = theta[i] + H;
    const up = exampleLoss(shape, th, x, 0, t, s);
    th[i] = theta[i] - H;
    const down = exampleLoss(shape, th, x, 0, t, s);
    th[i] = theta[i];
    g[i] = (up - down) / (2 * H);
  }
  return g;
}

function hvpOf(shape: MlpShape, theta: Float64Array, x: Float64Array, t: number, v: Float64Array, s: MlpScratch): Float64Array {
  const hv = new Float64Array(theta.length);
  exampleHvp(shape, theta, x, 0, t, v, hv, null, s);
  return hv;
}

function fdHvp(shape: MlpShape, theta: Float64Array, x: Float64Array, t: number, v: Float64Array, s: MlpScratch): Float64Array {
  const plus = theta.map((w, i) => w + H * v[i]);
  const minus = theta.map((w, i) => w - H * v[i]);
  const gp = gradOf(shape, plus, x, t, s);
  const gm = gradOf(shape, minus, x, t, s);
  return gp.map((g, i) => (g - gm[i]) / (2 * H));
}

const shapeOf = (activation: Activation, task: NetTask, inputs = 4, hidden = 7): MlpShape => ({
  inputs,
  hidden,
  outputs: task === 'classify' ? 3 : 1,
  activation,
  task,
});

const CASES: readonly [Activation, NetTask][] = [
  ['tanh', 'classify'],
  ['tanh', 'regress'],
  ['relu', 'classify'],
  ['relu', 'regress'],
];

describe('exampleLossGrad', () => {
  it.each(CASES)('matches central finite differences (%s, %s)', (activation, task) => {
    const shape = shapeOf(activation, task);
    const s = mlpScratch(shape);
    const rng = createRng(11);
    let checked = 0;
    for (let trial = 0; trial < 20; trial++) {
      const theta = randomVec(rng, paramCount(shape));
      const x = randomVec(rng, shape.inputs);
      const t = randomTarget(shape, rng);
      if (activation === 'relu' && nearestKink(shape, theta, x, s) < 1e-3) continue;
      expect(relErr(gradOf(shape, theta, x, t, s), fdGrad(shape, theta, x, t, s))).toBeLessThan(1e-6);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('matches finite differences over random shapes (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 2, max: 16 }),
        fc.integer({ min: 2, max: 4 }),
        fc.constantFrom<Activation>('tanh', 'relu'),
        fc.constantFrom<NetTask>('classify', 'regress'),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (inputs, hidden, classes, activation, task, seed) => {
          const shape: MlpShape = { inputs, hidden, outputs: task === 'classify' ? classes : 1, activation, task };
          const s = mlpScratch(shape);
          const rng = createRng(seed);
          const theta = randomVec(rng, paramCount(shape));
          const x = randomVec(rng, inputs);
          const t = randomTarget(shape, rng);
          if (activation === 'relu' && nearestKink(shape, theta, x, s) < 1e-3) return;
          expect(relErr(gradOf(shape, theta, x, t, s), fdGrad(shape, theta, x, t, s))).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 200, seed: 15 },
    );
  });

  it('reads the row at xOff and returns the same loss as exampleLoss', () => {
    const shape = shapeOf('tanh', 'classify');
    const s = mlpScratch(shape);
    const rng = createRng(3);
    const theta = randomVec(rng, paramCount(shape));
    const rows = randomVec(rng, 3 * shape.inputs);
    const g = new Float64Array(theta.length);
    const l = exampleLossGrad(shape, theta, rows, 2 * shape.inputs, 1, g, s);
    expect(l).toBe(exampleLoss(shape, theta, rows.subarray(2 * shape.inputs), 0, 1, s));
    expect(Array.from(g)).toEqual(Array.from(gradOf(shape, theta, rows.slice(2 * shape.inputs), 1, s)));
  });
});

describe('exampleHvp', () => {
  it.each(CASES)('matches finite differences of the gradient (%s, %s)', (activation, task) => {
    const shape = shapeOf(activation, task);
    const s = mlpScratch(shape);
    const rng = createRng(29);
    let checked = 0;
    for (let trial = 0; trial < 20; trial++) {
      const theta = randomVec(rng, paramCount(shape));
      const x = randomVec(rng, shape.inputs);
      const t = randomTarget(shape, rng);
      const v = randomVec(rng, theta.length);
      if (activation === 'relu' && nearestKink(shape, theta, x, s) < 1e-3) continue;
      expect(relErr(hvpOf(shape, theta, x, t, v, s), fdHvp(shape, theta, x, t, v, s))).toBeLessThan(1e-6);
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it.each(CASES)('is symmetric: uᵀ(Hv) = vᵀ(Hu) (%s, %s)', (activation, task) => {
    const shape = shapeOf(activation, task);
    const s = mlpScratch(shape);
    const rng = createRng(5);
    for (let trial = 0; trial < 10; trial++) {
      const theta = randomVec(rng, paramCount(shape));
      const x = randomVec(rng, shape.inputs);
      const t = randomTarget(shape, rng);
      const u = randomVec(rng, theta.length);
      const v = randomVec(rng, theta.length);
      const hu = hvpOf(shape, theta, x, t, u, s);
      const hv = hvpOf(shape, theta, x, t, v, s);
      const uHv = u.reduce((a, ui, i) => a + ui * hv[i], 0);
      const vHu = v.reduce((a, vi, i) => a + vi * hu[i], 0);
      expect(Math.abs(uHv - vHu)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(uHv)));
    }
  });

  it('also adds the gradient when asked, equal to exampleLossGrad', () => {
    for (const [activation, task] of CASES) {
      const shape = shapeOf(activation, task);
      const s = mlpScratch(shape);
      const rng = createRng(8);
      const theta = randomVec(rng, paramCount(shape));
      const x = randomVec(rng, shape.inputs);
      const t = randomTarget(shape, rng);
      const g = new Float64Array(theta.length);
      const hv = new Float64Array(theta.length);
      const l = exampleHvp(shape, theta, x, 0, t, randomVec(rng, theta.length), hv, g, s);
      expect(l).toBe(exampleLoss(shape, theta, x, 0, t, s));
      expect(Array.from(g)).toEqual(Array.from(gradOf(shape, theta, x, t, s)));
    }
  });
});

describe('accumulation', () => {
  it.each(CASES)('exampleLossGrad and exampleHvp ADD into their outputs (%s, %s)', (activation, task) => {
    const shape = shapeOf(activation, task);
    const s = mlpScratch(shape);
    const rng = createRng(17);
    const theta = randomVec(rng, paramCount(shape));
    const x = randomVec(rng, shape.inputs);
    const t = randomTarget(shape, rng);
    const v = randomVec(rng, theta.length);
    const once = gradOf(shape, theta, x, t, s);
    const twice = new Float64Array(theta.length);
    exampleLossGrad(shape, theta, x, 0, t, twice, s);
    exampleLossGrad(shape, theta, x, 0, t, twice, s);
    expect(Array.from(twice)).toEqual(Array.from(once, (g) => 2 * g));

    const hvOnce = hvpOf(shape, theta, x, t, v, s);
    const hvTwice = new Float64Array(theta.length);
    const gTwice = new Float64Array(theta.length);
    exampleHvp(shape, theta, x, 0, t, v, hvTwice, gTwice, s);
    exampleHvp(shape, theta, x, 0, t, v, hvTwice, gTwice, s);
    expect(Array.from(hvTwice)).toEqual(Array.from(hvOnce, (h) => 2 * h));
    expect(Array.from(gTwice)).toEqual(Array.from(once, (g) => 2 * g));
  });
});

describe('numerical stability', () => {
  it.each(['tanh', 'relu'] as const)('softmax cross-entropy stays finite at ±1e3 weights (%s)', (activation) => {
    const shape = shapeOf(activation, 'classify');
    const s = mlpScratch(shape);
    const rng = createRng(99);
    for (let trial = 0; trial < 10; trial++) {
      const theta = randomVec(rng, paramCount(shape)).map((w) => (w > 0 ? 1e3 : -1e3));
      const x = randomVec(rng, shape.inputs);
      for (let t = 0; t < 3; t++) {
        const g = new Float64Array(theta.length);
        const hv = new Float64Array(theta.length);
        const loss = exampleHvp(shape, theta, x, 0, t, randomVec(rng, theta.length), hv, g, s);
        expect(Number.isFinite(loss)).toBe(true);
        expect(loss).toBeGreaterThanOrEqual(0);
        expect(g.every(Number.isFinite) && hv.every(Number.isFinite)).toBe(true);
      }
      // The predicted class costs (almost) nothing; another class costs about its logit gap.
      const best = predict(shape, theta, x, 0, s);
      expect(exampleLoss(shape, theta, x, 0, best, s)).toBeLessThan(1e-6 + exampleLoss(shape, theta, x, 0, (best + 1) % 3, s));
    }
  });

  it('cross-entropy equals −log softmax on ordinary logits', () => {
    const shape = shapeOf('tanh', 'classify');
    const s = mlpScratch(shape);
    const rng = createRng(4);
    const theta = randomVec(rng, paramCount(shape), 0.5);
    const x = randomVec(rng, shape.inputs);
    exampleLoss(shape, theta, x, 0, 2, s);
    const o = Array.from(s.out);
    const z = o.reduce((a, v) => a + Math.exp(v), 0);
    expect(exampleLoss(shape, theta, x, 0, 2, s)).toBeCloseTo(-Math.log(Math.exp(o[2]) / z), 12);
  });
});

describe('guards and predict', () => {
  it('rejects a bad class target, a mismatched θ or scratch', () => {
    const shape = shapeOf('tanh', 'classify');
    const s = mlpScratch(shape);
    const theta = new Float64Array(paramCount(shape));
    const x = new Float64Array(shape.inputs);
    expect(() => exampleLoss(shape, theta, x, 0, 3, s)).toThrow(RangeError);
    expect(() => exampleLoss(shape, theta, x, 0, 0.5, s)).toThrow(RangeError);
    expect(() => exampleLoss(shape, theta.subarray(1), x, 0, 0, s)).toThrow(RangeError);
    expect(() => exampleLoss(shape, theta, x, 0, 0, mlpScratch({ ...shape, hidden: 3 }))).toThrow(RangeError);
  });

  it('predicts the argmax class, or the regression value', () => {
    const cls: MlpShape = { inputs: 1, hidden: 1, outputs: 3, activation: 'relu', task: 'classify' };
    // a = x, z = relu(x); logits = (0, z, −z) + b2 (0, 0, 0.5): x = 2 → class 1; x = 0 → class 2.
    const theta = Float64Array.of(1, 0, 0, 1, -1, 0, 0, 0.5);
    const s = mlpScratch(cls);
    expect(predict(cls, theta, [2], 0, s)).toBe(1);
    expect(predict(cls, theta, [0], 0, s)).toBe(2);
    const reg: MlpShape = { inputs: 1, hidden: 1, outputs: 1, activation: 'tanh', task: 'regress' };
    expect(predict(reg, Float64Array.of(1, 0, 2, 0.25), [0.5], 0, mlpScratch(reg))).toBeCloseTo(2 * Math.tanh(0.5) + 0.25, 15);
  });
});
