/**
 * Full-batch objective and deterministic training of the perceptrons in mlp.ts. Landscape
 * pictures of a real network are drawn around a minimum, so training here aims at an actual
 * stationary point (small gradient norm), not at a good test score after a fixed budget; and it
 * is bit-reproducible, so the same level shows the same minimum on every machine. (Bit-identical
 * within one JS engine: Math.tanh/exp/log1p are not specified to the last bit across engines,
 * unlike the rng's integer arithmetic; V8 runs Node and Chrome alike.)
 */
import { createRng, type Rng } from '../rng';
import { exampleHvp, exampleLossGrad, exampleLoss, mlpScratch, type MlpScratch } from './mlp';
import { minimizeLbfgs, type SmoothObjective } from './lbfgs';
import { checkMlpShape, paramLayout, type MlpShape } from './shape';

/**
 * Glorot/Xavier-uniform (tanh: U(±√(6/(fan_in+fan_out)))) or He (relu: N(0, 2/fan_in))
 * initialization of both weight matrices, biases 0, drawn from rng in layout order (W1 then W2).
 * Both keep the activations' scale roughly constant through the layers at the start.
 */
export function initParams(shape: MlpShape, rng: Rng): Float64Array {
  const layout = paramLayout(shape);
  const theta = new Float64Array(layout.count);
  const fill = (start: number, fanIn: number, fanOut: number): void => {
    const count = fanIn * fanOut;
    if (shape.activation === 'tanh') {
      const limit = Math.sqrt(6 / (fanIn + fanOut));
      for (let i = 0; i < count; i++) theta[start + i] = (2 * rng.next() - 1) * limit;
    } else {
      const std = Math.sqrt(2 / fanIn);
      for (let i = 0; i < count; i++) theta[start + i] = std * rng.normal();
    }
  };
  fill(layout.w1, shape.inputs, shape.hidden);
  fill(layout.w2, shape.hidden, shape.outputs);
  return theta;
}

function checkData(shape: MlpShape, theta: Float64Array, X: Float64Array, y: Float64Array, n: number): void {
  checkMlpShape(shape);
  if (!(Number.isInteger(n) && n >= 1)) throw new RangeError(`need at least one row (n = ${n})`);
  if (X.length < n * shape.inputs || y.length < n) throw new RangeError(`X or y holds fewer than ${n} rows`);
  if (theta.length !== paramLayout(shape).count) throw new RangeError('θ does not match the shape');
}

/** Mean loss over rows, (optionally) mean gradient written into grad, plus the L2 term. Reuses `s`. */
function meanLossGrad(shape: MlpShape, theta: Float64Array, X: Float64Array, y: Float64Array, n: number, grad: Float64Array | null, l2: number, s: MlpScratch): number {
  const w = shape.inputs;
  let sum = 0;
  if (grad === null) {
    for (let r = 0; r < n; r++) sum += exampleLoss(shape, theta, X, r * w, y[r], s);
  } else {
    grad.fill(0);
    for (let r = 0; r < n; r++) sum += exampleLossGrad(shape, theta, X, r * w, y[r], grad, s);
    for (let i = 0; i < grad.length; i++) grad[i] = grad[i] / n + l2 * theta[i];
  }
  let sq = 0;
  if (l2 > 0) for (let i = 0; i < theta.length; i++) sq += theta[i] * theta[i];
  return sum / n + 0.5 * l2 * sq;
}

/**
 * Mean loss and (optional) mean gradient over rows [0, n) of X (row-major, n × inputs) and
 * targets y; plus (λ/2)‖θ‖² (and λθ in the gradient) if l2 > 0. The penalty covers every entry
 * of θ, biases included. grad, when given, is OVERWRITTEN (not added to).
 */
export function fullLoss(shape: MlpShape, theta: Float64Array, X: Float64Array, y: Float64Array, n: number, grad: Float64Array | null, l2 = 0): number {
  checkData(shape, theta, X, y, n);
  if (grad !== null && grad.length !== theta.length) throw new RangeError('grad must have the length of θ');
  return meanLossGrad(shape, theta, X, y, n, grad, l2, mlpScratch(shape));
}

/**
 * Hessian-vector product of fullLoss's objective: OVERWRITES hv with (1/n Σ ∇²ℓ_r + λI)·v
 * (exact, per-example R-operator); returns the objective. For curvature along a direction,
 * top eigenvalues by power iteration, and checking that a trained θ is a minimum.
 */
