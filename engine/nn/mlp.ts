/**
 * One example through a one-hidden-layer perceptron: its loss, the exact gradient (backprop) and
 * the exact Hessian-vector product (Pearlmutter's R-operator). Everything is per example and
 * writes only into a caller-made scratch, so a loop over a dataset allocates nothing; the
 * derivatives ADD into the caller's arrays so rows can be accumulated without copies.
 *
 * Notation (one example x, layout in shape.ts):
 *   a = W1 x + b1,  z = σ(a),  o = W2 z + b2,
 *   classify: ℓ = logΣₖ exp(oₖ) − o_target,   regress: ℓ = ½(o₀ − target)².
 */
import { checkMlpShape, type MlpShape } from './shape';

/**
 * Preallocated work arrays for one shape (make with mlpScratch; treat as opaque). Names follow
 * the notation above: `pre` = a, `act` = z, `out` = o, `prob` = softmax(o), `dOut` = ∂ℓ/∂o;
 * the `r…` arrays hold the R-operator's directional derivatives of the same quantities.
 */
export interface MlpScratch {
  readonly inputs: number;
  readonly hidden: number;
  readonly outputs: number;
  readonly pre: Float64Array;
  readonly act: Float64Array;
  readonly out: Float64Array;
  readonly prob: Float64Array;
  readonly dOut: Float64Array;
  readonly rPre: Float64Array;
  readonly rAct: Float64Array;
  readonly rOut: Float64Array;
  readonly rDOut: Float64Array;
}

/** Scratch space for `shape` (validates the shape once here, not per example). */
export function mlpScratch(shape: MlpShape): MlpScratch {
  checkMlpShape(shape);
  const { inputs, hidden, outputs } = shape;
  return {
    inputs,
    hidden,
    outputs,
    pre: new Float64Array(hidden),
    act: new Float64Array(hidden),
    out: new Float64Array(outputs),
    prob: new Float64Array(outputs),
    dOut: new Float64Array(outputs),
    rPre: new Float64Array(hidden),
    rAct: new Float64Array(hidden),
    rOut: new Float64Array(outputs),
    rDOut: new Float64Array(outputs),
  };
}

/** Cheap guard against a scratch or θ made for another shape (a silent mismatch would read garbage). */
function checkCall(shape: MlpShape, theta: Float64Array, s: MlpScratch): void {
  const { inputs, hidden, outputs } = shape;
  if (s.inputs !== inputs || s.hidden !== hidden || s.outputs !== outputs) throw new RangeError('scratch was made for another shape');
  if (theta.length !== hidden * (inputs + 1) + outputs * (hidden + 1)) throw new RangeError(`θ has length ${theta.length}, the shape needs ${hidden * (inputs + 1) + outputs * (hidden + 1)}`);
}

/** σ′(a) from a and z = σ(a). ReLU uses 0 at the kink (a = 0), the usual subgradient. Exported for the slice's factored forward pass. */
export const activationSlope = (relu: boolean, a: number, z: number): number => (relu ? (a > 0 ? 1 : 0) : 1 - z * z);

/**
 * Hidden unit h's first-layer sum for parameters (or a direction) m: Σᵢ mW1[h, i]·x[xOff + i] +
 * mb1[h]. The forward pass (m = θ), the R-operator (m = v) and the slice's per-row factoring
 * (engine/landscape/network/factored.ts) all use this one map.
 */
export function firstLayerUnit(inputs: number, hidden: number, m: ArrayLike<number>, h: number, x: ArrayLike<number>, xOff: number): number {
  const row = h * inputs;
  let a = m[hidden * inputs + h];
  for (let i = 0; i < inputs; i++) a += m[row + i] * x[xOff + i];
  return a;
}

/** Fills s.pre, s.act, s.out for the example at x[xOff …]. */
function forward(shape: MlpShape, theta: Float64Array, x: ArrayLike<number>, xOff: number, s: MlpScratch): void {
  const { inputs, hidden, outputs } = shape;
  const relu = shape.activation === 'relu';
  const b1 = hidden * inputs;
  const w2 = b1 + hidden;
  const b2 = w2 + outputs * hidden;
  for (let h = 0; h < hidden; h++) {
    const a = firstLayerUnit(inputs, hidden, theta, h, x, xOff);
    s.pre[h] = a;
    s.act[h] = relu ? (a > 0 ? a : 0) : Math.tanh(a);
  }
  for (let k = 0; k < outputs; k++) {
    const row = w2 + k * hidden;
    let o = theta[b2 + k];
    for (let h = 0; h < hidden; h++) o += theta[row + h] * s.act[h];
    s.out[k] = o;
  }
}

