/**
 * Limited-memory BFGS with a backtracking Armijo line search: the polish that takes a network
 * from "nearly trained" to a true stationary point (gradient norm ~1e-6 and below), which
 * first-order methods reach only after very many steps. Landscape pictures are drawn around
 * the minimum, so "trained" has to mean the gradient really vanishes there.
 * Deterministic: plain float64 arithmetic in a fixed order, no randomness.
 */

/** A smooth objective: returns f(θ) and OVERWRITES grad with ∇f(θ). */
export type SmoothObjective = (theta: Float64Array, grad: Float64Array) => number;

/** Stopping rule and memory of the quasi-Newton polish. */
export interface LbfgsOptions {
  /** Stop once ‖∇f‖₂ ≤ gradTol. */
  readonly gradTol: number;
  /** At most this many iterations (line searches). */
  readonly maxIter: number;
  /** Number of (s, y) pairs kept; 10 unless given. */
  readonly memory?: number;
}

/** Where the polish stopped. */
export interface LbfgsResult {
  readonly loss: number;
  readonly gradNorm: number;
  readonly iterations: number;
  /** True when the gradient-norm test was met (false: iteration cap, or no further decrease possible in float64). */
  readonly converged: boolean;
}

const ARMIJO_C = 1e-4;
const MAX_HALVINGS = 40;

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * Minimizes f starting from θ, which it updates IN PLACE to the final point. Each iteration
 * takes the two-loop L-BFGS direction, checks it is a descent direction (else falls back to
 * −∇f), and backtracks from the unit step until the Armijo condition holds. A pair (s, y) is
 * stored only when sᵀy > 0 (Armijo alone does not guarantee it), keeping the inverse-Hessian
 * model positive definite. When even steepest descent can no longer decrease f in float64, the
 * polish stops with converged = false.
 */
export function minimizeLbfgs(f: SmoothObjective, theta: Float64Array, opts: LbfgsOptions): LbfgsResult {
  const p = theta.length;
  const m = Math.max(1, Math.floor(opts.memory ?? 10));
  const sHist = Array.from({ length: m }, () => new Float64Array(p));
  const yHist = Array.from({ length: m }, () => new Float64Array(p));
  const rho = new Float64Array(m);
  const alpha = new Float64Array(m);
  let stored = 0; // pairs held
  let newest = -1; // ring index of the newest pair

  const grad = new Float64Array(p);
  const dir = new Float64Array(p);
  const trial = new Float64Array(p);
  const trialGrad = new Float64Array(p);
  let loss = f(theta, grad);
  let gradNorm = Math.sqrt(dot(grad, grad));
  let iterations = 0;

  while (gradNorm > opts.gradTol && iterations < opts.maxIter && Number.isFinite(loss)) {
    iterations++;
    // Two-loop recursion: dir = −H·grad with H the L-BFGS inverse-Hessian model.
    for (let i = 0; i < p; i++) dir[i] = -grad[i];
    for (let j = 0, idx = newest; j < stored; j++, idx = (idx - 1 + m) % m) {
      alpha[idx] = rho[idx] * dot(sHist[idx], dir);
      const y = yHist[idx];
      for (let i = 0; i < p; i++) dir[i] -= alpha[idx] * y[i];
    }
    let gamma: number;
    if (stored > 0) gamma = dot(sHist[newest], yHist[newest]) / dot(yHist[newest], yHist[newest]);
    else gamma = Math.min(1, 1 / gradNorm); // first step (or after a reset): a step of length ≤ 1
    for (let i = 0; i < p; i++) dir[i] *= gamma;
    for (let j = 0, idx = (newest - stored + 1 + m) % m; j < stored; j++, idx = (idx + 1) % m) {
      const beta = rho[idx] * dot(yHist[idx], dir);
      const s = sHist[idx];
      for (let i = 0; i < p; i++) dir[i] += (alpha[idx] - beta) * s[i];
    }
    let slopeAlong = dot(grad, dir);
    if (!(slopeAlong < 0)) {
      // Not a descent direction (numerical trouble): forget the model, go downhill.
      stored = 0;
      const g = Math.min(1, 1 / gradNorm);
      for (let i = 0; i < p; i++) dir[i] = -g * grad[i];
      slopeAlong = dot(grad, dir);
    }

    let step = 1;
    let trialLoss = NaN;
    let accepted = false;
    for (let h = 0; h < MAX_HALVINGS; h++) {
      for (let i = 0; i < p; i++) trial[i] = theta[i] + step * dir[i];
      trialLoss = f(trial, trialGrad);
      if (trialLoss <= loss + ARMIJO_C * step * slopeAlong) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) {
      if (stored === 0) break; // steepest descent cannot decrease f either: float64's floor
      stored = 0; // retry from steepest descent next iteration
      continue;
    }

    // Store s = Δθ, y = Δ∇f when the curvature is positive along s.
    const next = (newest + 1) % m;
    const s = sHist[next];
    const y = yHist[next];
    for (let i = 0; i < p; i++) {
      s[i] = trial[i] - theta[i];
      y[i] = trialGrad[i] - grad[i];
    }
    const sy = dot(s, y);
    if (sy > 1e-14 * Math.sqrt(dot(s, s) * dot(y, y))) {
      rho[next] = 1 / sy;
      newest = next;
      stored = Math.min(stored + 1, m);
    } else if (stored === m) {
      stored = m - 1; // the slot just overwritten held the oldest pair
    }
    theta.set(trial);
    grad.set(trialGrad);
    loss = trialLoss;
    gradNorm = Math.sqrt(dot(grad, grad));
  }
  return { loss, gradNorm, iterations, converged: gradNorm <= opts.gradTol };
}