export function fullHvp(shape: MlpShape, theta: Float64Array, X: Float64Array, y: Float64Array, n: number, v: Float64Array, hv: Float64Array, l2 = 0): number {
  checkData(shape, theta, X, y, n);
  if (v.length !== theta.length || hv.length !== theta.length) throw new RangeError('v and hv must have the length of θ');
  const s = mlpScratch(shape);
  const w = shape.inputs;
  hv.fill(0);
  let sum = 0;
  for (let r = 0; r < n; r++) sum += exampleHvp(shape, theta, X, r * w, y[r], v, hv, null, s);
  let sq = 0;
  for (let i = 0; i < hv.length; i++) {
    hv[i] = hv[i] / n + l2 * v[i];
    sq += theta[i] * theta[i];
  }
  return sum / n + (l2 > 0 ? 0.5 * l2 * sq : 0);
}

/** Options of trainToMinimum. */
export interface TrainOptions {
  /** Seeds the initialization (unused when `init` is given). */
  readonly seed: number;
  /** λ of the (λ/2)‖θ‖² penalty; 0 unless given. */
  readonly l2?: number;
  /** Stop when the objective's gradient norm is ≤ this; 1e-6 unless given. */
  readonly gradTol?: number;
  /** Cap on the quasi-Newton iterations (the warm-up is not counted); 5000 unless given. */
  readonly maxIter?: number;
  /** Start here instead of a seeded initialization (copied, never written). */
  readonly init?: Float64Array;
  /** Adam warm-up steps before the polish; 200 unless given (0 skips it, e.g. to polish `init` as it is). */
  readonly warmupSteps?: number;
}

/** A trained network: θ, its objective (loss + penalty), gradient norm, and steps taken (warm-up + polish). */
export interface TrainResult {
  readonly theta: Float64Array;
  readonly loss: number;
  readonly gradNorm: number;
  readonly iterations: number;
}

const ADAM_RATE = 0.01;
const ADAM_BETA1 = 0.9;
const ADAM_BETA2 = 0.999;
const ADAM_EPS = 1e-8;

/** Full-batch Adam on f, θ updated in place: moves a random start into a basin before the polish. */
function adamWarmup(f: SmoothObjective, theta: Float64Array, steps: number): void {
  const p = theta.length;
  const g = new Float64Array(p);
  const m1 = new Float64Array(p);
  const m2 = new Float64Array(p);
  let c1 = 1;
  let c2 = 1;
  for (let t = 0; t < steps; t++) {
    f(theta, g);
    c1 *= ADAM_BETA1;
    c2 *= ADAM_BETA2;
    for (let i = 0; i < p; i++) {
      m1[i] = ADAM_BETA1 * m1[i] + (1 - ADAM_BETA1) * g[i];
      m2[i] = ADAM_BETA2 * m2[i] + (1 - ADAM_BETA2) * g[i] * g[i];
      theta[i] -= (ADAM_RATE * (m1[i] / (1 - c1))) / (Math.sqrt(m2[i] / (1 - c2)) + ADAM_EPS);
    }
  }
}

/**
 * Deterministic full-batch training to a minimum: Adam for a warm-up, then a quasi-Newton
 * (L-BFGS with a backtracking Armijo line search) polish until the gradient norm ≤ gradTol or
 * maxIter. Returns θ and its final objective (mean loss + (λ/2)‖θ‖²) and gradient norm. Same
 * inputs → bit-identical θ.
 *
 * Cross-entropy on separable classes has no minimum: scaling the weights up keeps lowering the
 * loss, so θ runs off towards infinity, and since the gradient shrinks with the loss the
 * tolerance is then met at an arbitrary point of that run-off (loss ~1e-9), not at a minimum.
 * A tiny L2 (e.g. l2 = 1e-4) makes the objective coercive, so a minimum exists and the Hessian
 * there is positive definite in the flat directions too (eigenvalues ≥ λ); the caller chooses.
 *
 * ReLU networks are only piecewise smooth, and their minima commonly sit on a kink (a training
 * row exactly at a unit's threshold), where no gradient vanishes: expect gradNorm to stall above
 * gradTol and the polish to run to maxIter. Use tanh where a true stationary point matters.
 * A result whose gradNorm is above gradTol stopped at maxIter or at float64's floor.
 */
export function trainToMinimum(shape: MlpShape, X: Float64Array, y: Float64Array, n: number, opts: TrainOptions): TrainResult {
  const theta = opts.init ? Float64Array.from(opts.init) : initParams(shape, createRng(opts.seed));
  checkData(shape, theta, X, y, n);
  const l2 = opts.l2 ?? 0;
  if (!(l2 >= 0)) throw new RangeError(`l2 must be ≥ 0 (got ${l2})`);
  const s = mlpScratch(shape);
  const objective: SmoothObjective = (t, g) => meanLossGrad(shape, t, X, y, n, g, l2, s);
  const warmup = opts.warmupSteps ?? 200;
  adamWarmup(objective, theta, warmup);
  const polish = minimizeLbfgs(objective, theta, { gradTol: opts.gradTol ?? 1e-6, maxIter: opts.maxIter ?? 5000 });
  return { theta, loss: polish.loss, gradNorm: polish.gradNorm, iterations: warmup + polish.iterations };
}