/**
 * Loss of the outputs in s.out against `target`; fills s.dOut = ∂ℓ/∂o (and s.prob when
 * classifying). Exported for callers that fill s.out themselves (the network slice). Cross-entropy goes through log-sum-exp with the largest logit subtracted, so
 * huge logits give a large finite loss, never ∞ or NaN.
 */
export function outputLoss(shape: MlpShape, target: number, s: MlpScratch): number {
  const { outputs } = shape;
  if (shape.task === 'regress') {
    const r = s.out[0] - target;
    s.dOut[0] = r;
    return 0.5 * r * r;
  }
  if (!(Number.isInteger(target) && target >= 0 && target < outputs)) throw new RangeError(`class target ${target} is not in 0..${outputs - 1}`);
  // ℓ = (m − o_t) + log(1 + rest), m the largest logit, rest = Σ over the others of exp(oₖ − m):
  // log1p keeps a confident, correct prediction's tiny loss (and its gradient) to full relative precision.
  let top = 0;
  for (let k = 1; k < outputs; k++) if (s.out[k] > s.out[top]) top = k;
  const m = s.out[top];
  let rest = 0;
  for (let k = 0; k < outputs; k++) {
    const e = k === top ? 1 : Math.exp(s.out[k] - m);
    s.prob[k] = e;
    if (k !== top) rest += e;
  }
  const sum = 1 + rest;
  for (let k = 0; k < outputs; k++) {
    s.prob[k] /= sum;
    s.dOut[k] = s.prob[k];
  }
  // p_t − 1 = −(Σ of the other probabilities): exact when t is the top class, where p_t ≈ 1.
  s.dOut[target] = target === top ? -rest / sum : s.prob[target] - 1;
  return m - s.out[target] + Math.log1p(rest);
}

/**
 * Loss of one example. x: the feature row (x[xOff .. xOff+inputs)); target: class index
 * 0..outputs-1 (classify) or the value (regress, outputs = 1). Classification: softmax
 * cross-entropy −log p_target (computed stably with log-sum-exp). Regression: ½(ŷ − target)².
 */
export function exampleLoss(shape: MlpShape, theta: Float64Array, x: ArrayLike<number>, xOff: number, target: number, s: MlpScratch): number {
  checkCall(shape, theta, s);
  forward(shape, theta, x, xOff, s);
  return outputLoss(shape, target, s);
}

/** Same loss; ADDS ∇θ ℓ into grad (so callers can accumulate over rows). Exact backprop. */
export function exampleLossGrad(
  shape: MlpShape,
  theta: Float64Array,
  x: ArrayLike<number>,
  xOff: number,
  target: number,
  grad: Float64Array,
  s: MlpScratch,
): number {
  checkCall(shape, theta, s);
  if (grad.length !== theta.length) throw new RangeError('grad must have the length of θ');
  forward(shape, theta, x, xOff, s);
  const loss = outputLoss(shape, target, s);
  const { inputs, hidden, outputs } = shape;
  const relu = shape.activation === 'relu';
  const b1 = hidden * inputs;
  const w2 = b1 + hidden;
  const b2 = w2 + outputs * hidden;
  for (let k = 0; k < outputs; k++) {
    const d = s.dOut[k];
    const row = w2 + k * hidden;
    grad[b2 + k] += d;
    for (let h = 0; h < hidden; h++) grad[row + h] += d * s.act[h];
  }
  for (let h = 0; h < hidden; h++) {
    let dz = 0;
    for (let k = 0; k < outputs; k++) dz += theta[w2 + k * hidden + h] * s.dOut[k];
    const da = activationSlope(relu, s.pre[h], s.act[h]) * dz;
    const row = h * inputs;
    grad[b1 + h] += da;
    for (let i = 0; i < inputs; i++) grad[row + i] += da * x[xOff + i];
  }
  return loss;
}

/**
 * Same loss; ADDS H·v into hv where H = ∇²θ ℓ (exact, Pearlmutter's R-operator:
 * forward-over-reverse), and ADDS ∇θ ℓ into grad when grad is not null. ReLU: its second
 * derivative is taken as 0 (the Hessian of the piecewise-linear network away from kinks).
 * Costs about two gradients, against P gradients for a Hessian column by finite differences.
 */
