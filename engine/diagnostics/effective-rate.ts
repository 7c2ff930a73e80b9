/**
 * The effective learning rate: ONE definition, used by the run explanations (engine/explain)
 * and the player's effective-rate chart.
 *
 * It is the per-parameter number the optimizer multiplies its update direction by at step t,
 * exactly as PyTorch's update is written:
 *
 *   SGD, momentum, Nesterov   η                               (on g, buf or g + μ·buf)
 *   AdaGrad                   η/(√v + ε)                      (on g; v = Σ g², the sum so far)
 *   RMSprop                   η/(√v + ε)                      (on g; v = EMA of g², decay ρ)
 *   Adam, corrected           η/((1 − β₁ᵗ)(√v̂ + ε))          (on the raw first moment m)
 *   Adam, uncorrected         η/(√v + ε)                      (on m)
 *
 * For Adam this is torch.optim.Adam's own split: step_size = lr / (1 − β₁ᵗ) and
 * denom = √v / √(1 − β₂ᵗ) + ε, then w −= step_size · m / denom. So the rate includes the
 * first moment's bias correction and the parameter moves by (effective rate) × m. After the
 * first few dozen steps (1 − β₁ᵗ → 1) it equals η/(√v̂ + ε), the rate on the corrected m̂.
 *
 * The optimizers write this number into the trace (Optimizer.stepInto's `eff`); this module
 * only reads it back, so the chart and the explanations cannot disagree.
 */
import type { Trace } from '../run/trace';

/** The effective rate of parameter j (0 = w₁, 1 = w₂) at step t ≥ 1 (NaN at step 0 or out of range). */
export function effectiveRateAt(trace: Pick<Trace, 'effLr'>, j: 0 | 1, t: number): number {
  if (!(t >= 1) || 2 * t + j >= trace.effLr.length) return NaN;
  return trace.effLr[2 * t + j];
}

/** Parameter j's effective rate at every recorded step (NaN at step 0). */
export function effectiveRateSeries(trace: Pick<Trace, 'effLr'>, j: 0 | 1): Float64Array {
  const out = new Float64Array(trace.effLr.length / 2);
  for (let t = 0; t < out.length; t++) out[t] = t === 0 ? NaN : trace.effLr[2 * t + j];
  return out;
}