export function exampleHvp(
  shape: MlpShape,
  theta: Float64Array,
  x: ArrayLike<number>,
  xOff: number,
  target: number,
  v: Float64Array,
  hv: Float64Array,
  grad: Float64Array | null,
  s: MlpScratch,
): number {
  checkCall(shape, theta, s);
  if (v.length !== theta.length || hv.length !== theta.length || (grad !== null && grad.length !== theta.length)) {
    throw new RangeError('v, hv and grad must have the length of θ');
  }
  forward(shape, theta, x, xOff, s);
  const loss = outputLoss(shape, target, s);
  const { inputs, hidden, outputs } = shape;
  const relu = shape.activation === 'relu';
  const b1 = hidden * inputs;
  const w2 = b1 + hidden;
  const b2 = w2 + outputs * hidden;

  // R-forward: R(a) = V1 x + c1, R(z) = σ′(a) R(a), R(o) = V2 z + W2 R(z) + c2.
  for (let h = 0; h < hidden; h++) {
    const ra = firstLayerUnit(inputs, hidden, v, h, x, xOff);
    s.rPre[h] = ra;
    s.rAct[h] = activationSlope(relu, s.pre[h], s.act[h]) * ra;
  }
  for (let k = 0; k < outputs; k++) {
    const row = w2 + k * hidden;
    let ro = v[b2 + k];
    for (let h = 0; h < hidden; h++) ro += v[row + h] * s.act[h] + theta[row + h] * s.rAct[h];
    s.rOut[k] = ro;
  }
  // R(∂ℓ/∂o): the softmax Jacobian (diag p − p pᵀ) applied to R(o), or R(o) itself for regression.
  if (shape.task === 'regress') {
    s.rDOut[0] = s.rOut[0];
  } else {
    let mean = 0;
    for (let k = 0; k < outputs; k++) mean += s.prob[k] * s.rOut[k];
    for (let k = 0; k < outputs; k++) s.rDOut[k] = s.prob[k] * (s.rOut[k] - mean);
  }
  // R-backward, output layer: R(∂ℓ/∂W2) = R(dOut) zᵀ + dOut R(z)ᵀ.
  for (let k = 0; k < outputs; k++) {
    const d = s.dOut[k];
    const rd = s.rDOut[k];
    const row = w2 + k * hidden;
    hv[b2 + k] += rd;
    for (let h = 0; h < hidden; h++) hv[row + h] += rd * s.act[h] + d * s.rAct[h];
    if (grad !== null) {
      grad[b2 + k] += d;
      for (let h = 0; h < hidden; h++) grad[row + h] += d * s.act[h];
    }
  }
  // Hidden layer: δa = σ′ δz, so R(δa) = σ″ R(a) δz + σ′ R(δz), with R(δz) = V2ᵀ dOut + W2ᵀ R(dOut).
  for (let h = 0; h < hidden; h++) {
    let dz = 0;
    let rdz = 0;
    for (let k = 0; k < outputs; k++) {
      const at = w2 + k * hidden + h;
      dz += theta[at] * s.dOut[k];
      rdz += v[at] * s.dOut[k] + theta[at] * s.rDOut[k];
    }
    const d1 = activationSlope(relu, s.pre[h], s.act[h]);
    const d2 = relu ? 0 : -2 * s.act[h] * d1;
    const rda = d2 * s.rPre[h] * dz + d1 * rdz;
    const row = h * inputs;
    hv[b1 + h] += rda;
    for (let i = 0; i < inputs; i++) hv[row + i] += rda * x[xOff + i];
    if (grad !== null) {
      const da = d1 * dz;
      grad[b1 + h] += da;
      for (let i = 0; i < inputs; i++) grad[row + i] += da * x[xOff + i];
    }
  }
  return loss;
}

/** Predicted class (argmax of the logits, the first on ties) or value, for accuracy and plots. */
export function predict(shape: MlpShape, theta: Float64Array, x: ArrayLike<number>, xOff: number, s: MlpScratch): number {
  checkCall(shape, theta, s);
  forward(shape, theta, x, xOff, s);
  if (shape.task === 'regress') return s.out[0];
  let best = 0;
  for (let k = 1; k < shape.outputs; k++) if (s.out[k] > s.out[best]) best = k;
  return best;
}
